using System.Diagnostics.CodeAnalysis;
using TldToolkit.Rules;
using TldToolkit.Validation;

namespace TldToolkit.Catalog;

/// <summary>
/// A domain name checked against its TLD's rules (<see cref="TldCatalog.CheckName"/>): its A-label and
/// U-label forms, the TLD that matched, and every problem, as <c>tldtool check</c> shows them.
/// </summary>
public sealed class NameCheck
{
    internal NameCheck(string input, ITldDefinition? definition, string? ascii, string? unicode, IReadOnlyList<ValidationError> errors)
    {
        Input = input;
        Definition = definition;
        Ascii = ascii;
        Unicode = unicode;
        Errors = errors;
    }

    /// <summary>The name as it was given.</summary>
    public string Input { get; }

    /// <summary>The TLD the name falls under (longest suffix the catalog knows), or null when the catalog has none.</summary>
    public ITldDefinition? Definition { get; }

    /// <summary>The whole name as A-labels, lower case (<c>xn--fuball-cta.de</c>); null when it could not be formed (an unknown TLD, an empty or unusable label).</summary>
    public string? Ascii { get; }

    /// <summary>The whole name as U-labels (<c>fußball.de</c>); null as for <see cref="Ascii"/>.</summary>
    public string? Unicode { get; }

    /// <summary>Every problem of the name: stable code, path <c>domain</c>, customer and developer message. Empty when the name is valid.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }

    /// <summary>True when the name can be ordered under its TLD; the TLD and both forms of the name are then known.</summary>
    [MemberNotNullWhen(true, nameof(Definition), nameof(Rules), nameof(Idn), nameof(Ascii), nameof(Unicode))]
    public bool IsValid => Errors.Count == 0 && Definition is not null && Ascii is not null && Unicode is not null;

    /// <summary>True when the catalog has the name's TLD.</summary>
    [MemberNotNullWhen(true, nameof(Definition), nameof(Rules), nameof(Idn))]
    public bool HasTld => Definition is not null;

    /// <summary>The matched TLD's rules, or null.</summary>
    public TldRules? Rules => Definition?.Rules;

    /// <summary>Whether and how the TLD takes IDNs (<see cref="IdnRules.Supported"/>, <see cref="IdnRules.Mode"/>), or null without a TLD.</summary>
    public IdnRules? Idn => Definition?.Rules.Labels.Idn;

    /// <summary>How far the TLD's rules are known (verified, baseline, unverified, closed), or null without a TLD.</summary>
    public TldCoverage? Coverage => Definition?.Rules.Coverage;
}
