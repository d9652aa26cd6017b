namespace TldToolkit.Validation;

/// <summary>
/// The named check-digit and format validators TLD data refers to by name ("swissUid", ...).
/// Generated code passes the method group matching the name as a Func&lt;string,bool&gt;.
/// </summary>
/// <remarks>
/// Every validator accepts what people really type: letters in any case and the separators
/// (spaces, and for most numbers '.', '-' and '/') printed on certificates and invoices. None of them
/// throws or allocates: null, empty, hostile and very long input (more than
/// <see cref="MaxInputLength"/> characters) simply return false. Format rules and algorithms are
/// documented per method and in docs/error-codes.md.
/// </remarks>
public static class CheckDigitValidators
{
    /// <summary>Longer input is rejected without being read (no identifier handled here comes close).</summary>
    public const int MaxInputLength = 64;

    // The compacted identifier is at most this long (EU VAT: 2-letter prefix + 12 characters; UID with suffix).
    private const int MaxCompactLength = 24;

    /// <summary>The validator names TLD data may use, mapped to their method.</summary>
    public static IReadOnlyDictionary<string, Func<string, bool>> ByName { get; } = new Dictionary<string, Func<string, bool>>(StringComparer.Ordinal)
    {
        ["swissUid"] = SwissUid,
        ["euVat"] = EuVat,
        ["dkCvr"] = DkCvr,
        ["itCodiceFiscale"] = ItCodiceFiscale,
        ["auAbn"] = AuAbn,
        ["auAcn"] = AuAcn,
    };

    /// <summary>
    /// Swiss enterprise ID (UID): "CHE" + 9 digits, the last a mod-11 check digit (weights 5,4,3,2,7,6,5,4;
    /// a computed check of 10 never occurs in issued numbers and is rejected). Accepts "CHE-123.456.789",
    /// "CHE123456789", "che 123 456 789", and the VAT register suffix " MWST", " TVA", " IVA" or " TPV"
    /// (the UID-MWST number is the same UID). The "CHE" prefix is required.
    /// </summary>
    public static bool SwissUid(string value)
    {
        Span<char> buffer = stackalloc char[MaxCompactLength];
        if (!Compact(value, buffer, " .-", out int length)) return false;
        ReadOnlySpan<char> s = buffer[..length];
        if (s.Length > 12)
        {
            var suffix = s[12..];
            if (!(suffix is "MWST" or "TVA" or "IVA" or "TPV")) return false;
            s = s[..12];
        }
        if (s.Length != 12 || !s.StartsWith("CHE") || !AllDigits(s[3..])) return false;
        ReadOnlySpan<byte> weights = [5, 4, 3, 2, 7, 6, 5, 4];
        int sum = 0;
        for (int i = 0; i < 8; i++) sum += weights[i] * Digit(s[3 + i]);
        int check = (11 - sum % 11) % 11;
        return check != 10 && check == Digit(s[11]);
    }

