using TldToolkit.Orders;
using TldToolkit.Validation;

namespace TldToolkit.Catalog;

/// <summary>
/// A set of TLD definitions: lookup by TLD (ASCII or Unicode, with or without leading dot, any
/// case), longest-suffix match for a full domain, enumeration, and the generic validation entry
/// point for orders that arrive as data.
/// </summary>
public sealed class TldCatalog
{
    private readonly ITldDefinition[] _definitions;
    private readonly Dictionary<string, ITldDefinition> _byName;
    private readonly Dictionary<string, ITldDefinition>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly int _maxLabels;

    /// <summary>Creates a catalog; a TLD named twice (also through an alias) is an error.</summary>
    public TldCatalog(IEnumerable<ITldDefinition> definitions)
    {
        _definitions = definitions.OrderBy(d => d.Rules.Tld, StringComparer.Ordinal).ToArray();
        _byName = new Dictionary<string, ITldDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var definition in _definitions)
        {
            var rules = definition.Rules;
            Register(rules.Tld, definition);
            if (!string.Equals(rules.UnicodeTld, rules.Tld, StringComparison.OrdinalIgnoreCase))
                Register(rules.UnicodeTld, definition);
            foreach (var alias in rules.Aliases)
                Register(alias, definition);
        }
        _bySpan = _byName.GetAlternateLookup<ReadOnlySpan<char>>();
        _maxLabels = _byName.Keys.Select(k => k.Count(c => c == '.') + 1).DefaultIfEmpty(1).Max();

