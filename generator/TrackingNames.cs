namespace TldToolkit.Generator;

/// <summary>Names of the pipeline steps, for incremental-caching tests.</summary>
public static class TrackingNames
{
    /// <summary>AdditionalFiles marked as TLD definitions, with their text.</summary>
    public const string Files = "TldFiles";
    /// <summary>The shared templates of TLD files that state no facts of their own, collected.</summary>
    public const string Templates = "ProfileTemplates";
    /// <summary>The generated source of the shared templates.</summary>
    public const string TemplateSource = "ProfileTemplateSource";
    /// <summary>The profiles (files in a 'profiles' folder), read and resolved together.</summary>
    public const string Profiles = "TldProfiles";
    /// <summary>The diagnostics of the profile files.</summary>
    public const string ProfileDiagnostics = "ProfileDiagnostics";
    /// <summary>Each file read into a model plus diagnostics.</summary>
    public const string Parsed = "ParsedTld";
    /// <summary>The namespace of the generated code.</summary>
    public const string Namespace = "Namespace";
    /// <summary>Whether the data is written as UTF-8 literals (MSBuild property TldToolkitDataLiterals).</summary>
    public const string DataLiterals = "DataLiterals";
    /// <summary>The valid models only.</summary>
    public const string Models = "TldModels";
    /// <summary>The diagnostics of each file.</summary>
    public const string FileDiagnostics = "FileDiagnostics";
    /// <summary>The names one file claims (its key), per file.</summary>
    public const string Key = "TldKey";
    /// <summary>The diagnostics of the cross-file check.</summary>
    public const string CrossFileDiagnostics = "CrossFileDiagnostics";
    /// <summary>The names every file claims, collected.</summary>
    public const string Keys = "TldKeys";
    /// <summary>Duplicate TLDs and colliding type names across files.</summary>
    public const string CrossFile = "CrossFileCheck";
    /// <summary>Files excluded from output by the cross-file check, and files handed over more than once.</summary>
    public const string Excluded = "ExcludedFiles";
    /// <summary>The generated source of one TLD.</summary>
    public const string TldSource = "TldSource";
    /// <summary>The generated sources of files handed over more than once, collected to be added once each.</summary>
    public const string TldSources = "TldSources";
    /// <summary>One TLD's catalog entry (a data-only TLD's data), built per TLD.</summary>
    public const string CatalogEntry = "CatalogEntry";
    /// <summary>The catalog entries, collected.</summary>
    public const string CatalogEntries = "CatalogEntries";
    /// <summary>The generated catalog source.</summary>
    public const string CatalogSource = "CatalogSource";
}
