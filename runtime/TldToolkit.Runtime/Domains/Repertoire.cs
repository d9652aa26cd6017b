using TldToolkit.Idn;
using TldToolkit.Rules;

namespace TldToolkit.Domains;

/// <summary>
/// Which characters a TLD accepts in an IDN label: LDH always; beyond that a code point must be in
/// the named language table, or in one of the ranges, or of one of the scripts (any configured
/// source allows it). With none configured, every IDNA-valid character is accepted. An unknown
/// table name allows nothing beyond LDH (fail closed: a typo must not open the repertoire).
/// </summary>
internal static class Repertoire
{
    public static bool IsRestricted(IdnRules idn) => !string.IsNullOrEmpty(idn.LanguageTable) || idn.Ranges.Count > 0 || idn.Scripts.Count > 0;

    public static bool Allows(IdnRules idn, int codePoint)
    {
        if (codePoint is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') return true;
        if (!IsRestricted(idn)) return true;
        if (!string.IsNullOrEmpty(idn.LanguageTable) && IdnLanguageTables.Contains(idn.LanguageTable, codePoint)) return true;
        var ranges = idn.Ranges;
        if (ranges is CodePointRange[] array) // generated rules hold arrays: no interface call per range
        {
            foreach (var range in array)
                if (range.Contains(codePoint)) return true;
        }
        else
        {
            for (int i = 0; i < ranges.Count; i++) // indexed: foreach over the interface would box an enumerator
                if (ranges[i].Contains(codePoint)) return true;
        }
        if (idn.Scripts.Count > 0)
        {
            string script = UnicodeProperties.GetScript(codePoint);
            if (ScriptMix.IsNeutral(script) || ScriptMix.IsListed(script, idn.Scripts)) return true;
        }
        return false;
    }
}
