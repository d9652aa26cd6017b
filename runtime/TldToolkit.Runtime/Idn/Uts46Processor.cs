using System.Text;

namespace TldToolkit.Idn;

/// <summary>UTS #46 section 4 (Processing) and 4.2 / 4.3 (ToASCII, ToUnicode), Unicode 17.</summary>
internal static class Uts46Processor
{
    private const int MaxLabelOctets = 63, MaxNameOctets = 253;

    public static IdnaResult Process(string domain, in IdnaOptions options, bool toAscii)
    {
        if (IsLowerLdhName(domain)) return new IdnaResult(domain, CheckLdhName(domain, options, toAscii));
        if (TryProcessSelfMapped(domain, options, toAscii, out var fast)) return fast;

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

    private const int FastMaxInput = 253, FastMaxLabels = 128, FastUnicodeBuffer = 512, FastAsciiBuffer = 2048;

    /// <summary>
    /// The path for names that mapping and normalisation leave as they are: every code point maps to
    /// itself (lower-case LDH or UTS #46 valid, or a nontransitional deviation), the text passes the quick
    /// NFC check, and no label is empty. Works on stack buffers and allocates only the result (nothing
    /// when the result is the input). Returns false, having decided nothing, whenever it is unsure
    /// (a label that cannot be decoded or encoded here, buffers too small); the general path then runs.
    /// </summary>
    private static bool TryProcessSelfMapped(string domain, in IdnaOptions options, bool toAscii, out IdnaResult result)
    {
        result = default;
        if (domain.Length == 0 || domain.Length > FastMaxInput) return false;
        if (!IsSelfMapped(domain, options.Transitional) || !Nfc.IsQuickNfc(domain)) return false;

        // Step 4 for every label, decoding xn-- labels, into the Unicode form.
        Span<char> unicode = stackalloc char[FastUnicodeBuffer];
        Span<Range> labels = stackalloc Range[FastMaxLabels];
        int length = 0, count = 0;
        bool decodedAny = false, bidiName = false;
        var errors = IdnaErrors.None;
        var span = domain.AsSpan();
        foreach (var range in span.Split('.'))
        {
            var label = span[range];
            if (label.IsEmpty || count == FastMaxLabels) return false;
            if (count > 0) unicode[length++] = '.';
            int start = length;
            if (label.StartsWith("xn--", StringComparison.Ordinal))
            {
                if (!Punycode.TryDecode(label[4..], unicode[length..], out int decoded)) return false;
                var text = unicode.Slice(length, decoded);
                if (decoded == 0 || Ascii.IsValid(text)) return false; // 4.3: the general path reports it
                errors |= LabelValidity.Check(text, options, transitional: false, checkNfc: true);
                length += decoded;
                decodedAny = true;
            }
            else
            {
                if (length + label.Length > unicode.Length) return false;
                label.CopyTo(unicode[length..]);
                errors |= LabelValidity.Check(label, options, options.Transitional, checkNfc: false);
                length += label.Length;
            }
            labels[count++] = new Range(start, length);
            bidiName |= BidiRule.HasRtl(unicode[start..length]);
        }
        if (options.CheckBidi && bidiName)
        {
            foreach (var range in labels[..count])
                if (!BidiRule.IsSatisfied(unicode[range])) { errors |= IdnaErrors.Bidi; break; }
        }

        if (!toAscii)
        {
            result = new IdnaResult(decodedAny ? new string(unicode[..length]) : domain, errors);
            return true;
        }

        Span<char> ascii = stackalloc char[FastAsciiBuffer];
        int written = 0;
        for (int i = 0; i < count; i++)
        {
            if (i > 0) ascii[written++] = '.';
            var label = unicode[labels[i]];
            if (Ascii.IsValid(label))
            {
                label.CopyTo(ascii[written..]);
                written += label.Length;
                continue;
            }
            if (ascii.Length - written < 4 + 1) return false;
            "xn--".CopyTo(ascii[written..]);
            if (!Punycode.TryEncode(label, ascii[(written + 4)..^1], out int encoded)) return false;
            written += 4 + encoded;
        }
        var name = ascii[..written];
        if (options.VerifyDnsLength) errors |= VerifyDnsLength(name);
        result = new IdnaResult(name.SequenceEqual(domain) ? domain : new string(name), errors);
        return true;
    }

    // Every code point maps to itself: a–z, 0–9, '-', '.', or a non-ASCII code point of status valid (deviation when nontransitional).
    private static bool IsSelfMapped(ReadOnlySpan<char> text, bool transitional)
    {
        for (int i = 0; i < text.Length;)
        {
            char c = text[i];
            if (c < 0x80)
            {
                if (!(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '.')) return false;
                i++;
                continue;
            }
            if (Rune.DecodeFromUtf16(text[i..], out var rune, out int used) != System.Buffers.OperationStatus.Done) return false;
            i += used;
            var status = Uts46Mapping.GetStatus(rune.Value);
            if (!(status == Uts46Status.Valid || (!transitional && status == Uts46Status.Deviation))) return false;
        }
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

    // The checks that remain for a lower-case LDH name, without allocating.
    private static IdnaErrors CheckLdhName(ReadOnlySpan<char> name, in IdnaOptions options, bool toAscii)
    {
        var errors = IdnaErrors.None;
        int labelCount = 0, emptyNonRoot = 0;
        foreach (var range in name.Split('.'))
        {
            var label = name[range];
            labelCount++;
            if (label.IsEmpty && range.End.GetOffset(name.Length) != name.Length) emptyNonRoot++;
            errors |= LabelValidity.CheckHyphens(label, options.CheckHyphens);
        }
        if (toAscii)
        {
            if (options.VerifyDnsLength) errors |= VerifyDnsLength(name);
        }
        else if (emptyNonRoot > 0 || name.IsEmpty)
        {
            errors |= IdnaErrors.EmptyLabel;
        }
        return errors;
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
