using System.Diagnostics;
using System.Net;
using System.Text;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.Timeout;
using TldToolkit.Client.Wire;

namespace TldToolkit.Client.Transport;

/// <summary>
/// The key=value command protocol over HTTPS (HEXONET / CentralNic Reseller style): a form-encoded
/// POST of <c>s_entity</c>, <c>s_login</c>, <c>s_pw</c> and <c>s_command</c>, answered by a
/// <c>[RESPONSE]</c> … <c>EOF</c> block. Every call has a timeout; credentials go only into the
/// request body and never into logs, exceptions or <see cref="ToString"/>.
/// </summary>
public sealed class KeyValueHttpTransport : IRegistrarTransport, IDisposable
{
    private readonly HttpClient _http;
    private readonly bool _ownsClient;
    private readonly RegistrarOptions _options;
    private readonly ILogger _logger;

    private static readonly Action<ILogger, string, string, string, Exception?> LogRequest =
        LoggerMessage.Define<string, string, string>(LogLevel.Debug, new EventId(1, "RegistrarRequest"),
            "Registrar request to {Endpoint} (entity {Entity}, login ***, password ***): {Command}");
    private static readonly Action<ILogger, string, int, string, long, Exception?> LogReply =
        LoggerMessage.Define<string, int, string, long>(LogLevel.Information, new EventId(2, "RegistrarReply"),
            "Registrar {Command} answered {Code} {Description} in {ElapsedMs} ms");
    private static readonly Action<ILogger, string, string, string, long, Exception?> LogFailure =
        LoggerMessage.Define<string, string, string, long>(LogLevel.Warning, new EventId(3, "RegistrarNoReply"),
            "Registrar {Command}: {Status} ({Detail}) after {ElapsedMs} ms");

    /// <summary>
    /// Creates a transport on an <see cref="HttpClient"/> (from IHttpClientFactory, with the
    /// <see cref="RegistrarResilience"/> handler). Throws <see cref="ArgumentException"/> when the
    /// options are unusable, in particular when the endpoint is plain HTTP and not loopback.
    /// </summary>
    public KeyValueHttpTransport(HttpClient httpClient, RegistrarOptions options, ILogger<KeyValueHttpTransport>? logger = null)
        : this(httpClient, options, logger, ownsClient: false)
    {
    }

