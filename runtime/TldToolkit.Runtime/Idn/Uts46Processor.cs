using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using TldToolkit.Idn.Tables;

namespace TldToolkit.Idn;

/// <summary>UTS #46 section 4 (Processing) and 4.2 / 4.3 (ToASCII, ToUnicode), Unicode 17.</summary>
internal static class Uts46Processor
{
    private const int MaxLabelOctets = 63, MaxNameOctets = 253;

    public static IdnaResult Process(string domain, in IdnaOptions options, bool toAscii)
    {
        if (TryCheckLdhName(domain, options, toAscii, out var ldhErrors)) return new IdnaResult(domain, ldhErrors);
        if (TryProcessFast(domain, options, toAscii, out var fast)) return fast;
        return ProcessGeneral(domain, options, toAscii);
    }

    /// <summary>The whole of section 4 without shortcuts; tests hold the fast paths of <see cref="Process"/> to its answers.</summary>
    internal static IdnaResult ProcessGeneral(string domain, in IdnaOptions options, bool toAscii)
    {
        var errors = IdnaErrors.None;
        string mapped = MapAndNormalize(domain, options.Transitional, ref errors);
        // Only MapAndNormalize has run: Disallowed means lone surrogates (or noncharacters) became U+FFFD.
        // A label holding such a replacement cannot be Punycode-encoded (A3), as the conformance file expects.
        bool replacedUnencodable = (errors & IdnaErrors.Disallowed) != 0;

        var labels = new List<string>();
        bool bidiName = false;
        foreach (var range in mapped.AsSpan().Split('.'))
        {
            string label = ProcessLabel(mapped[range], options, ref errors);
            bidiName |= BidiRule.HasRtl(label);
            labels.Add(label);
        }
        if (options.CheckBidi && bidiName)
        {
            foreach (var label in labels)
                if (!BidiRule.IsSatisfied(label)) errors |= IdnaErrors.Bidi;
        }

        if (!toAscii)
        {
            errors |= CheckEmptyLabels(labels);
            return new IdnaResult(string.Join('.', labels), errors);
        }

        for (int i = 0; i < labels.Count; i++)
        {
            if (Ascii.IsValid(labels[i])) continue;
            string? encoded = replacedUnencodable && labels[i].Contains('\uFFFD') ? null : Punycode.Encode(labels[i]);
            if (encoded is null) errors |= IdnaErrors.Punycode; // A3
            else labels[i] = "xn--" + encoded;
        }
        string result = string.Join('.', labels);
        if (options.VerifyDnsLength) errors |= VerifyDnsLength(result);
        return new IdnaResult(result, errors);
    }

    // Step 1 (Map) and step 2 (Normalize). Lone surrogates become U+FFFD (disallowed) so NFC never throws.
    private static string MapAndNormalize(string domain, bool transitional, ref IdnaErrors errors)
    {
        var builder = new StringBuilder(domain.Length);
        for (int i = 0; i < domain.Length;)
        {
            if (Rune.DecodeFromUtf16(domain.AsSpan(i), out var rune, out int used) != System.Buffers.OperationStatus.Done)
            {
                builder.Append('\uFFFD');
                errors |= IdnaErrors.Disallowed;
                i += Math.Max(1, used);
                continue;
            }
            i += used;
            var status = Uts46Mapping.GetStatus(rune.Value, out var mapping);
            switch (status)
            {
                case Uts46Status.Mapped when transitional:
                    AppendTransitional(builder, mapping); // ẞ maps to ß, which transitional processing maps on to "ss"
                    break;
                case Uts46Status.Mapped:
                case Uts46Status.Deviation when transitional:
                    builder.Append(mapping);
                    break;
                case Uts46Status.Ignored:
                    break;
                default: // valid, disallowed (reported by the validity criteria), nontransitional deviation
                    AppendRune(builder, rune);
                    break;
            }
        }
        string normalized = Nfc.Normalize(builder.ToString(), out bool replaced);
        if (replaced) errors |= IdnaErrors.Disallowed;
        return normalized;
    }

    // Step 4 (Convert/Validate) for one label.
    private static string ProcessLabel(string label, in IdnaOptions options, ref IdnaErrors errors)
    {
        if (!label.StartsWith("xn--", StringComparison.Ordinal))
        {
            errors |= LabelValidity.Check(label, options, options.Transitional, checkNfc: false);
            return label;
        }
        if (!Ascii.IsValid(label)) { errors |= IdnaErrors.Punycode; return label; } // 4.1
        string? decoded = Punycode.Decode(label.AsSpan(4));
        if (decoded is null) { errors |= IdnaErrors.Punycode; return label; } // 4.2
        if (decoded.Length == 0 || Ascii.IsValid(decoded)) { errors |= IdnaErrors.Punycode; return decoded; } // 4.3: an error, yet replaced
        errors |= LabelValidity.Check(decoded, options, transitional: false, checkNfc: true); // 4.5
        return decoded;
    }

