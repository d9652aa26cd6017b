using TldToolkit.Client.Wire;

namespace TldToolkit.Client.Transport;

/// <summary>
/// Carries one command to a registrar and brings back its reply. Implementations never throw for
/// network or protocol trouble (only for cancellation by the caller): they report it in the
/// <see cref="TransportReply"/>. The key=value HTTP protocol is one implementation; another
/// registrar protocol (EPP, a REST API) can be added behind the same interface.
/// </summary>
public interface IRegistrarTransport
{
    /// <summary>A short name of the protocol, for logs ("key-value-http").</summary>
    string Protocol { get; }

    /// <summary>Sends <paramref name="command"/> and returns what came back.</summary>
    Task<TransportReply> SendAsync(RegistrarCommand command, CancellationToken cancellationToken = default);
}

/// <summary>What happened to a command on the wire.</summary>
public enum TransportStatus
{
    /// <summary>The registrar answered with a well-formed reply.</summary>
    Answered,
    /// <summary>
    /// No usable reply: timeout, connection reset, an HTTP error without a protocol body. The command
    /// may or may not have been executed.
    /// </summary>
    NoReply,
    /// <summary>A reply arrived but it is not the protocol (garbage, truncated, not a reply at all).</summary>
    ProtocolError,
}

/// <summary>The result of sending one command.</summary>
public sealed class TransportReply
{
    private TransportReply(TransportStatus status, RegistrarResponse? response, string detail, int? httpStatus, bool timedOut = false)
    {
        Status = status;
        Response = response;
        Detail = detail;
        HttpStatus = httpStatus;
        TimedOut = timedOut;
    }

    /// <summary>What happened.</summary>
    public TransportStatus Status { get; }

    /// <summary>The reply, when <see cref="Status"/> is <see cref="TransportStatus.Answered"/>.</summary>
    public RegistrarResponse? Response { get; }

    /// <summary>True when a well-formed reply arrived; the compiler then knows <see cref="Response"/> is not null.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Response))]
    public bool IsAnswered => Status == TransportStatus.Answered;

    /// <summary>A short technical description, safe to log (never contains credentials or the body).</summary>
    public string Detail { get; }

    /// <summary>The HTTP status, when one arrived.</summary>
    public int? HttpStatus { get; }

    /// <summary>
    /// True when nobody answered in time (the client's timeout, or a gateway's 504): the command reached
    /// the registrar or its gateway and may still be running there, so a look-up that finds nothing
    /// yet does not prove it was not executed.
    /// </summary>
    public bool TimedOut { get; }

    /// <summary>A well-formed reply.</summary>
    public static TransportReply Answered(RegistrarResponse response, int? httpStatus = 200) =>
        new(TransportStatus.Answered, response,
            response.Code.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + KeyValueWire.LogSafeDescription(response.Description), httpStatus);

    /// <summary>No usable reply; <paramref name="timedOut"/> when the wait for it ran out (see <see cref="TimedOut"/>).</summary>
    public static TransportReply NoReply(string detail, int? httpStatus = null, bool timedOut = false) => new(TransportStatus.NoReply, null, detail, httpStatus, timedOut);

    /// <summary>A reply that is not the protocol.</summary>
    public static TransportReply Garbage(string detail, int? httpStatus = null) => new(TransportStatus.ProtocolError, null, detail, httpStatus);

    /// <inheritdoc />
    public override string ToString() => $"{Status}: {Detail}";
}