    private KeyValueHttpTransport(HttpClient httpClient, RegistrarOptions options, ILogger? logger, bool ownsClient)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        options.EnsureValid();
        _http = httpClient;
        _options = options.Clone();
        _logger = logger ?? NullLogger.Instance;
        _ownsClient = ownsClient;
    }

    /// <summary>
    /// Creates a transport with its own pooled HTTP handler and the query resilience pipeline, for use
    /// without dependency injection (the CLI, tests). Dispose it to release the connections.
    /// </summary>
    public static KeyValueHttpTransport Create(RegistrarOptions options, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.EnsureValid();
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        RegistrarResilience.Configure(builder, options);
        var handler = new ResilienceHandler(builder.Build())
        {
            InnerHandler = NewHandler(),
        };
        var http = new HttpClient(handler, disposeHandler: true) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        return new KeyValueHttpTransport(http, options, loggerFactory?.CreateLogger<KeyValueHttpTransport>(), ownsClient: true);
    }

    /// <summary>
    /// The HTTP handler of the registrar connection. It follows no redirect: a redirected POST would
    /// carry <c>s_pw</c> to whatever origin the <c>Location</c> names, and around "HTTPS unless loopback".
    /// </summary>
    public static SocketsHttpHandler NewHandler() => new()
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        AutomaticDecompression = DecompressionMethods.All,
        UseCookies = false,
        AllowAutoRedirect = false,
    };

    /// <inheritdoc />
    public string Protocol => "key-value-http";

    /// <summary>The endpoint commands are posted to.</summary>
    public Uri Endpoint => _options.Endpoint;

    /// <inheritdoc />
    public async Task<TransportReply> SendAsync(RegistrarCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var endpoint = EndpointSecurity.Describe(_options.Endpoint);
        if (_logger.IsEnabled(LogLevel.Debug))
            LogRequest(_logger, endpoint, _options.EffectiveEntity, command.ToLogText().Replace('\n', ' ').TrimEnd(), null);

        var started = Stopwatch.GetTimestamp();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);

        var reply = await SendCoreAsync(command, timeout.Token, cancellationToken).ConfigureAwait(false);
        var elapsed = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (reply.IsAnswered)
            LogReply(_logger, command.Name, reply.Response.Code, KeyValueWire.LogSafeDescription(reply.Response.Description), elapsed, null);
        else
            LogFailure(_logger, command.Name, reply.Status.ToString(), reply.Detail, elapsed, null);
        return reply;
    }

    private async Task<TransportReply> SendCoreAsync(RegistrarCommand command, CancellationToken token, CancellationToken callerToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _options.Endpoint)
        {
            Content = new FormUrlEncodedContent(
            [
                new("s_entity", _options.EffectiveEntity),
                new("s_login", _options.EffectiveLogin),
                new("s_pw", _options.Password),
                new("s_command", command.ToWireText()),
            ]),
        };
        request.Options.Set(RegistrarResilience.IdempotentOption, command.IsIdempotent);
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
            int status = (int)response.StatusCode;
            // An HttpClient the application supplied may follow redirects: a reply from another origin is
            // not the registrar's, and a redirect not followed says nothing about the command either.
            if (response.RequestMessage?.RequestUri is { } answered && !SameOrigin(answered, _options.Endpoint))
                return TransportReply.NoReply("redirected to another origin; reply ignored", status);
            if (status is >= 300 and < 400)
                return TransportReply.NoReply($"HTTP {status} redirect not followed", status);
            string? body = await ReadBodyAsync(response, token).ConfigureAwait(false);
            if (body is null) return TransportReply.Garbage("reply body too long", status);

            bool parsed = KeyValueWire.TryParseResponse(body, out var parsedResponse, out var error);
            if (response.IsSuccessStatusCode)
                return parsed ? TransportReply.Answered(parsedResponse!, status) : TransportReply.Garbage(error ?? "unreadable reply", status);
            // An HTTP error: if it still carries a protocol reply, that reply counts; otherwise nobody knows what happened.
            return parsed ? TransportReply.Answered(parsedResponse!, status)
                : TransportReply.NoReply($"HTTP {status}{(body.Length == 0 ? " without body" : " without a protocol reply")}", status,
                    timedOut: status == (int)HttpStatusCode.GatewayTimeout);
        }
        catch (OperationCanceledException) when (callerToken.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException)
        {
            return TransportReply.NoReply($"timed out after {_options.Timeout.TotalSeconds:0.###} s", timedOut: true);
        }
        catch (TimeoutRejectedException)
        {
            return TransportReply.NoReply("attempt timed out", timedOut: true);
        }
        catch (HttpRequestException ex)
        {
            return TransportReply.NoReply("connection failed: " + ex.HttpRequestError, ex.StatusCode is { } s ? (int)s : null);
        }
        catch (IOException ex)
        {
            return TransportReply.NoReply("connection failed: " + ex.GetType().Name);
        }
    }

    private static bool SameOrigin(Uri a, Uri b) =>
        string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase) && string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase) && a.Port == b.Port;

    private static async Task<string?> ReadBodyAsync(HttpResponseMessage response, CancellationToken token)
    {
        if (response.Content.Headers.ContentLength is > KeyValueWire.MaxResponseLength) return null;
        await using var stream = await response.Content.ReadAsStreamAsync(token).ConfigureAwait(false);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var buffer = new char[8192];
        var sb = new StringBuilder();
        int read;
        while ((read = await reader.ReadAsync(buffer.AsMemory(), token).ConfigureAwait(false)) > 0)
        {
            sb.Append(buffer, 0, read);
            if (sb.Length > KeyValueWire.MaxResponseLength) return null;
        }
        return sb.ToString();
    }

    /// <summary>Releases the HTTP client when this transport created it.</summary>
    public void Dispose()
    {
        if (_ownsClient) _http.Dispose();
    }

    /// <summary>Protocol and endpoint; never credentials.</summary>
    public override string ToString() => $"{Protocol} {EndpointSecurity.Describe(_options.Endpoint)} entity={_options.EffectiveEntity}";
}
