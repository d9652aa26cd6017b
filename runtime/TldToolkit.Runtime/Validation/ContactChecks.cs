using System.Text.RegularExpressions;
using TldToolkit.Orders;
using TldToolkit.Text;

namespace TldToolkit.Validation;

/// <summary>Format checks of contact properties, shared by every TLD, plus the TLD-specific format rule.</summary>
internal static class ContactChecks
{
    /// <summary>
    /// Checks one contact's basic completeness and formats; a null contact is skipped. Besides name,
    /// e-mail, phone, fax and country, every text property is checked against the EPP length limits
    /// (<see cref="MaxEppTextLength"/>, <see cref="MaxEppPostalCodeLength"/>) and for characters no registry
    /// accepts (control characters, bidi controls, lone surrogates).
    /// </summary>
    public static void CheckContact(Contact? contact, ContactRole role, ref ErrorCollector errors)
    {
        if (contact is null) return;
        if (contact.Type == RegistrantType.Organization)
        {
            if (IsBlank(contact.Organization))
                errors.Add(ErrorCodes.ContactPropertyRequired, Paths.ContactProperty(role, "organization"));
        }
        else if (IsBlank(contact.FirstName) && IsBlank(contact.LastName))
        {
            errors.Add(ErrorCodes.ContactPropertyRequired, Paths.ContactProperty(role, "lastName"));
        }

        // A valid address, phone or country is never blank: the blank test only runs for invalid values.
        var email = contact.Email;
        if (email is null || !IsEmail(email))
        {
            if (string.IsNullOrWhiteSpace(email))
                errors.Add(ErrorCodes.ContactPropertyRequired, Paths.ContactProperty(role, "email"));
            else
                errors.Add(ErrorCodes.ContactPropertyInvalid, Paths.ContactProperty(role, "email"), arguments: new ErrorArguments { Value = Truncation.ForDisplay(email), Reason = ErrorReasons.Email });
        }

        var phone = contact.Phone;
        if (phone is null || !IsEppPhone(phone))
        {
            if (string.IsNullOrWhiteSpace(phone))
                errors.Add(ErrorCodes.ContactPropertyRequired, Paths.ContactProperty(role, "phone"));
            else
                errors.Add(ErrorCodes.ContactPropertyInvalid, Paths.ContactProperty(role, "phone"), arguments: new ErrorArguments { Value = Truncation.ForDisplay(phone), Detail = "+CC.NNNN", Reason = ErrorReasons.Phone });
        }

        if (!string.IsNullOrEmpty(contact.Fax) && !IsEppPhone(contact.Fax))
            errors.Add(ErrorCodes.ContactPropertyInvalid, Paths.ContactProperty(role, "fax"), arguments: new ErrorArguments { Value = Truncation.ForDisplay(contact.Fax), Detail = "+CC.NNNN", Reason = ErrorReasons.Phone });

        if (contact.Country is not { } country || !IsCountryCode(country))
        {
            if (string.IsNullOrWhiteSpace(contact.Country))
                errors.Add(ErrorCodes.ContactPropertyRequired, Paths.ContactProperty(role, "country"));
            else
                errors.Add(ErrorCodes.ContactPropertyInvalid, Paths.ContactProperty(role, "country"), arguments: new ErrorArguments { Value = Truncation.ForDisplay(contact.Country), Reason = ErrorReasons.Country });
        }

        CheckText(contact.FirstName, role, "firstName", MaxEppTextLength, ref errors);
        CheckText(contact.LastName, role, "lastName", MaxEppTextLength, ref errors);
        CheckText(contact.Organization, role, "organization", MaxEppTextLength, ref errors);
        var street = contact.Street;
        if (street is not null)
        {
            for (int i = 0; i < street.Count; i++)
                if (!CheckText(street[i], role, "street", MaxEppTextLength, ref errors)) break;
            // The wire format has STREET0-2: a fourth line would be dropped without a word.
            if (street.Count > MaxStreetLines)
                errors.Add(ErrorCodes.ContactPropertyInvalid, Paths.ContactProperty(role, "street"),
                    arguments: new ErrorArguments { Max = MaxStreetLines, Actual = street.Count, Reason = ErrorReasons.TooManyLines });
        }
        CheckText(contact.City, role, "city", MaxEppTextLength, ref errors);
        CheckText(contact.State, role, "state", MaxEppTextLength, ref errors);
        CheckText(contact.PostalCode, role, "postalCode", MaxEppPostalCodeLength, ref errors);
        CheckText(contact.VatId, role, "vatId", MaxEppTextLength, ref errors);
    }

