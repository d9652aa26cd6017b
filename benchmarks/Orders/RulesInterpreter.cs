using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using TldToolkit.Orders;
using TldToolkit.Validation;

namespace TldToolkit.Benchmarks.Orders;

/// <summary>
/// The competitor of the generated validators: a plain rules interpreter, written only for the
/// benchmark, that reads the same tld-data/*.json at run time into nested dictionaries and lists
/// (the way WHMCS-style registrar modules keep their additional-field arrays) and walks them for
/// every order.
/// <para>
/// It performs the checks the data states: label length (on the A-label) and LDH syntax, the IDN
/// code-point ranges, terms per operation, renewal window and horizon, auth code, nameserver count,
/// add-ons, required contact roles, registrant types and countries, contact formats (required,
/// requiredWhen, pattern, maxLength, named check-digit validators), and additional fields (applicable
/// operations, required, requiredWhen conditions, mustBeChecked, options, patterns, lengths,
/// validators, unknown fields). It does not do what the data does not spell out and our runtime does
/// anyway: UTS #46/IDNA2008 label validity beyond what IdnMapping does, Bidi/CONTEXTO, script mixing,
/// language tables, nameserver host-name syntax, general contact checks (e-mail, phone, ISO country).
/// So it does less work than the generated validator, which favours the interpreter.
/// </para>
/// <para>
/// Patterns use the static <see cref="Regex.IsMatch(string, string)"/>, i.e. the framework's regex
/// cache, as a PHP module's preg_match uses PCRE's cache; IDN labels are converted with
/// <see cref="IdnMapping"/> as a PHP module would call idn_to_ascii.
/// </para>
/// </summary>
public sealed class RulesInterpreter
{
    private static readonly IdnMapping Idn = new() { UseStd3AsciiRules = true };
    private const string LdhPattern = "^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$";

    private readonly Dictionary<string, Dictionary<string, object?>> _tlds;
    private readonly TimeProvider _time;

    private RulesInterpreter(Dictionary<string, Dictionary<string, object?>> tlds, TimeProvider time)
    {
        _tlds = tlds;
        _time = time;
    }

    /// <summary>Every TLD name (and alias) the interpreter knows.</summary>
    public IEnumerable<string> Names => _tlds.Keys;

