using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using TldToolkit.Generator.Diagnostics;
using TldToolkit.Generator.Json;
using TldToolkit.Generator.Model;

namespace TldToolkit.Generator.Parsing;

// The sources and the rule sections (terms, renewal, transfer, add-ons, labels, nameservers, contacts, lifecycle).
internal sealed partial class TldFileReader
{
    private sealed class SourceEntry
    {
        public SourceEntry(SourceModel model, JsonNode node)
        {
            Model = model;
            Node = node;
        }

        public SourceModel Model { get; }
        public JsonNode Node { get; }
    }

    private List<SourceEntry> ReadSources(JsonNode root)
    {
        var result = new List<SourceEntry>();
        var array = Array(root, "sources", minItems: 1);
        if (array is null) return result;
        var ids = Reused(ref t_sourceIds);
        foreach (var item in array.Items!)
        {
            if (!ExpectObject(item, "sources[]")) continue;
            CheckObject(item, Schema.Source, item.Start, 1);
            var idNode = String(item, "id");
            var title = String(item, "title", minLength: 1)?.Text;
            var url = String(item, "url");
            var document = String(item, "document")?.Text;
            var checkedNode = String(item, "checked");
            if (idNode is not null && !SourceIdPattern.IsMatch(idNode.Text!))
                Report(TldDiagnostics.InvalidValue, idNode, "id", "a source id uses lower-case letters, digits and hyphens ('cira-registration-policy')");
            if (url is not null && !Uri.TryCreate(url.Text, UriKind.Absolute, out _))
                Report(TldDiagnostics.InvalidValue, url, "url", "not an absolute URI");
            if (checkedNode is not null && !IsDate(checkedNode.Text!))
                Report(TldDiagnostics.InvalidValue, checkedNode, "checked", "expected a date as YYYY-MM-DD");
            if (idNode is null || title is null || checkedNode is null) continue;
            if (!ids.Add(idNode.Text!))
            {
                Report(TldDiagnostics.DuplicateName, idNode, "Source id", idNode.Text!);
                continue;
            }
            result.Add(new SourceEntry(new SourceModel(idNode.Text!, title, url?.Text, document, checkedNode.Text!), idNode));
        }
        return result;
    }

    private TermsModel ReadTerms(JsonNode root)
    {
        var terms = Section(root, "terms", Schema.Terms);
        if (terms is null) return Unknown.Terms;
        SourceRef(terms);
        Note(terms);
        var register = ReadOperationTerm(terms, "register", Schema.OperationTerm);
        var renew = ReadOperationTerm(terms, "renew", Schema.OperationTerm);
        var restore = ReadOperationTerm(terms, "restore", Schema.OperationTerm);
        var transferNode = Object(terms, "transfer", Schema.TransferTerm);
        EquatableArray<int> transfer = EquatableArray<int>.Empty;
        bool addsYear = false;
        if (transferNode is not null)
        {
            transfer = Years(transferNode, "years");
            addsYear = Bool(transferNode, "addsYear") ?? false;
            SourceRef(transferNode);
            Note(transferNode);
        }
        return new TermsModel(register, renew, transfer, addsYear, restore);
    }

    private EquatableArray<int> ReadOperationTerm(JsonNode parent, string name, ObjectSchema schema)
    {
        var node = Object(parent, name, schema);
        if (node is null) return EquatableArray<int>.Empty;
        SourceRef(node);
        Note(node);
        return Years(node, "years");
    }

    private EquatableArray<int> Years(JsonNode obj, string name)
    {
        var property = obj.Find(name);
        var array = Array(obj, name, minItems: 0);
        if (array is null || property is null) return EquatableArray<int>.Empty;
        if (array.Items!.Length == 0)
        {
            Report(TldDiagnostics.ImpossibleRule, array, "the term list is empty, so the operation could never be ordered");
            return EquatableArray<int>.Empty;
        }
        var years = new List<int>();
        int previous = 0;
        var itemName = name + "[]"; // once per list, not per term
        foreach (var item in array.Items)
        {
            var value = IntValue(item, itemName);
            if (value is null) continue;
            if (value < 1 || value > 10)
            {
                Report(TldDiagnostics.ImpossibleRule, item, "a term of " + value.Value.ToString(CultureInfo.InvariantCulture) + " years is outside 1–10 years");
                continue;
            }
            if (years.Contains(value.Value))
            {
                Report(TldDiagnostics.DuplicateName, item, "Term", value.Value.ToString(CultureInfo.InvariantCulture));
                continue;
            }
            if (value.Value < previous)
                Report(TldDiagnostics.ImpossibleRule, item, "terms must be listed in ascending order");
            previous = value.Value;
            years.Add(value.Value);
        }
        return years.ToEquatableArray();
    }

