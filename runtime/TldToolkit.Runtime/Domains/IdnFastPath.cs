using System.Text;
using TldToolkit.Idn;
using TldToolkit.Rules;

namespace TldToolkit.Domains;

/// <summary>
/// The valid-IDN hot path of <see cref="DomainChecks.CheckDomain"/>: a name typed as
/// "U-label.tld" whose label is already lower-case NFC, every code point maps to itself under
/// UTS #46 and is PVALID under IDNA2008. For such a label mapping and normalisation change
/// nothing, the U-label is the input itself, and one Punycode encoding (into a stack buffer) gives
/// the A-label; the IDNA2008 registration round trip is implied (encoding a valid code point
/// sequence always decodes back to it). Any doubt (CONTEXTJ/CONTEXTO, a leading mark, Bidi
/// failure, a repertoire or script question, a length limit) returns false and the full check
/// runs, which then reports the errors. Allocates only the A-label name string.
/// </summary>
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

        if (!IsSelfMappedPvalid(label, idn)) return false;
        if (label[0] == '-' || label[^1] == '-' || (label.Length >= 4 && label[2] == '-' && label[3] == '-')) return false;
        if (!Nfc.IsNormalized(label)) return false;
        if (BidiRule.HasRtl(label) && !BidiRule.IsSatisfied(label)) return false;

        Span<char> buffer = stackalloc char[MaxNameOctets + 1];
        "xn--".CopyTo(buffer);
        if (!Punycode.TryEncode(label, buffer[4..(4 + MaxLabelChars + 1)], out int written)) return false;
        int aLength = 4 + written;
        var labels = rules.Labels;
        if (aLength < Math.Max(1, labels.MinLength) || aLength > Math.Min(63, labels.MaxLength)) return false;
        int total = aLength + 1 + match.Ascii.Length;
        if (total > MaxNameOctets) return false;
        buffer[aLength] = '.';
        match.Ascii.CopyTo(buffer[(aLength + 1)..]);
        string ascii = new(buffer[..total]);
        name = new DomainName(ascii, input, match.Ascii);
        return true;
    }

    // Every code point: not ASCII upper case or non-LDH, UTS #46 valid (or a nontransitional deviation),
    // IDNA2008 PVALID, in the TLD's repertoire, no leading combining mark, at most one non-neutral
    // script when scripts may not mix; and at least one non-ASCII code point.
    private static bool IsSelfMappedPvalid(ReadOnlySpan<char> label, IdnRules idn)
    {
        bool transitional = idn.Mode == IdnMode.Uts46Transitional;
        bool strict = idn.Mode == IdnMode.Idna2008Strict;
        bool nonAscii = false, first = true;
        string? script = null;
        for (int i = 0; i < label.Length;)
        {
            if (Rune.DecodeFromUtf16(label[i..], out var rune, out int used) != System.Buffers.OperationStatus.Done) return false;
            i += used;
            int cp = rune.Value;
            if (cp < 0x80)
            {
                if (!LdhLabel.IsLdh(cp)) return false;
            }
            else
            {
                nonAscii = true;
                if (first && UnicodeProperties.IsCombiningMark(cp)) return false;
                if (!strict)
                {
                    var status = Uts46Mapping.GetStatus(cp);
                    if (!(status == Uts46Status.Valid || (!transitional && status == Uts46Status.Deviation))) return false;
                }
                if (UnicodeProperties.GetIdna2008Category(cp) != Idna2008Category.Pvalid) return false;
                if (!Repertoire.Allows(idn, cp)) return false;
            }
            first = false;
            // ASCII letters count too (Latn), as in ScriptMix.FindMix; digits and '-' are neutral.
            if (!idn.MixedScriptsAllowed)
            {
                string s = UnicodeProperties.GetScript(cp);
                if (!ScriptMix.IsNeutral(s))
                {
                    if (script is null) script = s;
                    else if (!ReferenceEquals(script, s) && !string.Equals(script, s, StringComparison.Ordinal)) return false;
                }
            }
        }
        return nonAscii;
    }
}