    // string.IsNullOrWhiteSpace, answered from the first character when it is no white space.
    private static bool IsBlank(string? value) =>
        value is null || value.Length == 0 || (char.IsWhiteSpace(value[0]) && string.IsNullOrWhiteSpace(value));

    /// <summary>Longest name, organisation, street line, city or state EPP accepts (RFC 5733 postalLineType).</summary>
    public const int MaxEppTextLength = 255;

    /// <summary>Most street lines EPP accepts (RFC 5733 addrType: 1-3 street elements).</summary>
    public const int MaxStreetLines = 3;

    /// <summary>Longest postal code EPP accepts (RFC 5733 pcType).</summary>
    public const int MaxEppPostalCodeLength = 16;

    // Length first (so a pasted megabyte is not scanned), then characters no registry takes.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool CheckText(string? value, ContactRole role, string property, int maxLength, ref ErrorCollector errors) =>
        value is null || (value.Length <= maxLength && SafeText.IsShortPrintableAscii(value)) || CheckTextFully(value, role, property, maxLength, ref errors);

    private static bool CheckTextFully(string value, ContactRole role, string property, int maxLength, ref ErrorCollector errors)
    {
        if (value.Length > maxLength)
        {
            // More than twice the limit in UTF-16 units is too long however the pairs fall: no need to count.
            int? length = value.Length > 2 * maxLength ? null : LengthInCharacters(value);
            if (length is null || length > maxLength)
            {
                errors.Add(ErrorCodes.ContactPropertyInvalid, Paths.ContactProperty(role, property), arguments: new ErrorArguments
                {
                    Value = Truncation.ForDisplay(value), Max = maxLength, Actual = length, Reason = ErrorReasons.TooLong,
                });
                return false;
            }
        }
        if (!SafeText.ContainsUnsafe(value)) return true;
        errors.Add(ErrorCodes.ContactPropertyInvalid, Paths.ContactProperty(role, property),
            arguments: new ErrorArguments { Value = Truncation.ForDisplay(value), Reason = ErrorReasons.InvalidCharacters });
        return false;
    }

    /// <summary>
    /// A TLD-specific rule on one property of the contacts in <paramref name="roles"/> (all present
    /// contacts when empty): required, pattern, maximum length, named validator. Street lines are
    /// checked one by one (maximum length and pattern apply per line, as registries count them).
    /// A property that already has an error (from <see cref="CheckContact"/>) is not reported twice.
    /// Allocates nothing while the values are valid.
    /// </summary>
    public static void CheckFormat(ContactSet contacts, IReadOnlyList<ContactRole> roles, string property, bool required,
        Regex? pattern, int? maxLength, Func<string, bool>? validator, ref ErrorCollector errors)
    {
        if (contacts is null || property is null) return;
        roles ??= [];
        for (var role = ContactRole.Registrant; role <= ContactRole.Billing; role++)
        {
            if (roles.Count > 0 && !Contains(roles, role)) continue;
            var contact = contacts.Get(role);
            if (contact is null) continue;
            if (property == "street")
            {
                var lines = contact.Street ?? [];
                bool any = false;
                for (int i = 0; i < lines.Count; i++)
                {
                    if (string.IsNullOrWhiteSpace(lines[i])) continue;
                    any = true;
                    if (!CheckFormatValue(lines[i], role, property, pattern, maxLength, validator, ref errors)) break;
                }
                if (!any && required && !AlreadyReported(ref errors, role, property)) errors.Add(ErrorCodes.ContactPropertyRequired, Paths.ContactProperty(role, property));
                continue;
            }
            var value = PropertyValue(contact, property);
            if (string.IsNullOrWhiteSpace(value))
            {
                if (required && !AlreadyReported(ref errors, role, property))
                    errors.Add(ErrorCodes.ContactPropertyRequired, Paths.ContactProperty(role, property));
                continue;
            }
            CheckFormatValue(value, role, property, pattern, maxLength, validator, ref errors);
        }
    }

