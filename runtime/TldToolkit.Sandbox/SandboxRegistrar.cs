using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TldToolkit.Client;
using TldToolkit.Client.Wire;
using TldToolkit.Sandbox.Protocol;

namespace TldToolkit.Sandbox;

/// <summary>
/// The embedded sandbox registrar: Kestrel on 127.0.0.1 speaking the key=value protocol at
/// <c>/api/call.cgi</c>. Start it with <see cref="StartAsync"/>, point a client at
/// <see cref="ClientOptions"/>, and dispose it to stop it.
/// </summary>
public sealed class SandboxRegistrar : IAsyncDisposable
{
    /// <summary>The path commands are posted to.</summary>
    public const string Path = "/api/call.cgi";

    /// <summary>How many requests <see cref="Requests"/> remembers (the oldest are forgotten first).</summary>
    public const int MaxRequestLog = 100_000;

    /// <summary>How many parameters of a request <see cref="Requests"/> keeps, and how many characters of each name and value.</summary>
    public const int MaxLoggedParameters = 200, MaxLoggedValue = 256;

    private static readonly ConditionalWeakTable<SandboxOptions, string> Passwords = new();

    private readonly WebApplication _app;
    private readonly SandboxOptions _options;
    private readonly ConcurrentQueue<SandboxRequest> _requests = new();
    private readonly Sessions _sessions;
    private int _disposed;

    private SandboxRegistrar(WebApplication app, SandboxOptions options, Uri endpoint)
    {
        _app = app;
        _options = options;
        Endpoint = endpoint;
        Registry = new SandboxRegistry(options);
        _sessions = new Sessions(options.TimeProvider);
    }

    /// <summary>The URL commands are posted to (http://127.0.0.1:port/api/call.cgi).</summary>
    public Uri Endpoint { get; }

    /// <summary>The sandbox's books: domains, transfers, contacts, balance, ledger.</summary>
    public SandboxRegistry Registry { get; }

    /// <summary>The fault injection switches.</summary>
    public FaultInjection Faults => _options.Faults;

    /// <summary>The requests received, in order of arrival (the last <see cref="MaxRequestLog"/>).</summary>
    public IReadOnlyList<SandboxRequest> Requests => _requests.ToArray();

    /// <summary>Number of requests received.</summary>
    public int RequestCount => _requests.Count;

    /// <summary>Client settings for this sandbox: endpoint, entity, login and password, short timeouts.</summary>
    public RegistrarOptions ClientOptions() => new()
    {
        Endpoint = Endpoint,
        Entity = _options.Entity,
        Login = _options.Login,
        Password = PasswordOf(_options),
        Timeout = TimeSpan.FromSeconds(10),
        QueryAttemptTimeout = TimeSpan.FromSeconds(5),
    };

    /// <summary>
    /// A client for this sandbox with its own transport, validating against <paramref name="catalog"/>
    /// (the sandbox's catalog when null) on the sandbox's clock. Dispose it after use.
    /// </summary>
    public RegistrarClient CreateClient(TldToolkit.Catalog.TldCatalog? catalog = null, ILoggerFactory? loggerFactory = null, RegistrarOptions? options = null) =>
        RegistrarClient.Create(catalog ?? _options.Catalog, options ?? ClientOptions(), loggerFactory, _options.TimeProvider);

