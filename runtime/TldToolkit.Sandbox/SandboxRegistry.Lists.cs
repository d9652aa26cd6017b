using System.Text.RegularExpressions;
using TldToolkit.Sandbox.Protocol;

namespace TldToolkit.Sandbox;

/// <summary>
/// The paged lists: QueryDomainList (QUERYDOMAINLIST.md), QueryContactList (CONTACT/QUERYCONTACTLIST.md)
/// and QueryTransferList (TRANSFER/QUERYTRANSFERLIST.md), with FIRST / LIMIT and the documented
/// column names (DOMAIN…, CONTACT…). WIDE = 1 adds the detail columns.
/// </summary>
public sealed partial class SandboxRegistry
{
    private SandboxReply QueryDomainList(IReadOnlyDictionary<string, string> p)
    {
        if (OnlyKnownFilters(p, "DOMAIN", "ORDERBY") is { } unknown) return unknown;
        if (Pattern(p, "DOMAIN", out var pattern) is { } badPattern) return badPattern;
        var all = _domains.Values.Where(d => d.InAccount && (pattern?.IsMatch(d.Name) ?? true));
        var order = (p.GetValueOrDefault("ORDERBY") ?? "DOMAIN").ToUpperInvariant();
        var sorted = order switch
        {
            "DOMAIN" => all.OrderBy(d => d.Name, StringComparer.Ordinal),
            "DOMAINDESC" => all.OrderByDescending(d => d.Name, StringComparer.Ordinal),
            "CREATEDDATE" => all.OrderBy(d => d.CreatedAt).ThenBy(d => d.Name, StringComparer.Ordinal),
            "CREATEDDATEDESC" => all.OrderByDescending(d => d.CreatedAt).ThenBy(d => d.Name, StringComparer.Ordinal),
            "EXPIRATIONDATE" => all.OrderBy(d => d.ExpiresAt).ThenBy(d => d.Name, StringComparer.Ordinal),
            "EXPIRATIONDATEDESC" => all.OrderByDescending(d => d.ExpiresAt).ThenBy(d => d.Name, StringComparer.Ordinal),
            _ => null,
        };
        if (sorted is null) return Replies.InvalidOption("ORDERBY");
        if (Paging.Page(sorted.ToList(), p, out var page, out var props) is { } badPage) return badPage;
        props.Add(Replies.Prop("DOMAIN", [.. page.Select(d => d.Name)]));
        if (p.GetValueOrDefault("WIDE") == "1")
        {
            void Column(string name, Func<SandboxDomain, string> value) => props.Add(Replies.Prop(name, [.. page.Select(value)]));
            Column("DOMAINADMINCONTACT", d => d.Contacts[0] ?? "");
            Column("DOMAINBILLINGCONTACT", d => d.Contacts[2] ?? "");
            Column("DOMAINCREATEDDATE", d => d.CreatedAt is { } c ? Replies.Date(c) : Replies.NoDate);
            Column("DOMAINEXPIRATIONDATE", d => Replies.Date(d.ExpiresAt));
            Column("DOMAINOWNERCONTACT", d => d.Owner ?? "");
            Column("DOMAINPAIDUNTILDATE", d => Replies.Date(d.ExpiresAt));
            Column("DOMAINREGISTRATIONEXPIRATIONDATE", d => Replies.Date(d.ExpiresAt));
            Column("DOMAINRENEWALMODE", _ => "DEFAULT");
            Column("DOMAINSTATUS", StatusWord);
            Column("DOMAINTECHCONTACT", d => d.Contacts[1] ?? "");
            Column("DOMAINTRANSFERLOCK", d => Replies.Flag(d.TransferLock));
            Column("DOMAINUMLAUT", d => Umlaut(d.Name));
            Column("DOMAINUPDATEDDATE", d => Replies.Date(d.UpdatedAt ?? d.CreatedAt ?? d.ExpiresAt));
        }
        return new SandboxReply(200, Replies.Completed, props);
    }