    /// <summary>Reads every *.json definition of a folder into dictionaries.</summary>
    public static RulesInterpreter Load(string folder, TimeProvider? time = null)
    {
        var tlds = new Dictionary<string, Dictionary<string, object?>>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            if (ToObject(document.RootElement) is not Dictionary<string, object?> tld || tld.GetValueOrDefault("tld") is not string name) continue;
            tlds[name] = tld;
            if (tld.GetValueOrDefault("aliases") is List<object?> aliases)
                foreach (var alias in aliases)
                    if (alias is string a) tlds[a] = tld;
        }
        return new RulesInterpreter(tlds, time ?? TimeProvider.System);
    }

    private static object? ToObject(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => e.EnumerateObject().ToDictionary(p => p.Name, p => ToObject(p.Value), StringComparer.Ordinal),
        JsonValueKind.Array => e.EnumerateArray().Select(ToObject).ToList(),
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.TryGetInt64(out var l) ? (object)l : e.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    /// <summary>Validates an order; returns the errors as "code@path", or null when the order is valid.</summary>
    public List<string>? Validate(DomainOrder order)
    {
        List<string>? errors = null;
        void Add(string code, string path) => (errors ??= []).Add(code + "@" + path);

        // The TLD by longest suffix.
        var domain = (order.Domain ?? "").Trim().TrimEnd('.').ToLowerInvariant();
        Dictionary<string, object?>? tld = null;
        string label = "";
        for (int dot = domain.IndexOf('.'); dot >= 0; dot = domain.IndexOf('.', dot + 1))
        {
            if (_tlds.TryGetValue(domain.Substring(dot + 1), out var found))
            {
                tld = found;
                label = domain.Substring(0, dot);
                break;
            }
        }
        if (tld is null)
        {
            Add(ErrorCodes.TldNotSupported, "domain");
            return errors;
        }

        var op = order.Operation switch
        {
            DomainOperation.Register => "register",
            DomainOperation.Transfer => "transfer",
            DomainOperation.Renew => "renew",
            _ => "ownerChange",
        };

        CheckLabel(tld, label, Add);
        CheckTerms(tld, op, order, Add);
        CheckTransfer(tld, op, order, Add);
        CheckNameservers(tld, op, order, Add);
        CheckAddOns(tld, order, Add);
        CheckContacts(tld, op, order, Add);
        CheckFields(tld, op, order, Add);
        return errors;
    }

    private static void CheckLabel(Dictionary<string, object?> tld, string label, Action<string, string> add)
    {
        if (label.Length == 0 || label.Contains('.'))
        {
            add(ErrorCodes.DomainNotRegistrable, "domain");
            return;
        }
        var labels = (Dictionary<string, object?>)tld["labels"]!;
        var idn = (Dictionary<string, object?>)labels["idn"]!;
        string aLabel = label;
        bool ascii = true;
        foreach (char c in label) if (c > 0x7F) { ascii = false; break; }
        if (!ascii)
        {
            if (idn["supported"] is not true)
            {
                add(ErrorCodes.IdnNotSupported, "domain");
                return;
            }
            if (idn.GetValueOrDefault("ranges") is List<object?> ranges)
            {
                foreach (var rune in label.EnumerateRunes())
                {
                    if (rune.Value <= 0x7F) continue;
                    bool allowed = false;
                    foreach (var range in ranges)
                    {
                        // "U+00E4" or "U+00E0-U+00F6", parsed as the data has it.
                        var text = (string)range!;
                        int dash = text.IndexOf('-');
                        int from = int.Parse(text.AsSpan(2, (dash < 0 ? text.Length : dash) - 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                        int to = dash < 0 ? from : int.Parse(text.AsSpan(dash + 3), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                        if (rune.Value >= from && rune.Value <= to) { allowed = true; break; }
                    }
                    if (!allowed) add(ErrorCodes.IdnCharacterNotAllowed, "domain");
                }
            }
            try
            {
                aLabel = Idn.GetAscii(label);
            }
            catch (ArgumentException)
            {
                add(ErrorCodes.IdnInvalid, "domain");
                return;
            }
        }
        if (!Regex.IsMatch(aLabel, LdhPattern) || (aLabel.Length > 3 && aLabel[2] == '-' && aLabel[3] == '-' && ascii))
            add(ErrorCodes.LabelInvalidCharacter, "domain");
        if (aLabel.Length < (long)labels["minLength"]!) add(ErrorCodes.LabelTooShort, "domain");
        if (aLabel.Length > (long)labels["maxLength"]!) add(ErrorCodes.LabelTooLong, "domain");
    }

    private void CheckTerms(Dictionary<string, object?> tld, string op, DomainOrder order, Action<string, string> add)
    {
        if (op == "ownerChange") return;
        var terms = (Dictionary<string, object?>)tld["terms"]!;
        if (terms.GetValueOrDefault(op) is Dictionary<string, object?> term && term["years"] is List<object?> years)
        {
            bool allowed = false;
            foreach (var y in years) if ((long)y! == order.Years) { allowed = true; break; }
            if (!allowed) add(ErrorCodes.TermNotAllowed, "years");
        }
        if (op != "renew") return;
        if (order.ExpiresOn is not { } expires)
        {
            add(ErrorCodes.ExpiryDateRequired, "expiresOn");
            return;
        }
        var renewal = (Dictionary<string, object?>)tld["renewal"]!;
        var today = DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);
        if (renewal.GetValueOrDefault("windowDaysBeforeExpiry") is long window && expires.DayNumber - today.DayNumber > window)
            add(ErrorCodes.RenewalTooEarly, "expiresOn");
        if (expires.AddYears(Math.Clamp(order.Years, 0, 100)) > today.AddYears((int)(long)renewal["maxHorizonYears"]!))
            add(ErrorCodes.RenewalBeyondHorizon, "years");
    }

    private static void CheckTransfer(Dictionary<string, object?> tld, string op, DomainOrder order, Action<string, string> add)
    {
        if (op != "transfer") return;
        var transfer = (Dictionary<string, object?>)tld["transfer"]!;
        if (transfer["supported"] is not true) { add(ErrorCodes.OperationNotSupported, "operation"); return; }
        if (string.IsNullOrWhiteSpace(order.AuthCode))
        {
            if (transfer["authCodeRequired"] is true) add(ErrorCodes.AuthCodeRequired, "authCode");
        }
        else if (transfer.GetValueOrDefault("authCodePattern") is string pattern && !Regex.IsMatch(order.AuthCode, "^(?:" + pattern + ")$"))
            add(ErrorCodes.AuthCodeInvalid, "authCode");
    }

    private static void CheckNameservers(Dictionary<string, object?> tld, string op, DomainOrder order, Action<string, string> add)
    {
        var ns = (Dictionary<string, object?>)tld["nameservers"]!;
        int count = order.Nameservers.Count;
        if (op == "register" && count < (long)ns["min"]!) add(ErrorCodes.NameserversTooFew, "nameservers");
        if (count > (long)ns["max"]!) add(ErrorCodes.NameserversTooMany, "nameservers");
    }

    private static void CheckAddOns(Dictionary<string, object?> tld, DomainOrder order, Action<string, string> add)
    {
        var addOns = (Dictionary<string, object?>)tld["addOns"]!;
        if (order.AddOns.IdProtection && addOns["idProtection"] is not true) add(ErrorCodes.IdProtectionNotSupported, "addOns.idProtection");
        if (order.AddOns.RegistrarLock && addOns["registrarLock"] is not true) add(ErrorCodes.RegistrarLockNotSupported, "addOns.registrarLock");
    }

    private static readonly string[] AllRoles = ["registrant", "admin", "tech", "billing"];

    private static Contact? ContactIn(DomainOrder order, string role) => role switch
    {
        "registrant" => order.Contacts.Registrant,
        "admin" => order.Contacts.Admin,
        "tech" => order.Contacts.Tech,
        "billing" => order.Contacts.Billing,
        _ => null,
    };

    private static string? Property(Contact contact, string name) => name switch
    {
        "firstName" => contact.FirstName,
        "lastName" => contact.LastName,
        "organization" => contact.Organization,
        "street" => contact.Street.Count > 0 ? contact.Street[0] : null,
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

    private static void CheckContacts(Dictionary<string, object?> tld, string op, DomainOrder order, Action<string, string> add)
    {
        if (op != "register" && op != "ownerChange") return;
        var contacts = (Dictionary<string, object?>)tld["contacts"]!;
        foreach (var role in (List<object?>)contacts["requiredRoles"]!)
        {
            var name = (string)role!;
            if (op == "ownerChange" && name != "registrant") continue;
            if (ContactIn(order, name) is null) add(ErrorCodes.ContactRequired, "contacts." + name);
        }

        if (order.Contacts.Registrant is { } registrant)
        {
            var type = registrant.Type == RegistrantType.Organization ? "organization" : "individual";
            if (!((List<object?>)contacts["registrantTypes"]!).Contains(type)) add(ErrorCodes.RegistrantTypeNotAllowed, "contacts.registrant.type");
            if (contacts.GetValueOrDefault("registrantCountries") is List<object?> countries
                && !countries.Any(c => string.Equals((string)c!, registrant.Country, StringComparison.OrdinalIgnoreCase)))
                add(ErrorCodes.RegistrantCountryNotAllowed, "contacts.registrant.country");
        }

        if (contacts.GetValueOrDefault("formats") is not List<object?> formats) return;
        foreach (Dictionary<string, object?> format in formats.Cast<Dictionary<string, object?>>())
        {
            var property = (string)format["property"]!;
            var roles = format.GetValueOrDefault("roles") as List<object?>;
            foreach (var role in AllRoles)
            {
                if (roles is not null && !roles.Contains(role)) continue;
                if (ContactIn(order, role) is not { } contact) continue;
                var path = "contacts." + role + "." + property;
                var value = Property(contact, property);
                if (string.IsNullOrWhiteSpace(value))
                {
                    if (format.GetValueOrDefault("required") is true
                        || (format.GetValueOrDefault("requiredWhen") is Dictionary<string, object?> when && Holds(when, order)))
                        add(ErrorCodes.ContactPropertyRequired, path);
                    continue;
                }
                if (format.GetValueOrDefault("requiredWhen") is Dictionary<string, object?> applies && !Holds(applies, order)) continue;
                if (format.GetValueOrDefault("pattern") is string pattern && !Regex.IsMatch(value, pattern)) add(ErrorCodes.ContactPropertyInvalid, path);
                if (format.GetValueOrDefault("maxLength") is long max && value.Length > max) add(ErrorCodes.ContactPropertyInvalid, path);
                if (format.GetValueOrDefault("validator") is string validator && !CheckDigitValidators.ByName[validator](value)) add(ErrorCodes.ContactPropertyInvalid, path);
            }
        }
    }

    private static void CheckFields(Dictionary<string, object?> tld, string op, DomainOrder order, Action<string, string> add)
    {
        var fields = tld.GetValueOrDefault("fields") as List<object?> ?? [];
        bool transferFields = op == "transfer" && ((Dictionary<string, object?>)tld["transfer"]!).GetValueOrDefault("additionalFieldsApply") is true;

        bool Applies(Dictionary<string, object?> field) =>
            (string)field["type"]! != "display"
            && (op != "transfer" || transferFields)
            && ((List<object?>)field["operations"]!).Contains(op);

        foreach (Dictionary<string, object?> field in fields.Cast<Dictionary<string, object?>>())
        {
            if (!Applies(field)) continue;
            var name = (string)field["name"]!;
            var path = "fields." + name;
            order.Fields.TryGetValue(name, out var value);
            bool conditionHolds = field.GetValueOrDefault("requiredWhen") is not Dictionary<string, object?> when || Holds(when, order);

            if ((string)field["type"]! == "checkbox")
            {
                bool isChecked = string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
                if (field.GetValueOrDefault("mustBeChecked") is true && conditionHolds && !isChecked) add(ErrorCodes.FieldAgreementRequired, path);
                continue;
            }
            if (string.IsNullOrWhiteSpace(value))
            {
                if (field.GetValueOrDefault("required") is true || (field.ContainsKey("requiredWhen") && conditionHolds)) add(ErrorCodes.FieldRequired, path);
                continue;
            }
            if ((string)field["type"]! == "select")
            {
                bool known = false;
                foreach (Dictionary<string, object?> option in ((List<object?>)field["options"]!).Cast<Dictionary<string, object?>>())
                    if ((string)option["value"]! == value) { known = true; break; }
                if (!known) add(ErrorCodes.FieldOptionInvalid, path);
                continue;
            }
            if (field.GetValueOrDefault("pattern") is string pattern && !Regex.IsMatch(value, pattern)) add(ErrorCodes.FieldInvalid, path);
            if (field.GetValueOrDefault("minLength") is long min && value.Length < min) add(ErrorCodes.FieldInvalid, path);
            if (field.GetValueOrDefault("maxLength") is long max && value.Length > max) add(ErrorCodes.FieldInvalid, path);
            if (field.GetValueOrDefault("validator") is string validator && !CheckDigitValidators.ByName[validator](value)) add(ErrorCodes.FieldInvalid, path);
        }

        foreach (var key in order.Fields.Keys)
        {
            bool known = false;
            foreach (Dictionary<string, object?> field in fields.Cast<Dictionary<string, object?>>())
                if ((string)field["name"]! == key && Applies(field)) { known = true; break; }
            if (!known) add(ErrorCodes.FieldUnknown, "fields." + key);
        }
    }

    /// <summary>Evaluates a condition object of the data format against the order.</summary>
    private static bool Holds(Dictionary<string, object?> condition, DomainOrder order)
    {
        if (condition.GetValueOrDefault("field") is string field)
        {
            order.Fields.TryGetValue(field, out var value);
            if (condition.GetValueOrDefault("equals") is string equals) return value == equals;
            if (condition.GetValueOrDefault("in") is List<object?> values) return value is not null && values.Contains(value);
            if (condition.GetValueOrDefault("notIn") is List<object?> excluded) return !string.IsNullOrWhiteSpace(value) && !excluded.Contains(value);
            if (condition.GetValueOrDefault("checked") is bool isChecked) return string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) == isChecked;
            return false;
        }
        var registrant = order.Contacts.Registrant;
        if (condition.GetValueOrDefault("registrantType") is string type)
            return registrant is not null && (registrant.Type == RegistrantType.Organization ? "organization" : "individual") == type;
        if (condition.GetValueOrDefault("registrantCountryIn") is List<object?> countriesIn)
            return registrant?.Country is { } c1 && countriesIn.Any(x => string.Equals((string)x!, c1, StringComparison.OrdinalIgnoreCase));
        if (condition.GetValueOrDefault("registrantCountryNotIn") is List<object?> countriesNotIn)
            return registrant?.Country is { } c2 && !countriesNotIn.Any(x => string.Equals((string)x!, c2, StringComparison.OrdinalIgnoreCase));
        if (condition.GetValueOrDefault("allOf") is List<object?> all)
            return all.All(x => Holds((Dictionary<string, object?>)x!, order));
        if (condition.GetValueOrDefault("anyOf") is List<object?> any)
            return any.Any(x => Holds((Dictionary<string, object?>)x!, order));
        if (condition.GetValueOrDefault("not") is Dictionary<string, object?> not)
            return !Holds(not, order);
        return false;
    }
}
