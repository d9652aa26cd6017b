using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using TldToolkit.Generator.Diagnostics;
using TldToolkit.Generator.Json;
using TldToolkit.Generator.Model;

namespace TldToolkit.Generator.Parsing;

/// <summary>
/// Reads one TLD file into a <see cref="TldModel"/>: JSON syntax, schema shape, then the semantic
/// checks. Every problem becomes a <see cref="DiagnosticInfo"/> at the offending token; any error
/// means no model. Never throws (an unexpected exception becomes TLD0013).
/// </summary>
internal sealed partial class TldFileReader
{
    private static readonly Regex SourceIdPattern = new Regex("^[a-z0-9][a-z0-9-]*$", RegexOptions.CultureInvariant);
    private static readonly Regex DatePattern = new Regex("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", RegexOptions.CultureInvariant);
    private static readonly Regex CountryPattern = new Regex("^[A-Z]{2}$", RegexOptions.CultureInvariant);
    private static readonly Regex ScriptPattern = new Regex("^[A-Z][a-z]{3}$", RegexOptions.CultureInvariant);
    private static readonly Regex FieldNamePattern = new Regex("^[a-z][A-Za-z0-9]*$", RegexOptions.CultureInvariant);
    // Upper-case first: never a C# keyword (they are all lower case), and the PascalCase of .NET enum members.
    private static readonly Regex MemberPattern = new Regex("^[A-Z][A-Za-z0-9]*$", RegexOptions.CultureInvariant);

    private readonly string _path;
    private readonly string _text;
    private readonly List<DiagnosticInfo> _diagnostics = new List<DiagnosticInfo>();
    private readonly List<(string Id, JsonNode Node)> _sourceRefs = new List<(string, JsonNode)>();
    private readonly List<PendingCondition> _conditions = new List<PendingCondition>();
    private bool _hasErrors;
    private string _className = "";

    private TldFileReader(string path, string text)
    {
        _path = path;
        _text = text;
    }

    // The last line start found by Position, so that increasing offsets scan only forward. Most files
    // need the positions of a few tokens near their top, so no table of every line is built.
    private int _cursorLine;
    private int _cursorLineStart;

    /// <summary>
    /// Test seam: a path this returns true for makes the reader throw, to prove that a failure stays
    /// a TLD0013 diagnostic on that file. Null outside tests.
    /// </summary>
    internal static Func<string, bool>? FailForTests;

    /// <summary>Reads one TLD file against the compilation's profiles (none when null); never throws.</summary>
    public static ParseResult Read(string path, string? text, ProfileSet? profiles = null)
    {
        var reader = new TldFileReader(path ?? "", text ?? "");
        reader._profiles = profiles ?? ProfileSet.Empty;
        try
        {
            if (FailForTests?.Invoke(reader._path) == true) throw new InvalidOperationException("failure injected by a test");
            return reader.ReadFile();
        }
        catch (Exception ex)
        {
            var diagnostics = new List<DiagnosticInfo>(reader._diagnostics)
            {
                new DiagnosticInfo(TldDiagnostics.InternalError.Id, reader.Span(0, 0), new EquatableArray<string>(new[] { ex.GetType().Name + ": " + ex.Message })),
            };
            return new ParseResult(path ?? "", null, diagnostics.ToEquatableArray(), null);
        }
    }

    private ProfileSet _profiles = ProfileSet.Empty;

    private ParseResult ReadFile()
    {
        var root = Parse();
        if (root is null) return Result(null, null);
        CheckObject(root, Schema.Root, root.Start, 1);
        foreach (var required in Schema.TldRequired)
            if (System.Array.IndexOf(Schema.Root.Required, required) < 0 && root.Find(required) is null)
                Report(TldDiagnostics.MissingProperty, root.Start, 1, "The TLD definition", required);
        foreach (var profileOnly in Schema.ProfileOnly)
            if (root.Find(profileOnly) is { } misplaced)
                Report(TldDiagnostics.UnknownProperty, misplaced.NameStart, misplaced.NameEnd - misplaced.NameStart, profileOnly, "a TLD file",
                    "; it belongs to a profile (a file in a 'profiles' folder)");

        // tld and aliases
        var claimed = new List<ClaimedName>();
        string? tld = null, unicodeTld = null;
        var tldProperty = root.Find("tld");
        var tldNode = String(root, "tld", minLength: 1);
        if (tldNode is not null && ReadTldName(tldNode, "tld", out var ascii, out var unicode))
        {
            tld = ascii;
            unicodeTld = unicode;
            if (!TldFileNames.Matches(_path, ascii, unicode))
                Report(TldDiagnostics.FileNameMismatch, tldNode, TldNameRules.Display(TldFileNames.Stem(_path)), TldNameRules.Display(tldNode.Text ?? ""), TldFileNames.Expected(ascii));
            claimed.Add(new ClaimedName(ascii, SpanOf(tldNode)));
            if (unicode != ascii) claimed.Add(new ClaimedName(unicode, SpanOf(tldNode)));
        }
        var aliases = new List<string>();
        foreach (var aliasNode in StringItems(root, "aliases", minItems: 0, unique: true, what: "Alias"))
        {
            if (!ReadTldName(aliasNode, "aliases", out var aliasAscii, out var aliasUnicode)) continue;
            if (tld is not null && (aliasAscii == tld))
            {
                Report(TldDiagnostics.DuplicateTld, aliasNode, aliasAscii, "this file's 'tld'");
                continue;
            }
            aliases.Add(aliasAscii);
            claimed.Add(new ClaimedName(aliasAscii, SpanOf(aliasNode)));
            if (aliasUnicode != aliasAscii) claimed.Add(new ClaimedName(aliasUnicode, SpanOf(aliasNode)));
        }

        _className = tld is null ? "" : Names.ClassName(tld);
        var kind = Enum(root, "kind", Schema.Kinds) ?? "generic";
        var coverage = Enum(root, "coverage", Schema.Coverages) ?? "verified";
        var closedReason = ReadClosed(root, coverage);
        var registryOperator = String(root, "registryOperator", minLength: 1)?.Text ?? "";
        var displayName = String(root, "displayName")?.Text;
        String(root, "notes");
        String(root, "$schema");
        String(root, "title", minLength: 1);
        SourceRef(root); // the file's identity: root-zone entry, kind, operator, which backend it extends
        ReadAudit(root);

        var sources = ReadSources(root);
        var chain = ResolveExtends(root);
        var ownSources = new HashSet<string>(sources.Select(s => s.Model.Id), StringComparer.Ordinal);
        var facts = new List<FactModel>();
        // Also without profiles: the file's sections are checked and their facts' origins recorded on the same path.
        var merged = MergeLayers(root, chain is null ? new List<Layer>() : ProfileLayers(chain, null), check: true, facts, ownSources);

        _inMerged = true;
        var terms = ReadTerms(merged);
        var renewal = ReadRenewal(merged);
        var transfer = ReadTransfer(merged);
        var addOns = ReadAddOns(merged);
        var labels = ReadLabels(merged);
        var nameservers = ReadNameservers(merged);
        var contacts = ReadContacts(merged);
        var lifecycle = ReadLifecycle(merged);
        var fields = ReadFields(merged);
        _inMerged = false;

        CheckConditions(fields);
        CheckSourceReferences(sources, chain, reportUnused: coverage == "verified");
        var changes = chain is null ? new List<DatedRulesModel>() : ReadChanges(root, chain, ownSources);

        string className = tld is null ? "" : Names.ClassName(tld);
        TldKey? key = null;
        if (tld is not null && tldProperty is not null)
        {
            var typeNames = new List<string> { Names.DefinitionName(className) };
            foreach (var op in RequestOperations(transfer))
                typeNames.Add(className + op + "Request");
            foreach (var field in fields)
                if (field.Type == "select") typeNames.Add(className + field.PropertyName);
            key = new TldKey(_path, claimed.ToEquatableArray(), className, typeNames.ToEquatableArray(), SpanOf(tldProperty.Value));
        }

        if (_hasErrors || tld is null || unicodeTld is null)
            return Result(null, key);

        var model = new TldModel(tld, unicodeTld, className, aliases.ToEquatableArray(), kind, registryOperator, displayName,
            sources.Select(s => s.Model).ToEquatableArray(), terms, renewal, transfer, addOns, labels, nameservers, contacts, lifecycle,
            fields.ToEquatableArray(), coverage, closedReason, facts.ToEquatableArray(), changes.ToEquatableArray(),
            facts.All(f => f.Profile is not null) ? TemplateName(root) : null);
        return Result(model, key);
    }