    internal static string PasswordOf(SandboxOptions options) =>
        options.Password ?? Passwords.GetValue(options, _ => Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12)));

    /// <summary>Starts a sandbox on 127.0.0.1 (port from the options; 0 = a free port).</summary>
    public static async Task<SandboxRegistrar> StartAsync(SandboxOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Services.AddSingleton(options.LoggerFactory ?? NullLoggerFactory.Instance);
        builder.Services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, options.Port);
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = 1024 * 1024;
        });
        var app = builder.Build();
        SandboxRegistrar? sandbox = null;
        app.Run(context => sandbox is null ? Task.CompletedTask : sandbox.GuardedAsync(context));
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var port = new Uri(address).Port;
        try
        {
            sandbox = new SandboxRegistrar(app, options, new Uri($"http://127.0.0.1:{port}{Path}"));
        }
        catch
        {
            // An unreadable state file: stop the server again rather than leave it holding the port.
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        return sandbox;
    }

    /// <summary>
    /// Never an HTTP 500 without a body: a failure nothing else caught closes the connection instead, so
    /// the client treats the reply as lost and looks the result up (whether the command ran is unknown here).
    /// </summary>
    private async Task GuardedAsync(HttpContext context)
    {
        try
        {
            await HandleAsync(context).ConfigureAwait(false);
        }
        catch (Exception) when (!context.RequestAborted.IsCancellationRequested)
        {
            context.Abort();
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        if (!(request.Path == Path || request.Path == "/"))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var (fields, refusal) = await RequestReader.ReadAsync(request, context.RequestAborted).ConfigureAwait(false);
        if (fields is null)
        {
            // Also when the client went away: writing then is harmless, and nothing goes out without a reply.
            await WriteAsync(context, refusal ?? Replies.InvalidFormat("request body could not be read")).ConfigureAwait(false);
            return;
        }

        KeyValueWire.TryParseCommand(fields.GetValueOrDefault("s_command"), out var command, out var parameters);
        var fault = command.Length == 0 ? FaultKind.None : _options.Faults.Draw(command);
        _requests.Enqueue(new SandboxRequest(command, parameters.GetValueOrDefault("DOMAIN"), fault)
        {
            Parameters = LoggedParameters(parameters),
        });
        while (_requests.Count > MaxRequestLog) _requests.TryDequeue(out _);

        switch (fault)
        {
            case FaultKind.ConnectionReset:
                context.Abort();
                return;
            case FaultKind.ServerErrorBeforeCommit:
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                return;
            case FaultKind.RedirectElsewhere:
                context.Response.StatusCode = StatusCodes.Status307TemporaryRedirect;
                context.Response.Headers.Location = _options.Faults.RedirectTo?.ToString() ?? "http://127.0.0.2:9/api/call.cgi";
                return;
        }

        Func<bool> mayCommit = () => !context.RequestAborted.IsCancellationRequested;
        if (fault == FaultKind.SlowCommit)
        {
            // The registrar keeps going whatever the client does.
            await Task.Delay(_options.Faults.Delay, CancellationToken.None).ConfigureAwait(false);
            mayCommit = static () => true;
        }

        var reply = Answer(fields, command, parameters, mayCommit);
        if (reply is null)
        {
            // Something failed after the command changed the books: no reply, as when a reply is lost,
            // so the client looks the result up instead of being told a wrong one.
            context.Abort();
            return;
        }

        switch (fault)
        {
            case FaultKind.DropReplyAfterCommit:
                context.Abort();
                return;
            case FaultKind.ServerErrorAfterCommit:
                context.Response.StatusCode = Random.Shared.Next(2) == 0 ? StatusCodes.Status502BadGateway : StatusCodes.Status503ServiceUnavailable;
                return;
            case FaultKind.GarbageReply:
                context.Response.ContentType = "text/html";
                await context.Response.WriteAsync("<html><body>Service temporarily overloaded</body></html>", context.RequestAborted).ConfigureAwait(false);
                return;
            case FaultKind.SlowReply:
                try
                {
                    await Task.Delay(_options.Faults.Delay, context.RequestAborted).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return; // the client gave up waiting
                }
                break;
        }
        await WriteAsync(context, reply).ConfigureAwait(false);
    }

    /// <summary>A request's parameters as <see cref="Requests"/> keeps them: secrets masked, cut so 100,000 logged requests of 1 MiB cannot fill the memory.</summary>
    private static Dictionary<string, string> LoggedParameters(IReadOnlyDictionary<string, string> parameters)
    {
        static string Cut(string text) => text.Length > MaxLoggedValue ? text[..MaxLoggedValue] + "…" : text;
        var logged = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in parameters.Take(MaxLoggedParameters))
            logged.TryAdd(Cut(key), KeyValueWire.IsSecretParameter(key) ? "***" : Cut(value));
        return logged;
    }

    /// <summary>Authenticates the request (login and password, or an API session) and executes its command.</summary>
    private SandboxReply? Answer(Dictionary<string, string> fields, string command, IReadOnlyDictionary<string, string> parameters, Func<bool> mayCommit)
    {
        var session = fields.GetValueOrDefault("s_session");
        if (!string.IsNullOrEmpty(session))
        {
            if (!_sessions.Use(session)) return Replies.SessionNotFound;
        }
        else if (!Registry.Authenticate(fields.GetValueOrDefault("s_entity"), fields.GetValueOrDefault("s_login"), fields.GetValueOrDefault("s_pw")))
            return Replies.AuthenticationFailed;

        if (command.Length == 0) return Replies.Missing("COMMAND");
        if (command.Equals("StartSession", StringComparison.OrdinalIgnoreCase)) return _sessions.Start(parameters);
        if (command.Equals("EndSession", StringComparison.OrdinalIgnoreCase)) return _sessions.End(session);
        return Registry.Execute(command, parameters, mayCommit);
    }

    private static async Task WriteAsync(HttpContext context, SandboxReply reply)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "text/plain; charset=utf-8";
        var text = KeyValueWire.FormatResponse(reply.Code, reply.Description, reply.Properties, reply.Pending);
        try
        {
            await context.Response.WriteAsync(text, context.RequestAborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // client went away
        }
    }

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        try
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _app.StopAsync(cts.Token).ConfigureAwait(false);
        }
        finally
        {
            await _app.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"Sandbox registrar {Endpoint} (entity {_options.Entity})";
}
