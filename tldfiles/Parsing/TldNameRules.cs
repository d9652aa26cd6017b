using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace TldToolkit.Generator.Parsing;

/// <summary>
/// What makes a TLD name (or alias) one the DNS can carry, beyond the reader's syntax checks
/// (issue 15, R8): every label at most 63 octets, no reserved "??--" labels other than A-labels,
/// A-labels that decode to valid U-labels and encode back to themselves, U-labels of IDNA2008
/// letters, marks and digits only (no format, control, symbol or private-use characters: no U+202E,
/// soft hyphen, U+FFFD or emoji), in NFC, and a top label that is not all digits ('1234') and has
/// no two hyphens in a row outside an A-label's prefix ('c--a').
/// Reported as TLD0020.
/// </summary>
internal static class TldNameRules
{
    public const int MaxLabelLength = 63;

    /// <summary>Why the name of these labels is not a DNS name, or null when it is.</summary>
    public static string? Problem(IReadOnlyList<string> asciiLabels, IReadOnlyList<string> unicodeLabels)
    {
        for (int i = 0; i < asciiLabels.Count; i++)
        {
            var a = asciiLabels[i];
            var u = unicodeLabels[i];
            if (a.Length > MaxLabelLength)
                return "the label '" + Display(u) + "' has " + a.Length + " characters in its ASCII form; a DNS label has at most " + MaxLabelLength;
            bool aLabel = a.StartsWith("xn--", System.StringComparison.Ordinal);
            if (a.Length >= 4 && a[2] == '-' && a[3] == '-' && !aLabel)
                return "'" + a + "' has hyphens in the third and fourth positions, which are reserved for A-labels (RFC 5891)";
            if (u != a && ULabelProblem(u) is { } problem)
                return "the label '" + Display(u) + "' " + problem;
            if (aLabel && u != a && "xn--" + Punycode.Encode(u) != a)
                return "'" + a + "' does not encode back to itself (it is not the canonical A-label of '" + Display(u) + "')";
        }
        // The top label: all digits would read as an IP address (RFC 3696); "--" outside an A-label's
        // prefix is the reserved tagging form (RFC 5891), which no TLD uses.
        var last = asciiLabels.Count > 0 ? asciiLabels[asciiLabels.Count - 1] : "";
        if (last.Length > 0 && IsAllDigits(last))
            return "'" + last + "' is all digits: names under it would read as IP addresses (RFC 3696)";
        if (last.IndexOf("--", last.StartsWith("xn--", System.StringComparison.Ordinal) ? 4 : 0, System.StringComparison.Ordinal) >= 0)
            return "'" + last + "' has two hyphens in a row, the form reserved for tagged labels such as A-labels (RFC 5891)";
        return null;
    }

    // IDNA2008 PVALID is, in outline, lower-case and other letters, combining marks and decimal digits.
    private static string? ULabelProblem(string label)
    {
        if (!IsNfc(label)) return "is not in Unicode normalization form C";
        for (int i = 0; i < label.Length; i++)
        {
            char c = label[i];
            if (char.IsSurrogate(c) && !char.IsSurrogatePair(label, i)) return "holds a lone surrogate " + Hex(c);
            if (c == '-') continue;
            var category = CharUnicodeInfo.GetUnicodeCategory(label, i);
            int codePoint = char.ConvertToUtf32(label, i);
            switch (category)
            {
                case UnicodeCategory.LowercaseLetter:
                case UnicodeCategory.OtherLetter:
                case UnicodeCategory.ModifierLetter:
                case UnicodeCategory.DecimalDigitNumber:
                    break;
                case UnicodeCategory.NonSpacingMark:
                case UnicodeCategory.SpacingCombiningMark:
                    if (i == 0) return "starts with the combining mark " + Hex(codePoint);
                    break;
                default:
                    return "holds " + Hex(codePoint) + " (" + category + "), which IDNA2008 does not allow in a label";
            }
            if (char.IsHighSurrogate(c)) i++;
        }
        return null;
    }

    private static bool IsNfc(string label)
    {
        try { return label.IsNormalized(NormalizationForm.FormC); }
        catch (System.ArgumentException) { return false; } // lone surrogates: reported by the caller's loop
    }

    private static bool IsAllDigits(string label)
    {
        foreach (char c in label)
            if (c < '0' || c > '9') return false;
        return true;
    }

    private static string Hex(int codePoint) => "U+" + codePoint.ToString("X4", CultureInfo.InvariantCulture);

    /// <summary>The label for a diagnostic message: characters that are not letters, marks, digits, punctuation or symbols as U+XXXX.</summary>
    internal static string Display(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsSurrogatePair(text, i)) { builder.Append(c).Append(text[i + 1]); i++; continue; }
            if (HiddenCharacters.IsHidden(c)) builder.Append(Hex(c));
            else builder.Append(c);
        }
        return builder.ToString();
    }
}