    private RenewalModel ReadRenewal(JsonNode root)
    {
        var node = Section(root, "renewal", Schema.Renewal);
        if (node is null) return Unknown.Renewal;
        SourceRef(node);
        Note(node);
        var isExplicit = Bool(node, "explicit") ?? true;
        var window = Int(node, "windowDaysBeforeExpiry", 1, 3650);
        var horizon = Int(node, "maxHorizonYears", 1, 10) ?? Unknown.Renewal.MaxHorizonYears;
        return new RenewalModel(isExplicit, window, horizon);
    }

    private TransferModel ReadTransfer(JsonNode root)
    {
        var node = Section(root, "transfer", Schema.Transfer);
        if (node is null) return Unknown.Transfer;
        SourceRef(node);
        Note(node);
        var supported = Bool(node, "supported") ?? true;
        var authCodeRequired = Bool(node, "authCodeRequired") ?? false;
        var pattern = Pattern(node, "authCodePattern");
        var lockRegistration = Int(node, "lockDaysAfterRegistration", 0, 3650);
        var lockTransfer = Int(node, "lockDaysAfterTransfer", 0, 3650);
        var fieldsApply = Bool(node, "additionalFieldsApply") ?? false;
        return new TransferModel(supported, authCodeRequired, pattern, lockRegistration, lockTransfer, fieldsApply);
    }

    private AddOnsModel ReadAddOns(JsonNode root)
    {
        var node = Section(root, "addOns", Schema.AddOns);
        if (node is null) return Unknown.AddOns;
        SourceRef(node);
        Note(node);
        var unknown = Unknown.AddOns;
        return new AddOnsModel(Bool(node, "idProtection") ?? unknown.IdProtection, Bool(node, "registrarLock") ?? unknown.RegistrarLock, Bool(node, "dnssec") ?? unknown.Dnssec,
            Bool(node, "freePrivacyForIndividuals") ?? false, Bool(node, "trusteeService") ?? false);
    }

    private LabelsModel ReadLabels(JsonNode root)
    {
        var node = Section(root, "labels", Schema.Labels);
        if (node is null) return Unknown.Labels;
        SourceRef(node);
        Note(node);
        var min = Int(node, "minLength", 1, 63);
        var max = Int(node, "maxLength", 1, 63);
        if (min is not null && max is not null && min > max)
            Report(TldDiagnostics.ImpossibleRule, node.Find("minLength")!.Value, "labels.minLength " + min.Value.ToString(CultureInfo.InvariantCulture) + " is greater than maxLength " + max.Value.ToString(CultureInfo.InvariantCulture));
        var idnNode = Object(node, "idn", Schema.Idn);
        var idn = Unknown.Labels.Idn;
        if (idnNode is not null)
        {
            SourceRef(idnNode);
            Note(idnNode);
            var supported = Bool(idnNode, "supported") ?? false;
            var mode = Enum(idnNode, "mode", Schema.IdnModes) ?? "uts46Nontransitional";
            var scripts = new List<string>();
            foreach (var s in StringItems(idnNode, "scripts", 0, unique: true, what: "Script"))
            {
                if (!ScriptPattern.IsMatch(s.Text!)) Report(TldDiagnostics.InvalidValue, s, "scripts", "expected an ISO 15924 code such as 'Latn'");
                else scripts.Add(s.Text!);
            }
            var table = Enum(idnNode, "languageTable", Schema.LanguageTables);
            var ranges = new List<RangeModel>();
            foreach (var r in StringItems(idnNode, "ranges", 0, unique: false, what: "Range"))
            {
                if (!TryParseRange(r.Text!, out int first, out int last))
                {
                    Report(TldDiagnostics.InvalidValue, r, "ranges", "expected 'U+00E4' or 'U+00E0-U+00F6'");
                    continue;
                }
                if (first > 0x10FFFF || last > 0x10FFFF)
                    Report(TldDiagnostics.InvalidValue, r, "ranges", "beyond U+10FFFF");
                else if (first <= 0xDFFF && last >= 0xD800)
                    Report(TldDiagnostics.InvalidValue, r, "ranges", "U+D800-U+DFFF are surrogate code points, not characters: no name can hold them");
                else if (first > last)
                    Report(TldDiagnostics.ImpossibleRule, r, "the range '" + r.Text + "' ends before it starts");
                else
                    ranges.Add(new RangeModel(first, last));
            }
            var tagRequired = Bool(idnNode, "languageTagRequired") ?? false;
            var mixed = Bool(idnNode, "mixedScriptsAllowed") ?? true;
            idn = new IdnModel(supported, mode, scripts.ToEquatableArray(), table, Merge(ranges).ToEquatableArray(), tagRequired, mixed);
        }
        return new LabelsModel(min ?? 1, max ?? 63, idn);
    }

    /// <summary>
    /// Parses <c>U+XXXX</c> or <c>U+XXXX-U+YYYY</c> (4 to 6 upper-case hex digits each), as the pattern
    /// <c>^U\+([0-9A-F]{4,6})(?:-U\+([0-9A-F]{4,6}))?$</c> did, including its '$' that also accepts one final '\n'.
    /// </summary>
    private static bool TryParseRange(string text, out int first, out int last)
    {
        first = last = 0;
        int end = text.Length > 0 && text[text.Length - 1] == '\n' ? text.Length - 1 : text.Length;
        int pos = 0;
        if (!TryParseCodePoint(text, ref pos, end, out first)) return false;
        last = first;
        if (pos == end) return true;
        if (text[pos] != '-') return false;
        pos++;
        return TryParseCodePoint(text, ref pos, end, out last) && pos == end;
    }

