using System.Globalization;
using System.Text;

namespace TldToolkit.Client.Wire;

/// <summary>
/// The text format of the key=value registrar protocol, both directions. Parsing never throws:
/// anything that is not a complete reply (<c>[RESPONSE]</c> … <c>CODE</c> … <c>EOF</c>) is rejected
/// with a reason, so callers can report a definite protocol error.
/// </summary>
public static class KeyValueWire
{
    /// <summary>Largest reply body accepted (4 MiB); longer bodies are a protocol error.</summary>
    public const int MaxResponseLength = 4 * 1024 * 1024;

    /// <summary>Highest property row index accepted.</summary>
    public const int MaxRowIndex = 100_000;

    /// <summary>
    /// Replaces line breaks (also U+2028 / U+2029, which some line readers split on) and other control
    /// characters so a value cannot inject lines.
    /// </summary>
    public static string CleanValue(string value)
    {
        var span = value.AsSpan();
        if (span.IndexOfAnyInRange('\0', '\u001F') < 0 && span.IndexOfAnyInRange('\u007F', '\u009F') < 0 && span.IndexOfAny('\u2028', '\u2029') < 0)
            return value.Trim();
        var sb = new StringBuilder(value.Length);
        foreach (var c in value) sb.Append(char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c);
        return sb.ToString().Trim();
    }

    /// <summary>True for parameters whose value is secret (auth codes, passwords): masked in logs.</summary>
    public static bool IsSecretParameter(string name) =>
        name.Contains("AUTH", StringComparison.OrdinalIgnoreCase)
        || name.Contains("PASSWORD", StringComparison.OrdinalIgnoreCase)
        || name.Equals("PW", StringComparison.OrdinalIgnoreCase)
        || name.Equals("S_PW", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// True for parameters whose value may be written to a log: the domain names, period, expiry year,
    /// name servers, contact handles and flags of a command. Every other value — contact names,
    /// addresses, e-mail addresses, phone numbers, auth codes, passwords and all registry (<c>X-</c>)
    /// parameters, which can carry tax numbers, personal IDs or free text — is masked in logs.
    /// </summary>
    public static bool IsLoggableParameter(string name)
    {
        var n = name.ToUpperInvariant();
        if (IsSecretParameter(n)) return false;
        if (n is "PERIOD" or "EXPIRATION" or "ACTION" or "NEW" or "WIDE" or "FIRST" or "LIMIT" or "TRANSFERLOCK" or RegistrarClient.IdProtectionParameter or RegistrarClient.IdnLanguageParameter or "CONTACT") return true;
        return IsNumbered(n, "DOMAIN") || IsNumbered(n, "NAMESERVER")
            || IsNumbered(n, "OWNERCONTACT") || IsNumbered(n, "ADMINCONTACT") || IsNumbered(n, "TECHCONTACT") || IsNumbered(n, "BILLINGCONTACT");
    }

    private static bool IsNumbered(string name, string prefix) =>
        name.StartsWith(prefix, StringComparison.Ordinal) && name.AsSpan(prefix.Length).IndexOfAnyExceptInRange('0', '9') < 0;

    /// <summary>
    /// A registrar description as it may be logged: the wording up to the semicolon and the attribute it
    /// names ("Invalid attribute value; EMAIL"); anything after that is dropped, because registrars echo
    /// the offending value there ("EMAIL (jane@example.org: ...)").
    /// </summary>
    public static string LogSafeDescription(string? description)
    {
        if (string.IsNullOrEmpty(description)) return "";
        int semicolon = description.IndexOf(';');
        var head = (semicolon < 0 ? description : description[..semicolon]).Trim();
        if (head.Length > 200) head = head[..200];
        var attribute = semicolon < 0 ? null : Outcomes.ReplyMapper.AttributeOf(description);
        if (semicolon < 0 && head.Contains('@')) return "(description withheld)";
        return attribute is null ? head : head + "; " + attribute;
    }

    /// <summary>
    /// Formats the <c>s_command</c> text of a command. With <paramref name="redact"/> the text is for
    /// logs: parameter names stay, values stay only where <see cref="IsLoggableParameter"/> allows
    /// (everything personal or secret becomes <c>***</c>).
    /// </summary>
    public static string FormatCommand(RegistrarCommand command, bool redact = false)
    {
        var sb = new StringBuilder(64 + command.Parameters.Count * 24);
        sb.Append("COMMAND = ").Append(command.Name).Append('\n');
        foreach (var (key, value) in command.Parameters)
            sb.Append(key).Append(" = ").Append(redact && !IsLoggableParameter(key) ? "***" : value).Append('\n');
        return sb.ToString();
    }

    /// <summary>
    /// Parses the <c>s_command</c> text the server side receives into the command name and its
    /// parameters (upper-case keys, last value wins). Returns false when there is no COMMAND line.
    /// </summary>
    public static bool TryParseCommand(string? text, out string name, out IReadOnlyDictionary<string, string> parameters)
    {
        name = "";
        var dict = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        parameters = dict;
        if (string.IsNullOrEmpty(text)) return false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            int eq = line.IndexOf('=');
            if (eq <= 0) continue;
            var key = line[..eq].Trim().ToUpperInvariant();
            var value = line[(eq + 1)..].Trim();
            if (key.Length == 0) continue;
            if (key == "COMMAND") name = value;
            else dict[key] = value;
        }
        return name.Length > 0;
    }

