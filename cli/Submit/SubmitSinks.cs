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
    /// <summary>Closes the output; <paramref name="interrupted"/> when Ctrl+C stopped the run before the input ended.</summary>
    void End(int orders, int accepted, bool interrupted);
}

/// <summary>
/// <c>{"target":…,"results":[…],"summary":{…}}</c>: validate's result shape plus the outcome, whether it
/// was sent, the customer message and the registrar's code and description.
/// </summary>
internal sealed class JsonSubmitSink(TextWriter output, string target) : ISubmitSink
{
    private readonly List<SubmitResult> _results = [];
    private readonly List<JsonInputException> _inputErrors = [];

    public void Write(SubmitResult result) => _results.Add(result);

    public void InputError(JsonInputException error) => _inputErrors.Add(error);

    public void End(int orders, int accepted, bool interrupted)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, JsonResultSink.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("target", target);
            writer.WriteStartArray("results");
            foreach (var result in _results) WriteResult(writer, result);
            writer.WriteEndArray();
            writer.WriteStartObject("summary");
            writer.WriteNumber("orders", orders);
            writer.WriteNumber("accepted", accepted);
            writer.WriteNumber("notAccepted", orders - accepted);
            if (interrupted) writer.WriteBoolean("interrupted", true);
            writer.WriteEndObject();
            JsonResultSink.WriteInputErrors(writer, _inputErrors);
            writer.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteResult(Utf8JsonWriter writer, SubmitResult result)
    {
        writer.WriteStartObject();
        JsonResultSink.WriteResultProperties(writer, result.Order);
        writer.WriteString("outcome", result.Outcome);
        var registrar = result.Registrar;
        writer.WriteBoolean("sent", registrar?.WasSent ?? false);
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
        output.WriteLine($"{order.Source}[{order.Index}] {order.Domain ?? "?"} ({PlainResultSink.Operation(language, order.Operation)}): "
            + Loc.Submit(language, "outcome." + result.Outcome)
            + (result.Registrar is null ? "" : ": " + result.Message)); // never sent: the problems follow
        if (result.Registrar?.RegistrarCode is { } code)
            output.WriteLine($"  registrar: {code.ToString(CultureInfo.InvariantCulture)} {result.Registrar.RegistrarDescription}");
        foreach (var error in order.Errors)
            output.WriteLine(error.Path.Length == 0 ? $"  - {error.Message} [{error.Code}]" : $"  - {error.Path}: {error.Message} [{error.Code}]");
    }

    public void InputError(JsonInputException error) { } // standard error carries it

    public void End(int orders, int accepted, bool interrupted)
    {
        output.WriteLine(Loc.Submit(language, "submit.summary", orders, accepted, orders - accepted));
        if (interrupted) output.WriteLine(Loc.Submit(language, "submit.interrupted"));
    }
}
