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
    private static readonly Regex CountryPattern = new Regex("^[A-Z]{2}$", RegexOptions.CultureInvariant);
    private static readonly Regex ScriptPattern = new Regex("^[A-Z][a-z]{3}$", RegexOptions.CultureInvariant);
    private static readonly Regex FieldNamePattern = new Regex("^[a-z][A-Za-z0-9]*$", RegexOptions.CultureInvariant);
    // Upper-case first: never a C# keyword (they are all lower case), and the PascalCase of .NET enum members.
    private static readonly Regex MemberPattern = new Regex("^[A-Z][A-Za-z0-9]*$", RegexOptions.CultureInvariant);

    /// <summary>
    /// A calendar date written YYYY-MM-DD (sources' <c>checked</c>, dated changes, audits). Checked by hand: the reader
    /// meets one per source, and <c>DateTime.TryParseExact</c> was a twentieth of reading a large set.
    /// </summary>
    internal static bool IsDate(string text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-') return false;
        for (int i = 0; i < text.Length; i++)
            if (i != 4 && i != 7 && (text[i] < '0' || text[i] > '9')) return false;
        int year = Digits(text, 0, 4), month = Digits(text, 5, 2), day = Digits(text, 8, 2);
        return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    private static int Digits(string text, int start, int count)
    {
        int value = 0;
        for (int i = start; i < start + count; i++) value = value * 10 + (text[i] - '0');
        return value;
    }

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
                if (field.Type == FieldKind.Select) typeNames.Add(className + field.PropertyName);
            key = new TldKey(_path, claimed.ToEquatableArray(), className, typeNames.ToEquatableArray(), SpanOf(tldProperty.Value));
        }

        if (_hasErrors || tld is null || unicodeTld is null)
            return Result(null, key);

        var model = new TldModel(tld, unicodeTld, className, aliases.ToEquatableArray(), kind, registryOperator, displayName,
            sources.Select(s => s.Model).ToEquatableArray(), terms, renewal, transfer, addOns, labels, nameservers, contacts, lifecycle,
            fields.ToEquatableArray(), ModelWords.Coverage(coverage), closedReason, facts.ToEquatableArray(), changes.ToEquatableArray(),
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
}
