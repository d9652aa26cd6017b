using System.Globalization;
using System.Text.Json;
using TldToolkit.Cli.Input;
using TldToolkit.Cli.Output;
using TldToolkit.Cli.Validate;

namespace TldToolkit.Cli.Submit;

/// <summary>Where submit results go as they are produced.</summary>
internal interface ISubmitSink
{
    void Write(SubmitResult result);
    void InputError(JsonInputException error);
    /// <summary>
    /// Closes the output; <paramref name="interrupted"/> when Ctrl+C stopped the run before the input ended,
    /// <paramref name="targetErrors"/> when the registrar could not be used (settings, refused login).
    /// </summary>
    void End(int orders, int accepted, bool interrupted, IReadOnlyList<string> targetErrors);
}

/// <summary>
/// <c>{"target":…,"results":[…],"summary":{…}}</c>: validate's result shape plus the outcome, whether it
/// was sent, the customer message and the registrar's code and description. Each result is written
/// (one per line) as soon as its order is decided, so whatever ends the run later, every order already
/// sent is on standard output; the closing part is written by <see cref="End"/>.
/// </summary>
internal sealed class JsonSubmitSink : ISubmitSink
{
    private readonly TextWriter _output;
    private readonly List<JsonInputException> _inputErrors = [];
    private readonly JsonResultSink.ArrayBufferWriterPool _buffer = new();
    private bool _first = true;

    public JsonSubmitSink(TextWriter output, string? target)
    {
        _output = output;
        // {"target":"sandbox","results":[ … written now, before anything is sent.
        var head = _buffer.Serialize(writer =>
        {
            writer.WriteStartObject();
            if (target is null) writer.WriteNull("target"); else writer.WriteString("target", target);
            writer.WriteEndObject();
        });
        _output.Write(head[..^1] + ",\"results\":[");
    }

    public void Write(SubmitResult result)
    {
        _output.Write(_first ? "\n" : ",\n");
        _first = false;
        _output.Write(_buffer.Serialize(writer => WriteResult(writer, result)));
    }

    public void InputError(JsonInputException error) => _inputErrors.Add(error);

    public void End(int orders, int accepted, bool interrupted, IReadOnlyList<string> targetErrors)
    {
        _output.Write(_first ? "]" : "\n]");
        var tail = _buffer.Serialize(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartObject("summary");
            writer.WriteNumber("orders", orders);
            writer.WriteNumber("accepted", accepted);
            writer.WriteNumber("notAccepted", orders - accepted);
            if (interrupted) writer.WriteBoolean("interrupted", true);
            writer.WriteEndObject();
            JsonResultSink.WriteInputErrors(writer, _inputErrors);
            if (targetErrors.Count > 0)
            {
                writer.WriteStartArray("targetErrors");
                foreach (var problem in targetErrors) writer.WriteStringValue(problem);
                writer.WriteEndArray();
            }
            writer.WriteEndObject();
        });
        _output.WriteLine("," + tail[1..]);
    }

    private static void WriteResult(Utf8JsonWriter writer, SubmitResult result)
    {
        writer.WriteStartObject();
        JsonResultSink.WriteResultProperties(writer, result.Order);
        writer.WriteString("outcome", result.Outcome);
        var registrar = result.Registrar;
        // Without a registrar outcome the order was never sent, unless a bug cut it short (unconfirmed: it may have left).
        writer.WriteBoolean("sent", registrar?.WasSent ?? result.Outcome == "unconfirmed");
        writer.WriteString("message", result.Message);
        if (registrar is not null)
        {
            writer.WriteString("command", registrar.Command);
            if (registrar.RegistrarCode is { } code) writer.WriteNumber("registrarCode", code);
            if (registrar.RegistrarDescription is { } description) writer.WriteString("registrarDescription", description);
            if (registrar.ExpiresOn is { } expires) writer.WriteString("expiresOn", expires.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            if (registrar.Field is { } field)
            {
                writer.WriteStartObject("field");
                writer.WriteString("name", field.FieldName);
                writer.WriteString("path", field.Path);
                writer.WriteString("registryName", field.RegistryName);
                writer.WriteBoolean("missing", field.Missing);
                writer.WriteEndObject();
            }
            if (registrar.ContactRole is { } role) writer.WriteString("contactRole", role.ToString());
            if (registrar.ContactAttribute is { } attribute) writer.WriteString("contactAttribute", attribute);
        }
        writer.WriteEndObject();
    }
}

/// <summary>Plain text: one line per order with its outcome and message, then the validation problems of an invalid one.</summary>
internal sealed class PlainSubmitSink(TextWriter output, string language) : ISubmitSink
{
    public void Write(SubmitResult result)
    {
        var order = result.Order;
        output.WriteLine($"{Shown.Of(order.Source)}[{order.Index}] {Shown.OrUnknown(order.Domain)} ({PlainResultSink.Operation(language, order.Operation)}): "
            + Loc.Submit(language, "outcome." + result.Outcome)
            + (result.Outcome == "validation-failed" ? "" : ": " + result.Message)); // never sent: the problems follow
        if (result.Registrar?.RegistrarCode is { } code)
            output.WriteLine($"  registrar: {code.ToString(CultureInfo.InvariantCulture)} {Shown.Of(result.Registrar.RegistrarDescription)}");
        PlainResultSink.WriteErrors(output, order.Errors);
    }

    public void InputError(JsonInputException error) { } // standard error carries it

    public void End(int orders, int accepted, bool interrupted, IReadOnlyList<string> targetErrors) // standard error carries those
    {
        output.WriteLine(Loc.Submit(language, "submit.summary", orders, accepted, orders - accepted));
        if (interrupted) output.WriteLine(Loc.Submit(language, "submit.interrupted"));
    }
}