    /// <summary>
    /// The shared template of a file stating no facts of its own, named after its extends list: each profile id in
    /// PascalCase, ids joined by '_' (<c>IcannGtld_BackendX</c>); <c>Unknown</c> for a file that extends nothing.
    /// </summary>
    private static string TemplateName(JsonNode root)
    {
        var ids = root.Find("extends")?.Value is { Kind: JsonKind.Array } extends
            ? extends.Items!.Where(i => i.Kind == JsonKind.String).Select(i => string.Concat(i.Text!.Split('-').Select(Names.Pascal))).ToList()
            : new List<string>();
        return ids.Count == 0 ? "Unknown" : "P" + string.Join("_", ids);
    }

    /// <summary>Parses the text; syntax errors and duplicate keys are reported. Null when there is no root object.</summary>
    private JsonNode? Parse()
    {
        var root = JsonParser.Parse(_text, out var parser, Schema.Strings);
        if (root is null)
        {
            var error = parser.Error!.Value;
            Report(TldDiagnostics.InvalidJson, error.Start, error.Length, error.Message);
            return null;
        }
        foreach (var duplicate in parser.DuplicateKeys)
            Report(TldDiagnostics.DuplicateKey, duplicate.NameStart, duplicate.NameEnd - duplicate.NameStart, duplicate.Name);
        if (root.Kind != JsonKind.Object)
        {
            Report(TldDiagnostics.WrongType, root.Start, root.Length, "(root)", "an object", JsonNode.KindName(root.Kind));
            return null;
        }
        return root;
    }

    /// <summary>The operations a TLD gets a request builder for, in emission order.</summary>
    internal static IEnumerable<string> RequestOperations(TransferModel? transfer)
    {
        yield return "Register";
        if (transfer is null || transfer.Supported) yield return "Transfer";
        yield return "Renew";
        yield return "OwnerChange";
    }

