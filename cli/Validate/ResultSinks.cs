using System.Text;
using System.Text.Json;
using Spectre.Console;
using TldToolkit.Cli.Input;
using TldToolkit.Cli.Output;

namespace TldToolkit.Cli.Validate;

/// <summary>Counts of a validate run.</summary>
internal sealed class Tally
{
    public int Orders;
    public int Valid;
    public int Invalid => Orders - Valid;
}

/// <summary>Where results go as they are produced.</summary>
internal interface IResultSink
{
    void Write(OrderResult result);
    void InputError(JsonInputException error);
    void End(Tally tally);
}

/// <summary>
/// <c>{"results":[…],"summary":{…}}</c>, one result per line, written as each order is validated
/// so a batch of any size streams through.
/// </summary>
internal sealed class JsonResultSink : IResultSink
{
    internal static readonly JsonWriterOptions WriterOptions = new()
    {
        // Customer messages in German, French and Arabic stay readable; control and bidi characters are escaped.
        Encoder = SafeJsonEncoder.Instance,
    };

    private readonly TextWriter _out;
    private readonly List<JsonInputException> _inputErrors = [];
    private readonly ArrayBufferWriterPool _buffer = new();
    private bool _first = true;

    public JsonResultSink(TextWriter output)
    {
        _out = output;
        _out.Write("{\"results\":[");
    }

    public void Write(OrderResult result)
    {
        _out.Write(_first ? "\n" : ",\n");
        _first = false;
        _out.Write(_buffer.Serialize(writer =>
        {
            writer.WriteStartObject();
            WriteResultProperties(writer, result);
            writer.WriteEndObject();
        }));
    }

    /// <summary>The properties of one result (source, index, id, domain, operation, valid, errors); also used by <c>tldtool submit</c>.</summary>
    internal static void WriteResultProperties(Utf8JsonWriter writer, OrderResult result)
    {
        writer.WriteString("source", result.Source);
        writer.WriteNumber("index", result.Index);
        if (result.Id is not null) writer.WriteString("id", result.Id);
        writer.WriteString("domain", result.Domain);
        writer.WriteString("operation", result.Operation);
        writer.WriteBoolean("valid", result.Valid);
        if (result.Coverage is not null) writer.WriteString("coverage", result.Coverage);
        WriteErrors(writer, result.Errors);
    }