    // Returns false when an error was reported (or one already exists) for the property.
    private static bool CheckFormatValue(string value, ContactRole role, string property, Regex? pattern, int? maxLength,
        Func<string, bool>? validator, ref ErrorCollector errors)
    {
        if (errors.Count > 0 && HasErrorAt(ref errors, role, property)) return false; // the basic check already complained
        string? reason = null;
        if (maxLength is { } max && LengthInCharacters(value) > max) reason = ErrorReasons.TooLong;
        else if (pattern is not null && !Patterns.IsMatch(pattern, value)) reason = ErrorReasons.Pattern;
        else if (validator is not null && !SafeValidate(validator, value)) reason = ErrorReasons.CheckDigits;
        if (reason is null) return true;
        errors.Add(ErrorCodes.ContactPropertyInvalid, Paths.ContactProperty(role, property), arguments: new ErrorArguments
        {
            Value = Truncation.ForDisplay(value),
            Detail = reason == ErrorReasons.Pattern ? pattern?.ToString() : reason == ErrorReasons.CheckDigits ? "check digits" : null,
            Max = maxLength,
            Actual = reason == ErrorReasons.TooLong ? LengthInCharacters(value) : null,
            Reason = reason,
        });
        return false;
    }

    // A blank property the basic check already reported (an organisation registrant without an organisation
    // name, which a TLD rule such as .ca's legal type requires too) is one problem, reported once.
    private static bool AlreadyReported(ref ErrorCollector errors, ContactRole role, string property) =>
        errors.Count > 0 && HasErrorAt(ref errors, role, property);

    private static bool HasErrorAt(ref ErrorCollector errors, ContactRole role, string property)
    {
        var prefix = Paths.Contact(role);
        foreach (var error in errors.Items!)
        {
            var path = error.Path.AsSpan();
            if (path.Length == prefix.Length + 1 + property.Length && path.StartsWith(prefix, StringComparison.Ordinal)
                && path[prefix.Length] == '.' && path[(prefix.Length + 1)..].SequenceEqual(property))
                return true;
        }
        return false;
    }

    /// <summary>Runs a named validator; a validator that throws counts as "invalid", never as a crash.</summary>
    internal static bool SafeValidate(Func<string, bool> validator, string value)
    {
        try
        {
            return validator(value);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return false;
        }
    }

    /// <summary>Length in Unicode scalar values (a surrogate pair counts once), as customers count characters.</summary>
    private static readonly System.Buffers.SearchValues<char> HighSurrogates =
        System.Buffers.SearchValues.Create(string.Create(0x400, 0, static (span, _) => { for (int i = 0; i < span.Length; i++) span[i] = (char)(0xD800 + i); }));

    internal static int LengthInCharacters(ReadOnlySpan<char> value)
    {
        int length = value.Length;
        while (true)
        {
            int i = value.IndexOfAny(HighSurrogates);
            if (i < 0 || i + 1 >= value.Length) return length;
            if (char.IsLowSurrogate(value[i + 1])) { length--; value = value[(i + 2)..]; }
            else value = value[(i + 1)..];
        }
    }

    /// <summary>The value of a contact property by its TLD-data name (street lines joined by ", ").</summary>
    public static string? PropertyValue(Contact contact, string property) => property switch
    {
        "firstName" => contact.FirstName,
        "lastName" => contact.LastName,
        "organization" => contact.Organization,
        "street" => contact.Street.Count == 0 ? null : string.Join(", ", contact.Street),
        "city" => contact.City,
        "state" => contact.State,
        "postalCode" => contact.PostalCode,
        "country" => contact.Country,
        "email" => contact.Email,
        "phone" => contact.Phone,
        "fax" => contact.Fax,
        "vatId" => contact.VatId,
        _ => null,
    };