    private ParseResult Result(TldModel? model, TldKey? key)
    {
        var ordered = _diagnostics.OrderBy(d => d.Span.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
        return new ParseResult(_path, model, ordered.ToEquatableArray(), key);
    }

    // ---------------------------------------------------------------- names

    private bool ReadTldName(JsonNode node, string property, out string ascii, out string unicode)
    {
        ascii = unicode = "";
        var value = node.Text ?? "";
        if (value.Length == 0) return false; // already reported as empty
        if (value.Length > 253)
        {
            Report(TldDiagnostics.InvalidValue, node, property, "a TLD has at most 253 characters");
            return false;
        }
        if (value[0] == '.')
        {
            Report(TldDiagnostics.InvalidValue, node, property, "write the TLD without a leading dot ('" + value.TrimStart('.') + "')");
            return false;
        }
        var asciiLabels = new List<string>();
        var unicodeLabels = new List<string>();
        foreach (var label in value.Split('.'))
        {
            if (label.Length == 0)
            {
                Report(TldDiagnostics.InvalidValue, node, property, "'" + value + "' has an empty label");
                return false;
            }
            bool isAscii = label.All(c => c < 0x80);
            if (isAscii)
            {
                if (label.Any(c => c >= 'A' && c <= 'Z'))
                {
                    Report(TldDiagnostics.InvalidValue, node, property, "write the TLD in lower case ('" + value.ToLowerInvariant() + "')");
                    return false;
                }
                if (!label.All(c => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') || label[0] == '-' || label[label.Length - 1] == '-')
                {
                    Report(TldDiagnostics.InvalidValue, node, property, "'" + label + "' is not a valid DNS label (letters, digits and inner hyphens only)");
                    return false;
                }
                if (label.StartsWith("xn--", StringComparison.Ordinal))
                {
                    var decoded = Punycode.Decode(label.Substring(4));
                    if (decoded is null || decoded.Length == 0 || decoded.All(c => c < 0x80))
                    {
                        Report(TldDiagnostics.InvalidValue, node, property, "'" + label + "' is not a valid A-label");
                        return false;
                    }
                    unicodeLabels.Add(decoded);
                }
                else
                {
                    unicodeLabels.Add(label);
                }
                asciiLabels.Add(label);
            }
            else
            {
                if (label.Any(c => char.IsWhiteSpace(c) || char.IsUpper(c) || char.IsControl(c)))
                {
                    Report(TldDiagnostics.InvalidValue, node, property, "'" + label + "' is not a lower-case U-label");
                    return false;
                }
                var encoded = Punycode.Encode(label);
                if (encoded is null)
                {
                    Report(TldDiagnostics.InvalidValue, node, property, "'" + label + "' cannot be converted to an A-label");
                    return false;
                }
                asciiLabels.Add("xn--" + encoded);
                unicodeLabels.Add(label);
            }
        }
        if (TldNameRules.Problem(asciiLabels, unicodeLabels) is { } nameProblem) { Report(TldDiagnostics.InvalidTldName, node, TldNameRules.Display(value), nameProblem); return false; }
        ascii = string.Join(".", asciiLabels);
        unicode = string.Join(".", unicodeLabels);
        return true;
    }

    // ---------------------------------------------------------------- sections

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
            if (checkedNode is not null && (!DatePattern.IsMatch(checkedNode.Text!)
                || !DateTime.TryParseExact(checkedNode.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)))
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

    // ---------------------------------------------------------------- fields

    private sealed class FieldEntry
    {
        public FieldEntry(FieldModel model, JsonNode node)
        {
            Model = model;
            Node = node;
        }

        public FieldModel Model { get; }
        public JsonNode Node { get; }
    }

    private readonly List<FieldEntry> _fieldEntries = new List<FieldEntry>();

    private List<FieldModel> ReadFields(JsonNode root)
    {
        var result = new List<FieldModel>();
        var array = Array(root, "fields", minItems: 0);
        if (array is null) return result;
        var names = Reused(ref t_fieldNames);
        foreach (var item in array.Items!)
        {
            if (!ExpectObject(item, "fields[]")) continue;
            CheckObject(item, Schema.Field, item.Start, 1);
            SourceRef(item);
            Note(item);
            var nameNode = String(item, "name");
            var registryName = String(item, "registryName", minLength: 1)?.Text;
            var type = Enum(item, "type", Schema.FieldTypes);
            var display = Enum(item, "display", Schema.SelectDisplays);
            var label = Text(item, "label");
            var description = Text(item, "description");
            var required = Bool(item, "required") ?? false;
            var when = ConditionProperty(item, "requiredWhen");
            var mustBeChecked = Bool(item, "mustBeChecked") ?? false;
            var mustBeCheckedWhen = ConditionProperty(item, "mustBeCheckedWhen");
            var checkedValueNode = String(item, "checkedValue", minLength: 1);
            // uncheckedValue: a string, or null for "send nothing when unticked".
            bool uncheckedIsNull = item.Find("uncheckedValue")?.Value.Kind == JsonKind.Null;
            var uncheckedValueNode = uncheckedIsNull ? null : String(item, "uncheckedValue");
            var pattern = Pattern(item, "pattern");
            var minLength = Int(item, "minLength", 0, int.MaxValue);
            var maxLength = Int(item, "maxLength", 1, int.MaxValue);
            var validator = Enum(item, "validator", Schema.Validators);
            var defaultNode = String(item, "default");
            var operations = EnumItems(item, "operations", Schema.Operations, minItems: 1);
            string? prefill = null, prefillCustom = null;
            var prefillNode = Object(item, "prefill", Schema.Prefill);
            if (prefillNode is not null)
            {
                prefill = Enum(prefillNode, "from", Schema.PrefillSources);
                var customNode = String(prefillNode, "customField", minLength: 1);
                prefillCustom = customNode?.Text;
                if (prefill == "customField" && customNode is null && prefillNode.Find("customField") is null)
                    Report(TldDiagnostics.MissingProperty, item.Find("prefill")!.NameStart, item.Find("prefill")!.NameEnd - item.Find("prefill")!.NameStart, "'prefill' with from=customField", "customField");
            }

            var options = new List<OptionModel>();
            var optionsArray = Array(item, "options", minItems: 1);
            if (optionsArray is not null)
            {
                var values = Reused(ref t_optionValues);
                var raw = new List<(string Value, string RegistryValue, TextModel Label, JsonNode Node, JsonNode? Member)>();
                foreach (var optionNode in optionsArray.Items!)
                {
                    if (!ExpectObject(optionNode, "options[]")) continue;
                    CheckObject(optionNode, Schema.Option, optionNode.Start, 1);
                    var value = String(optionNode, "value", minLength: 1);
                    var registryValue = String(optionNode, "registryValue");
                    var optionLabel = Text(optionNode, "label");
                    var member = String(optionNode, "member", minLength: 1);
                    if (value is null || optionLabel is null) continue;
                    if (!values.Add(value.Text!))
                    {
                        Report(TldDiagnostics.DuplicateName, value, "Option value", value.Text!);
                        continue;
                    }
                    raw.Add((value.Text!, registryValue?.Text ?? value.Text!, optionLabel, optionNode, member));
                }
                // A member may not repeat its enum's name (CS0542): the enum is <Class><Field>.
                string enumName = _className + (nameNode?.Text is { Length: > 0 } n ? Names.Pascal(n) : "");
                options.AddRange(OptionMembers(raw, enumName));
            }

            string? name = nameNode?.Text;
            string propertyName = "";
            if (nameNode is not null)
            {
                if (!FieldNamePattern.IsMatch(name!))
                {
                    Report(TldDiagnostics.InvalidIdentifier, nameNode, "field name '" + name + "' does not make a C# identifier: use camelCase letters and digits starting with a lower-case letter (legalType)");
                    name = null;
                }
                else if (!names.Add(name!))
                {
                    Report(TldDiagnostics.DuplicateName, nameNode, "Field name", name!);
                    name = null;
                }
                else
                {
                    propertyName = Names.Pascal(name!);
                    // Also no enum <Class><Field> that would repeat a request class name <Class><Operation>Request.
                    if (ReservedNames.RequestMembers.Contains(propertyName))
                    {
                        Report(TldDiagnostics.InvalidIdentifier, nameNode, "field name '" + name + "' collides with the request builder member '" + propertyName + "'");
                        name = null;
                    }
                }
            }

            if (propertyName == ReservedNames.IdnLanguageProperty && type is not null && type != "text" && nameNode is not null)
            {
                Report(TldDiagnostics.InvalidIdentifier, nameNode, "a field named 'idnLanguage' carries the order's IDN language tag and must be a text field, not " + type);
                name = null;
            }

            // Consistency of the field's rules with its type.
            if (type is not null)
            {
                void NotFor(string property, string why)
                {
                    var p = item.Find(property);
                    if (p is not null) Report(TldDiagnostics.ImpossibleRule, p.NameStart, p.NameEnd - p.NameStart, "'" + property + "' " + why);
                }
                // The message is only built when the property is there (most fields have none of these).
                void OnlyFor(string property, string fieldKind)
                {
                    if (item.Find(property) is not null) NotFor(property, "only applies to " + fieldKind + " fields, not to a " + type + " field");
                }
                if (type == "select")
                {
                    if (item.Find("options") is null)
                        Report(TldDiagnostics.MissingProperty, nameNode ?? item, "A select field", "options");
                }
                else
                {
                    OnlyFor("options", "select");
                    OnlyFor("display", "select");
                }
                if (type != "checkbox")
                {
                    OnlyFor("mustBeChecked", "checkbox");
                    OnlyFor("mustBeCheckedWhen", "checkbox");
                    OnlyFor("checkedValue", "checkbox");
                    OnlyFor("uncheckedValue", "checkbox");
                }
                else
                {
                    if (mustBeChecked && mustBeCheckedWhen is not null)
                        NotFor("mustBeCheckedWhen", "is set together with 'mustBeChecked': true, so the condition would never matter");
                    if (checkedValueNode is not null && uncheckedValueNode is not null && checkedValueNode.Text == uncheckedValueNode.Text)
                        NotFor("uncheckedValue", "equals 'checkedValue' ('" + checkedValueNode.Text + "'): the registry could not tell a ticked box from an unticked one");
                }
                if (type != "text")
                {
                    OnlyFor("pattern", "text");
                    OnlyFor("minLength", "text");
                    OnlyFor("maxLength", "text");
                    OnlyFor("validator", "text");
                }
                if (type == "display")
                {
                    NotFor("required", "cannot apply to a display field: it is never sent");
                    NotFor("requiredWhen", "cannot apply to a display field: it is never sent");
                }
                if (minLength is not null && maxLength is not null && minLength > maxLength)
                    NotFor("minLength", "(" + minLength.Value.ToString(CultureInfo.InvariantCulture) + ") is greater than maxLength (" + maxLength.Value.ToString(CultureInfo.InvariantCulture) + ")");
                if (required && when is not null)
                    NotFor("requiredWhen", "is set together with 'required': true, so the condition would never matter");
                if (defaultNode is not null)
                {
                    var d = defaultNode.Text!;
                    if (type == "select" && optionsArray is not null && options.Count > 0 && !options.Any(o => o.Value == d))
                        Report(TldDiagnostics.ImpossibleRule, defaultNode, "the default '" + d + "' is not among the options (" + string.Join(", ", options.Select(o => o.Value)) + ")");
                    else if (type == "checkbox" && d != "true" && d != "false")
                        Report(TldDiagnostics.ImpossibleRule, defaultNode, "a checkbox default must be 'true' or 'false', not '" + d + "'");
                    else if (type == "text" && pattern is not null && d.Length > 0 && !SafeMatch(pattern, d))
                        Report(TldDiagnostics.ImpossibleRule, defaultNode, "the default '" + d + "' does not match the field's pattern");
                }
            }

            if (name is null || type is null || label is null) continue;
            var model = new FieldModel(name, propertyName, registryName, type, display, label, description, options.ToEquatableArray(),
                required, when, mustBeChecked,
                type == "checkbox" ? mustBeCheckedWhen : null,
                type == "checkbox" ? checkedValueNode?.Text ?? "1" : null,
                type == "checkbox" && !uncheckedIsNull ? uncheckedValueNode?.Text ?? "0" : null,
                pattern, minLength, maxLength, validator, defaultNode?.Text, prefill, prefillCustom,
                operations.ToEquatableArray());
            result.Add(model);
            _fieldEntries.Add(new FieldEntry(model, item));
        }
        return result;
    }

    private static bool SafeMatch(string pattern, string value)
    {
        try
        {
            return Regex.IsMatch(value, "\\A(?:" + pattern + ")\\z", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));
        }
        catch (RegexMatchTimeoutException)
        {
            return false; // a timeout is never a match: the default is reported as not matching
        }
        catch (Exception)
        {
            return true;
        }
    }

    // ---------------------------------------------------------------- conditions

    private sealed class PendingCondition
    {
        public PendingCondition(JsonNode fieldNode, List<JsonNode> valueNodes, bool isChecked)
        {
            FieldNode = fieldNode;
            ValueNodes = valueNodes;
            IsChecked = isChecked;
        }

        public JsonNode FieldNode { get; }
        public List<JsonNode> ValueNodes { get; }
        public bool IsChecked { get; }
    }

    private ConditionModel? ConditionProperty(JsonNode obj, string name)
    {
        var property = obj.Find(name);
        if (property is null) return null;
        return Condition(property.Value, name, property.NameStart, property.NameEnd - property.NameStart, 0);
    }

    private ConditionModel? Condition(JsonNode node, string name, int anchorStart, int anchorLength, int depth)
    {
        if (!ExpectObject(node, name)) return null;
        if (depth > 16)
        {
            Report(TldDiagnostics.ImpossibleRule, node, "conditions are nested too deeply");
            return null;
        }
        CheckObject(node, Schema.Condition, anchorStart, anchorLength);
        var props = node.Properties!;
        if (props.Length == 0)
        {
            Report(TldDiagnostics.ImpossibleRule, node, "an empty condition: use one of field, registrantType, registrantCountryIn, registrantCountryNotIn, allOf, anyOf, not");
            return null;
        }
        var known = props.Where(p => Schema.Condition.Properties.Contains(p.Name)).ToList();
        var heads = known.Where(p => p.Name is "field" or "registrantType" or "registrantCountryIn" or "registrantCountryNotIn" or "allOf" or "anyOf" or "not").ToList();
        var tests = known.Where(p => p.Name is "equals" or "in" or "notIn" or "checked").ToList();
        if (heads.Count == 0)
        {
            if (tests.Count > 0)
                Report(TldDiagnostics.MissingProperty, tests[0].NameStart, tests[0].NameEnd - tests[0].NameStart, "A condition with '" + tests[0].Name + "'", "field");
            return null;
        }
        if (heads.Count > 1)
        {
            Report(TldDiagnostics.ImpossibleRule, heads[1].NameStart, heads[1].NameEnd - heads[1].NameStart,
                "a condition has exactly one of field, registrantType, registrantCountryIn, registrantCountryNotIn, allOf, anyOf, not; wrap several in allOf or anyOf");
            return null;
        }
        var head = heads[0];
        if (head.Name != "field" && tests.Count > 0)
        {
            Report(TldDiagnostics.ImpossibleRule, tests[0].NameStart, tests[0].NameEnd - tests[0].NameStart, "'" + tests[0].Name + "' only goes with 'field'");
            return null;
        }
        switch (head.Name)
        {
            case "field":
            {
                var fieldNode = String(node, "field", minLength: 1);
                if (fieldNode is null) return null;
                if (tests.Count == 0)
                {
                    Report(TldDiagnostics.MissingProperty, head.NameStart, head.NameEnd - head.NameStart, "A condition on 'field'", "equals");
                    return null;
                }
                if (tests.Count > 1)
                {
                    Report(TldDiagnostics.ImpossibleRule, tests[1].NameStart, tests[1].NameEnd - tests[1].NameStart, "use only one of equals, in, notIn, checked");
                    return null;
                }
                var test = tests[0];
                switch (test.Name)
                {
                    case "equals":
                    {
                        var v = String(node, "equals");
                        if (v is null) return null;
                        _conditions.Add(new PendingCondition(fieldNode, new List<JsonNode> { v }, false));
                        return new ConditionModel(ConditionKind.FieldIn, fieldNode.Text, new EquatableArray<string>(new[] { v.Text! }), false, EquatableArray<ConditionModel>.Empty);
                    }
                    case "in":
                    case "notIn":
                    {
                        var items = StringItems(node, test.Name, 1, unique: true, what: "Value");
                        if (items.Count == 0) return null;
                        _conditions.Add(new PendingCondition(fieldNode, items, false));
                        return new ConditionModel(test.Name == "in" ? ConditionKind.FieldIn : ConditionKind.FieldNotIn, fieldNode.Text,
                            items.Select(i => i.Text!).ToEquatableArray(), false, EquatableArray<ConditionModel>.Empty);
                    }
                    default:
                    {
                        var c = Bool(node, "checked");
                        if (c is null) return null;
                        _conditions.Add(new PendingCondition(fieldNode, new List<JsonNode> { test.Value }, true));
                        return new ConditionModel(ConditionKind.FieldChecked, fieldNode.Text, EquatableArray<string>.Empty, c.Value, EquatableArray<ConditionModel>.Empty);
                    }
                }
            }
            case "registrantType":
            {
                var t = Enum(node, "registrantType", Schema.RegistrantTypes);
                if (t is null) return null;
                return new ConditionModel(ConditionKind.RegistrantType, null, new EquatableArray<string>(new[] { t }), false, EquatableArray<ConditionModel>.Empty);
            }
            case "registrantCountryIn":
            case "registrantCountryNotIn":
            {
                var countries = new List<string>();
                foreach (var c in StringItems(node, head.Name, 1, unique: true, what: "Country"))
                {
                    if (!CountryPattern.IsMatch(c.Text!)) Report(TldDiagnostics.InvalidValue, c, head.Name, "expected an upper-case ISO 3166-1 alpha-2 code such as 'CA'");
                    else countries.Add(c.Text!);
                }
                if (countries.Count == 0) return null;
                return new ConditionModel(head.Name == "registrantCountryIn" ? ConditionKind.RegistrantCountryIn : ConditionKind.RegistrantCountryNotIn,
                    null, countries.ToEquatableArray(), false, EquatableArray<ConditionModel>.Empty);
            }
            case "allOf":
            case "anyOf":
            {
                var array = Array(node, head.Name, minItems: 1);
                if (array is null || array.Items!.Length == 0) return null;
                var children = new List<ConditionModel>(array.Items.Length);
                var childName = head.Name + "[]"; // once per list, not per child
                foreach (var child in array.Items)
                {
                    var c = Condition(child, childName, child.Start, 1, depth + 1);
                    if (c is null) return null;
                    children.Add(c);
                }
                return new ConditionModel(head.Name == "allOf" ? ConditionKind.AllOf : ConditionKind.AnyOf, null, EquatableArray<string>.Empty, false, children.ToEquatableArray());
            }
            default:
            {
                var inner = Condition(head.Value, "not", head.NameStart, head.NameEnd - head.NameStart, depth + 1);
                if (inner is null) return null;
                return new ConditionModel(ConditionKind.Not, null, EquatableArray<string>.Empty, false, new EquatableArray<ConditionModel>(new[] { inner }));
            }
        }
    }

    private void CheckConditions(List<FieldModel> fields)
    {
        var byName = new Dictionary<string, FieldModel>(StringComparer.Ordinal);
        foreach (var f in fields) byName[f.Name] = f;
        foreach (var pending in _conditions)
        {
            var name = pending.FieldNode.Text!;
            if (!byName.TryGetValue(name, out var field))
            {
                var suggestion = Names.Suggest(name, byName.Keys);
                Report(TldDiagnostics.UnknownReference, pending.FieldNode, "Field", name, suggestion is null ? "" : "; did you mean '" + suggestion + "'?");
                continue;
            }
            if (pending.IsChecked)
            {
                if (field.Type != "checkbox")
                    Report(TldDiagnostics.ImpossibleRule, pending.ValueNodes[0], "'checked' tests a checkbox, but '" + name + "' is a " + field.Type + " field");
                continue;
            }
            if (field.Type == "checkbox" || field.Type == "display")
            {
                Report(TldDiagnostics.ImpossibleRule, pending.ValueNodes[0], "'" + name + "' is a " + field.Type + " field; " + (field.Type == "checkbox" ? "test it with 'checked'" : "it carries no value"));
                continue;
            }
            if (field.Type != "select") continue; // text fields compare with any value
            foreach (var valueNode in pending.ValueNodes)
            {
                var value = valueNode.Text!;
                if (field.Options.Any(o => o.Value == value)) continue;
                var suggestion = Names.Suggest(value, field.Options.Select(o => o.Value));
                Report(TldDiagnostics.UnknownReference, valueNode, "Option value", value,
                    " for field '" + name + "'" + (suggestion is null ? "" : "; did you mean '" + suggestion + "'?"));
            }
        }
    }

    /// <summary>
    /// Every cited source id must be the file's own or one of a profile it extends (<paramref name="chain"/>). An
    /// own source nobody cites is a warning where the file claims researched rules (<paramref name="reportUnused"/>):
    /// a baseline or unverified file lists its root-zone entry, which backs the file's existence, not a rule.
    /// </summary>
    private void CheckSourceReferences(List<SourceEntry> sources, IReadOnlyList<Profile>? chain, bool reportUnused)
    {
        var ids = new HashSet<string>(sources.Select(s => s.Model.Id), StringComparer.Ordinal);
        if (chain is not null)
            foreach (var profile in chain) ids.UnionWith(profile.SourceIds);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, node) in _sourceRefs)
        {
            used.Add(id);
            if (ids.Contains(id)) continue;
            var suggestion = Names.Suggest(id, ids);
            Report(TldDiagnostics.UnknownReference, node, "Source", id, suggestion is null ? "" : "; did you mean '" + suggestion + "'?");
        }
        if (!reportUnused) return;
        foreach (var source in sources)
            if (!used.Contains(source.Model.Id))
                Report(TldDiagnostics.UnusedSource, source.Node, source.Model.Id);
    }

