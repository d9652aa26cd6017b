using System.Text;
using System.Text.Json;
using Spectre.Console;
using TldToolkit.Catalog;
using TldToolkit.Cli.Output;
using TldToolkit.Cli.Validate;
using TldToolkit.Rules;
using TldToolkit.Validation;

namespace TldToolkit.Cli.Check;

/// <summary><c>tldtool check fußball.de</c>: A-label, U-label, TLD, IDN mode and every problem of the name.</summary>
internal static class CheckCommand
{
    public static int Run(CliEnvironment env, string input, string language, bool json, string? idnLanguage)
    {
        var catalog = env.Catalog.Value;
        var check = catalog.CheckName(input, idnLanguage);
        if (!check.HasTld)
        {
            var message = Loc.F(language, "check.unknownTld", Shown.Of(input), catalog.All.Count);
            if (json) WriteJson(env, input, null, null, null, [new ResultError(ErrorCodes.TldNotSupported, "domain", message)]);
            else env.Error.WriteLine("tldtool: " + message);
            return ExitCodes.Invalid;
        }

        var rules = check.Rules;
        var problems = check.Errors.Select(e => new ResultError(e.Code, e.Path, e.Message(language))).ToList();

        if (json) WriteJson(env, input, check.Ascii, check.Unicode, rules, problems);
        else if (env.OutputIsTerminal) WriteTable(Terminal.Create(env.Out), language, input, check, rules, problems);
        else WritePlain(env.Out, language, input, check, rules, problems);
        env.Out.Flush();
        return problems.Count == 0 ? ExitCodes.Ok : ExitCodes.Invalid;
    }

    private static string Idn(string language, TldRules rules) =>
        rules.Labels.Idn.Supported ? Loc.T(language, "idn." + rules.Labels.Idn.Mode) : Loc.T(language, "idn.notSupported");

    private static string Tld(TldRules rules) =>
        "." + rules.Tld + (rules.UnicodeTld != rules.Tld ? $" (.{rules.UnicodeTld})" : "") + (rules.RegistryOperator.Length > 0 ? " — " + rules.RegistryOperator : "");

    private static IEnumerable<(string Key, string Value)> Lines(string language, string input, NameCheck check, TldRules rules) =>
    [
        (Loc.T(language, "check.domain"), Shown.Of(input)),
        (Loc.T(language, "check.alabel"), check.Ascii is null ? "—" : Shown.Of(check.Ascii)),
        (Loc.T(language, "check.ulabel"), check.Unicode is null ? "—" : Shown.Of(check.Unicode)),
        (Loc.T(language, "check.tld"), Tld(rules)),
        (Loc.T(language, "check.idn"), Idn(language, rules)),
        (Loc.T(language, "coverage"), Explain.Explanation.CoverageLine(rules, language).Split(':', 2)[1].Trim()),
    ];

    private static void WritePlain(TextWriter output, string language, string input, NameCheck check, TldRules rules, List<ResultError> problems)
    {
        var lines = Lines(language, input, check, rules).ToList();
        int width = Math.Max(lines.Max(l => l.Key.Length), Loc.T(language, "check.result").Length) + 2;
        foreach (var (key, value) in lines) output.WriteLine((key + ":").PadRight(width) + value);
        var result = problems.Count == 0 ? Loc.T(language, "valid") : $"{Loc.T(language, "invalid")}, {Loc.F(language, "problems", problems.Count)}";
        output.WriteLine((Loc.T(language, "check.result") + ":").PadRight(width) + result);
        foreach (var problem in problems) output.WriteLine($"  - {problem.Message} [{problem.Code}]");
    }

    private static void WriteTable(IAnsiConsole console, string language, string input, NameCheck check, TldRules rules, List<ResultError> problems)
    {
        var grid = Direction.Grid(language, 2);
        foreach (var (key, value) in Lines(language, input, check, rules))
            grid.Row(language, new Markup($"[bold]{Markup.Escape(key)}[/]"), new Spectre.Console.Text(value));
        grid.Row(language, new Markup($"[bold]{Markup.Escape(Loc.T(language, "check.result"))}[/]"),
            problems.Count == 0
                ? new Markup($"[green]{Markup.Escape(Loc.T(language, "valid"))}[/]")
                : new Markup($"[red]{Markup.Escape(Loc.T(language, "invalid"))}[/]\n" + Markup.Escape(string.Join("\n", problems.Select(p => $"{p.Message} [{p.Code}]")))));
        console.Write(grid);
    }

    private static void WriteJson(CliEnvironment env, string input, string? ascii, string? unicode, TldRules? rules, IReadOnlyList<ResultError> problems)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JsonResultSink.WriterOptions.Encoder }))
        {
            writer.WriteStartObject();
            writer.WriteString("domain", input);
            writer.WriteString("ascii", ascii);
            writer.WriteString("unicode", unicode);
            writer.WriteString("tld", rules?.Tld);
            if (rules is not null)
            {
                writer.WriteString("coverage", Explain.RulesJson.Camel(rules.Coverage.ToString()));
                writer.WriteStartObject("idn");
                writer.WriteBoolean("supported", rules.Labels.Idn.Supported);
                if (rules.Labels.Idn.Supported) writer.WriteString("mode", Explain.RulesJson.Camel(rules.Labels.Idn.Mode.ToString()));
                writer.WriteEndObject();
            }
            writer.WriteBoolean("valid", problems.Count == 0);
            JsonResultSink.WriteErrors(writer, problems);
            writer.WriteEndObject();
        }
        env.Out.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
        env.Out.Flush();
    }
}
