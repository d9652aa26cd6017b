using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace TldToolkit.Sandbox.Protocol;

/// <summary>
/// Reads the HTTP fields of a request (<c>s_entity</c>, <c>s_login</c>, <c>s_pw</c>, <c>s_session</c>,
/// <c>s_command</c>) from a POST body. The body is URL-encoded form data whatever content type the
/// client names: the official Node.js SDK posts it as <c>text/plain;charset=UTF-8</c>, others send no
/// content type at all. Multipart bodies are read as multipart. Never throws for what a client sends:
/// a body that cannot be read becomes an error reply.
/// </summary>
internal static class RequestReader
{
    /// <summary>The fields of a readable request, or the reply that refuses it (null fields and null reply: the client went away).</summary>
    public static async Task<(Dictionary<string, string>? Fields, SandboxReply? Refusal)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!HttpMethods.IsPost(request.Method))
            // Credentials in a URL end up in proxy and server logs; the sandbox takes them in the body only.
            return (null, Replies.InvalidFormat("send the command as an HTTP POST"));
        try
        {
            if (request.HasFormContentType && request.ContentType!.Contains("multipart/", StringComparison.OrdinalIgnoreCase))
            {
                var form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
                return Collect(form.Select(f => KeyValuePair.Create(f.Key, f.Value)));
            }
            using var reader = new StreamReader(request.Body, new UTF8Encoding(false, throwOnInvalidBytes: false));
            var body = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
            return Collect(QueryHelpers.ParseQuery(body));
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException && cancellationToken.IsCancellationRequested)
        {
            return (null, null); // the client went away
        }
        catch (BadHttpRequestException)
        {
            return (null, Replies.InvalidFormat("request body too large or malformed"));
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            // A multipart body that breaks off or has no boundary: the body, not the connection, is bad.
            return (null, Replies.InvalidFormat("request body is not form data"));
        }
    }

    private static (Dictionary<string, string>?, SandboxReply?) Collect(IEnumerable<KeyValuePair<string, StringValues>> fields)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, values) in fields)
        {
            // Two passwords or two commands in one request: refusing beats guessing which one was meant.
            if (values.Count > 1 || result.ContainsKey(key))
                return (null, Replies.InvalidFormat("field given twice: " + Printable.Name(key)));
            result[key] = values.ToString();
        }
        return (result, null);
    }
}
