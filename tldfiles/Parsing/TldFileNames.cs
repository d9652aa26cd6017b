using System;

namespace TldToolkit.Generator.Parsing;

/// <summary>
/// A TLD file is named after its TLD: <c>nl.json</c> holds <c>"tld": "nl"</c>, <c>co.uk.json</c> <c>"co.uk"</c>, and an IDN
/// TLD's file its A-label (<c>xn--p1ai.json</c>) or U-label (<c>рф.json</c>). Otherwise a typo in either goes unseen:
/// <c>nl.json</c> with <c>"tld": "nll"</c> would quietly define .nll and leave .nl out. Reported as TLD0022.
/// </summary>
internal static class TldFileNames
{
    private const string Extension = ".json";

    /// <summary>The file name of <paramref name="path"/> without a trailing ".json" (any case).</summary>
    public static string Stem(string path)
    {
        int slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        var name = slash >= 0 ? path.Substring(slash + 1) : path;
        return name.EndsWith(Extension, StringComparison.OrdinalIgnoreCase) ? name.Substring(0, name.Length - Extension.Length) : name;
    }

    /// <summary>True when the file at <paramref name="path"/> is named after the TLD (either form, any case); a path without a name passes.</summary>
    public static bool Matches(string path, string asciiTld, string unicodeTld)
    {
        var stem = Stem(path);
        return stem.Length == 0
            || string.Equals(stem, asciiTld, StringComparison.OrdinalIgnoreCase)
            || string.Equals(stem, unicodeTld, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The name the file should have: the TLD's ASCII form.</summary>
    public static string Expected(string asciiTld) => asciiTld + Extension;
}
