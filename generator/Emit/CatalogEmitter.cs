using System.Collections.Generic;
using System.Linq;
using TldToolkit.Generator.Model;
using TldToolkit.Generator.Parsing;

namespace TldToolkit.Generator.Emit;

/// <summary>
/// One catalog entry: what the <c>Tlds</c> class needs of a TLD, built once per TLD in its own cached step. A typed
/// TLD's definition is its class's instance; a data-only TLD's is its data: <see cref="Json"/> without the sources,
/// which the catalog adds (<see cref="DataWriter.WithSources"/>) so that a source many TLDs cite is written once.
/// </summary>
internal sealed record CatalogEntry(string Tld, string UnicodeTld, string ClassName, string? DisplayName, bool Typed,
    string? Template, string Json, EquatableArray<SourceModel> Sources)
{
    public static CatalogEntry Of(TldModel m)
    {
        bool typed = TldEmitter.HasTypedSurface(m);
        return new CatalogEntry(m.Tld, m.UnicodeTld, m.ClassName, m.DisplayName, typed, m.Template,
            typed ? "" : DataWriter.Tld(m, withSources: false), typed ? EquatableArray<SourceModel>.Empty : m.Sources);
    }
}

/// <summary>Emits the static <c>Tlds</c> class: every TLD's definition (data-only TLDs as their data), the catalog and a field per TLD.</summary>
internal static class CatalogEmitter
{
    private const string Rt = TldEmitter.Rt;

    public static string Emit(IEnumerable<CatalogEntry> entries, string ns, string version)
    {
        var list = entries.OrderBy(e => e.Tld, System.StringComparer.Ordinal).ToList();
        var w = new SourceWriter();
        TldEmitter.WriteFileHeader(w, ns);
        w.Line("/// <summary>The TLDs compiled into this assembly: a catalog for lookups and generic validation, and a field per TLD.</summary>");
        w.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"TldToolkit.Generator\", \"" + version + "\")]");
        w.Open("public static partial class Tlds");
        // The sources two or more data-only TLDs cite (the ICANN gTLD list, a backend's documentation), written once.
        var sharedList = list.SelectMany(e => e.Sources).GroupBy(s => s).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        var shared = new Dictionary<SourceModel, int>();
        for (int i = 0; i < sharedList.Count; i++) shared[sharedList[i]] = i;
        var dataOnly = list.Where(e => !e.Typed).ToList();
        var typed = list.Where(e => e.Typed).ToList();
        if (dataOnly.Count > 0)
        {
            w.Line("private static readonly ", Rt, ".Generated.SourceTable s_sources = new(", TldEmitter.DataLiteral(DataWriter.SourceTable(sharedList), utf8: false), ");");
            w.Line();
            // One line per data-only TLD, in TLD order (the format: runtime/TldToolkit.Runtime/Generated/TldDataReader.cs);
            // a line names the template it derives from. One literal and one call, however many TLDs: the compiler binds little.
            TldEmitter.WriteDataLines(w, "s_data", dataOnly.Select(e => DataWriter.WithSources(e.Json, e.Sources, shared)));
            w.Line();
            var templates = dataOnly.Any(e => e.Template is not null) ? "TldProfileTemplates.ByName" : "null";
            w.Line("private static readonly ", Rt, ".Generated.DataTld[] s_dataOnly = ", Rt, ".Generated.DataTld.FromLines(new(s_data), s_sources, ", templates, ");");
            w.Line();
        }
        // The TLDs with a typed surface: their classes' instances.
        w.Open("private static readonly " + Rt + ".Catalog.ITldDefinition[] s_typed = new " + Rt + ".Catalog.ITldDefinition[]");
        foreach (var e in typed) w.Line(Definition(e, ns), ",");
        w.Close(";");
        w.Line();
        w.Line("/// <summary>");
        w.Line("/// Every TLD of this assembly (" + list.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + "): find one by TLD (\"ca\", \".CA\", \"рф\"), by domain");
        w.Line("/// (longest suffix), or validate and build orders that arrive as data.");
        w.Line("/// </summary>");
        w.Line("public static ", Rt, ".Catalog.TldCatalog Catalog { get; } = new ", Rt, ".Catalog.TldCatalog(",
            dataOnly.Count > 0 ? "global::System.Linq.Enumerable.Concat<" + Rt + ".Catalog.ITldDefinition>(s_dataOnly, s_typed)" : "s_typed", ");");
        // Fields, not properties: a property is a getter method the compiler binds and emits, and 1,400 of them took a
        // fifth of the catalog's compile (docs/benchmarks.md). Initialised after s_dataOnly and s_typed, in text order.
        int line = 0;
        foreach (var e in list)
        {
            var type = e.Typed ? "global::" + ns + "." + Names.DefinitionName(e.ClassName) : Rt + ".Catalog.ITldDefinition";
            var value = e.Typed ? Definition(e, ns) : "s_dataOnly[" + (line++).ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
            w.Line();
            w.Line("/// <summary>." + Literals.Xml(e.UnicodeTld) + (e.DisplayName is null ? "" : " (" + Literals.Xml(e.DisplayName) + ")") + ".</summary>");
            w.Line("public static readonly ", type, " ", e.ClassName, " = ", value, ";");
        }
        w.Close();
        return w.ToString();
    }

    private static string Definition(CatalogEntry e, string ns) => "global::" + ns + "." + Names.DefinitionName(e.ClassName) + ".Instance";
}
