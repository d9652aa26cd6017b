namespace TldToolkit.Generator.Diagnostics;

/// <summary>
/// One kind of problem in a TLD file, as plain data (no Roslyn types), so the lint API runs in a
/// process that does not load the compiler. <see cref="Descriptors"/> builds the compiler
/// diagnostics from the same constants.
/// </summary>
public sealed class TldDiagnostic
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
}

/// <summary>Every diagnostic of TLD files. IDs never change meaning once published.</summary>
public static class TldDiagnostics
{
    internal const string HelpBase = "https://tldtoolkit.dev/docs/diagnostics.md#";
    internal const string Category = "TldToolkit";

    internal static class Ids
    {
        public const string InvalidJson = "TLD0001";
        public const string UnknownProperty = "TLD0002";
        public const string WrongType = "TLD0003";
        public const string MissingProperty = "TLD0004";
        public const string InvalidRegex = "TLD0005";
        public const string InvalidValue = "TLD0006";
        public const string ImpossibleRule = "TLD0007";
        public const string UnknownReference = "TLD0008";
        public const string DuplicateTld = "TLD0009";
        public const string DuplicateName = "TLD0010";
        public const string InvalidIdentifier = "TLD0011";
        public const string DuplicateKey = "TLD0012";
        public const string InternalError = "TLD0013";
        public const string UnusedSource = "TLD0014";
        public const string RestatedFact = "TLD0015";
        public const string OverrideWithoutSource = "TLD0016";
        public const string ProfileCycle = "TLD0017";
        public const string FactTypeMismatch = "TLD0018";
        public const string BrokenProfile = "TLD0019";
        public const string InvalidTldName = "TLD0020";
        public const string CatastrophicPattern = "TLD0021";
    }

    internal static class Titles
    {
        public const string InvalidJson = "Invalid JSON";
        public const string UnknownProperty = "Unknown property";
        public const string WrongType = "Wrong value type";
        public const string MissingProperty = "Missing required property";
        public const string InvalidRegex = "Invalid regular expression";
        public const string InvalidValue = "Invalid value";
        public const string ImpossibleRule = "Impossible rule";
        public const string UnknownReference = "Unknown reference";
        public const string DuplicateTld = "Duplicate TLD";
        public const string DuplicateName = "Duplicate name";
        public const string InvalidIdentifier = "Invalid or colliding generated name";
        public const string DuplicateKey = "Duplicate JSON key";
        public const string InternalError = "Generator failure";
        public const string UnusedSource = "Unused source";
        public const string RestatedFact = "Fact restated from a profile";
        public const string OverrideWithoutSource = "Override without its own source and note";
        public const string ProfileCycle = "Profile cycle";
        public const string FactTypeMismatch = "Fact of another type than the profile's";
        public const string BrokenProfile = "Extended profile has errors";
        public const string InvalidTldName = "TLD name is not a DNS name";
        public const string CatastrophicPattern = "Pattern can backtrack catastrophically";
    }

    internal static class Formats
    {
        public const string InvalidJson = "Invalid JSON: {0}";
        public const string UnknownProperty = "Unknown property '{0}' in {1}{2}";
        public const string WrongType = "'{0}' must be {1}, not {2}";
        public const string MissingProperty = "{0} is missing the required property '{1}'";
        public const string InvalidRegex = "'{0}' is not a valid .NET regular expression: {1}";
        public const string InvalidValue = "Invalid value for '{0}': {1}";
        public const string ImpossibleRule = "Impossible rule: {0}";
        public const string UnknownReference = "{0} '{1}' is not defined{2}";
        public const string DuplicateTld = "TLD '{0}' is also defined in {1}";
        public const string DuplicateName = "{0} '{1}' appears more than once";
        public const string InvalidIdentifier = "{0}";
        public const string DuplicateKey = "Property '{0}' appears more than once in the same object";
        public const string InternalError = "The TldToolkit generator failed on this file: {0}";
        public const string UnusedSource = "Source '{0}' is not referred to by any rule";
        public const string RestatedFact = "'{0}' restates the value profile '{1}' already gives it: leave it out";
        public const string OverrideWithoutSource = "'{0}' overrides profile '{1}': {2}";
        public const string ProfileCycle = "Profile '{0}' extends itself through {1}";
        public const string FactTypeMismatch = "'{0}' is {1} here but {2} in profile '{3}'";
        public const string BrokenProfile = "Profile '{0}' has errors (see {1}), so this file is not compiled";
        public const string InvalidTldName = "'{0}' is not a name the DNS can carry: {1}";
        public const string CatastrophicPattern = "'{0}' can backtrack catastrophically: {1}";
    }