    private static IdnaErrors CheckEmptyLabels(List<string> labels)
    {
        // ToUnicode flags an empty label other than the root (X4_2 in the conformance file).
        for (int i = 0; i < labels.Count; i++)
            if (labels[i].Length == 0 && (i < labels.Count - 1 || labels.Count == 1)) return IdnaErrors.EmptyLabel;
        return IdnaErrors.None;
    }

    // ToASCII step 3: name 1–253 octets without the root dot; every label, the root label included, 1–63.
    private static IdnaErrors VerifyDnsLength(ReadOnlySpan<char> name)
    {
        var errors = IdnaErrors.None;
        int nameLength = name.Length > 0 && name[^1] == '.' ? name.Length - 1 : name.Length;
        if (nameLength == 0) errors |= IdnaErrors.EmptyLabel;
        if (nameLength > MaxNameOctets) errors |= IdnaErrors.TooLong;
        foreach (var range in name.Split('.'))
        {
            int length = range.End.GetOffset(name.Length) - range.Start.GetOffset(name.Length);
            if (length == 0) errors |= IdnaErrors.EmptyLabel;
            else if (length > MaxLabelOctets) errors |= IdnaErrors.TooLong;
        }
        return errors;
    }

    private const int FastMaxInput = 253;

    /// <summary>
    /// The path for names that mapping and normalisation leave as they are: every code point maps to
    /// itself (lower-case LDH, or UTS #46 valid, or a deviation when nontransitional), every code point
    /// outside xn-- labels passes the quick NFC check, and no label is empty. One pass per label reads
    /// each code point's properties once from <see cref="IdnProperties"/> and gathers what the validity
    /// criteria and the Bidi rule need; labels are decoded and encoded on stack buffers, and only the
    /// result is allocated (nothing when the result is the input). Returns false, having decided nothing,
    /// whenever it is unsure (a code point that needs mapping or normalisation, a label that cannot be
    /// decoded or encoded here, a buffer too small); the general path then runs.
    /// </summary>
    internal static bool TryProcessFast(string domain, in IdnaOptions options, bool toAscii, out IdnaResult result)
    {
        result = default;
        int n = domain.Length;
        if (n == 0 || n > FastMaxInput) return false;
        // A decoded label has at most two UTF-16 units per input character. An A-label of a real name
        // needs far fewer than 6 characters per U-label character; when it does not fit, the general path runs.
        Span<char> output = toAscii ? stackalloc char[n * 6 + 8] : stackalloc char[n * 2];
        Span<char> decodeBuffer = toAscii && domain.Contains("xn--", StringComparison.Ordinal) ? stackalloc char[n * 2] : default;

        var errors = IdnaErrors.None;
        bool transitional = options.Transitional, decodedAny = false, bidiName = false, bidiSatisfied = true;
        int written = 0;
        ReadOnlySpan<char> rest = domain;
        while (true)
        {
            int dot = rest.IndexOf('.');
            var label = dot < 0 ? rest : rest[..dot];
            if (label.IsEmpty) return false;
            if (written > 0)
            {
                if (written == output.Length) return false;
                output[written++] = '.';
            }
            int labelStart = written;

            scoped ReadOnlySpan<char> text; // the label's Unicode form, which the validity criteria check
            LabelSummary summary;
            if (label.StartsWith("xn--", StringComparison.Ordinal))
            {
                if (!IsLowerLdh(label)) return false; // mapped, or not ASCII (4.1): the general path reports it
                var target = toAscii ? decodeBuffer : output[written..];
                if (!Punycode.TryDecode(label[4..], target, out int decoded)) return false;
                text = target[..decoded];
                if (decoded == 0 || Ascii.IsValid(text)) return false; // 4.3: the general path reports it
                // Decoded text is well-formed UTF-16 whose ASCII part is lower-case LDH (the input's basic part),
                // so the summary never refuses it; it is not mapped, only checked (V7 nontransitional, V1).
                if (!TrySummarize(text, transitional: false, decodedLabel: true, out summary)) return false;
                if (!summary.QuickNfc && !Nfc.IsNormalized(text)) errors |= IdnaErrors.NotNfc; // V1
                decodedAny = true;
                if (toAscii)
                {
                    if (!TryWriteALabel(text, output, ref written)) return false;
                }
                else
                {
                    written += decoded;
                }
            }
            else
            {
                if (!TrySummarize(label, transitional, decodedLabel: false, out summary)) return false;
                text = label;
                if (toAscii && summary.NonAscii)
                {
                    if (!TryWriteALabel(text, output, ref written)) return false;
                }
                else
                {
                    if (label.Length > output.Length - written) return false;
                    label.CopyTo(output[written..]);
                    written += label.Length;
                }
            }

            // The validity criteria of section 4.1 as LabelValidity.Check applies them. V5 cannot fail here:
            // the input's labels hold no '.', nor does Punycode's output (its non-basic code points are above U+007F).
            errors |= LabelValidity.CheckHyphens(text, options.CheckHyphens); // V2, V3, V4
            if (text[0] >= 0x80 && UnicodeProperties.IsCombiningMark(char.IsHighSurrogate(text[0]) ? char.ConvertToUtf32(text[0], text[1]) : text[0]))
                errors |= IdnaErrors.LeadingCombiningMark; // V6
            if (!summary.Allowed) errors |= IdnaErrors.Disallowed; // V7
            if (summary.Joiner && options.CheckJoiners && !ContextRules.JoinersSatisfied(text)) errors |= IdnaErrors.ContextJ;
            // The Bidi rule: summarised per label now, applied to every label when any label has an RTL character.
            bidiName |= (summary.BidiClasses & BidiRule.RtlClasses) != 0;
            bidiSatisfied &= BidiRule.IsSatisfied(summary.BidiClasses, summary.FirstBidi, summary.LastNonNsmBidi);

            if (toAscii && options.VerifyDnsLength && written - labelStart > MaxLabelOctets) errors |= IdnaErrors.TooLong; // A4_2
            if (dot < 0) break;
            rest = rest[(dot + 1)..];
        }
        if (options.CheckBidi && bidiName && !bidiSatisfied) errors |= IdnaErrors.Bidi;

        if (!toAscii)
        {
            result = new IdnaResult(decodedAny ? new string(output[..written]) : domain, errors);
            return true;
        }
        // A4_1: no label is empty here and there is no root dot, so the name's length is all that remains.
        if (options.VerifyDnsLength && written > MaxNameOctets) errors |= IdnaErrors.TooLong;
        var name = output[..written];
        result = new IdnaResult(name.SequenceEqual(domain) ? domain : new string(name), errors);
        return true;
    }