    // ---------------------------------------------------------------- typed access

    // Sets for duplicate checks (source ids, field names, option values, items of a string list), one of each per
    // thread, emptied before each use rather than allocated (and grown) for every list of every file. None is
    // used inside another use of itself, and none escapes the method that fills it.
    [ThreadStatic] private static HashSet<string>? t_sourceIds;
    [ThreadStatic] private static HashSet<string>? t_fieldNames;
    [ThreadStatic] private static HashSet<string>? t_optionValues;
    [ThreadStatic] private static HashSet<string>? t_stringItems;

    private static HashSet<string> Reused(ref HashSet<string>? set)
    {
        // A set grown large by an unusual file is dropped rather than kept for the thread's lifetime.
        if (set is null || set.Count > 1024) set = new HashSet<string>(StringComparer.Ordinal);
        else set.Clear();
        return set;
    }

    private void CheckObject(JsonNode obj, ObjectSchema schema, int anchorStart, int anchorLength)
    {
        foreach (var property in obj.Properties!)
        {
            if (System.Array.IndexOf(schema.Properties, property.Name) >= 0) continue;
            var suggestion = Names.Suggest(property.Name, schema.Properties);
            Report(TldDiagnostics.UnknownProperty, property.NameStart, property.NameEnd - property.NameStart,
                property.Name, schema.Name, suggestion is null ? "" : "; did you mean '" + suggestion + "'?");
        }
        foreach (var required in schema.Required)
            if (obj.Find(required) is null)
                Report(TldDiagnostics.MissingProperty, anchorStart, anchorLength, Capitalize(schema.Name), required);
    }

