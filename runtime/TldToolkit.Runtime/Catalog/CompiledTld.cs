using TldToolkit.Commands;
using TldToolkit.Fields;
using TldToolkit.Orders;
using TldToolkit.Rules;
using TldToolkit.Validation;

namespace TldToolkit.Catalog;

/// <summary>
/// The base of every generated TLD definition: the generated class holds the data (rules and field descriptors),
/// this class the behaviour, once for all TLDs (<see cref="RulesEngine"/>, <see cref="CommandBuilder"/>).
/// </summary>
public abstract class CompiledTld : ITldDefinition
{
    private Func<string, DomainOperation, bool>? _appliesTo;

    /// <summary>A definition over its data (generated code declares the data before the instance, so both exist here).</summary>
    protected CompiledTld(TldRules rules, IReadOnlyList<FieldDescriptor>? fields)
    {
        Rules = rules ?? throw new ArgumentNullException(nameof(rules));
        Fields = fields ?? [];
    }

    /// <inheritdoc />
    public TldRules Rules { get; }

    /// <inheritdoc />
    public IReadOnlyList<FieldDescriptor> Fields { get; }

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

    // Private: each generated class has its own static FieldAppliesTo, the public name of this question.
    private bool Applies(string name, DomainOperation operation) => RulesEngine.FieldAppliesTo(Fields, name, operation);
}