    /// <summary>
    /// True for an assigned ISO 3166-1 alpha-2 code, any case (plus XK, which registries use for Kosovo).
    /// Reserved and unassigned pairs such as "XX" or "UK" are rejected.
    /// </summary>
    public static bool IsCountryCode(string value)
    {
        if (value is null || value.Length != 2 || !char.IsAsciiLetter(value[0]) || !char.IsAsciiLetter(value[1])) return false;
        int first = (value[0] | 0x20) - 'a', second = (value[1] | 0x20) - 'a';
        return (AssignedCountries[first] & (1 << second)) != 0;
    }

    // One bit per second letter, one entry per first letter: the ISO 3166-1 alpha-2 codes assigned as of 2024, plus XK.
    private static readonly int[] AssignedCountries =
    [
        Bits("DEFGILMOQRSTUWXZ"), Bits("ABDEFGHIJLMNOQRSTVWYZ"), Bits("ACDFGHIKLMNORUVWXYZ"), Bits("EJKMOZ"),
        Bits("CEGHRST"), Bits("IJKMOR"), Bits("ABDEFGHILMNPQRSTUWY"), Bits("KMNRTU"), Bits("DELMNOQRST"), Bits("EMOP"),
        Bits("EGHIMNPRWYZ"), Bits("ABCIKRSTUVY"), Bits("ACDEFGHKLMNOPQRSTUVWXYZ"), Bits("ACEFGILOPRUZ"), Bits("M"),
        Bits("AEFGHKLMNRSTWY"), Bits("A"), Bits("EOSUW"), Bits("ABCDEGHIJKLMNORSTVXYZ"), Bits("CDFGHJKLMNORTVWZ"),
        Bits("AGMSYZ"), Bits("ACEGINU"), Bits("FS"), Bits("K"), Bits("ET"), Bits("AMW"),
    ];

    private static int Bits(string letters)
    {
        int bits = 0;
        foreach (var c in letters) bits |= 1 << (c - 'A');
        return bits;
    }

    /// <summary>Country membership, case-insensitive.</summary>
    public static bool ContainsCountry(IReadOnlyList<string> countries, string country)
    {
        if (countries is null || country is null) return false;
        for (int i = 0; i < countries.Count; i++)
            if (string.Equals(countries[i], country, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>
    /// The EPP phone form (RFC 5733): "+", a 1–3 digit country code not starting with 0, ".", 1–14 digits,
    /// e.g. "+1.5555551234". Spaces, dashes and extensions are not part of it.
    /// </summary>
    public static bool IsEppPhone(string value)
    {
        if (value is null) return false;
        var s = value.AsSpan();
        if (s.Length < 4 || s.Length > 19 || s[0] != '+' || s[1] == '0') return false;
        int dot = -1;
        for (int i = 1; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsAsciiDigit(c)) continue;
            if (c != '.' || dot >= 0) return false;
            dot = i;
        }
        return dot is >= 2 and <= 4 && s.Length - dot - 1 is >= 1 and <= 14;
    }

    /// <summary>
    /// A practical address check: one '@'; a local part of 1–64 characters (RFC 5322 atext and inner
    /// single dots, non-ASCII letters allowed as in SMTPUTF8); a domain of at least two labels, each 1–63
    /// characters of letters, digits and inner hyphens, where letters may be non-ASCII (IDN U-labels such
    /// as bücher.de) and xn-- A-labels must be valid Punycode; a last label that is not all digits;
    /// 254 characters in all. No spaces, controls, quoted local parts or address literals.
    /// </summary>
    public static bool IsEmail(string value)
    {
        if (value is null) return false;
        var s = value.AsSpan();
        if (s.Length is < 3 or > 254) return false;
        int ascii = IsAsciiEmail(s);
        if (ascii >= 0) return ascii == 1;
        int at = s.IndexOf('@');
        if (at <= 0 || at != s.LastIndexOf('@') || at > 64) return false;
        var local = s[..at];
        if (local[0] == '.' || local[^1] == '.' || local.Contains("..", StringComparison.Ordinal)) return false;
        // ASCII atext is checked in one vectorised pass; from the first other character on, one by one.
        int other = local.IndexOfAnyExcept(AtextOrDot);
        if (other >= 0)
        {
            for (int i = other; i < local.Length; i++)
            {
                char c = local[i];
                if (c < 0x80)
                {
                    if (!AtextOrDot.Contains(c)) return false;
                }
                else if (!IsWordCharacter(local, ref i)) return false;
            }
        }
        var domain = s[(at + 1)..];
        if (domain.Length == 0 || domain[^1] == '.') return false;
        int labels = 0;
        ReadOnlySpan<char> last = default;
        while (true)
        {
            int dot = domain.IndexOf('.');
            var label = dot < 0 ? domain : domain[..dot];
            if (!IsDomainLabel(label)) return false;
            labels++;
            last = label;
            if (dot < 0) break;
            domain = domain[(dot + 1)..];
        }
        return labels >= 2 && last.ContainsAnyExcept(HostNames.AsciiDigits);
    }

    // IsEmail for ASCII addresses (3-254 characters) in one pass with a class table: 1 valid, 0 invalid, -1 when a
    // non-ASCII character comes first (the general path decides). Every "invalid" here is invalid there too.
    private static int IsAsciiEmail(ReadOnlySpan<char> s)
    {
        var classes = HostNames.AsciiClasses;
        if (s[0] == '.') return 0;
        int at = -1;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c >= 0x80) return -1;
            if (c == '@')
            {
                at = i;
                break;
            }
            if ((classes[c] & HostNames.LocalChar) == 0 || (c == '.' && s[i - 1] == '.')) return 0;
        }
        if (at <= 0 || at > 64 || s[at - 1] == '.') return 0;
        // The domain as HostNames.IsValid walks a host name (a second '@' makes it invalid).
        return HostNames.ScanLdhName(s[(at + 1)..]);
    }