    private static bool TryParseCodePoint(string text, ref int pos, int end, out int value)
    {
        value = 0;
        if (pos + 2 > end || text[pos] != 'U' || text[pos + 1] != '+') return false;
        pos += 2;
        int digits = 0;
        while (pos < end && digits < 6)
        {
            char c = text[pos];
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0) break;
            value = value * 16 + d;
            pos++;
            digits++;
        }
        return digits >= 4;
    }

    private static List<RangeModel> Merge(List<RangeModel> ranges)
    {
        var sorted = ranges.OrderBy(r => r.First).ThenBy(r => r.Last).ToList();
        var merged = new List<RangeModel>();
        foreach (var r in sorted)
        {
            if (merged.Count > 0 && r.First <= merged[merged.Count - 1].Last + 1)
            {
                var last = merged[merged.Count - 1];
                merged[merged.Count - 1] = new RangeModel(last.First, Math.Max(last.Last, r.Last));
            }
            else
            {
                merged.Add(r);
            }
        }
        return merged;
    }

    private NameserversModel ReadNameservers(JsonNode root)
    {
        var node = Section(root, "nameservers", Schema.Nameservers);
        if (node is null) return Unknown.Nameservers;
        SourceRef(node);
        Note(node);
        var min = Int(node, "min", 0, 13);
        var max = Int(node, "max", 1, 13);
        if (min is not null && max is not null && min > max)
            Report(TldDiagnostics.ImpossibleRule, node.Find("min")!.Value, "nameservers.min " + min.Value.ToString(CultureInfo.InvariantCulture) + " is greater than max " + max.Value.ToString(CultureInfo.InvariantCulture));
        return new NameserversModel(min ?? 0, max ?? 13);
    }

    private ContactsModel ReadContacts(JsonNode root)
    {
        var node = Section(root, "contacts", Schema.Contacts);
        if (node is null) return Unknown.Contacts;
        SourceRef(node);
        Note(node);
        var roles = EnumItems(node, "requiredRoles", Schema.ContactRoles, minItems: 1);
        var types = EnumItems(node, "registrantTypes", Schema.RegistrantTypes, minItems: 1);
        var countries = new List<string>();
        var countryArray = node.Find("registrantCountries");
        foreach (var c in StringItems(node, "registrantCountries", 1, unique: true, what: "Country"))
        {
            if (!CountryPattern.IsMatch(c.Text!)) Report(TldDiagnostics.InvalidValue, c, "registrantCountries", "expected an upper-case ISO 3166-1 alpha-2 code such as 'CA'");
            else countries.Add(c.Text!);
        }
        _ = countryArray;
        var formats = new List<ContactFormatModel>();
        var formatArray = Array(node, "formats", minItems: 0);
        if (formatArray is not null)
        {
            foreach (var item in formatArray.Items!)
            {
                if (!ExpectObject(item, "formats[]")) continue;
                CheckObject(item, Schema.ContactFormat, item.Start, 1);
                SourceRef(item);
                Note(item);
                var property = Enum(item, "property", Schema.ContactProperties);
                var formatRoles = EnumItems(item, "roles", Schema.ContactRoles, minItems: 0);
                var required = Bool(item, "required") ?? false;
                var when = ConditionProperty(item, "requiredWhen");
                var pattern = Pattern(item, "pattern");
                var maxLength = Int(item, "maxLength", 1, int.MaxValue);
                var validator = Enum(item, "validator", Schema.Validators);
                if (required && when is not null)
                    Report(TldDiagnostics.ImpossibleRule, item.Find("requiredWhen")!.NameStart, item.Find("requiredWhen")!.NameEnd - item.Find("requiredWhen")!.NameStart,
                        "'required' and 'requiredWhen' together: the condition would never matter");
                if (property is not null)
                    formats.Add(new ContactFormatModel(property, formatRoles.ToEquatableArray(), required, when, pattern, maxLength, validator));
            }
        }
        return new ContactsModel(roles.ToEquatableArray(), types.ToEquatableArray(), countries.ToEquatableArray(), formats.ToEquatableArray());
    }

    private LifecycleModel ReadLifecycle(JsonNode root)
    {
        var node = Section(root, "lifecycle", Schema.Lifecycle);
        if (node is null) return Unknown.Lifecycle;
        SourceRef(node);
        Note(node);
        return new LifecycleModel(Int(node, "addGracePeriodDays", 0, 365), Int(node, "autoRenewGracePeriodDays", 0, 365),
            Int(node, "redemptionPeriodDays", 0, 365), Int(node, "pendingDeleteDays", 0, 365), Bool(node, "asyncRegistration") ?? false);
    }
}