    /// <summary>
    /// VAT ID of an EU member state (plus XI, Northern Ireland): the two-letter prefix (EL for Greece;
    /// "GR" is rejected as VIES does) followed by the country's format. Spaces, '.', '-' and '/' are ignored.
    /// Check digits are verified for AT, BE, DE, DK, FR (numeric key), HR, IT, NL (both the 11-proof and
    /// the 2020 mod-97 form), PL and PT; the other states (and French keys with letters) are checked for
    /// format only.
    /// </summary>
    public static bool EuVat(string value)
    {
        Span<char> buffer = stackalloc char[MaxCompactLength];
        if (!Compact(value, buffer, " .-/", out int length) || length < 4) return false;
        ReadOnlySpan<char> s = buffer[..length];
        var country = s[..2];
        var n = s[2..];
        switch (country)
        {
            case "AT": return n.Length == 9 && n[0] == 'U' && AllDigits(n[1..]) && AtCheck(n[1..]);
            case "BE":
                // Old 9-digit numbers are the 10-digit ones without the leading 0 (same value).
                if (n.Length == 9) return AllDigits(n) && BeCheck(n);
                return n.Length == 10 && AllDigits(n) && (n[0] == '0' || n[0] == '1') && BeCheck(n);
            case "BG": return n.Length is 9 or 10 && AllDigits(n);
            case "CY": return n.Length == 9 && AllDigits(n[..8]) && char.IsAsciiLetterUpper(n[8]);
            case "CZ": return n.Length is >= 8 and <= 10 && AllDigits(n);
            case "DE": return n.Length == 9 && AllDigits(n) && n[0] != '0' && Iso7064Mod11_10(n);
            case "DK": return n.Length == 8 && AllDigits(n) && DkCheck(n);
            case "EE": return n.Length == 9 && AllDigits(n);
            case "EL": return n.Length == 9 && AllDigits(n);
            case "ES": return n.Length == 9 && IsAlnum(n[0]) && AllDigits(n[1..8]) && IsAlnum(n[8]) && !(AllDigits(n));
            case "FI": return n.Length == 8 && AllDigits(n);
            case "FR": return FrCheck(n);
            case "HR": return n.Length == 11 && AllDigits(n) && Iso7064Mod11_10(n);
            case "HU": return n.Length == 8 && AllDigits(n);
            case "IE": return IeFormat(n);
            case "IT": return n.Length == 11 && AllDigits(n) && ItNumericCheck(n, checkOffice: true);
            case "LT": return n.Length is 9 or 12 && AllDigits(n);
            case "LU": return n.Length == 8 && AllDigits(n);
            case "LV": return n.Length == 11 && AllDigits(n);
            case "MT": return n.Length == 8 && AllDigits(n);
            case "NL": return NlCheck(n);
            case "PL": return n.Length == 10 && AllDigits(n) && PlCheck(n);
            case "PT": return n.Length == 9 && AllDigits(n) && PtCheck(n);
            case "RO": return n.Length is >= 2 and <= 10 && AllDigits(n) && n[0] != '0';
            case "SE": return n.Length == 12 && AllDigits(n) && n[10] == '0' && n[11] == '1';
            case "SI": return n.Length == 8 && AllDigits(n) && n[0] != '0';
            case "SK": return n.Length == 10 && AllDigits(n) && n[0] != '0';
            case "XI":
                if (n.Length is 9 or 12) return AllDigits(n);
                return n.Length == 5 && (n.StartsWith("GD") || n.StartsWith("HA")) && AllDigits(n[2..]);
            default: return false;
        }
    }

    /// <summary>Danish CVR number: 8 digits (first not 0), weights 2,7,6,5,4,3,2,1, sum divisible by 11; optional "DK" prefix, spaces ignored.</summary>
    public static bool DkCvr(string value)
    {
        Span<char> buffer = stackalloc char[MaxCompactLength];
        if (!Compact(value, buffer, " ", out int length)) return false;
        ReadOnlySpan<char> s = buffer[..length];
        if (s.StartsWith("DK")) s = s[2..];
        return s.Length == 8 && AllDigits(s) && DkCheck(s);
    }

    /// <summary>
    /// Italian codice fiscale. Persons: 16 characters (6 letters, 2 digits, month letter, 2 digits, letter,
    /// 3 digits, check letter) where digits may be replaced by the omocodia letters L M N P Q R S T U V;
    /// the check letter comes from the odd/even position tables, sum mod 26. Entities: 11 digits with the
    /// Luhn check of the partita IVA (the VAT office-code range is not applied here). Spaces are ignored, letters in any case.
    /// </summary>
    public static bool ItCodiceFiscale(string value)
    {
        Span<char> buffer = stackalloc char[MaxCompactLength];
        if (!Compact(value, buffer, " ", out int length)) return false;
        ReadOnlySpan<char> s = buffer[..length];
        if (s.Length == 11) return AllDigits(s) && ItNumericCheck(s, checkOffice: false);
        if (s.Length != 16) return false;
        for (int i = 0; i < 15; i++)
        {
            char c = s[i];
            bool letterPosition = i is < 6 or 8 or 11;
            if (letterPosition)
            {
                if (!char.IsAsciiLetterUpper(c)) return false;
            }
            else if (!char.IsAsciiDigit(c) && !"LMNPQRSTUV".Contains(c))
            {
                return false;
            }
        }
        if ("ABCDEHLMPRST".IndexOf(s[8]) < 0) return false; // month letter
        ReadOnlySpan<byte> odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
        int sum = 0;
        for (int i = 0; i < 15; i++)
        {
            char c = s[i];
            int index = char.IsAsciiDigit(c) ? c - '0' : c - 'A';
            sum += i % 2 == 0 ? odd[index] : index; // positions 1, 3, 5, ... (1-based) use the odd table
        }
        return s[15] == (char)('A' + sum % 26);
    }

