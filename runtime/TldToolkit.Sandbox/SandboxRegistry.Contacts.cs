using System.Globalization;
using System.Text.RegularExpressions;
using TldToolkit.Sandbox.Protocol;

namespace TldToolkit.Sandbox;

/// <summary>AddContact (CONTACT/ADDCONTACT.md).</summary>
public sealed partial class SandboxRegistry
{
    /// <summary>Most contacts the sandbox keeps (AddContact is free, so a loop could otherwise fill memory).</summary>
    public const int MaxContacts = 100_000;

    /// <summary>Most street lines (STREET0 … STREET9).</summary>
    public const int MaxStreetLines = 10;

    private static readonly HashSet<string> ContactParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "TITLE", "FIRSTNAME", "MIDDLENAME", "LASTNAME", "ORGANIZATION", "CITY", "STATE", "ZIP", "COUNTRY",
        "PHONE", "FAX", "EMAIL", "VATID", "IDNUMBER", "IDAUTHORITY", "DISCLOSE", "DISCLOSE-ELEMENTS",
    };

    /// <summary>Keys of a contact's data that are bookkeeping, not contact data (left out of the match).</summary>
    private const string CreatedKey = "#CREATED";

    /// <summary>
    /// The contact data of an AddContact: NAME fills FIRSTNAME and LASTNAME (split at its last space),
    /// STREET is street line 0, X- parameters are kept. The documented required fields are checked.
    /// </summary>
    private SandboxReply? ReadContact(IReadOnlyDictionary<string, string> p, out Dictionary<string, string> data)
    {
        data = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in p)
        {
            if (value.Length == 0 || key is "NEW" or "AUTH" or "CONTACT" or "NAME" or "STREET") continue;
            int line = -1;
            bool street = key.StartsWith("STREET", StringComparison.Ordinal) && int.TryParse(key.AsSpan(6), NumberStyles.None, CultureInfo.InvariantCulture, out line);
            if (street && line >= MaxStreetLines) return Replies.InvalidValue(Printable.Name(key), $"at most {MaxStreetLines} street lines");
            if (!street && !ContactParameters.Contains(key) && !key.StartsWith("X-", StringComparison.Ordinal)) return Replies.InvalidAttributeName(Printable.Name(key));
            data[key] = value;
        }
        if (p.GetValueOrDefault("STREET") is { Length: > 0 } single)
        {
            if (data.ContainsKey("STREET0")) return Replies.InvalidValue("STREET", "give STREET or STREET0, not both");
            data["STREET0"] = single;
        }
        if (p.GetValueOrDefault("NAME") is { Length: > 0 } name)
        {
            if (data.ContainsKey("FIRSTNAME") || data.ContainsKey("LASTNAME")) return Replies.InvalidValue("NAME", "give NAME or FIRSTNAME and LASTNAME, not both");
            int space = name.Trim().LastIndexOf(' ');
            if (space > 0) data["FIRSTNAME"] = name.Trim()[..space].Trim();
            data["LASTNAME"] = space > 0 ? name.Trim()[(space + 1)..] : name.Trim();
        }

        if (!data.ContainsKey("FIRSTNAME") && !data.ContainsKey("LASTNAME") && !data.ContainsKey("ORGANIZATION")) return Replies.Missing("NAME");
        if (!data.ContainsKey("STREET0")) return Replies.Missing("STREET");
        if (!data.ContainsKey("CITY")) return Replies.Missing("CITY");
        if (!data.ContainsKey("ZIP")) return Replies.Missing("ZIP");
        if (!data.TryGetValue("COUNTRY", out var country)) return Replies.Missing("COUNTRY");
        if (!Regex.IsMatch(country, "^[A-Za-z]{2}$", RegexOptions.CultureInvariant)) return Replies.InvalidSyntax("COUNTRY");
        if (!data.TryGetValue("PHONE", out var phone)) return Replies.Missing("PHONE");
        if (!Regex.IsMatch(phone, @"^\+[0-9]{1,3}\.[0-9]{1,14}$", RegexOptions.CultureInvariant)) return Replies.InvalidSyntax("PHONE");
        if (data.TryGetValue("FAX", out var fax) && !Regex.IsMatch(fax, @"^\+[0-9]{1,3}\.[0-9]{1,14}$", RegexOptions.CultureInvariant)) return Replies.InvalidSyntax("FAX");
        if (!data.TryGetValue("EMAIL", out var email)) return Replies.Missing("EMAIL");
        int at = email.IndexOf('@');
        if (at <= 0 || at == email.Length - 1) return Replies.InvalidSyntax("EMAIL");
        if (_options.RejectedEmailSuffix.Length > 0 && email.EndsWith(_options.RejectedEmailSuffix, StringComparison.OrdinalIgnoreCase))
            // Real registrars echo the offending value in the description: so does the sandbox, so the
            // client's log redaction is tested against it.
            return Replies.InvalidValue("EMAIL", $"{email}: domain does not accept mail");
        return null;
    }

    /// <summary>
    /// AddContact. As documented, a contact with the same data as an existing one returns the existing
    /// handle (NEW = 0 in the reply) unless NEW = 1 forces a new one. "The same data" is all of it:
    /// every name, street line, address, phone, e-mail and X- field.
    /// </summary>
    private SandboxReply AddContact(IReadOnlyDictionary<string, string> p, Func<bool> mayCommit)
    {
        if (ReadContact(p, out var data) is { } bad) return bad;
        if (CheckFlag(p, "NEW", out var forceNew) is { } badNew) return badNew;
        var signature = Signature(data);
        if (forceNew != true && _contactBySignature.TryGetValue(signature, out var existing))
            return Replies.Ok(("CONTACT", existing), ("NEW", "0"), ("STATUS", "ACTIVE"));
        if (_contacts.Count >= MaxContacts) return Replies.Failed("contact limit of the sandbox reached");
        if (!mayCommit()) return Replies.TryAgain;
        var handle = "P-SBX" + (_nextContact++).ToString(CultureInfo.InvariantCulture);
        data[CreatedKey] = Replies.Date(Now);
        _contacts[handle] = data;
        _contactBySignature.TryAdd(signature, handle);
        _dirty = true;
        return Replies.Ok(("CONTACT", handle), ("NEW", "1"), ("STATUS", "ACTIVE"));
    }

    private static string Signature(Dictionary<string, string> data) =>
        string.Join("\u001F", data.Where(kv => kv.Key != CreatedKey)
            .OrderBy(kv => kv.Key, StringComparer.OrdinalIgnoreCase)
            .Select(kv => kv.Key.ToUpperInvariant() + "=" + kv.Value));
}
