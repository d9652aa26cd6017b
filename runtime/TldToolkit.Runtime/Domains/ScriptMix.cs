using TldToolkit.Idn;

namespace TldToolkit.Domains;

/// <summary>
/// Script tests for IDN labels on the Unicode Script property (<see cref="UnicodeProperties.GetScript"/>).
/// Common (Zyyy: digits, hyphen) and Inherited (Zinh: most combining marks) belong to every script.
/// The CJK writing systems are treated as one script each: Jpan (Han, Hiragana, Katakana),
/// Kore (Hangul, Han) and Hanb (Han, Bopomofo), as UTS #39 does for mixed-script detection.
/// </summary>
internal static class ScriptMix
{
    /// <summary>True for scripts that never count as a second script.</summary>
    public static bool IsNeutral(string script) => script is "Zyyy" or "Zinh";

    /// <summary>True when <paramref name="script"/> is listed, directly or through Jpan/Kore/Hanb/Hans/Hant.</summary>
    public static bool IsListed(string script, IReadOnlyList<string> allowed)
    {
        foreach (var code in allowed)
        {
            if (string.Equals(code, script, StringComparison.OrdinalIgnoreCase)) return true;
            if (Members(code).Contains(script, StringComparer.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>The scripts of the label's code points when they cannot be one writing system, else null.</summary>
    public static string? FindMix(ReadOnlySpan<int> codePoints)
    {
        var scripts = new List<string>(2);
        foreach (int cp in codePoints)
        {
            string script = UnicodeProperties.GetScript(cp);
            if (!IsNeutral(script) && !scripts.Contains(script)) scripts.Add(script);
        }
        if (scripts.Count <= 1) return null;
        foreach (var system in WritingSystems)
            if (scripts.TrueForAll(s => Members(system).Contains(s, StringComparer.Ordinal))) return null;
        return string.Join(", ", scripts);
    }

    private static readonly string[] WritingSystems = ["Jpan", "Kore", "Hanb"];

    private static readonly string[] JpanMembers = ["Hani", "Hira", "Kana"], KoreMembers = ["Hang", "Hani"],
        HanbMembers = ["Hani", "Bopo"], HanMembers = ["Hani"];

    private static string[] Members(string code) => code switch
    {
        "Jpan" => JpanMembers,
        "Kore" => KoreMembers,
        "Hanb" => HanbMembers,
        "Hans" or "Hant" => HanMembers,
        _ => [],
    };
}
