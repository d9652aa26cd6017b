using System;
using System.Collections.Generic;
using System.Globalization;
using TldToolkit.Generator.Model;

namespace TldToolkit.Generator.Diagnostics;

/// <summary>
/// One kind of problem in a TLD file, as plain data (no Roslyn types): the build makes its compiler
/// diagnostics from it (generator/Diagnostics/Descriptors.cs) and <c>tldtool lint</c> its messages,
/// so both report the same id, text and help link.
/// </summary>
internal sealed class TldDiagnostic
{
    internal TldDiagnostic(string id, string title, string messageFormat, bool isWarning = false)
    {
        Id = id;
        Title = title;
        MessageFormat = messageFormat;
        IsWarning = isWarning;
    }

    /// <summary>TLD0001 ...</summary>
    public string Id { get; }
    /// <summary>Short title.</summary>
    public string Title { get; }
    /// <summary>Composite format of the message ({0}, {1} ...).</summary>
    public string MessageFormat { get; }
    /// <summary>True for warnings (output is kept); false for errors (the TLD's output stops).</summary>
    public bool IsWarning { get; }
    /// <summary>The section of docs/diagnostics.md that explains it.</summary>
    public string HelpLinkUri => TldDiagnostics.HelpBase + Id.ToLowerInvariant();

    /// <summary>The message with <paramref name="arguments"/> filled in, as the compiler formats it (invariant culture).</summary>
    public string Format(IReadOnlyList<string> arguments)
    {
        var values = new object[arguments.Count];
        for (int i = 0; i < values.Length; i++) values[i] = arguments[i];
        try
        {
            return string.Format(CultureInfo.InvariantCulture, MessageFormat, values);
        }
        catch (FormatException)
        {
            return MessageFormat; // fewer arguments than the format asks for: a reader bug, shown rather than thrown
        }
    }
}

/// <summary>Every diagnostic of TLD files, the one table of them. IDs never change meaning once published.</summary>
internal static class TldDiagnostics
{
    internal const string HelpBase = "https://tldtoolkit.dev/docs/diagnostics.md#";
    internal const string Category = "TldToolkit";