    /// <summary>Formats a reply (the sandbox's side of the protocol); <paramref name="pending"/> adds the top-level <c>PENDING = 1</c>.</summary>
    public static string FormatResponse(int code, string description, IEnumerable<KeyValuePair<string, IReadOnlyList<string>>>? properties = null, bool pending = false)
    {
        var sb = new StringBuilder(128);
        sb.Append("[RESPONSE]\n");
        sb.Append("CODE = ").Append(code.ToString(CultureInfo.InvariantCulture)).Append('\n');
        sb.Append("DESCRIPTION = ").Append(CleanValue(description)).Append('\n');
        if (pending) sb.Append("PENDING = 1\n");
        if (properties is not null)
        {
            foreach (var (name, values) in properties)
                for (int i = 0; i < values.Count; i++)
                    sb.Append("PROPERTY[").Append(name.ToUpperInvariant()).Append("][").Append(i.ToString(CultureInfo.InvariantCulture))
                      .Append("] = ").Append(CleanValue(values[i])).Append('\n');
        }
        sb.Append("QUEUETIME = 0\nRUNTIME = 0.001\nEOF\n");
        return sb.ToString();
    }

    /// <summary>
    /// Parses a reply. Returns false (with a short reason, never containing the body) when the text
    /// is not a complete, well-formed reply: missing <c>[RESPONSE]</c>, missing or non-numeric CODE,
    /// missing <c>EOF</c>, malformed PROPERTY keys, or oversized bodies. Never throws.
    /// </summary>
    public static bool TryParseResponse(string? text, out RegistrarResponse? response, out string? error)
    {
        response = null;
        error = null;
        try
        {
            return TryParseCore(text, out response, out error);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Defensive: the parser is written not to throw; if it ever does, the reply is garbage.
            response = null;
            error = "unreadable reply (" + ex.GetType().Name + ")";
            return false;
        }
    }

    private static bool TryParseCore(string? text, out RegistrarResponse? response, out string? error)
    {
        response = null;
        if (string.IsNullOrEmpty(text)) { error = "empty reply"; return false; }
        if (text.Length > MaxResponseLength) { error = "reply too long"; return false; }

        int? code = null;
        string? description = null;
        bool header = false, eof = false;
        var columns = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);

        bool pending = false;
        // Lines end at LF (CRLF tolerated); EnumerateLines would also split inside a value at U+2028,
        // U+0085 or a form feed and turn a harmless character into a broken reply.
        foreach (var raw in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(raw).TrimEnd('\r').Trim();
            if (line.IsEmpty) continue;
            if (eof) { error = "text after EOF"; return false; }
            if (!header)
            {
                if (line.Equals("[RESPONSE]", StringComparison.OrdinalIgnoreCase)) { header = true; continue; }
                error = "reply does not start with [RESPONSE]";
                return false;
            }
            if (line.Equals("EOF", StringComparison.OrdinalIgnoreCase)) { eof = true; continue; }

            int eq = line.IndexOf('=');
            if (eq <= 0) { error = "line without '='"; return false; }
            var key = line[..eq].Trim();
            var value = line[(eq + 1)..].Trim();

            if (key.Equals("CODE", StringComparison.OrdinalIgnoreCase))
            {
                if (code is not null) { error = "CODE given twice"; return false; }
                if (value.Length is < 3 or > 4 || !int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var c))
                { error = "CODE is not a number"; return false; }
                code = c;
            }
            else if (key.Equals("DESCRIPTION", StringComparison.OrdinalIgnoreCase))
            {
                description = value.ToString();
            }
            else if (key.Equals("PENDING", StringComparison.OrdinalIgnoreCase))
            {
                pending = value.SequenceEqual("1"); // ADDDOMAIN.md: "PENDING = 1": accepted, not completed yet
            }
            else if (key.StartsWith("PROPERTY[", StringComparison.OrdinalIgnoreCase))
            {
                if (!TryParsePropertyKey(key, out var name, out var index)) { error = "malformed PROPERTY key"; return false; }
                if (!columns.TryGetValue(name, out var column)) columns[name] = column = [];
                while (column.Count <= index) column.Add("");
                column[index] = value.ToString();
            }
            // Other keys (QUEUETIME, RUNTIME, ...) are informational.
        }

        if (!header) { error = "empty reply"; return false; }
        if (!eof) { error = "reply ends without EOF (truncated)"; return false; }
        if (code is null) { error = "reply has no CODE"; return false; }

        var properties = new Dictionary<string, IReadOnlyList<string>>(columns.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, column) in columns) properties[name] = column;
        response = new RegistrarResponse(code.Value, description ?? "", properties) { Pending = pending };
        error = null;
        return true;
    }

    private static bool TryParsePropertyKey(ReadOnlySpan<char> key, out string name, out int index)
    {
        name = "";
        index = 0;
        // PROPERTY[NAME][index]
        var rest = key["PROPERTY[".Length..];
        int close = rest.IndexOf(']');
        if (close <= 0) return false;
        var nameSpan = rest[..close].Trim();
        rest = rest[(close + 1)..].Trim();
        if (rest.Length < 3 || rest[0] != '[' || rest[^1] != ']') return false;
        var indexSpan = rest[1..^1].Trim();
        if (indexSpan.Length is 0 or > 6 || !int.TryParse(indexSpan, NumberStyles.None, CultureInfo.InvariantCulture, out index)) return false;
        if (index > MaxRowIndex) return false;
        foreach (var c in nameSpan)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.')) return false;
        if (nameSpan.IsEmpty) return false;
        name = nameSpan.ToString().ToUpperInvariant();
        return true;
    }
}
