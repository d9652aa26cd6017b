using System.Globalization;
using System.Text.RegularExpressions;
using TldToolkit.Catalog;
using TldToolkit.Fields;
using TldToolkit.Orders;
using TldToolkit.Sandbox.Protocol;

namespace TldToolkit.Sandbox;

/// <summary>The parameter checks the commands share: domain name, period, contact handles, X- parameters.</summary>
public sealed partial class SandboxRegistry
{
    /// <summary>
    /// Registrar-level parameters every TLD takes (ADDDOMAIN.md): the documented ID protection
    /// (Whois Trustee) switches. Anything else starting with X- must be a field of the TLD.
    /// </summary>
    private static readonly HashSet<string> RegistrarParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "X-ACCEPT-WHOISTRUSTEE-TAC", "X-ACCEPT-WHOISTRUSTEELITE-TAC",
    };

    /// <summary>The documented IDN language tag (ADDDOMAIN.md, CHECKDOMAINS.md): letters, 2 to 8.</summary>
    private const string IdnLanguage = "X-IDN-LANGUAGE";

    private static readonly Regex LanguageTag = new("^[A-Za-z]{2,8}$", RegexOptions.CultureInvariant);

    private static readonly Regex Label = new("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>Checks the DOMAIN parameter: returns the definition or an error reply.</summary>
    private SandboxReply? CheckName(string? domain, out string name, out ITldDefinition? definition)
    {
        name = (domain ?? "").Trim().TrimEnd('.').ToLowerInvariant();
        definition = null;
        if (name.Length == 0) return Replies.Missing("DOMAIN");
        if (name.Length > 253) return Replies.InvalidSyntax("DOMAIN");
        definition = _catalog.FindForDomain(name, out var tldLength);
        if (definition is null) return Replies.TldNotSupported;
        int labelLength = name.Length - tldLength - 1;
        if (labelLength <= 0 || !Label.IsMatch(name[..labelLength])) return Replies.InvalidSyntax("DOMAIN");
        return null;
    }

    /// <summary>
    /// PERIOD as documented: <c>N</c> or <c>NY</c> for N years, <c>NM</c> for N months ("Y" and "M" are
    /// case sensitive). The TLD data counts whole years, so a month period must make whole years (12M).
    /// </summary>
    private static SandboxReply? CheckPeriod(IReadOnlyDictionary<string, string> p, IReadOnlyList<int> allowed, bool required, out int years)
    {
        years = 0;
        if (!p.TryGetValue("PERIOD", out var text))
        {
            if (required && allowed.Count > 0) years = allowed[0];
            return null;
        }
        bool months = text.EndsWith('M');
        var digits = text.EndsWith('Y') || months ? text[..^1] : text;
        if (digits.Length is 0 or > 4 || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count == 0)
            return Replies.InvalidSyntax("PERIOD");
        if (months && count % 12 != 0) return Replies.InvalidValue("PERIOD", "this TLD is registered in whole years");
        years = months ? count / 12 : count;
        if (allowed.Count > 0 && !allowed.Contains(years)) return Replies.InvalidValue("PERIOD");
        return null;
    }

    private SandboxReply? CheckContactHandle(IReadOnlyDictionary<string, string> p, string attribute, bool required, out string? handle)
    {
        handle = p.GetValueOrDefault(attribute);
        if (string.IsNullOrEmpty(handle)) { handle = null; return required ? Replies.Missing(attribute) : null; }
        return _contacts.ContainsKey(handle) ? null : Replies.NotFound(attribute);
    }

    /// <summary>X-IDN-LANGUAGE: required for a name with an A-label where the TLD's rules say so, and a tag when given.</summary>
    private static SandboxReply? CheckIdnLanguage(IReadOnlyDictionary<string, string> p, string name, ITldDefinition definition)
    {
        var tag = p.GetValueOrDefault(IdnLanguage);
        if (!string.IsNullOrEmpty(tag)) return LanguageTag.IsMatch(tag) ? null : Replies.InvalidSyntax(IdnLanguage);
        bool idn = name.Split('.').Any(l => l.StartsWith("xn--", StringComparison.Ordinal));
        return idn && definition.Rules.Labels.Idn.LanguageTagRequired ? Replies.Missing(IdnLanguage) : null;
    }

    /// <summary>A 0/1 flag parameter (TRANSFERLOCK, the Whois Trustee switches): null when absent.</summary>
    private static SandboxReply? CheckFlag(IReadOnlyDictionary<string, string> p, string name, out bool? value)
    {
        value = null;
        if (!p.TryGetValue(name, out var text) || text.Length == 0) return null;
        if (text is not ("0" or "1")) return Replies.InvalidValue(name);
        value = text == "1";
        return null;
    }

    /// <summary>Checks the X- parameters of a command against the TLD's field descriptors for the operation.</summary>
    private SandboxReply? CheckRegistryParameters(IReadOnlyDictionary<string, string> p, ITldDefinition definition, DomainOperation operation, string? ownerHandle)
    {
        var fields = definition.Fields.Where(f => f.RegistryName is not null && f.Type != FieldType.Display && f.AppliesTo(operation)).ToList();
        var known = new HashSet<string>(fields.Select(f => f.RegistryName!), StringComparer.OrdinalIgnoreCase);
        foreach (var key in p.Keys)
            if (key.StartsWith("X-", StringComparison.OrdinalIgnoreCase) && !known.Contains(key) && !RegistrarParameters.Contains(key) && key != IdnLanguage)
                return Replies.InvalidValue(Printable.Name(key), "not supported for this TLD and command");
        foreach (var flag in RegistrarParameters)
            if (CheckFlag(p, flag, out _) is { } badFlag) return badFlag;

        var owner = ownerHandle is not null ? _contacts.GetValueOrDefault(ownerHandle) : null;
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var f in definition.Fields)
        {
            if (f.RegistryName is null) continue;
            var raw = p.GetValueOrDefault(f.RegistryName);
            values[f.Name] = raw is null ? null
                : f.Type == FieldType.Checkbox ? (IsTicked(f, raw) ? "true" : "false")
                : f.Options.FirstOrDefault(o => o.RegistryValue == raw)?.Value ?? raw;
        }

        foreach (var f in fields)
        {
            var name = f.RegistryName!.ToUpperInvariant();
            var value = p.GetValueOrDefault(f.RegistryName!);
            bool conditionHolds = f.RequiredWhen is { } when && Holds(when, values, owner);
            // Alternative fields may share one parameter (.com.au ABN / ACN / other ID, .it PIN kinds):
            // the value belongs to the alternative whose condition holds, so the others do not judge it.
            if (f.RequiredWhen is not null && !conditionHolds && SharesParameter(f, fields)) continue;
            bool mustTick = f.MustBeChecked || (f.MustBeCheckedWhen is { } tickWhen && Holds(tickWhen, values, owner));
            bool required = f.Required || conditionHolds || mustTick;
            if (string.IsNullOrWhiteSpace(value))
            {
                if (required) return Replies.Missing(name);
                continue;
            }
            switch (f.Type)
            {
                case FieldType.Select:
                    if (f.Options.Count > 0 && !f.Options.Any(o => o.RegistryValue == value)) return Replies.InvalidValue(name);
                    break;
                case FieldType.Checkbox:
                    if (mustTick && !IsTicked(f, value)) return Replies.InvalidValue(name);
                    break;
                default:
                    if ((f.MinLength is { } min && value.Length < min) || (f.MaxLength is { } max && value.Length > max))
                        return Replies.InvalidSyntax(name);
                    if (f.Pattern is { } pattern && !Regex.IsMatch(value, pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200)))
                        return Replies.InvalidSyntax(name);
                    break;
            }
        }
        return null;
    }

    /// <summary>
    /// A checkbox with its own checked value (an agreement version) is ticked only by that value. An
    /// acceptance the documentation types DATETIME (.dk's X-DK-AGREEMENT-ACCEPTEDDATE: when the registrant
    /// accepted) is ticked by a date in the documented form as well as by 1.
    /// </summary>
    private static bool IsTicked(FieldDescriptor f, string? value) =>
        f.CheckedValue is { } v && v != "1" ? string.Equals(value, v, StringComparison.Ordinal) : Truthy(value) || IsDocumentedDate(value);

    private static bool IsDocumentedDate(string? value) =>
        DateTime.TryParseExact(value, ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static bool SharesParameter(FieldDescriptor field, IEnumerable<FieldDescriptor> fields) =>
        fields.Any(other => !ReferenceEquals(other, field) && string.Equals(other.RegistryName, field.RegistryName, StringComparison.OrdinalIgnoreCase));

    private static bool Truthy(string? value) => value is not null && (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase)
        || value.Equals("yes", StringComparison.OrdinalIgnoreCase) || value.Equals("on", StringComparison.OrdinalIgnoreCase));

    private static bool Holds(FieldCondition condition, Dictionary<string, string?> values, Dictionary<string, string>? owner) => condition switch
    {
        FieldValueCondition v => values.GetValueOrDefault(v.Field) is { } x
            ? v.Values.Contains(x) != v.Negated
            : false,
        FieldCheckedCondition c => Truthy(values.GetValueOrDefault(c.Field)) == c.Checked,
        RegistrantTypeCondition t => owner is not null
            && (owner.ContainsKey("ORGANIZATION") ? RegistrantType.Organization : RegistrantType.Individual) == t.Type,
        RegistrantCountryCondition rc => owner?.GetValueOrDefault("COUNTRY") is { } country
            && rc.Countries.Contains(country, StringComparer.OrdinalIgnoreCase) != rc.Negated,
        AllOfCondition all => all.Conditions.All(c => Holds(c, values, owner)),
        AnyOfCondition any => any.Conditions.Any(c => Holds(c, values, owner)),
        NotCondition not => !Holds(not.Condition, values, owner),
        _ => false,
    };

    private static List<string> Nameservers(IReadOnlyDictionary<string, string> p, string prefix = "NAMESERVER")
    {
        var list = new List<string>();
        for (int i = 0; i <= 12 && p.TryGetValue(prefix + i.ToString(CultureInfo.InvariantCulture), out var ns); i++)
            if (ns.Length > 0) list.Add(ns.ToLowerInvariant());
        return list;
    }
}
