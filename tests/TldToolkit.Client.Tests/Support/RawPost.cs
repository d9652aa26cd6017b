using System.Net;
using System.Text;
using TldToolkit.Client.Wire;
using TldToolkit.Sandbox;

namespace TldToolkit.Client.Tests.Support;

/// <summary>Requests to a sandbox as arbitrary clients shape them, bypassing the project's own client.</summary>
public static class RawPost
{
    private static readonly HttpClient Http = new(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(20) };

    /// <summary>The form body of a command with the sandbox's credentials (password "pw").</summary>
    public static string Form(string command, string password = "pw", string? session = null) =>
        (session is null ? $"s_entity=1234&s_login=sandbox&s_pw={Uri.EscapeDataString(password)}" : "s_session=" + Uri.EscapeDataString(session))
        + "&s_command=" + Uri.EscapeDataString(command);

    /// <summary>Posts <paramref name="body"/>; returns the HTTP status and the parsed reply (null when the body is not one).</summary>
    public static async Task<(HttpStatusCode Status, RegistrarResponse? Reply, string Body)> SendAsync(SandboxRegistrar sandbox, byte[] body, string? contentType,
        HttpMethod? method = null)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Post, sandbox.Endpoint);
        if (method != HttpMethod.Get)
        {
            request.Content = new ByteArrayContent(body);
            if (contentType is not null) request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }
        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        KeyValueWire.TryParseResponse(text, out var reply, out _);
        return (response.StatusCode, reply, text);
    }

    public static Task<(HttpStatusCode Status, RegistrarResponse? Reply, string Body)> SendAsync(SandboxRegistrar sandbox, string body,
        string? contentType = "application/x-www-form-urlencoded") => SendAsync(sandbox, Encoding.UTF8.GetBytes(body), contentType);

    /// <summary>A command's reply, posted as the official Node.js SDK posts it (text/plain).</summary>
    public static async Task<RegistrarResponse> CommandAsync(SandboxRegistrar sandbox, string command, string? session = null)
    {
        var (status, reply, body) = await SendAsync(sandbox, Form(command, session: session), "text/plain;charset=UTF-8");
        Assert.Equal(HttpStatusCode.OK, status);
        return reply ?? throw new Xunit.Sdk.XunitException("not a protocol reply: " + body);
    }
}