    private static string Capitalize(string s) => s.Length > 0 && char.IsLower(s[0]) ? char.ToUpperInvariant(s[0]) + s.Substring(1) : s;

    private bool ExpectObject(JsonNode node, string name)
    {
        if (node.Kind == JsonKind.Object) return true;
        Report(TldDiagnostics.WrongType, node, name, "an object", JsonNode.KindName(node.Kind));
        return false;
    }

    private JsonNode? Object(JsonNode parent, string name, ObjectSchema schema)
    {
        var property = parent.Find(name);
        if (property is null) return null;
        if (!ExpectObject(property.Value, name)) return null;
        CheckObject(property.Value, schema, property.NameStart, property.NameEnd - property.NameStart);
        return property.Value;
    }

    /// <summary>
    /// A top-level section. Sections of a merged root were checked layer by layer when they were merged
    /// (<see cref="MergeLayers"/>), so only their type is checked here; everything else is <see cref="Object"/>.
    /// </summary>
    private JsonNode? Section(JsonNode parent, string name, ObjectSchema schema)
    {
        if (!_inMerged) return Object(parent, name, schema);
        var property = parent.Find(name);
        if (property is null) return null;
        return ExpectObject(property.Value, name) ? property.Value : null;
    }

    // True while the sections and fields of a merged root are read.
    private bool _inMerged;