    /// <summary>TLD0001: the file is not valid JSON.</summary>
    public static readonly TldDiagnostic InvalidJson = new(Ids.InvalidJson, Titles.InvalidJson, Formats.InvalidJson);
    /// <summary>TLD0002: a property the schema does not define.</summary>
    public static readonly TldDiagnostic UnknownProperty = new(Ids.UnknownProperty, Titles.UnknownProperty, Formats.UnknownProperty);
    /// <summary>TLD0003: a value of the wrong JSON type.</summary>
    public static readonly TldDiagnostic WrongType = new(Ids.WrongType, Titles.WrongType, Formats.WrongType);
    /// <summary>TLD0004: a required property is missing.</summary>
    public static readonly TldDiagnostic MissingProperty = new(Ids.MissingProperty, Titles.MissingProperty, Formats.MissingProperty);
    /// <summary>TLD0005: a pattern is not a valid .NET regular expression.</summary>
    public static readonly TldDiagnostic InvalidRegex = new(Ids.InvalidRegex, Titles.InvalidRegex, Formats.InvalidRegex);
    /// <summary>TLD0006: a value outside what the schema allows.</summary>
    public static readonly TldDiagnostic InvalidValue = new(Ids.InvalidValue, Titles.InvalidValue, Formats.InvalidValue);
    /// <summary>TLD0007: rules that cannot all hold.</summary>
    public static readonly TldDiagnostic ImpossibleRule = new(Ids.ImpossibleRule, Titles.ImpossibleRule, Formats.ImpossibleRule);
    /// <summary>TLD0008: a reference to a field, option or source that does not exist.</summary>
    public static readonly TldDiagnostic UnknownReference = new(Ids.UnknownReference, Titles.UnknownReference, Formats.UnknownReference);
    /// <summary>TLD0009: the same TLD (or alias) in two places.</summary>
    public static readonly TldDiagnostic DuplicateTld = new(Ids.DuplicateTld, Titles.DuplicateTld, Formats.DuplicateTld);
    /// <summary>TLD0010: a name that must be unique is repeated.</summary>
    public static readonly TldDiagnostic DuplicateName = new(Ids.DuplicateName, Titles.DuplicateName, Formats.DuplicateName);
    /// <summary>TLD0011: a name that does not make a valid, unique C# identifier.</summary>
    public static readonly TldDiagnostic InvalidIdentifier = new(Ids.InvalidIdentifier, Titles.InvalidIdentifier, Formats.InvalidIdentifier);
    /// <summary>TLD0012: a JSON object repeats a key.</summary>
    public static readonly TldDiagnostic DuplicateKey = new(Ids.DuplicateKey, Titles.DuplicateKey, Formats.DuplicateKey);
    /// <summary>TLD0013: the generator failed on the file (a bug: please report it).</summary>
    public static readonly TldDiagnostic InternalError = new(Ids.InternalError, Titles.InternalError, Formats.InternalError);
    /// <summary>TLD0014: a source no rule refers to (warning).</summary>
    public static readonly TldDiagnostic UnusedSource = new(Ids.UnusedSource, Titles.UnusedSource, Formats.UnusedSource, isWarning: true);
    /// <summary>TLD0015: a file states a fact with the value a profile it extends already gives.</summary>
    public static readonly TldDiagnostic RestatedFact = new(Ids.RestatedFact, Titles.RestatedFact, Formats.RestatedFact);
    /// <summary>TLD0016: an override of a profile fact without a source of the file's own and a note.</summary>
    public static readonly TldDiagnostic OverrideWithoutSource = new(Ids.OverrideWithoutSource, Titles.OverrideWithoutSource, Formats.OverrideWithoutSource);
    /// <summary>TLD0017: profiles that extend each other in a circle.</summary>
    public static readonly TldDiagnostic ProfileCycle = new(Ids.ProfileCycle, Titles.ProfileCycle, Formats.ProfileCycle);
    /// <summary>TLD0018: a fact (or field) of another JSON type (or field type) than the profile states it with.</summary>
    public static readonly TldDiagnostic FactTypeMismatch = new(Ids.FactTypeMismatch, Titles.FactTypeMismatch, Formats.FactTypeMismatch);
    /// <summary>TLD0019: a file extends a profile that has errors or is part of a cycle.</summary>
    public static readonly TldDiagnostic BrokenProfile = new(Ids.BrokenProfile, Titles.BrokenProfile, Formats.BrokenProfile);
    /// <summary>TLD0020: a TLD or alias that is not a DNS name (label too long, reserved hyphens, disallowed characters, all digits).</summary>
    public static readonly TldDiagnostic InvalidTldName = new(Ids.InvalidTldName, Titles.InvalidTldName, Formats.InvalidTldName);
    /// <summary>TLD0021: a pattern with nested unbounded repetition.</summary>
    public static readonly TldDiagnostic CatastrophicPattern = new(Ids.CatastrophicPattern, Titles.CatastrophicPattern, Formats.CatastrophicPattern);

    /// <summary>Every diagnostic, in id order.</summary>
    public static System.Collections.Generic.IReadOnlyList<TldDiagnostic> All { get; } = new[]
    {
        InvalidJson, UnknownProperty, WrongType, MissingProperty, InvalidRegex, InvalidValue, ImpossibleRule,
        UnknownReference, DuplicateTld, DuplicateName, InvalidIdentifier, DuplicateKey, InternalError, UnusedSource,
        RestatedFact, OverrideWithoutSource, ProfileCycle, FactTypeMismatch, BrokenProfile,
        InvalidTldName, CatastrophicPattern,
    };

    /// <summary>The diagnostic with <paramref name="id"/>, or null.</summary>
    public static TldDiagnostic? ById(string id)
    {
        foreach (var d in All)
            if (d.Id == id) return d;
        return null;
    }
}
