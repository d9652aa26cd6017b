using System.Text;
using TldToolkit.Idn;
using TldToolkit.Rules;

namespace TldToolkit.Domains;

/// <summary>
/// The valid-IDN hot path of <see cref="DomainChecks.CheckDomain"/>: a name typed as
/// "U-label.tld" whose label is already lower-case NFC, every code point maps to itself under
/// UTS #46 and is PVALID under IDNA2008. For such a label mapping and normalisation change
/// nothing, the U-label is the input itself, and one Punycode encoding (into a stack buffer) gives
/// the A-label's length; the IDNA2008 registration round trip is implied (encoding a valid code point
/// sequence always decodes back to it). Any doubt (CONTEXTJ/CONTEXTO, a leading mark, Bidi
/// failure, a repertoire or script question, a length limit) returns false and the full check
/// runs, which then reports the errors. Allocates nothing: the A-label string is only built when
/// <see cref="DomainName.Ascii"/> is read.
/// </summary>
/// <remarks>
/// One pass over the label. ASCII code points need no table: LDH or not, letters are Latin, digits and
/// '-' are script-neutral, none is right-to-left, none changes under NFC. Code points below
/// <see cref="CodePointFacts.Limit"/> read their properties from one precomputed entry; the rest ask the
/// Idn tables one property at a time.
/// </remarks>
internal static class IdnFastPath
{
    private const int MaxLabelChars = 63, MaxNameOctets = 253;

    public static bool TryValid(string input, TldRules rules, string? idnLanguage, out DomainName name)
    {
        name = default;
        var idn = rules.Labels.Idn;
        if (!idn.Supported || input.Length > MaxNameOctets) return false;
        if (idn.LanguageTagRequired && string.IsNullOrWhiteSpace(idnLanguage)) return false;
        if (!DomainSplitter.TryMatch(input, rules, out var match)) return false;
        int labelLength = input.Length - match.SuffixLength - 1;
        if (labelLength <= 0 || labelLength > MaxLabelChars) return false;
        // The Unicode name is the input itself only when the TLD was typed in its Unicode form exactly.
        if (!input.AsSpan(labelLength + 1).SequenceEqual(match.Unicode)) return false;
        var label = input.AsSpan(0, labelLength);
        if (label[0] == '-' || label[^1] == '-' || (label.Length >= 4 && label[2] == '-' && label[3] == '-')) return false;

        Span<int> codePoints = stackalloc int[MaxLabelChars];
        if (!TryScan(label, idn, codePoints, out int count, out bool quickNfc, out bool rtl)) return false;
        if (!quickNfc && !Nfc.IsNormalized(label)) return false;
        if (rtl && !BidiRule.IsSatisfied(label)) return false;

        Span<char> buffer = stackalloc char[MaxLabelChars + 1];
        if (!Punycode.TryEncode(codePoints[..count], buffer, out int written)) return false;
        int aLength = 4 + written;
        var labels = rules.Labels;
        if (aLength < Math.Max(1, labels.MinLength) || aLength > Math.Min(63, labels.MaxLength)) return false;
        int total = aLength + 1 + match.Ascii.Length;
        if (total > MaxNameOctets) return false;
        name = new DomainName(input, labelLength, total, match.Ascii);
        return true;
    }