    private JsonNode? Array(JsonNode parent, string name, int minItems)
    {
        var property = parent.Find(name);
        if (property is null) return null;
        var value = property.Value;
        if (value.Kind != JsonKind.Array)
        {
            Report(TldDiagnostics.WrongType, value, name, "an array", JsonNode.KindName(value.Kind));
            return null;
        }
        if (value.Items!.Length < minItems)
            Report(TldDiagnostics.ImpossibleRule, value, "'" + name + "' needs at least " + minItems.ToString(CultureInfo.InvariantCulture) + " item(s)");
        return value;
    }

    /// <summary>
    /// The C# member of each option: its "member" when stated (PascalCase, unique in the field), else made from its
    /// value, never from its label, so that editing or translating a label never renames a member. A made name gives
    /// way to the stated ones and to earlier made ones (Company2).
    /// </summary>
    private List<OptionModel> OptionMembers(List<(string Value, string RegistryValue, TextModel Label, JsonNode Node, JsonNode? Member)> raw, string enumName)
    {
        var stated = new HashSet<string>(StringComparer.Ordinal);
        var named = new List<(int Index, string Member, bool Stated)>();
        for (int i = 0; i < raw.Count; i++)
        {
            var (value, _, _, node, memberNode) = raw[i];
            if (memberNode is not null)
            {
                var member = memberNode.Text!;
                if (!MemberPattern.IsMatch(member))
                    Report(TldDiagnostics.InvalidIdentifier, memberNode, "member '" + member + "' of option '" + value + "' is not a C# member name: use PascalCase letters and digits starting with an upper-case letter (Corporation)");
                else if (member == enumName)
                    Report(TldDiagnostics.InvalidIdentifier, memberNode, "member '" + member + "' of option '" + value + "' repeats the name of its enum");
                else if (!stated.Add(member))
                    Report(TldDiagnostics.InvalidIdentifier, memberNode, "member '" + member + "' of option '" + value + "' is already the member of another option of this field");
                else
                    named.Add((i, member, true));
                continue;
            }
            var fromValue = Names.MemberFromValue(value);
            if (fromValue.Length == 0)
                Report(TldDiagnostics.InvalidIdentifier, node, "option '" + value + "' gives no C# member name: its value has no ASCII letters or digits, so name one with \"member\"");
            else
                named.Add((i, fromValue == enumName ? fromValue + "Option" : fromValue, false));
        }
        var made = Names.Uniquify(named.Where(n => !n.Stated).Select(n => n.Member), taken: stated);
        var options = new List<OptionModel>(named.Count);
        int next = 0;
        foreach (var (index, member, isStated) in named)
            options.Add(new OptionModel(raw[index].Value, raw[index].RegistryValue, raw[index].Label, isStated ? member : made[next++]));
        return options;
    }

