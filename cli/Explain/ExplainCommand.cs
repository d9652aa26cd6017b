using System.Text;
using System.Text.Json;
using Spectre.Console;
using TldToolkit.Cli.Output;
using TldToolkit.Cli.Validate;

namespace TldToolkit.Cli.Explain;

/// <summary><c>tldtool explain .ca [--lang fr] [--json | --schema]</c>.</summary>
internal static class ExplainCommand
{
    public static int Run(CliEnvironment env, string tld, string language, bool json, bool schema)
    {
        var catalog = env.Catalog.Value;
        var definition = catalog.Find(tld);
        if (definition is null)
        {
            env.Error.WriteLine($"tldtool: '{Output.Shown.Of(tld)}' is not in the catalog; known TLDs: {string.Join(" ", catalog.All.Select(d => "." + d.Rules.Tld))}");
            return ExitCodes.Invalid;
        }

        if (json || schema)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JsonResultSink.WriterOptions.Encoder }))
            {
                if (json) RulesJson.Write(writer, definition, language);
                else OrderFormSchema.Build(definition, language).WriteTo(writer);
            }
            env.Out.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
            env.Out.Flush();
            return ExitCodes.Ok;
        }

        var explanation = Explanation.For(definition, language);
        if (env.OutputIsTerminal) WriteTerminal(Terminal.Create(env.Out), explanation, language);
        else WritePlain(env.Out, explanation, language);
        env.Out.Flush();
        return ExitCodes.Ok;
    }

    private static void WritePlain(TextWriter o, Explanation e, string language)
    {
        foreach (var section in e.Sections)
        {
            o.WriteLine(section.Title);
            foreach (var line in section.Lines) o.WriteLine("  " + line);
            o.WriteLine();
        }
        o.WriteLine(Loc.T(language, "sec.fields"));
        if (e.Fields.Count == 0) o.WriteLine("  " + Loc.T(language, "fields.none"));
        foreach (var f in e.Fields)
        {
            o.WriteLine($"  {f.Label} ({f.Name}): {f.Summary}");
            if (f.Description is { } description) o.WriteLine("    " + description);
            int width = f.Options.Count == 0 ? 0 : f.Options.Max(x => x.Value.Length);
            foreach (var (value, label) in f.Options) o.WriteLine($"    {value.PadRight(width)}  {label}");
        }
        o.WriteLine();
        o.WriteLine(e.Sources.Title);
        foreach (var line in e.Sources.Lines) o.WriteLine("  " + line);
    }

    private static void WriteTerminal(IAnsiConsole console, Explanation e, string language)
    {
        bool first = true;
        foreach (var section in e.Sections)
        {
            console.Write(new Rule($"[bold]{Markup.Escape(section.Title)}[/]").Justified(language));
            foreach (var line in section.Lines) console.WriteLine("  " + line);
            if (first) { console.WriteLine(); first = false; }
        }
        console.Write(new Rule($"[bold]{Markup.Escape(Loc.T(language, "sec.fields"))}[/]").Justified(language));
        if (e.Fields.Count == 0) console.WriteLine("  " + Loc.T(language, "fields.none"));
        foreach (var f in e.Fields)
        {
            var table = new Table().Border(TableBorder.Rounded).Title($"[bold]{Markup.Escape(f.Label)}[/] ({Markup.Escape(f.Name)})");
            table.AddColumn(new TableColumn(Markup.Escape(f.Summary)));
            if (f.Description is { } description) table.AddRow(new Spectre.Console.Text(description));
            if (f.Options.Count > 0)
            {
                var options = new Table().Border(TableBorder.None).HideHeaders().Columns(language, new TableColumn(""), new TableColumn(""));
                foreach (var (value, label) in f.Options) options.Row(language, new Markup($"[bold]{Markup.Escape(value)}[/]"), new Spectre.Console.Text(label));
                table.AddRow(options);
            }
            console.Write(table);
        }
        console.Write(new Rule($"[bold]{Markup.Escape(e.Sources.Title)}[/]").Justified(language));
        foreach (var line in e.Sources.Lines) console.WriteLine("  " + line);
    }
}
