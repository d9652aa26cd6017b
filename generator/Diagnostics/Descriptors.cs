using Microsoft.CodeAnalysis;

namespace TldToolkit.Generator.Diagnostics;

/// <summary>Every diagnostic the generator (and <c>tldtool lint</c>) reports. IDs never change meaning.</summary>
public static class Descriptors
{
    private const string Category = "TldToolkit";
    private const string HelpBase = "https://tldtoolkit.dev/docs/diagnostics.md#";

    private static DiagnosticDescriptor Error(string id, string title, string format) =>
        new DiagnosticDescriptor(id, title, format, Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
            helpLinkUri: HelpBase + id.ToLowerInvariant());

    /// <summary>TLD0001: the file is not valid JSON.</summary>
    public static readonly DiagnosticDescriptor InvalidJson = Error("TLD0001", "Invalid JSON", "Invalid JSON: {0}");
    /// <summary>TLD0002: a property the schema does not define.</summary>
    public static readonly DiagnosticDescriptor UnknownProperty = Error("TLD0002", "Unknown property", "Unknown property '{0}' in {1}{2}");
    /// <summary>TLD0003: a value of the wrong JSON type.</summary>
    public static readonly DiagnosticDescriptor WrongType = Error("TLD0003", "Wrong value type", "'{0}' must be {1}, not {2}");
    /// <summary>TLD0004: a required property is missing.</summary>
    public static readonly DiagnosticDescriptor MissingProperty = Error("TLD0004", "Missing required property", "{0} is missing the required property '{1}'");
    /// <summary>TLD0005: a pattern is not a valid .NET regular expression.</summary>
    public static readonly DiagnosticDescriptor InvalidRegex = Error("TLD0005", "Invalid regular expression", "'{0}' is not a valid .NET regular expression: {1}");
    /// <summary>TLD0006: a value outside what the schema allows.</summary>
    public static readonly DiagnosticDescriptor InvalidValue = Error("TLD0006", "Invalid value", "Invalid value for '{0}': {1}");
    /// <summary>TLD0007: rules that cannot all hold.</summary>
    public static readonly DiagnosticDescriptor ImpossibleRule = Error("TLD0007", "Impossible rule", "Impossible rule: {0}");
    /// <summary>TLD0008: a reference to a field, option or source that does not exist.</summary>
    public static readonly DiagnosticDescriptor UnknownReference = Error("TLD0008", "Unknown reference", "{0} '{1}' is not defined{2}");
    /// <summary>TLD0009: the same TLD (or alias) in two places.</summary>
    public static readonly DiagnosticDescriptor DuplicateTld = Error("TLD0009", "Duplicate TLD", "TLD '{0}' is also defined in {1}");
    /// <summary>TLD0010: a name that must be unique is repeated.</summary>
    public static readonly DiagnosticDescriptor DuplicateName = Error("TLD0010", "Duplicate name", "{0} '{1}' appears more than once");
    /// <summary>TLD0011: a name that does not make a valid, unique C# identifier.</summary>
    public static readonly DiagnosticDescriptor InvalidIdentifier = Error("TLD0011", "Invalid or colliding generated name", "{0}");
    /// <summary>TLD0012: a JSON object repeats a key.</summary>
    public static readonly DiagnosticDescriptor DuplicateKey = Error("TLD0012", "Duplicate JSON key", "Property '{0}' appears more than once in the same object");
    /// <summary>TLD0013: the generator failed on the file (a bug: please report it).</summary>
    public static readonly DiagnosticDescriptor InternalError = Error("TLD0013", "Generator failure", "The TldToolkit generator failed on this file: {0}");
    /// <summary>TLD0014: a source no rule refers to.</summary>
    public static readonly DiagnosticDescriptor UnusedSource = new DiagnosticDescriptor("TLD0014", "Unused source",
        "Source '{0}' is not referred to by any rule", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        helpLinkUri: HelpBase + "tld0014");

    /// <summary>All descriptors by id.</summary>
    public static DiagnosticDescriptor? ById(string id) => id switch
    {
        "TLD0001" => InvalidJson,
        "TLD0002" => UnknownProperty,
        "TLD0003" => WrongType,
        "TLD0004" => MissingProperty,
        "TLD0005" => InvalidRegex,
        "TLD0006" => InvalidValue,
        "TLD0007" => ImpossibleRule,
        "TLD0008" => UnknownReference,
        "TLD0009" => DuplicateTld,
        "TLD0010" => DuplicateName,
        "TLD0011" => InvalidIdentifier,
        "TLD0012" => DuplicateKey,
        "TLD0013" => InternalError,
        "TLD0014" => UnusedSource,
        _ => null,
    };

    /// <summary>Every descriptor, in id order.</summary>
    public static readonly DiagnosticDescriptor[] All =
    {
        InvalidJson, UnknownProperty, WrongType, MissingProperty, InvalidRegex, InvalidValue, ImpossibleRule,
        UnknownReference, DuplicateTld, DuplicateName, InvalidIdentifier, DuplicateKey, InternalError, UnusedSource,
    };
}