    /// <summary>Australian Business Number: 11 digits; subtract 1 from the first digit, weights 10,1,3,5,...,19, sum divisible by 89. Spaces ignored.</summary>
    public static bool AuAbn(string value)
    {
        Span<char> buffer = stackalloc char[MaxCompactLength];
        if (!Compact(value, buffer, " ", out int length)) return false;
        ReadOnlySpan<char> s = buffer[..length];
        if (s.Length != 11 || !AllDigits(s) || s[0] == '0') return false;
        ReadOnlySpan<byte> weights = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19];
        int sum = (Digit(s[0]) - 1) * weights[0];
        for (int i = 1; i < 11; i++) sum += Digit(s[i]) * weights[i];
        return sum % 89 == 0;
    }

    /// <summary>Australian Company Number: 9 digits; weights 8..1 on the first eight, check = (10 − sum mod 10) mod 10. Spaces ignored.</summary>
    public static bool AuAcn(string value)
    {
        Span<char> buffer = stackalloc char[MaxCompactLength];
        if (!Compact(value, buffer, " ", out int length)) return false;
        ReadOnlySpan<char> s = buffer[..length];
        if (s.Length != 9 || !AllDigits(s)) return false;
        int sum = 0;
        for (int i = 0; i < 8; i++) sum += Digit(s[i]) * (8 - i);
        return (10 - sum % 10) % 10 == Digit(s[8]);
    }

    // Copies value without the separators, upper-cased (ASCII), into buffer. False for null, too long,
    // non-ASCII letters/digits or an empty result: nothing handled here uses other characters.
    private static bool Compact(string? value, Span<char> buffer, string separators, out int length)
    {
        length = 0;
        if (value is null || value.Length > MaxInputLength) return false;
        foreach (char c in value)
        {
            if (separators.Contains(c)) continue;
            if (!char.IsAsciiLetterOrDigit(c)) return false;
            if (length == buffer.Length) return false;
            buffer[length++] = char.ToUpperInvariant(c);
        }
        return length > 0;
    }

    private static int Digit(char c) => c - '0';

    private static bool IsAlnum(char c) => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c);

    private static bool AllDigits(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty) return false;
        foreach (char c in s)
            if (!char.IsAsciiDigit(c)) return false;
        return true;
    }

    private static bool DkCheck(ReadOnlySpan<char> n)
    {
        if (n[0] == '0') return false;
        ReadOnlySpan<byte> weights = [2, 7, 6, 5, 4, 3, 2, 1];
        int sum = 0;
        for (int i = 0; i < 8; i++) sum += weights[i] * Digit(n[i]);
        return sum % 11 == 0;
    }

    // ISO 7064 MOD 11,10 (German USt-IdNr., Croatian OIB): the last digit checks the others.
    private static bool Iso7064Mod11_10(ReadOnlySpan<char> n)
    {
        int product = 10;
        for (int i = 0; i < n.Length - 1; i++)
        {
            int sum = (Digit(n[i]) + product) % 10;
            if (sum == 0) sum = 10;
            product = 2 * sum % 11;
        }
        int check = 11 - product;
        if (check == 10) check = 0;
        return check == Digit(n[^1]);
    }

    // Luhn over all digits, the last being the check digit (partita IVA, numeric codice fiscale).
    private static bool ItNumericCheck(ReadOnlySpan<char> n, bool checkOffice)
    {
        int sum = 0;
        for (int i = 0; i < n.Length; i++)
        {
            int d = Digit(n[i]);
            if (i % 2 == 1) { d *= 2; if (d > 9) d -= 9; }
            sum += d;
        }
        if (sum % 10 != 0) return false;
        // The office code (digits 8-10) of a partita IVA is 001-100, 120, 121, 888 or 999.
        if (!checkOffice) return true;
        int office = Digit(n[7]) * 100 + Digit(n[8]) * 10 + Digit(n[9]);
        return office is (>= 1 and <= 100) or 120 or 121 or 888 or 999;
    }

    // Austrian UID: 8 digits after 'U'; Luhn-like on the first 7 with +4, check = (10 - (sum + 4) mod 10) mod 10.
    private static bool AtCheck(ReadOnlySpan<char> n)
    {
        int sum = 0;
        for (int i = 0; i < 7; i++)
        {
            int d = Digit(n[i]);
            if (i % 2 == 1) { d *= 2; d = d / 10 + d % 10; }
            sum += d;
        }
        return (10 - (sum + 4) % 10) % 10 == Digit(n[7]);
    }

    // Belgian enterprise number: 97 - (first 8 digits mod 97) equals the last two.
    private static bool BeCheck(ReadOnlySpan<char> n)
    {
        long number = 0;
        foreach (char c in n) number = number * 10 + Digit(c);
        long body = number / 100, check = number % 100;
        return body > 0 && (body + check) % 97 == 0;
    }

    // French TVA: 2-character key + 9-digit SIREN. A numeric key must equal (SIREN * 100 + 12) mod 97;
    // keys with letters (new style, alphabet without I and O) are checked for format only.
    private static bool FrCheck(ReadOnlySpan<char> n)
    {
        if (n.Length != 11 || !AllDigits(n[2..])) return false;
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
        if (alphabet.IndexOf(n[0]) < 0 || alphabet.IndexOf(n[1]) < 0) return false;
        if (!char.IsAsciiDigit(n[0]) || !char.IsAsciiDigit(n[1])) return true;
        long siren = 0;
        for (int i = 2; i < 11; i++) siren = siren * 10 + Digit(n[i]);
        return (siren * 100 + 12) % 97 == Digit(n[0]) * 10 + Digit(n[1]);
    }

    // Irish VAT: 7 digits + 1 or 2 letters (second letter A-I or W), or the old form digit, letter/+/*, 5 digits, letter.
    private static bool IeFormat(ReadOnlySpan<char> n)
    {
        if (n.Length == 8 && char.IsAsciiDigit(n[0]) && char.IsAsciiLetterUpper(n[1]) && AllDigits(n[2..7]) && char.IsAsciiLetterUpper(n[7]))
            return true;
        if (n.Length is 8 or 9 && AllDigits(n[..7]) && char.IsAsciiLetterUpper(n[7]))
            return n.Length == 8 || n[8] is (>= 'A' and <= 'I') or 'W';
        return false;
    }

    // Dutch btw-id: 9 digits, 'B', 2 digits (not 00). Valid when the 9 digits pass the 11-proof
    // (RSIN/BSN, weights 9..2 and -1) or, for the numbers issued to sole traders since 2020,
    // when "NL" + the number read as ISO 7064 mod 97 (N=23, L=21, B=11) leaves 1.
    private static bool NlCheck(ReadOnlySpan<char> n)
    {
        if (n.Length != 12 || !AllDigits(n[..9]) || n[9] != 'B' || !AllDigits(n[10..]) || (n[10] == '0' && n[11] == '0'))
            return false;
        int sum = 0;
        for (int i = 0; i < 8; i++) sum += (9 - i) * Digit(n[i]);
        sum -= Digit(n[8]);
        if (sum % 11 == 0) return true;
        int rest = 2321 % 97; // "N" = 23, "L" = 21
        for (int i = 0; i < 12; i++)
        {
            if (n[i] == 'B') rest = (rest * 100 + 11) % 97;
            else rest = (rest * 10 + Digit(n[i])) % 97;
        }
        return rest == 1;
    }

    private static bool PlCheck(ReadOnlySpan<char> n)
    {
        ReadOnlySpan<byte> weights = [6, 5, 7, 2, 3, 4, 5, 6, 7];
        int sum = 0;
        for (int i = 0; i < 9; i++) sum += weights[i] * Digit(n[i]);
        return sum % 11 == Digit(n[9]); // a remainder of 10 never matches a digit
    }

    private static bool PtCheck(ReadOnlySpan<char> n)
    {
        int sum = 0;
        for (int i = 0; i < 8; i++) sum += (9 - i) * Digit(n[i]);
        int check = 11 - sum % 11;
        if (check >= 10) check = 0;
        return check == Digit(n[8]);
    }
}