    private JsonNode? String(JsonNode parent, string name, int minLength = 0)
    {
        var property = parent.Find(name);
        if (property is null) return null;
        var value = property.Value;
        if (value.Kind != JsonKind.String)
        {
            Report(TldDiagnostics.WrongType, value, name, "a string", JsonNode.KindName(value.Kind));
            return null;
        }
        if (value.TextLength < minLength)
        {
            Report(TldDiagnostics.InvalidValue, value, name, "must not be empty");
            return null;
        }
        return value;
    }

    private bool? Bool(JsonNode parent, string name)
    {
        var property = parent.Find(name);
        if (property is null) return null;
        var value = property.Value;
        if (value.Kind == JsonKind.True) return true;
        if (value.Kind == JsonKind.False) return false;
        Report(TldDiagnostics.WrongType, value, name, "a boolean (true or false)", JsonNode.KindName(value.Kind));
        return null;
    }

    private int? Int(JsonNode parent, string name, int min, int max)
    {
        var property = parent.Find(name);
        if (property is null) return null;
        var value = IntValue(property.Value, name);
        if (value is null) return null;
        if (value < min || value > max)
        {
            Report(TldDiagnostics.InvalidValue, property.Value, name, max == int.MaxValue
                ? "must be at least " + min.ToString(CultureInfo.InvariantCulture)
                : "must be between " + min.ToString(CultureInfo.InvariantCulture) + " and " + max.ToString(CultureInfo.InvariantCulture));
            return null;
        }
        return value;
    }

    private int? IntValue(JsonNode node, string name)
    {
        if (node.Kind != JsonKind.Number)
        {
            Report(TldDiagnostics.WrongType, node, name, "an integer", JsonNode.KindName(node.Kind));
            return null;
        }
        if (!int.TryParse(node.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result))
        {
            bool fractional = node.Text!.IndexOfAny(new[] { '.', 'e', 'E' }) >= 0;
            if (fractional) Report(TldDiagnostics.WrongType, node, name, "an integer", "a fractional number");
            else Report(TldDiagnostics.InvalidValue, node, name, "the number is too large");
            return null;
        }
        return result;
    }

    private string? Enum(JsonNode parent, string name, string[] allowed)
    {
        var node = String(parent, name);
        if (node is null) return null;
        return EnumValue(node, name, allowed);
    }

    private string? EnumValue(JsonNode node, string name, string[] allowed)
    {
        if (System.Array.IndexOf(allowed, node.Text) >= 0) return node.Text;
        var suggestion = Names.Suggest(node.Text!, allowed);
        Report(TldDiagnostics.InvalidValue, node, name, "'" + node.Text + "' is not one of " + string.Join(", ", allowed)
            + (suggestion is null ? "" : "; did you mean '" + suggestion + "'?"));
        return null;
    }

    private List<JsonNode> StringItems(JsonNode parent, string name, int minItems, bool unique, string what)
    {
        var result = new List<JsonNode>();
        var array = Array(parent, name, minItems);
        if (array is null) return result;
        var seen = Reused(ref t_stringItems);
        foreach (var item in array.Items!)
        {
            if (item.Kind != JsonKind.String)
            {
                Report(TldDiagnostics.WrongType, item, name + "[]", "a string", JsonNode.KindName(item.Kind));
                continue;
            }
            if (item.Text!.Length == 0)
            {
                Report(TldDiagnostics.InvalidValue, item, name, "must not be empty");
                continue;
            }
            if (unique && !seen.Add(item.Text))
            {
                Report(TldDiagnostics.DuplicateName, item, what, item.Text);
                continue;
            }
            result.Add(item);
        }
        return result;
    }

