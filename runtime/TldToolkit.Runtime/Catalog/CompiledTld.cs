using TldToolkit.Commands;
using TldToolkit.Fields;
using TldToolkit.Generated;
using TldToolkit.Orders;
using TldToolkit.Rules;
using TldToolkit.Validation;

namespace TldToolkit.Catalog;

/// <summary>
/// The base of every generated TLD definition: the generated code holds the data (the compact JSON the generator
/// writes, read on first use), this class the behaviour, once for all TLDs (<see cref="RulesEngine"/>, <see cref="CommandBuilder"/>).
/// </summary>
public abstract class CompiledTld : ITldDefinition
{
    private readonly ReadOnlyMemory<byte> _data;
    private readonly TldTemplate? _template;
    private readonly SourceTable? _sources;
    private Parsed? _parsed;
    private Func<string, DomainOperation, bool>? _appliesTo;

    /// <summary>A definition over rules and fields built in code (tests, hand-made catalogs).</summary>
    protected CompiledTld(TldRules rules, IReadOnlyList<FieldDescriptor>? fields) =>
        _parsed = new Parsed(rules ?? throw new ArgumentNullException(nameof(rules)), fields ?? []);

    /// <summary>A definition over the generator's data (UTF-8 JSON, copied) for a TLD that states its own facts.</summary>
    protected CompiledTld(ReadOnlySpan<byte> data) : this(null, null, data.ToArray())
    {
    }

    /// <summary>A definition over a shared template of profile facts and the TLD's identity (<paramref name="data"/>, UTF-8 JSON, copied).</summary>
    protected CompiledTld(TldTemplate template, ReadOnlySpan<byte> data) : this(template ?? throw new ArgumentNullException(nameof(template)), null, data.ToArray())
    {
    }

    /// <summary>
    /// A definition over the generator's data (JSON text, encoded to UTF-8 once) for a TLD that states its own facts. The
    /// generator writes string literals by default: the compiler handles them faster than UTF-8 literals.
    /// </summary>
    protected CompiledTld(string data) : this(null, null, Utf8(data))
    {
    }

    /// <summary>A definition over a shared template of profile facts and the TLD's identity (<paramref name="data"/>, JSON text).</summary>
    protected CompiledTld(TldTemplate template, string data) : this(template ?? throw new ArgumentNullException(nameof(template)), null, Utf8(data))
    {
    }

    private static byte[] Utf8(string data) => System.Text.Encoding.UTF8.GetBytes(data ?? throw new ArgumentNullException(nameof(data)));

    private protected CompiledTld(TldTemplate? template, SourceTable? sources, ReadOnlyMemory<byte> data)
    {
        _template = template;
        _sources = sources;
        _data = data;
    }

    /// <inheritdoc />
    public TldRules Rules => Data.Rules;

    /// <inheritdoc />
    public IReadOnlyList<FieldDescriptor> Fields => Data.Fields;

    // Read once; two threads reading at the same time build equal values and one of them is kept.
    private Parsed Data => _parsed ?? Interlocked.CompareExchange(ref _parsed, Read(), null) ?? _parsed!;

    private Parsed Read()
    {
        if (_template is { } template) return new Parsed(TldDataReader.ReadDerived(_data, template.Rules, _sources), template.Fields);
        var (rules, fields) = TldDataReader.ReadTld(_data, _sources);
        return new Parsed(rules, fields);
    }

    private sealed record Parsed(TldRules Rules, IReadOnlyList<FieldDescriptor> Fields);

    // Created on first use, once per TLD.
    private Func<string, DomainOperation, bool> AppliesTo => _appliesTo ??= Applies;

    /// <inheritdoc />
    public ValidationResult Validate(DomainOrder order, ValidationContext context)
    {
        var errors = new ErrorCollector();
        RulesEngine.Validate(Rules, Fields, AppliesTo, order, context, ref errors, out _);
        return errors.ToResult();
    }

    /// <inheritdoc />
    public BuildResult Build(DomainOrder order, ValidationContext context) => CommandBuilder.Build(Rules, Fields, AppliesTo, order, context);

    // Private: a generated class with fields has its own static FieldAppliesTo, the public name of this question.
    private bool Applies(string name, DomainOperation operation) => RulesEngine.FieldAppliesTo(Fields, name, operation);
}