    // Every code point: not ASCII upper case or non-LDH, UTS #46 valid (or a nontransitional deviation),
    // IDNA2008 PVALID, in the TLD's repertoire, no leading combining mark, at most one non-neutral
    // script when scripts may not mix; and at least one non-ASCII code point. Collects the code points
    // (for Punycode) and whether the label is NFC by the quick check and has a right-to-left character.
    private static bool TryScan(ReadOnlySpan<char> label, IdnRules idn, Span<int> codePoints, out int count, out bool quickNfc, out bool rtl)
    {
        count = 0;
        quickNfc = true;
        rtl = false;
        bool transitional = idn.Mode == IdnMode.Uts46Transitional;
        bool strict = idn.Mode == IdnMode.Idna2008Strict;
        bool checkScripts = !idn.MixedScriptsAllowed;
        bool nonAscii = false;
        string? script = null;
        for (int i = 0; i < label.Length;)
        {
            char c = label[i];
            if (c < 0x80)
            {
                if (!LdhLabel.IsLdh(c)) return false;
                // ASCII letters count too (Latn), as in ScriptMix.FindMix; digits and '-' are neutral.
                if (checkScripts && c >= 'a' && !SameScript(ref script, CodePointFacts.Latin)) return false;
                codePoints[count++] = c;
                i++;
                continue;
            }

            int cp;
            if (!char.IsSurrogate(c))
            {
                cp = c;
                i++;
            }
            else
            {
                if (Rune.DecodeFromUtf16(label[i..], out var rune, out int used) != System.Buffers.OperationStatus.Done) return false;
                cp = rune.Value;
                i += used;
            }
            bool first = count == 0;
            nonAscii = true;

            string s;
            if (cp < CodePointFacts.Limit)
            {
                var facts = CodePointFacts.Get(cp);
                if (first && (facts & CodePointFacts.CombiningMark) != 0) return false;
                if (!strict && (facts & (transitional ? CodePointFacts.Uts46Valid : CodePointFacts.Uts46ValidOrDeviation)) == 0) return false;
                if ((facts & CodePointFacts.Pvalid) == 0) return false;
                quickNfc &= (facts & CodePointFacts.QuickNfc) != 0;
                rtl |= (facts & CodePointFacts.Rtl) != 0;
                s = checkScripts ? CodePointFacts.Script(cp) : "";
            }
            else
            {
                if (first && UnicodeProperties.IsCombiningMark(cp)) return false;
                if (!strict)
                {
                    var status = Uts46Mapping.GetStatus(cp);
                    if (!(status == Uts46Status.Valid || (!transitional && status == Uts46Status.Deviation))) return false;
                }
                if (UnicodeProperties.GetIdna2008Category(cp) != Idna2008Category.Pvalid) return false;
                quickNfc &= cp <= 0xFFFF && Nfc.IsQuickNfc([(char)cp]);
                rtl |= UnicodeProperties.GetBidiClass(cp) is BidiClass.R or BidiClass.AL or BidiClass.AN;
                s = checkScripts ? UnicodeProperties.GetScript(cp) : "";
            }
            if (!Repertoire.Allows(idn, cp)) return false;
            if (checkScripts && !ScriptMix.IsNeutral(s) && !SameScript(ref script, s)) return false;
            codePoints[count++] = cp;
        }
        return nonAscii;
    }

    private static bool SameScript(ref string? script, string s)
    {
        if (script is null)
        {
            script = s;
            return true;
        }
        return ReferenceEquals(script, s) || string.Equals(script, s, StringComparison.Ordinal);
    }
}

/// <summary>
/// The IDN properties of the code points U+0080–U+07FF (Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic,
/// Syriac, Thaana, N'Ko), one entry each, taken once from the Idn tables: the fast path reads one entry
/// instead of searching four range tables per code point.
/// </summary>
internal static class CodePointFacts
{
    public const int Limit = 0x800;

    public const byte Uts46Valid = 1, Uts46Deviation = 2, Uts46ValidOrDeviation = Uts46Valid | Uts46Deviation,
        Pvalid = 4, CombiningMark = 8, Rtl = 16, QuickNfc = 32;

    /// <summary>The Script code of ASCII letters.</summary>
    public static readonly string Latin = UnicodeProperties.GetScript('a');

    public static byte Get(int codePoint) => Table.Facts[codePoint - 0x80];

    public static string Script(int codePoint) => Table.Scripts[codePoint - 0x80];

    // Built on first use of a non-ASCII code point (about 2,000 entries).
    private static class Table
    {
        public static readonly byte[] Facts = new byte[Limit - 0x80];
        public static readonly string[] Scripts = new string[Limit - 0x80];

        static Table()
        {
            for (int cp = 0x80; cp < Limit; cp++)
            {
                byte facts = 0;
                var status = Uts46Mapping.GetStatus(cp);
                if (status == Uts46Status.Valid) facts |= Uts46Valid;
                else if (status == Uts46Status.Deviation) facts |= Uts46Deviation;
                if (UnicodeProperties.GetIdna2008Category(cp) == Idna2008Category.Pvalid) facts |= Pvalid;
                if (UnicodeProperties.IsCombiningMark(cp)) facts |= CombiningMark;
                if (UnicodeProperties.GetBidiClass(cp) is BidiClass.R or BidiClass.AL or BidiClass.AN) facts |= Rtl;
                if (Nfc.IsQuickNfc([(char)cp])) facts |= QuickNfc;
                Facts[cp - 0x80] = facts;
                Scripts[cp - 0x80] = UnicodeProperties.GetScript(cp);
            }
        }
    }
}
