using System.Security.Cryptography;

namespace TldToolkit.Sandbox.Protocol;

/// <summary>
/// API sessions (USER/SESSION/STARTSESSION.md, ENDSESSION.md): StartSession returns an id that
/// replaces login and password (<c>s_session</c>) until EndSession or until it has been idle for its
/// TIMEOUT (60–3600 s, default 600) or has lived MAXTTL (60–86400 s, default 86400), on the sandbox clock.
/// In memory only; at most <see cref="MaxSessions"/> at once (the oldest go first).
/// </summary>
internal sealed class Sessions(TimeProvider time)
{
    public const int MaxSessions = 1000;

    private sealed record Session(DateTimeOffset Started, TimeSpan Idle, TimeSpan Lifetime)
    {
        public DateTimeOffset LastUsed { get; set; } = Started;
    }

    private readonly Lock _lock = new();
    private readonly Dictionary<string, Session> _sessions = new(StringComparer.Ordinal);

    /// <summary>StartSession: a new id, or the reply refusing TIMEOUT / MAXTTL.</summary>
    public SandboxReply Start(IReadOnlyDictionary<string, string> p)
    {
        if (Seconds(p, "TIMEOUT", 60, 3600, 600, out var idle) is { } badTimeout) return badTimeout;
        if (Seconds(p, "MAXTTL", 60, 86400, 86400, out var lifetime) is { } badTtl) return badTtl;
        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        lock (_lock)
        {
            Expire();
            while (_sessions.Count >= MaxSessions)
                _sessions.Remove(_sessions.MinBy(s => s.Value.Started).Key);
            _sessions[id] = new Session(time.GetUtcNow(), idle, lifetime);
        }
        return Replies.Ok(("SESSION", id));
    }

    /// <summary>True (and the session's idle clock restarts) when <paramref name="id"/> is a live session.</summary>
    public bool Use(string id)
    {
        lock (_lock)
        {
            Expire();
            if (!_sessions.TryGetValue(id, out var session)) return false;
            session.LastUsed = time.GetUtcNow();
            return true;
        }
    }

    /// <summary>EndSession.</summary>
    public SandboxReply End(string? id)
    {
        lock (_lock) return id is not null && _sessions.Remove(id) ? Replies.Ok() : Replies.NotFound("SESSION");
    }

    private void Expire()
    {
        var now = time.GetUtcNow();
        foreach (var (id, s) in _sessions.ToList())
            if (now - s.LastUsed > s.Idle || now - s.Started > s.Lifetime) _sessions.Remove(id);
    }

    private static SandboxReply? Seconds(IReadOnlyDictionary<string, string> p, string name, int min, int max, int fallback, out TimeSpan value)
    {
        value = TimeSpan.FromSeconds(fallback);
        if (!p.TryGetValue(name, out var text)) return null;
        if (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds))
            return Replies.InvalidSyntax(name);
        if (seconds < min || seconds > max) return Replies.InvalidValue(name);
        value = TimeSpan.FromSeconds(seconds);
        return null;
    }
}