    // RFC 5322 atext plus '.', ASCII only.
    private static readonly System.Buffers.SearchValues<char> AtextOrDot =
        System.Buffers.SearchValues.Create("!#$%&'*+-./0123456789=?ABCDEFGHIJKLMNOPQRSTUVWXYZ^_`abcdefghijklmnopqrstuvwxyz{|}~");

    private static readonly System.Buffers.SearchValues<char> AsciiLetterDigitHyphen =
        System.Buffers.SearchValues.Create("-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static bool IsDomainLabel(ReadOnlySpan<char> label)
    {
        if (label.Length is 0 or > 63 || label[0] == '-' || label[^1] == '-') return false;
        int other = label.IndexOfAnyExcept(AsciiLetterDigitHyphen);
        if (other < 0) return HostNames.IsLdhLabel(label); // all ASCII: an LDH label (xn-- must be Punycode)
        for (int i = other; i < label.Length; i++)
        {
            char c = label[i];
            if (char.IsAsciiLetterOrDigit(c) || c == '-') continue;
            if (c < 0x80 || !IsWordCharacter(label, ref i)) return false;
        }
        return true;
    }

    // A non-ASCII letter, digit or combining mark (a well-formed surrogate pair counts as one, i advances past it).
    private static bool IsWordCharacter(ReadOnlySpan<char> s, ref int i)
    {
        if (System.Text.Rune.DecodeFromUtf16(s[i..], out var rune, out int consumed) != System.Buffers.OperationStatus.Done) return false;
        i += consumed - 1;
        var category = System.Text.Rune.GetUnicodeCategory(rune);
        return category is System.Globalization.UnicodeCategory.UppercaseLetter or System.Globalization.UnicodeCategory.LowercaseLetter
            or System.Globalization.UnicodeCategory.TitlecaseLetter or System.Globalization.UnicodeCategory.ModifierLetter
            or System.Globalization.UnicodeCategory.OtherLetter or System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.DecimalDigitNumber;
    }

    internal static string TypeName(RegistrantType type) => type == RegistrantType.Organization ? "organization" : "individual";

    internal static IReadOnlyList<string> TypeNames(IReadOnlyList<RegistrantType> types)
    {
        var names = new string[types.Count];
        for (int i = 0; i < names.Length; i++) names[i] = TypeName(types[i]);
        return names;
    }

    private static bool Contains(IReadOnlyList<ContactRole> roles, ContactRole role)
    {
        for (int i = 0; i < roles.Count; i++)
            if (roles[i] == role) return true;
        return false;
    }
}
