using Microsoft.CodeAnalysis;
using static TldToolkit.Generator.Diagnostics.TldDiagnostics;

namespace TldToolkit.Generator.Diagnostics;

/// <summary>The compiler diagnostics of <see cref="TldDiagnostics"/> (same ids, titles, formats and help links).</summary>
public static class Descriptors
{
    private static DiagnosticDescriptor Error(string id, string title, string format) =>
        new DiagnosticDescriptor(id, title, format, Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
            helpLinkUri: HelpBase + id.ToLowerInvariant());

    /// <summary>TLD0001: the file is not valid JSON.</summary>
    public static readonly DiagnosticDescriptor InvalidJson = Error(Ids.InvalidJson, Titles.InvalidJson, Formats.InvalidJson);
    /// <summary>TLD0002: a property the schema does not define.</summary>
    public static readonly DiagnosticDescriptor UnknownProperty = Error(Ids.UnknownProperty, Titles.UnknownProperty, Formats.UnknownProperty);
    /// <summary>TLD0003: a value of the wrong JSON type.</summary>
    public static readonly DiagnosticDescriptor WrongType = Error(Ids.WrongType, Titles.WrongType, Formats.WrongType);
    /// <summary>TLD0004: a required property is missing.</summary>
    public static readonly DiagnosticDescriptor MissingProperty = Error(Ids.MissingProperty, Titles.MissingProperty, Formats.MissingProperty);
    /// <summary>TLD0005: a pattern is not a valid .NET regular expression.</summary>
    public static readonly DiagnosticDescriptor InvalidRegex = Error(Ids.InvalidRegex, Titles.InvalidRegex, Formats.InvalidRegex);
    /// <summary>TLD0006: a value outside what the schema allows.</summary>
    public static readonly DiagnosticDescriptor InvalidValue = Error(Ids.InvalidValue, Titles.InvalidValue, Formats.InvalidValue);
    /// <summary>TLD0007: rules that cannot all hold.</summary>
    public static readonly DiagnosticDescriptor ImpossibleRule = Error(Ids.ImpossibleRule, Titles.ImpossibleRule, Formats.ImpossibleRule);
    /// <summary>TLD0008: a reference to a field, option or source that does not exist.</summary>
    public static readonly DiagnosticDescriptor UnknownReference = Error(Ids.UnknownReference, Titles.UnknownReference, Formats.UnknownReference);
    /// <summary>TLD0009: the same TLD (or alias) in two places.</summary>
    public static readonly DiagnosticDescriptor DuplicateTld = Error(Ids.DuplicateTld, Titles.DuplicateTld, Formats.DuplicateTld);
    /// <summary>TLD0010: a name that must be unique is repeated.</summary>
    public static readonly DiagnosticDescriptor DuplicateName = Error(Ids.DuplicateName, Titles.DuplicateName, Formats.DuplicateName);
    /// <summary>TLD0011: a name that does not make a valid, unique C# identifier.</summary>
    public static readonly DiagnosticDescriptor InvalidIdentifier = Error(Ids.InvalidIdentifier, Titles.InvalidIdentifier, Formats.InvalidIdentifier);
    /// <summary>TLD0012: a JSON object repeats a key.</summary>
    public static readonly DiagnosticDescriptor DuplicateKey = Error(Ids.DuplicateKey, Titles.DuplicateKey, Formats.DuplicateKey);
    /// <summary>TLD0013: the generator failed on the file (a bug: please report it).</summary>
    public static readonly DiagnosticDescriptor InternalError = Error(Ids.InternalError, Titles.InternalError, Formats.InternalError);
    /// <summary>TLD0014: a source no rule refers to.</summary>
    public static readonly DiagnosticDescriptor UnusedSource = new DiagnosticDescriptor(Ids.UnusedSource, Titles.UnusedSource, Formats.UnusedSource,
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + "tld0014");
    /// <summary>TLD0015: a fact restated with a profile's value.</summary>
    public static readonly DiagnosticDescriptor RestatedFact = Error(Ids.RestatedFact, Titles.RestatedFact, Formats.RestatedFact);
    /// <summary>TLD0016: an override without its own source and note.</summary>
    public static readonly DiagnosticDescriptor OverrideWithoutSource = Error(Ids.OverrideWithoutSource, Titles.OverrideWithoutSource, Formats.OverrideWithoutSource);
    /// <summary>TLD0017: a profile cycle.</summary>
    public static readonly DiagnosticDescriptor ProfileCycle = Error(Ids.ProfileCycle, Titles.ProfileCycle, Formats.ProfileCycle);
    /// <summary>TLD0018: a fact of another type than the profile's.</summary>
    public static readonly DiagnosticDescriptor FactTypeMismatch = Error(Ids.FactTypeMismatch, Titles.FactTypeMismatch, Formats.FactTypeMismatch);
    /// <summary>TLD0019: an extended profile has errors.</summary>
    public static readonly DiagnosticDescriptor BrokenProfile = Error(Ids.BrokenProfile, Titles.BrokenProfile, Formats.BrokenProfile);
    /// <summary>TLD0020: a TLD or alias that is not a DNS name.</summary>
    public static readonly DiagnosticDescriptor InvalidTldName = Error(Ids.InvalidTldName, Titles.InvalidTldName, Formats.InvalidTldName);
    /// <summary>TLD0021: a pattern with nested unbounded repetition.</summary>
    public static readonly DiagnosticDescriptor CatastrophicPattern = Error(Ids.CatastrophicPattern, Titles.CatastrophicPattern, Formats.CatastrophicPattern);

    /// <summary>The descriptor with <paramref name="id"/>, or null.</summary>
    public static DiagnosticDescriptor? ById(string id)
    {
        foreach (var d in All)
            if (d.Id == id) return d;
        return null;
    }

    /// <summary>Every descriptor, in id order.</summary>
    public static readonly DiagnosticDescriptor[] All =
    {
        InvalidJson, UnknownProperty, WrongType, MissingProperty, InvalidRegex, InvalidValue, ImpossibleRule,
        UnknownReference, DuplicateTld, DuplicateName, InvalidIdentifier, DuplicateKey, InternalError, UnusedSource,
        RestatedFact, OverrideWithoutSource, ProfileCycle, FactTypeMismatch, BrokenProfile,
        InvalidTldName, CatastrophicPattern,
    };
}