    /// <summary>TLD0001: the file is not valid JSON.</summary>
    public static readonly TldDiagnostic InvalidJson = new("TLD0001", "Invalid JSON", "Invalid JSON: {0}");
    /// <summary>TLD0002: a property the schema does not define.</summary>
    public static readonly TldDiagnostic UnknownProperty = new("TLD0002", "Unknown property", "Unknown property '{0}' in {1}{2}");
    /// <summary>TLD0003: a value of the wrong JSON type.</summary>
    public static readonly TldDiagnostic WrongType = new("TLD0003", "Wrong value type", "'{0}' must be {1}, not {2}");
    /// <summary>TLD0004: a required property is missing.</summary>
    public static readonly TldDiagnostic MissingProperty = new("TLD0004", "Missing required property", "{0} is missing the required property '{1}'");
    /// <summary>TLD0005: a pattern is not a valid .NET regular expression.</summary>
    public static readonly TldDiagnostic InvalidRegex = new("TLD0005", "Invalid regular expression", "'{0}' is not a valid .NET regular expression: {1}");
    /// <summary>TLD0006: a value outside what the schema allows.</summary>
    public static readonly TldDiagnostic InvalidValue = new("TLD0006", "Invalid value", "Invalid value for '{0}': {1}");
    /// <summary>TLD0007: rules that cannot all hold.</summary>
    public static readonly TldDiagnostic ImpossibleRule = new("TLD0007", "Impossible rule", "Impossible rule: {0}");
    /// <summary>TLD0008: a reference to a field, option or source that does not exist.</summary>
    public static readonly TldDiagnostic UnknownReference = new("TLD0008", "Unknown reference", "{0} '{1}' is not defined{2}");
    /// <summary>TLD0009: the same TLD (or alias) in two places.</summary>
    public static readonly TldDiagnostic DuplicateTld = new("TLD0009", "Duplicate TLD", "TLD '{0}' is also defined in {1}");
    /// <summary>TLD0010: a name that must be unique is repeated.</summary>
    public static readonly TldDiagnostic DuplicateName = new("TLD0010", "Duplicate name", "{0} '{1}' appears more than once");
    /// <summary>TLD0011: a name that does not make a valid, unique C# identifier.</summary>
    public static readonly TldDiagnostic InvalidIdentifier = new("TLD0011", "Invalid or colliding generated name", "{0}");
    /// <summary>TLD0012: a JSON object repeats a key.</summary>
    public static readonly TldDiagnostic DuplicateKey = new("TLD0012", "Duplicate JSON key", "Property '{0}' appears more than once in the same object");
    /// <summary>TLD0013: the generator failed on the file (a bug: please report it).</summary>
    public static readonly TldDiagnostic InternalError = new("TLD0013", "Generator failure", "The TldToolkit generator failed on this file: {0}");
    /// <summary>TLD0014: a source no rule refers to (warning).</summary>
    public static readonly TldDiagnostic UnusedSource = new("TLD0014", "Unused source", "Source '{0}' is not referred to by any rule", isWarning: true);
    /// <summary>TLD0015: a file states a fact with the value a profile it extends already gives.</summary>
    public static readonly TldDiagnostic RestatedFact = new("TLD0015", "Fact restated from a profile", "'{0}' restates the value profile '{1}' already gives it: leave it out");
    /// <summary>TLD0016: an override of a profile fact without a source of the file's own and a note.</summary>
    public static readonly TldDiagnostic OverrideWithoutSource = new("TLD0016", "Override without its own source and note", "'{0}' overrides profile '{1}': {2}");
    /// <summary>TLD0017: profiles that extend each other in a circle.</summary>
    public static readonly TldDiagnostic ProfileCycle = new("TLD0017", "Profile cycle", "Profile '{0}' extends itself through {1}");
    /// <summary>TLD0018: a fact (or field) of another JSON type (or field type) than the profile states it with.</summary>
    public static readonly TldDiagnostic FactTypeMismatch = new("TLD0018", "Fact of another type than the profile's", "'{0}' is {1} here but {2} in profile '{3}'");
    /// <summary>TLD0019: a file extends a profile that has errors or is part of a cycle.</summary>
    public static readonly TldDiagnostic BrokenProfile = new("TLD0019", "Extended profile has errors", "Profile '{0}' has errors (see {1}), so this file is not compiled");
    /// <summary>TLD0020: a TLD or alias that is not a DNS name (label too long, reserved hyphens, disallowed characters, all digits).</summary>
    public static readonly TldDiagnostic InvalidTldName = new("TLD0020", "TLD name is not a DNS name", "'{0}' is not a name the DNS can carry: {1}");
    /// <summary>TLD0021: a pattern with nested unbounded repetition.</summary>
    public static readonly TldDiagnostic CatastrophicPattern = new("TLD0021", "Pattern can backtrack catastrophically", "'{0}' can backtrack catastrophically: {1}");
    /// <summary>TLD0022: a TLD file not named after its TLD (nl.json with "tld": "nll").</summary>
    public static readonly TldDiagnostic FileNameMismatch = new("TLD0022", "File name does not match the TLD", "The file '{0}' defines the TLD '{1}': name it '{2}', or correct 'tld'");

    /// <summary>Every diagnostic, in id order.</summary>
    public static IReadOnlyList<TldDiagnostic> All { get; } = new[]
    {
        InvalidJson, UnknownProperty, WrongType, MissingProperty, InvalidRegex, InvalidValue, ImpossibleRule,
        UnknownReference, DuplicateTld, DuplicateName, InvalidIdentifier, DuplicateKey, InternalError, UnusedSource,
        RestatedFact, OverrideWithoutSource, ProfileCycle, FactTypeMismatch, BrokenProfile,
        InvalidTldName, CatastrophicPattern, FileNameMismatch,
    };

    private static readonly Dictionary<string, TldDiagnostic> s_byId = Index();

    /// <summary>The diagnostic a <see cref="DiagnosticInfo"/> names; an unknown id (a reader bug) counts as <see cref="InternalError"/>.</summary>
    public static TldDiagnostic Of(DiagnosticInfo info) => ById(info.Id) ?? InternalError;

    /// <summary>The English message of <paramref name="info"/>.</summary>
    public static string Message(DiagnosticInfo info) => Of(info).Format(info.Arguments);

    /// <summary>The diagnostic with <paramref name="id"/> (as a <c>DiagnosticInfo</c> carries it), or null.</summary>
    public static TldDiagnostic? ById(string id) => s_byId.TryGetValue(id, out var diagnostic) ? diagnostic : null;

    private static Dictionary<string, TldDiagnostic> Index()
    {
        var index = new Dictionary<string, TldDiagnostic>(StringComparer.Ordinal);
        foreach (var diagnostic in All) index.Add(diagnostic.Id, diagnostic);
        return index;
    }
}