    private List<string> EnumItems(JsonNode parent, string name, string[] allowed, int minItems)
    {
        var result = new List<string>();
        foreach (var item in StringItems(parent, name, minItems, unique: true, what: "Value"))
        {
            var value = EnumValue(item, name, allowed);
            if (value is not null) result.Add(value);
        }
        return result;
    }

    private TextModel? Text(JsonNode parent, string name)
    {
        var node = Object(parent, name, Schema.LocalizedText);
        if (node is null) return null;
        var en = String(node, "en", minLength: 1)?.Text;
        var de = String(node, "de", minLength: 1)?.Text;
        var fr = String(node, "fr", minLength: 1)?.Text;
        var ar = String(node, "ar", minLength: 1)?.Text;
        return en is null ? null : new TextModel(en, de, fr, ar);
    }

    private string? Pattern(JsonNode parent, string name)
    {
        var node = String(parent, name, minLength: 1);
        if (node is null) return null;
        var problem = PatternProblem(node.Text!);
        if (problem is null && PatternSafety.Problem(node.Text!) is { } unsafePattern) { Report(TldDiagnostics.CatastrophicPattern, node, node.Text!, unsafePattern); return null; }
        if (problem is null) return node.Text;
        Report(TldDiagnostics.InvalidRegex, node, node.Text!, problem);
        return null;
    }

    /// <summary>
    /// Why .NET cannot compile <paramref name="pattern"/>, or null when it can. A pure function of the
    /// pattern, so results are kept (up to <see cref="MaxCheckedPatterns"/>): building a Regex only to
    /// see that it compiles costs more than the rest of a field, and TLD files share many patterns.
    /// </summary>
    private static string? PatternProblem(string pattern)
    {
        if (s_checkedPatterns.TryGetValue(pattern, out var known)) return known.Problem;
        string? problem = null;
        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant);
        }
        catch (ArgumentException ex)
        {
            problem = RegexMessage(ex.Message);
        }
        if (s_checkedPatterns.Count < MaxCheckedPatterns) s_checkedPatterns.TryAdd(pattern, new CheckedPattern(problem));
        return problem;
    }

    private const int MaxCheckedPatterns = 4096;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, CheckedPattern> s_checkedPatterns =
        new System.Collections.Concurrent.ConcurrentDictionary<string, CheckedPattern>(StringComparer.Ordinal);

    private sealed class CheckedPattern
    {
        public CheckedPattern(string? problem) => Problem = problem;

        public string? Problem { get; }
    }

    private static string RegexMessage(string message)
    {
        // "Invalid pattern '(' at offset 1. Not enough )'s." → keep the reason.
        int dot = message.IndexOf(". ", StringComparison.Ordinal);
        return dot >= 0 && message.StartsWith("Invalid pattern", StringComparison.Ordinal) ? message.Substring(dot + 2) : message;
    }

    private void SourceRef(JsonNode parent)
    {
        var property = parent.Find("source");
        if (property is null) return;
        var value = property.Value;
        if (value.Kind == JsonKind.String)
        {
            if (value.Text!.Length == 0) Report(TldDiagnostics.InvalidValue, value, "source", "must not be empty");
            else _sourceRefs.Add((value.Text, value));
            return;
        }
        if (value.Kind == JsonKind.Array)
        {
            if (value.Items!.Length == 0) Report(TldDiagnostics.InvalidValue, value, "source", "list at least one source id");
            foreach (var item in StringItems(parent, "source", 0, unique: true, what: "Source reference"))
                _sourceRefs.Add((item.Text!, item));
            return;
        }
        Report(TldDiagnostics.WrongType, value, "source", "a source id or an array of source ids", JsonNode.KindName(value.Kind));
    }

    private void Note(JsonNode parent) => String(parent, "note");

    // ---------------------------------------------------------------- reporting

    private void Report(TldDiagnostic descriptor, JsonNode node, params string[] args)
    {
        // A problem found in a profile's fact (a combination no single file shows) is reported at this file's 'extends'.
        if (_chain is not null && _foreignAnchor is { } anchor)
            foreach (var profile in _chain)
                if (profile.Owns(node))
                {
                    Report(descriptor, anchor.NameStart, anchor.NameEnd - anchor.NameStart, args);
                    return;
                }
        Report(descriptor, node.Start, node.Length, args);
    }

    // The profiles merged into this file, and its 'extends' property, once resolved.
    private IReadOnlyList<Profile>? _chain;
    private JsonProperty? _foreignAnchor;

    private void Report(TldDiagnostic descriptor, int start, int length, params string[] args)
    {
        if (!descriptor.IsWarning) _hasErrors = true;
        _diagnostics.Add(new DiagnosticInfo(descriptor.Id, Span(start, length), new EquatableArray<string>(args)));
    }

    private SourceSpan SpanOf(JsonNode node) => Span(node.Start, node.Length);

    private SourceSpan Span(int start, int length)
    {
        if (start < 0) start = 0;
        if (start > _text.Length) start = _text.Length;
        if (length < 0) length = 0;
        if (start + length > _text.Length) length = _text.Length - start;
        var (sl, sc) = Position(start);
        var (el, ec) = Position(start + length);
        return new SourceSpan(_path, start, length, sl, sc, el, ec);
    }

    private (int Line, int Column) Position(int offset)
    {
        var text = _text;
        int line = _cursorLine, lineStart = _cursorLineStart;
        if (offset < lineStart)
        {
            line = 0;
            lineStart = 0;
        }
        for (int i = lineStart; i < offset; i++)
        {
            char c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                if (i + 1 <= offset)
                {
                    line++;
                    lineStart = i + 1;
                }
            }
            else if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085')
            {
                line++;
                lineStart = i + 1;
            }
        }
        _cursorLine = line;
        _cursorLineStart = lineStart;
        return (line, offset - lineStart);
    }
}