    /// <summary>What one pass over a label's code points tells the validity criteria and the Bidi rule.</summary>
    private struct LabelSummary
    {
        /// <summary>The Bidi classes present, as bits (1 &lt;&lt; class).</summary>
        public uint BidiClasses;
        /// <summary>Bidi class of the first code point, and of the last that is not NSM (the first's when none).</summary>
        public BidiClass FirstBidi, LastNonNsmBidi;
        /// <summary>Every code point passes V7 (valid, or a deviation when nontransitional; ASCII is lower-case LDH).</summary>
        public bool Allowed;
        /// <summary>Every code point passes the quick NFC check, so the label is NFC.</summary>
        public bool QuickNfc;
        /// <summary>A code point above U+007F; a ZWNJ or ZWJ (CONTEXTJ).</summary>
        public bool NonAscii, Joiner;
    }

    /// <summary>
    /// Reads a non-empty label's code points once. False (bail out) for a label that mapping or normalisation
    /// could change: ASCII other than lower-case LDH, a lone surrogate and, unless <paramref name="decodedLabel"/>,
    /// a code point that is not allowed or not quick NFC (for a decoded label those are recorded instead).
    /// </summary>
    private static bool TrySummarize(ReadOnlySpan<char> label, bool transitional, bool decodedLabel, out LabelSummary summary)
    {
        summary = default;
        // Few loop-carried values, so they stay in registers: the AND of every code point's bits (bit 0 turned
        // on for a deviation when nontransitional, so bit 0 means "allowed" and bit 2 "quick NFC"), the set of
        // Bidi classes, the last class that is not NSM, and the OR of the UTF-16 units.
        int deviationAllowed = transitional ? 0 : 1;
        int all = -1, units = 0;
        uint classes = 0;
        int lastNonNsm = -1;
        for (int i = 0; i < label.Length; i++)
        {
            int cp = label[i];
            units |= cp;
            if (cp < 0x80)
            {
                if (!IsLowerLdh((char)cp)) return false;
            }
            else if (char.IsSurrogate((char)cp))
            {
                if (!char.IsHighSurrogate((char)cp) || i + 1 == label.Length || !char.IsLowSurrogate(label[i + 1])) return false;
                cp = char.ConvertToUtf32((char)cp, label[++i]);
            }
            int properties = IdnProperties.Get(cp);
            all &= properties | ((properties >> 1) & deviationAllowed); // Deviation is bit 1, Valid bit 0
            int bidi = properties >> IdnPropertyTable.BidiShift;
            classes |= 1u << bidi;
            lastNonNsm = bidi == (int)BidiClass.NSM ? lastNonNsm : bidi;
        }
        bool allowed = (all & IdnProperties.Valid) != 0, quick = (all & IdnProperties.QuickNfc) != 0;
        if (!decodedLabel && !(allowed && quick)) return false;
        int first = (int)IdnProperties.BidiClassOf(IdnProperties.Get(char.IsHighSurrogate(label[0]) ? char.ConvertToUtf32(label[0], label[1]) : label[0]));
        summary.BidiClasses = classes;
        summary.FirstBidi = (BidiClass)first;
        summary.LastNonNsmBidi = (BidiClass)(lastNonNsm < 0 ? first : lastNonNsm);
        summary.Allowed = allowed;
        summary.QuickNfc = quick;
        summary.NonAscii = units >= 0x80;
        // ZWNJ and ZWJ are Bidi_Class BN: look for them only when a BN code point was seen.
        summary.Joiner = (classes & (1u << (int)BidiClass.BN)) != 0 && label.IndexOfAny('\u200C', '\u200D') >= 0;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsLowerLdh(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-';

    private static readonly SearchValues<char> LowerLdh = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-");

    private static bool IsLowerLdh(ReadOnlySpan<char> text) => !text.ContainsAnyExcept(LowerLdh);

    /// <summary>Writes "xn--" and the Punycode of <paramref name="text"/>; false when it does not fit.</summary>
    private static bool TryWriteALabel(ReadOnlySpan<char> text, Span<char> output, ref int written)
    {
        if (output.Length - written < 5) return false;
        "xn--".CopyTo(output[written..]);
        if (!Punycode.TryEncode(text, output[(written + 4)..], out int encoded)) return false;
        written += 4 + encoded;
        return true;
    }

    /// <summary>True for names of only a–z, 0–9, '-' and '.', with no "xn--" label: mapping and NFC change nothing.</summary>
    public static bool IsLowerLdhName(ReadOnlySpan<char> name)
    {
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (!(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '.')) return false;
            if (c == 'x' && (i == 0 || name[i - 1] == '.') && name[i..].StartsWith("xn--", StringComparison.Ordinal)) return false;
        }
        return true;
    }

    /// <summary>
    /// For a name <see cref="IsLowerLdhName"/> accepts, where mapping and NFC change nothing and the result is
    /// the input: the checks that remain (hyphens, empty labels, DNS lengths) in one pass, without allocating.
    /// False, having decided nothing, for any other name.
    /// </summary>
    private static bool TryCheckLdhName(ReadOnlySpan<char> name, in IdnaOptions options, bool toAscii, out IdnaErrors errors)
    {
        errors = IdnaErrors.None;
        bool checkHyphens = options.CheckHyphens, verifyLength = toAscii && options.VerifyDnsLength;
        int labelStart = 0;
        for (int i = 0; ; i++)
        {
            if (i < name.Length && name[i] != '.')
            {
                char c = name[i];
                if (!(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')) return false;
                // An xn-- label is decoded; without CheckHyphens its prefix would be V4's business anyway.
                if (c == 'x' && i == labelStart && name[i..].StartsWith("xn--", StringComparison.Ordinal)) return false;
                continue;
            }
            int length = i - labelStart;
            if (length == 0)
            {
                // ToUnicode flags an empty label other than the root (the name's last label; an empty name
                // is one empty label); ToASCII's VerifyDnsLength flags every empty label, the root included.
                if (verifyLength || (!toAscii && (i < name.Length || name.Length == 0))) errors |= IdnaErrors.EmptyLabel;
            }
            else
            {
                if (checkHyphens)
                {
                    if (length >= 4 && name[labelStart + 2] == '-' && name[labelStart + 3] == '-') errors |= IdnaErrors.Hyphen34; // V2
                    if (name[labelStart] == '-' || name[i - 1] == '-') errors |= IdnaErrors.HyphenEdge; // V3
                }
                if (verifyLength && length > MaxLabelOctets) errors |= IdnaErrors.TooLong;
            }
            if (i >= name.Length) break;
            labelStart = i + 1;
        }
        if (verifyLength && name.Length - (name.Length > 0 && name[^1] == '.' ? 1 : 0) > MaxNameOctets) errors |= IdnaErrors.TooLong;
        return true;
    }

    private static void AppendTransitional(StringBuilder builder, ReadOnlySpan<char> mapping)
    {
        foreach (var rune in mapping.EnumerateRunes())
        {
            if (Uts46Mapping.GetStatus(rune.Value, out var deviation) == Uts46Status.Deviation) builder.Append(deviation);
            else AppendRune(builder, rune);
        }
    }

    private static void AppendRune(StringBuilder builder, Rune rune)
    {
        if (rune.IsBmp) builder.Append((char)rune.Value);
        else builder.Append(rune.ToString());
    }
}
