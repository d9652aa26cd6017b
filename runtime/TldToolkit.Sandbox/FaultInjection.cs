namespace TldToolkit.Sandbox;

/// <summary>A fault the sandbox can inject into one request.</summary>
public enum FaultKind
{
    /// <summary>No fault.</summary>
    None,
    /// <summary>Execute the command, then close the connection without a reply.</summary>
    DropReplyAfterCommit,
    /// <summary>Answer HTTP 500 without a body, without executing the command.</summary>
    ServerErrorBeforeCommit,
    /// <summary>Execute the command, then answer HTTP 502/503 without a body.</summary>
    ServerErrorAfterCommit,
    /// <summary>Execute the command, then wait <see cref="FaultInjection.Delay"/> before replying.</summary>
    SlowReply,
    /// <summary>Reset the connection before reading the command (nothing executed).</summary>
    ConnectionReset,
    /// <summary>Execute the command, then answer HTTP 200 with a body that is not the protocol.</summary>
    GarbageReply,
    /// <summary>
    /// Wait <see cref="FaultInjection.Delay"/> first, then execute the command even if the client hung up
    /// meanwhile (a registrar that keeps working after the caller's timeout), then reply if still possible.
    /// </summary>
    SlowCommit,
    /// <summary>Answer HTTP 307 to <see cref="FaultInjection.RedirectTo"/> without executing the command (a hijacked or misconfigured endpoint).</summary>
    RedirectElsewhere,
}

/// <summary>
/// Fault injection of the sandbox, thread-safe and changeable while it runs: faults queued for the
/// next requests (by count), and faults drawn by probability from a seeded random generator.
/// </summary>
public sealed class FaultInjection
{
    private readonly Lock _lock = new();
    private readonly Queue<FaultKind> _queued = new();
    private readonly Dictionary<FaultKind, double> _probabilities = [];
    private readonly Dictionary<FaultKind, int> _injected = [];
    private Random _random = new(1);

    /// <summary>How long a <see cref="FaultKind.SlowReply"/> waits (real time). Default 2 s.</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Where a <see cref="FaultKind.RedirectElsewhere"/> points (another origin by default).</summary>
    public Uri? RedirectTo { get; set; }

    /// <summary>Only commands for which this returns true get faults; all commands when null.</summary>
    public Func<string, bool>? AppliesTo { get; set; }

    /// <summary>Seeds the random generator used for probabilities.</summary>
    public FaultInjection WithSeed(int seed)
    {
        lock (_lock) _random = new Random(seed);
        return this;
    }

    /// <summary>Injects <paramref name="kind"/> with probability <paramref name="probability"/> (0..1) per request.</summary>
    public FaultInjection WithProbability(FaultKind kind, double probability)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(probability, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(probability, 1);
        lock (_lock) _probabilities[kind] = probability;
        return this;
    }

    /// <summary>Injects <paramref name="kind"/> into the next <paramref name="count"/> requests it applies to.</summary>
    public FaultInjection Next(FaultKind kind, int count = 1)
    {
        lock (_lock)
            for (int i = 0; i < count; i++) _queued.Enqueue(kind);
        return this;
    }

    /// <summary>Removes all queued faults and probabilities.</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _queued.Clear();
            _probabilities.Clear();
        }
    }

    /// <summary>How many faults of each kind were injected so far.</summary>
    public IReadOnlyDictionary<FaultKind, int> Injected
    {
        get { lock (_lock) return new Dictionary<FaultKind, int>(_injected); }
    }

    /// <summary>Decides the fault of one request.</summary>
    internal FaultKind Draw(string command)
    {
        if (AppliesTo is { } filter && !filter(command)) return FaultKind.None;
        lock (_lock)
        {
            var kind = FaultKind.None;
            if (_queued.Count > 0) kind = _queued.Dequeue();
            else if (_probabilities.Count > 0)
            {
                double roll = _random.NextDouble(), sum = 0;
                foreach (var (k, p) in _probabilities.OrderBy(p => p.Key))
                {
                    sum += p;
                    if (roll < sum) { kind = k; break; }
                }
            }
            if (kind != FaultKind.None) _injected[kind] = _injected.GetValueOrDefault(kind) + 1;
            return kind;
        }
    }
}
