using System.Collections.Generic;
using System.Linq;

namespace TldToolkit.Generator.Emit;

/// <summary>
/// Emits <c>TldProfileTemplates</c>: per template, the data (sections, facts, dated changes, fields) that every TLD
/// file extending the same profiles without facts of its own derives from, written once whatever the number of files.
/// </summary>
internal static class TemplateEmitter
{
    public static string Emit(IEnumerable<Model.TemplateModel> templates, string ns, string version)
    {
        const string Rt = TldEmitter.Rt;
        var w = new SourceWriter();
        TldEmitter.WriteFileHeader(w, ns);
        w.Line("/// <summary>Rules and fields shared by the TLDs that extend the same profiles and state nothing of their own.</summary>");
        w.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"TldToolkit.Generator\", \"", version, "\")]");
        w.Open("internal static class TldProfileTemplates");
        var list = templates.ToList();
        // One line of data per template (the format: runtime/TldToolkit.Runtime/Generated/TldDataReader.cs), read on first use.
        TldEmitter.WriteDataLines(w, "s_data", list.Select(DataWriter.Template));
        w.Line();
        w.Line("private static readonly ", Rt, ".Generated.TldDataLines s_lines = new(s_data);");
        w.Line();
        for (int i = 0; i < list.Count; i++)
            w.Line("internal static readonly ", Rt, ".Generated.TldTemplate ", list[i].Name, " = new(s_lines[", i.ToString(System.Globalization.CultureInfo.InvariantCulture), "]);");
        w.Line();
        // The catalog's data-only TLDs name their template in their data.
        w.Line("internal static ", Rt, ".Generated.TldTemplate? ByName(string name) => name switch");
        w.Open();
        foreach (var template in list) w.Line("\"", template.Name, "\" => ", template.Name, ",");
        w.Line("_ => null,");
        w.Close(";");
        w.Close();
        return w.ToString();
    }
}
