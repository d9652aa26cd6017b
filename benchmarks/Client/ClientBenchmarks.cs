using BenchmarkDotNet.Attributes;
using TldToolkit.BuiltIn;
using TldToolkit.Client;
using TldToolkit.Client.Outcomes;
using TldToolkit.Client.Sync;
using TldToolkit.Orders;
using TldToolkit.Sandbox;

namespace TldToolkit.Benchmarks.Client;

/// <summary>
/// The registrar client against the embedded sandbox registrar on 127.0.0.1 (Kestrel, same process),
/// over one pooled <c>SocketsHttpHandler</c> per client, so connections are reused. Requests per
/// second are 1 / mean for the one-request benchmarks, and OperationsPerInvoke-scaled for the
/// concurrent one. Client and sandbox share the machine's two cores: the figures are for the pair.
/// </summary>
[MemoryDiagnoser]
public class ClientBenchmarks
{
    private const int Concurrency = 8;
    private const int QueriesPerWorker = 8;

    private SandboxRegistrar _sandbox = null!;
    private RegistrarClient _client = null!;
    private int _next;
    private string _runId = "";

    /// <summary>Starts the sandbox with a large balance and registers one domain to query.</summary>
    [GlobalSetup]
    public void Setup()
    {
        (_sandbox, _client) = ClientSetup.StartAsync().GetAwaiter().GetResult();
        _runId = Guid.NewGuid().ToString("N")[..8];
        var outcome = _client.RegisterAsync(ClientSetup.Order("bench-query.com")).GetAwaiter().GetResult();
        if (!outcome.IsAccepted) throw new InvalidOperationException("Setup registration failed: " + outcome);
    }

    /// <summary>Stops client and sandbox.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _sandbox.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    /// <summary>One StatusDomain query, waited for (latency; requests/s = 1 / mean).</summary>
    [Benchmark]
    public async Task<DateOnly?> StatusQuery()
    {
        var status = await _client.GetDomainStatusAsync("bench-query.com");
        if (status.ExpiresOn is null) throw new InvalidOperationException("Status query failed: " + status.Outcome);
        return status.ExpiresOn;
    }

    /// <summary>StatusDomain queries from 8 concurrent callers (throughput; the mean is per query).</summary>
    [Benchmark(OperationsPerInvoke = Concurrency * QueriesPerWorker)]
    public async Task<int> StatusQueries8Concurrent()
    {
        var workers = new Task<int>[Concurrency];
        for (int w = 0; w < Concurrency; w++)
        {
            workers[w] = Task.Run(async () =>
            {
                int ok = 0;
                for (int i = 0; i < QueriesPerWorker; i++)
                    if ((await _client.GetDomainStatusAsync("bench-query.com")).ExpiresOn is not null) ok++;
                return ok;
            });
        }
        var done = await Task.WhenAll(workers);
        int total = done.Sum();
        if (total != Concurrency * QueriesPerWorker) throw new InvalidOperationException($"{Concurrency * QueriesPerWorker - total} status queries failed.");
        return total;
    }

    /// <summary>
    /// One registration end to end: validation by the generated .com validator, AddContact (NEW = 0,
    /// answered with the existing handle) and AddDomain: two requests.
    /// </summary>
    [Benchmark]
    public async Task<OutcomeKind> Register()
    {
        var outcome = await _client.RegisterAsync(ClientSetup.Order($"bench-{_runId}-{Interlocked.Increment(ref _next)}.com"));
        if (!outcome.IsAccepted) throw new InvalidOperationException("Registration failed: " + outcome);
        return outcome.Kind;
    }
}

/// <summary>
/// A sync of <see cref="DomainCount"/> domains (10,000) that the sandbox account holds, all Active
/// locally: the client's batches of 50 with four StatusDomain queries in flight.
/// </summary>
[MemoryDiagnoser]
public class ClientSyncBenchmarks
{
    /// <summary>How many domains (the smoke test lowers it; TLDTOOLKIT_BENCH_SYNC_COUNT overrides).</summary>
    public static int DomainCount { get; set; } =
        int.TryParse(Environment.GetEnvironmentVariable("TLDTOOLKIT_BENCH_SYNC_COUNT"), out var n) && n > 0 ? n : 10_000;

    /// <summary>The domain counts to run (one: <see cref="DomainCount"/>).</summary>
    public static IEnumerable<int> DomainCounts => [DomainCount];

    /// <summary>Number of domains synced (shown in the results).</summary>
    [ParamsSource(nameof(DomainCounts))]
    public int Domains { get; set; }

    private SandboxRegistrar _sandbox = null!;
    private RegistrarClient _client = null!;
    private DomainSyncItem[] _items = [];

    /// <summary>Starts the sandbox and registers the domains through the client (8 at a time).</summary>
    [GlobalSetup]
    public void Setup()
    {
        (_sandbox, _client) = ClientSetup.StartAsync().GetAwaiter().GetResult();
        _items = Enumerable.Range(1, Domains).Select(i => new DomainSyncItem($"sync-{i:D5}.com", LocalDomainState.Active)).ToArray();
        Parallel.ForEachAsync(_items, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (item, ct) =>
        {
            var outcome = await _client.RegisterAsync(ClientSetup.Order(item.Domain), ct);
            if (!outcome.IsAccepted) throw new InvalidOperationException("Setup registration failed: " + outcome);
        }).GetAwaiter().GetResult();
    }

    /// <summary>Stops client and sandbox.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _sandbox.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    /// <summary>Syncs every domain; all must come back Active.</summary>
    [Benchmark]
    public async Task<int> Sync()
    {
        var results = await _client.SyncDomainsAsync(_items);
        int active = results.Count(r => r.Status == DomainSyncStatus.Active);
        if (active != _items.Length) throw new InvalidOperationException($"{_items.Length - active} of {_items.Length} domains did not sync as Active: {results.FirstOrDefault(r => r.Status != DomainSyncStatus.Active)}");
        return active;
    }
}

internal static class ClientSetup
{
    public static async Task<(SandboxRegistrar, RegistrarClient)> StartAsync()
    {
        var sandbox = await SandboxRegistrar.StartAsync(new SandboxOptions
        {
            Catalog = Tlds.Catalog,
            InitialBalance = 1_000_000_000m,
        });
        return (sandbox, sandbox.CreateClient());
    }

    private static readonly Contact Registrant = new()
    {
        Type = RegistrantType.Individual,
        FirstName = "Alex",
        LastName = "Sample",
        Street = ["1 Main Street"],
        City = "Springfield",
        PostalCode = "12345",
        Country = "US",
        Email = "alex@example.net",
        Phone = "+1.2125550100",
    };

    public static DomainOrder Order(string domain) => new()
    {
        Operation = DomainOperation.Register,
        Domain = domain,
        Years = 1,
        Nameservers = ["ns1.example.net", "ns2.example.net"],
        Contacts = new ContactSet { Registrant = Registrant },
    };
}
