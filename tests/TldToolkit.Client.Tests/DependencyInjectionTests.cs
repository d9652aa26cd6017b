using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TldToolkit.Client.Outcomes;
using TldToolkit.Client.Tests.Support;
using TldToolkit.Client.Transport;
using TldToolkit.Sandbox;

namespace TldToolkit.Client.Tests;

public sealed class DependencyInjectionTests
{
    private static async Task<(SandboxRegistrar Sandbox, ServiceProvider Services, ListLoggerProvider Logs)> StartAsync(FaultInjection faults)
    {
        var sandbox = await SandboxRegistrar.StartAsync(new SandboxOptions { Catalog = TestTlds.RegistryCatalog(), Password = "di-secret-pw", Faults = faults });
        var configuration = RegistrarConfiguration.For(sandbox.Endpoint, "di-secret-pw", timeout: "00:00:05");
        var logs = new ListLoggerProvider();
        var services = new ServiceCollection()
            .AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace))
            .AddTldToolkit(TestTlds.ClientCatalog(), configuration, o => o.QueryRetries = 2)
            .BuildServiceProvider();
        return (sandbox, services, logs);
    }

    [Fact]
    public async Task OptionsBindFromConfiguration_AndQueriesAreRetried()
    {
        var faults = new FaultInjection();
        var (sandbox, services, logs) = await StartAsync(faults);
        await using var _ = sandbox;
        await using var __ = services;

        var options = services.GetRequiredService<IOptions<RegistrarOptions>>().Value;
        Assert.Equal(sandbox.Endpoint, options.Endpoint);
        Assert.Equal(TimeSpan.FromSeconds(5), options.Timeout);
        Assert.Equal(2, options.QueryRetries);

        var client = services.GetRequiredService<RegistrarClient>();
        faults.Next(FaultKind.ServerErrorBeforeCommit, 2);
        var balance = await client.GetAccountBalanceAsync();
        Assert.Equal(OutcomeKind.Success, balance.Outcome.Kind);
        Assert.Equal(3, sandbox.Requests.Count(r => r.Command == "StatusAccount"));
        Assert.DoesNotContain("di-secret-pw", logs.All);
    }

    [Fact]
    public async Task ChangingCommandsAreNeverRetried()
    {
        var faults = new FaultInjection { AppliesTo = c => c == "AddDomain" };
        var (sandbox, services, _) = await StartAsync(faults);
        await using var _1 = sandbox;
        await using var _2 = services;
        var client = services.GetRequiredService<RegistrarClient>();

        faults.Next(FaultKind.ServerErrorBeforeCommit); // one fault: a retry would have succeeded
        var outcome = await client.SubmitAsync(TestOrders.Register("once.plain"));

        Assert.Equal(OutcomeKind.TemporaryFailure, outcome.Kind);
        Assert.True(outcome.ResolvedAfterLostReply);
        Assert.Equal(1, sandbox.Requests.Count(r => r.Command == "AddDomain"));
        Assert.Equal(0, sandbox.Registry.RegistrationCount("once.plain"));

        var again = await client.SubmitAsync(TestOrders.Register("once.plain"));
        Assert.Equal(OutcomeKind.Success, again.Kind);
    }

    [Fact]
    public async Task AnApplicationWideStandardResilienceHandler_DoesNotRetryChangingCommands()
    {
        // The application gives every HttpClient Microsoft's standard resilience handler, which retries
        // POSTs on 5xx. For AddDomain that would register once, then report "not available".
        var faults = new FaultInjection { AppliesTo = c => c == "AddDomain" };
        await using var sandbox = await SandboxRegistrar.StartAsync(new SandboxOptions { Catalog = TestTlds.RegistryCatalog(), Password = "std-pw", Faults = faults });
        var services = new ServiceCollection();
        services.ConfigureHttpClientDefaults(b => b.AddStandardResilienceHandler(o => o.Retry.Delay = TimeSpan.FromMilliseconds(1)));
        services.AddTldToolkit(TestTlds.ClientCatalog(), configure: o =>
        {
            o.Endpoint = sandbox.Endpoint;
            o.Entity = "1234";
            o.Login = "sandbox";
            o.Password = "std-pw";
        });
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<RegistrarClient>();
        faults.Next(FaultKind.ServerErrorAfterCommit);                  // executed, then 502/503 without a body

        var outcome = await client.SubmitAsync(TestOrders.Register("standard.plain"));

        Assert.Equal(OutcomeKind.Success, outcome.Kind);
        Assert.True(outcome.ResolvedAfterLostReply);
        Assert.Equal(1, sandbox.Requests.Count(r => r.Command == "AddDomain"));
        Assert.Equal(1, sandbox.Registry.RegistrationCount("standard.plain"));
    }

    [Fact]
    public void OptionsCanBeReadWithoutDependencyInjection()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["TldToolkit:Registrar:Endpoint"] = "https://api.example.net/api/call.cgi",
            ["TldToolkit:Registrar:Environment"] = "Live",
            ["TldToolkit:Registrar:Login"] = "reseller",
            ["TldToolkit:Registrar:Role"] = "api",
            ["TldToolkit:Registrar:Password"] = "pw",
        }).Build();
        var options = RegistrarOptions.FromConfiguration(configuration);
        Assert.Equal("54cd", options.EffectiveEntity);
        Assert.Equal("reseller!api", options.EffectiveLogin);
        Assert.Empty(options.Validate());
        Assert.Equal("Registrar https://api.example.net/api/call.cgi entity=54cd login=*** password=***", options.ToString());
        options.Environment = RegistrarEnvironment.Test;
        Assert.Equal("1234", options.EffectiveEntity);
    }

    [Fact]
    public void PlainHttpToARemoteHostIsRefused()
    {
        var services = new ServiceCollection()
            .AddTldToolkit(TestTlds.ClientCatalog(), configure: o =>
            {
                o.Endpoint = new Uri("http://registrar.example/api/call.cgi");
                o.Login = "x";
                o.Password = "y-secret";
            })
            .BuildServiceProvider();
        var ex = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IRegistrarTransport>());
        Assert.Contains("HTTPS", ex.Message);
        Assert.DoesNotContain("y-secret", ex.Message);
    }
}