    private static readonly (string Column, string Key)[] ContactColumns =
    [
        ("CONTACTCITY", "CITY"), ("CONTACTCOUNTRY", "COUNTRY"), ("CONTACTCREATEDDATE", CreatedKey), ("CONTACTEMAIL", "EMAIL"),
        ("CONTACTFAX", "FAX"), ("CONTACTFIRSTNAME", "FIRSTNAME"), ("CONTACTLASTNAME", "LASTNAME"), ("CONTACTMIDDLENAME", "MIDDLENAME"),
        ("CONTACTORGANIZATION", "ORGANIZATION"), ("CONTACTPHONE", "PHONE"), ("CONTACTSTATE", "STATE"), ("CONTACTSTREET", "STREET0"),
        ("CONTACTTITLE", "TITLE"), ("CONTACTZIP", "ZIP"),
    ];

    private SandboxReply QueryContactList(IReadOnlyDictionary<string, string> p)
    {
        if (OnlyKnownFilters(p, "CONTACT") is { } unknown) return unknown;
        if (Pattern(p, "CONTACT", out var pattern) is { } badPattern) return badPattern;
        var all = _contacts.Keys.Where(h => pattern?.IsMatch(h) ?? true).Order(StringComparer.Ordinal).ToList();
        if (Paging.Page(all, p, out var page, out var props) is { } badPage) return badPage;
        props.Add(Replies.Prop("CONTACT", [.. page]));
        if (p.GetValueOrDefault("WIDE") == "1")
        {
            foreach (var (column, key) in ContactColumns)
                props.Add(Replies.Prop(column, [.. page.Select(h => _contacts[h].GetValueOrDefault(key) ?? "")]));
            props.Add(Replies.Prop("CONTACTSTATUS", [.. page.Select(_ => "ACTIVE")]));
        }
        return new SandboxReply(200, Replies.Completed, props);
    }

    /// <summary>QueryTransferList: the transfers still pending, oldest first.</summary>
    private SandboxReply QueryTransferList(IReadOnlyDictionary<string, string> p)
    {
        if (OnlyKnownFilters(p, "DOMAIN") is { } unknown) return unknown;
        if (Pattern(p, "DOMAIN", out var pattern) is { } badPattern) return badPattern;
        var all = _transfers.Values.Where(t => t.State == SandboxTransferState.Pending && (pattern?.IsMatch(t.Domain) ?? true))
            .OrderBy(t => t.RequestedAt).ThenBy(t => t.Domain, StringComparer.Ordinal).ToList();
        if (Paging.Page(all, p, out var page, out var props) is { } badPage) return badPage;
        props.Add(Replies.Prop("CREATEDDATE", [.. page.Select(t => Replies.Date(t.RequestedAt ?? t.CompleteAt - _options.TransferDelay))]));
        props.Add(Replies.Prop("DOMAIN", [.. page.Select(t => t.Domain)]));
        props.Add(Replies.Prop("DOMAINUMLAUT", [.. page.Select(t => Umlaut(t.Domain))]));
        return new SandboxReply(200, Replies.Completed, props);
    }

    /// <summary>
    /// A filter the sandbox does not apply is refused (503), not ignored: a list longer than asked for
    /// could have a client act on entries it meant to leave out. Paging, WIDE and USERDEPTH / UNIQUE
    /// (one user, so every depth is the same) are always taken.
    /// </summary>
    private static SandboxReply? OnlyKnownFilters(IReadOnlyDictionary<string, string> p, params string[] filters)
    {
        foreach (var key in p.Keys)
            if (key is not ("FIRST" or "LIMIT" or "WIDE" or "USERDEPTH" or "UNIQUE") && !filters.Contains(key))
                return Replies.InvalidAttributeName(Printable.Name(key));
        return null;
    }

    /// <summary>A documented PATTERN filter (<c>*.com</c>, <c>a*.de</c>: <c>*</c> any text, <c>?</c> one character), case-insensitive.</summary>
    private static SandboxReply? Pattern(IReadOnlyDictionary<string, string> p, string name, out Regex? pattern)
    {
        pattern = null;
        if (!p.TryGetValue(name, out var text) || text.Length == 0) return null;
        if (text.Length > 255) return Replies.InvalidSyntax(name);
        var regex = "^" + Regex.Escape(text).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal) + "$";
        pattern = new Regex(regex, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking);
        return null;
    }
}