    /// <summary>The "errors" array of code, path and message; also used by <c>tldtool check</c>.</summary>
    internal static void WriteErrors(Utf8JsonWriter writer, IReadOnlyList<ResultError> errors)
    {
        writer.WriteStartArray("errors");
        foreach (var error in errors)
        {
            writer.WriteStartObject();
            writer.WriteString("code", error.Code);
            writer.WriteString("path", error.Path);
            writer.WriteString("message", error.Message);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    /// <summary>The "inputErrors" array, when there are any; also used by <c>tldtool submit</c>.</summary>
    internal static void WriteInputErrors(Utf8JsonWriter writer, IReadOnlyList<JsonInputException> inputErrors)
    {
        if (inputErrors.Count == 0) return;
        writer.WriteStartArray("inputErrors");
        foreach (var e in inputErrors)
        {
            writer.WriteStartObject();
            writer.WriteString("source", e.Source);
            if (e.Line is { } line) writer.WriteNumber("line", line);
            if (e.Column is { } column) writer.WriteNumber("column", column);
            writer.WriteString("message", e.Message);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    public void InputError(JsonInputException error) => _inputErrors.Add(error);

    public void End(Tally tally)
    {
        _out.Write(_first ? "]" : "\n]");
        _out.Write(SummaryFragment(tally));
        _out.WriteLine("}");
    }

    private string SummaryFragment(Tally tally)
    {
        var json = _buffer.Serialize(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartObject("summary");
            writer.WriteNumber("orders", tally.Orders);
            writer.WriteNumber("valid", tally.Valid);
            writer.WriteNumber("invalid", tally.Invalid);
            writer.WriteEndObject();
            WriteInputErrors(writer, _inputErrors);
            writer.WriteEndObject();
        });
        // {"summary":…} → ,"summary":… (the closing brace is written by End).
        return "," + json[1..^1];
    }

    /// <summary>Serializes with one reusable buffer; also used by <c>tldtool submit</c>.</summary>
    internal sealed class ArrayBufferWriterPool
    {
        private readonly System.Buffers.ArrayBufferWriter<byte> _bytes = new(1024);

        public string Serialize(Action<Utf8JsonWriter> write)
        {
            _bytes.ResetWrittenCount();
            using (var writer = new Utf8JsonWriter(_bytes, WriterOptions)) write(writer);
            return Encoding.UTF8.GetString(_bytes.WrittenSpan);
        }
    }
}

/// <summary>Plain text, one line per order and one per problem: for pipes, logs and CI.</summary>
internal sealed class PlainResultSink(TextWriter output, string language) : IResultSink
{
    public void Write(OrderResult result)
    {
        var what = $"{Shown.Of(result.Source)}[{result.Index}] {Shown.OrUnknown(result.Domain)} ({Operation(language, result.Operation)})";
        if (result.Valid)
        {
            output.Write(what);
            output.Write(": ");
            output.WriteLine(Loc.T(language, "valid"));
            CoverageWarning(result);
            return;
        }
        output.WriteLine($"{what}: {Loc.T(language, "invalid")}, {Loc.F(language, "problems", result.Errors.Count)}");
        WriteErrors(output, result.Errors);
        CoverageWarning(result);
    }

    /// <summary>"  - path: message [code]", one line per problem; also used by <c>tldtool submit</c>.</summary>
    internal static void WriteErrors(TextWriter output, IReadOnlyList<ResultError> errors)
    {
        foreach (var error in errors)
            output.WriteLine(error.Path.Length == 0 ? $"  - {error.Message} [{Shown.Of(error.Code)}]" : $"  - {Shown.Of(error.Path)}: {error.Message} [{Shown.Of(error.Code)}]");
    }

    // For the operator: the TLD's rules are only partly known, so a valid verdict may miss a registry rule.
    private void CoverageWarning(OrderResult result)
    {
        if (result.Coverage is { } coverage) output.WriteLine("  ! " + Loc.T(language, "coverage." + char.ToUpperInvariant(coverage[0]) + coverage[1..]));
    }

    public void InputError(JsonInputException error) { } // standard error carries it

    public void End(Tally tally) => output.WriteLine(Loc.F(language, "summary", tally.Orders, tally.Valid, tally.Invalid));

    internal static string Operation(string language, string? operation) =>
        operation is "register" or "transfer" or "renew" or "ownerChange" ? Loc.T(language, "op." + operation) : Shown.OrUnknown(operation);
}

/// <summary>
/// A Spectre.Console table for people at a terminal. Rows are kept until the end (valid ones only
/// while the batch is small), so a progress bar can run meanwhile.
/// </summary>
internal sealed class TableResultSink(IAnsiConsole console, string language) : IResultSink
{
    private const int MaxRows = 500;
    private readonly List<OrderResult> _rows = [];
    private int _hiddenInvalid;
    private bool _dropValid;

    public void Write(OrderResult result)
    {
        if (result.Valid && _dropValid) return;
        if (_rows.Count >= MaxRows)
        {
            // Keep the problems, not the successes.
            if (!_dropValid)
            {
                _dropValid = true;
                _rows.RemoveAll(r => r.Valid);
            }
            if (result.Valid) return;
            if (_rows.Count >= MaxRows) { _hiddenInvalid++; return; }
        }
        _rows.Add(result);
    }

    public void InputError(JsonInputException error) =>
        console.MarkupLineInterpolated($"[red]{error.Describe()}[/]");

    public void End(Tally tally)
    {
        if (_rows.Count > 0)
        {
            bool manySources = _rows.Select(r => r.Source).Distinct().Skip(1).Any();
            var table = new Table().Border(TableBorder.Rounded);
            if (!manySources) table.Title(Markup.Escape(Shown.Of(_rows[0].Source)));
            table.Columns(language,
                new TableColumn(Loc.T(language, "col.number")).NoWrap(),
                new TableColumn(Loc.T(language, "col.domain")),
                new TableColumn(Loc.T(language, "col.operation")).NoWrap(),
                new TableColumn(Loc.T(language, "col.result")).NoWrap(),
                new TableColumn(Loc.T(language, "col.problems")).RightAligned().NoWrap());
            foreach (var row in _rows)
            {
                table.Row(language,
                    new Spectre.Console.Text(manySources ? $"{Shown.Of(Path.GetFileName(row.Source))}[{row.Index}]" : row.Index.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    new Spectre.Console.Text(Shown.OrUnknown(row.Domain)),
                    new Spectre.Console.Text(PlainResultSink.Operation(language, row.Operation)),
                    row.Valid ? new Markup($"[green]{Markup.Escape(Loc.T(language, "valid"))}[/]") : new Markup($"[red]{Markup.Escape(Loc.T(language, "invalid"))}[/]"),
                    new Spectre.Console.Text(row.Valid ? "" : row.Errors.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
            console.Write(table);

            // The problems of each invalid order, as a tree: wide enough to read at any terminal width.
            foreach (var row in _rows.Where(r => !r.Valid))
            {
                var label = manySources ? $"{Shown.Of(Path.GetFileName(row.Source))}[{row.Index}]" : $"[{row.Index}]";
                var tree = new Tree($"[red]✘[/] [bold]{Markup.Escape(Shown.OrUnknown(row.Domain))}[/] ({Markup.Escape(PlainResultSink.Operation(language, row.Operation))}) [dim]{Markup.Escape(label)}[/]");
                foreach (var e in row.Errors)
                    tree.AddNode(e.Path.Length == 0
                        ? $"{Markup.Escape(e.Message)} [dim]{Markup.Escape(Shown.Of(e.Code))}[/]"
                        : $"[bold]{Markup.Escape(Shown.Of(e.Path))}[/]: {Markup.Escape(e.Message)} [dim]{Markup.Escape(Shown.Of(e.Code))}[/]");
                console.Write(tree);
            }
        }
        if (_hiddenInvalid > 0) console.WriteLine(Loc.F(language, "more", _hiddenInvalid));
        var colour = tally.Invalid == 0 ? "green" : "red";
        console.MarkupLine($"[{colour}]{Markup.Escape(Loc.F(language, "summary", tally.Orders, tally.Valid, tally.Invalid))}[/]");
    }
}
