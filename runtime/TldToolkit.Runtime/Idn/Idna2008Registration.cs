using System.Text;

namespace TldToolkit.Idn;

/// <summary>
/// IDNA2008 registration checks on one label (RFC 5891 section 4 with the contextual rules of
/// RFC 5892 appendix A and the Bidi rule of RFC 5893). No mapping: the label must already be a
/// U-label (or an A-label, which must decode to one and round-trip).
/// </summary>
internal static class Idna2008Registration
{
    private const int MaxLabelOctets = 63;

    public static IdnaErrors Check(string label, out string aLabel, out string uLabel)
    {
        aLabel = uLabel = label;
        if (label.Length == 0) return IdnaErrors.EmptyLabel;
        if (label.Length > Punycode.MaxLength) return IdnaErrors.TooLong;

        var errors = IdnaErrors.None;
        if (label.StartsWith("xn--", StringComparison.OrdinalIgnoreCase))
        {
            if (!Ascii.IsValid(label)) return IdnaErrors.Punycode;
            label = label.ToLowerInvariant(); // DNS ignores ASCII case; the U-label must come out lower case
            aLabel = label;
            string? decoded = Punycode.Decode(label.AsSpan(4));
            if (decoded is null || decoded.Length == 0 || Ascii.IsValid(decoded)) return IdnaErrors.Punycode;
            uLabel = decoded;
            errors |= CheckULabel(decoded);
            string? reencoded = Punycode.Encode(decoded);
            // RFC 5891 5.4: the A-label must be what encoding its U-label gives (DNS ignores ASCII case).
            if (reencoded is null || !label.AsSpan(4).SequenceEqual(reencoded)) errors |= IdnaErrors.ALabelRoundTrip;
        }
        else
        {
            errors |= CheckULabel(label);
            if (!Ascii.IsValid(label))
            {
                string? encoded = ContainsLoneSurrogate(label) ? null : Punycode.Encode(label);
                if (encoded is null) return errors | IdnaErrors.Punycode;
                aLabel = "xn--" + encoded;
                if (!string.Equals(Punycode.Decode(encoded), label, StringComparison.Ordinal)) errors |= IdnaErrors.ALabelRoundTrip;
            }
        }
        if (aLabel.Length > MaxLabelOctets) errors |= IdnaErrors.TooLong;
        return errors;
    }

    /// <summary>The checks on a U-label alone (no encoding): lone surrogates, NFC, hyphens, leading mark, PVALID, CONTEXTJ/O, Bidi.</summary>
    public static IdnaErrors CheckULabel(string label)
    {
        var errors = IdnaErrors.None;
        if (ContainsLoneSurrogate(label)) return IdnaErrors.Disallowed;
        if (!Nfc.IsNormalized(label)) errors |= IdnaErrors.NotNfc;
        errors |= LabelValidity.CheckHyphens(label, checkHyphens: true);
        if (Rune.DecodeFromUtf16(label, out var first, out _) == System.Buffers.OperationStatus.Done
            && UnicodeProperties.IsCombiningMark(first.Value))
            errors |= IdnaErrors.LeadingCombiningMark;

        Span<int> buffer = label.Length <= 256 ? stackalloc int[label.Length] : new int[label.Length];
        var codePoints = ContextRules.ToCodePoints(label, buffer);
        bool hasContextO = false;
        foreach (int cp in codePoints)
        {
            switch (UnicodeProperties.GetIdna2008Category(cp))
            {
                case Idna2008Category.Pvalid: break;
                case Idna2008Category.ContextJ: break; // checked below
                case Idna2008Category.ContextO: hasContextO = true; break;
                default: errors |= cp == '.' ? IdnaErrors.LabelSeparator : IdnaErrors.NotPvalid; break;
            }
        }
        if (!ContextRules.JoinersSatisfied(label)) errors |= IdnaErrors.ContextJ;
        if (hasContextO && !ContextRules.ContextOSatisfied(codePoints)) errors |= IdnaErrors.ContextO;
        if (BidiRule.HasRtl(label) && !BidiRule.IsSatisfied(label)) errors |= IdnaErrors.Bidi;
        return errors;
    }

    private static bool ContainsLoneSurrogate(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i])) return true;
        }
        return false;
    }
}