        // Every name, plus every proper suffix of a name ("au" of "com.au") marked as the parent of a longer one:
        // a longer match can only exist below a parent, so the domain lookup stops at the first suffix that is none.
        var suffixes = new Dictionary<string, Suffix>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, definition) in _byName) suffixes[name] = new Suffix(definition, false);
        foreach (var name in _byName.Keys)
        {
            for (int dot = name.IndexOf('.'); dot >= 0; dot = name.IndexOf('.', dot + 1))
            {
                var parent = name[(dot + 1)..];
                suffixes[parent] = new Suffix(suffixes.GetValueOrDefault(parent).Definition, true);
            }
        }
        _suffixes = suffixes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private readonly record struct Suffix(ITldDefinition? Definition, bool IsParent);

    private readonly Dictionary<string, Suffix>.AlternateLookup<ReadOnlySpan<char>> _suffixes;

    private void Register(string name, ITldDefinition definition)
    {
        if (!_byName.TryAdd(name, definition))
            throw new ArgumentException($"TLD '{name}' is defined twice.", nameof(definition));
    }

    /// <summary>Every definition, ordered by TLD (aliases are not listed separately).</summary>
    public IReadOnlyList<ITldDefinition> All => _definitions;

    /// <summary>Every name the catalog answers to (TLDs, their Unicode forms and aliases).</summary>
    public IEnumerable<string> Names => _byName.Keys.OrderBy(k => k, StringComparer.Ordinal);

    /// <summary>Finds a TLD: "ca", ".CA", "com.au", "рф", "xn--p1ai".</summary>
    public ITldDefinition? Find(string? tld)
    {
        if (tld is null) return null;
        var span = tld.AsSpan().Trim();
        if (span.Length > 0 && IsDot(span[0])) span = span[1..];
        if (span.Length > 0 && IsDot(span[^1])) span = span[..^1];
        return _bySpan.TryGetValue(span, out var definition) ? definition : null;
    }

    /// <summary>
    /// Finds the TLD of a full domain by the longest suffix the catalog knows
    /// (example.com.au → com.au). <paramref name="tldLength"/> is the length of the matched suffix.
    /// The domain must already use '.' as separator (see DomainName for full normalisation).
    /// </summary>
    public ITldDefinition? FindForDomain(ReadOnlySpan<char> domain, out int tldLength)
    {
        tldLength = 0;
        if (domain.Length > 0 && domain[^1] == '.') domain = domain[..^1];
        // Candidate suffixes from the shortest up, bounded by the deepest TLD we know. A longer suffix is
        // only looked up while the shorter one is the parent of some name ("au" of "com.au"), so
        // "example.com" costs one lookup; the longest match found wins.
        int labels = 0;
        int best = -1;
        ITldDefinition? found = null;
        for (int i = domain.Length - 1; i >= -1 && labels < _maxLabels; i--)
        {
            if (i == -1 || domain[i] == '.')
            {
                labels++;
                var suffix = domain[(i + 1)..];
                if (!_suffixes.TryGetValue(suffix, out var entry)) break;
                if (entry.Definition is not null) { found = entry.Definition; best = suffix.Length; }
                if (!entry.IsParent) break;
            }
        }
        if (found is not null) tldLength = best;
        return found;
    }

    /// <summary>
    /// Validates an order given as data by dispatching to its TLD's generated validator; an unknown
    /// TLD is reported as <see cref="ErrorCodes.TldNotSupported"/>, never thrown.
    /// </summary>
    public ValidationResult Validate(DomainOrder order, ValidationContext? context = null)
    {
        var definition = FindForOrder(order);
        if (definition is null)
        {
            var collector = new ErrorCollector();
            collector.Add(ErrorCodes.TldNotSupported, "domain", arguments: new ErrorArguments { Value = Truncate(order.Domain) });
            return collector.ToResult();
        }
        return definition.Validate(order, context ?? ValidationContext.Default);
    }

    /// <summary>Validates and builds the transport-neutral command for an order given as data.</summary>
    public Commands.BuildResult Build(DomainOrder order, ValidationContext? context = null)
    {
        var definition = FindForOrder(order);
        if (definition is null) return Commands.BuildResult.Failure(Validate(order, context));
        return definition.Build(order, context ?? ValidationContext.Default);
    }

    /// <summary>
    /// Checks a domain name as a customer typed it (<c>fußball.de</c>, <c>Maple.CA.</c>): finds its TLD,
    /// forms its A-label and U-label and reports every problem of the name under the TLD's label and
    /// IDN rules (<see cref="ErrorCodes.TldNotSupported"/> without a TLD, <see cref="ErrorCodes.TldClosed"/>
    /// for a TLD not open to the public). Never throws.
    /// </summary>
    /// <param name="name">The name.</param>
    /// <param name="idnLanguage">The IDN language tag the order would carry, for TLDs with language tables.</param>
    public NameCheck CheckName(string? name, string? idnLanguage = null)
    {
        name ??= "";
        var definition = FindForName(Domains.TypedName.Normalize(name));
        var errors = new ErrorCollector();
        if (definition is null)
        {
            errors.Add(ErrorCodes.TldNotSupported, Domains.DomainChecks.ErrorPath, arguments: new ErrorArguments { Value = Truncate(name) });
            return new NameCheck(name, null, null, null, errors.ToResult().Errors);
        }
        var labelErrors = new ErrorCollector();
        Domains.DomainChecks.CheckDomain(name, definition.Rules, ref labelErrors, out var checkedName, idnLanguage);
        // A closed TLD refuses every name with this one error, as it refuses every order; the forms still show.
        if (OrderChecks.CheckOpen(name, definition.Rules, ref errors)) errors = labelErrors;
        return new NameCheck(name, definition, NullIfEmpty(checkedName.Ascii), NullIfEmpty(checkedName.Unicode), errors.ToResult().Errors);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    /// <summary>The definition responsible for an order's domain, or null.</summary>
    public ITldDefinition? FindForOrder(DomainOrder order) => FindForName((order.Domain ?? "").AsSpan().Trim());

    /// <summary>The definition responsible for a domain as a customer typed it (other full stops, full-width letters, ignorable characters), or null.</summary>
    public ITldDefinition? FindForName(ReadOnlySpan<char> domain) =>
        FindForDomain(domain, out _) ?? FindNormalized(domain) ?? (Domains.TldLookupName.Map(domain) is { } mapped ? FindForDomain(mapped, out _) : null);

    // Slow path for names typed with ideographic/full-width full stops or other separators.
    private ITldDefinition? FindNormalized(ReadOnlySpan<char> domain)
    {
        if (domain.IndexOfAny(AlternativeDots) < 0) return null;
        Span<char> buffer = domain.Length <= 256 ? stackalloc char[domain.Length] : new char[domain.Length];
        for (int i = 0; i < domain.Length; i++) buffer[i] = IsDot(domain[i]) ? '.' : domain[i];
        return FindForDomain(buffer, out _);
    }

    private const string AlternativeDots = "\u3002\uFF0E\uFF61";

    /// <summary>True for '.' and the full stops UTS #46 treats as label separators.</summary>
    public static bool IsDot(char c) => c == '.' || c == '\u3002' || c == '\uFF0E' || c == '\uFF61';

    internal static string Truncate(string? value, int max = 100) =>
        value is null ? "" : value.Length <= max ? value : string.Concat(value.AsSpan(0, max), "…");
}
