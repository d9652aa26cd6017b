using Microsoft.Extensions.DependencyInjection;
using TldToolkit.Client.Outcomes;
using TldToolkit.Client.Tests.Support;
using TldToolkit.Client.Transport;
using TldToolkit.Client.Wire;
using TldToolkit.Sandbox;

namespace TldToolkit.Client.Tests;

/// <summary>Issue 15, R13: a redirect from the endpoint must not carry the password (s_pw) to another origin.</summary>
public sealed class RedirectTests
{
    private static async Task<(SandboxRegistrar Endpoint, SandboxRegistrar Elsewhere)> StartPairAsync(Func<string, bool>? redirects = null)
    {
        var elsewhere = await SandboxRegistrar.StartAsync(new SandboxOptions { Catalog = TestTlds.RegistryCatalog(), Password = "pw" });
        var faults = new FaultInjection { RedirectTo = elsewhere.Endpoint, AppliesTo = redirects };
        faults.WithProbability(FaultKind.RedirectElsewhere, 1);
        var endpoint = await SandboxRegistrar.StartAsync(new SandboxOptions { Catalog = TestTlds.RegistryCatalog(), Password = "pw", Faults = faults });
        return (endpoint, elsewhere);
    }

    [Fact]
    public async Task Client_FollowsNoRedirect_QueryOrChange()
    {
        var (endpoint, elsewhere) = await StartPairAsync(c => c is "StatusAccount" or "AddDomain");
        await using var _ = endpoint;
        await using var __ = elsewhere;
        using var client = endpoint.CreateClient(TestTlds.ClientCatalog());

        var query = await client.TestConnectionAsync();
        Assert.Equal(OutcomeKind.TemporaryFailure, query.Kind);
        Assert.Contains("redirect not followed", query.Detail);

        var register = await client.SubmitAsync(TestOrders.Register("redirected.plain"));
        Assert.NotEqual(OutcomeKind.Success, register.Kind); // settled by StatusDomain at the endpoint: not registered
        Assert.Equal(0, endpoint.Registry.RegistrationCount("redirected.plain"));
        Assert.Equal(0, elsewhere.RequestCount); // nothing, and so no password, went to the other origin
    }

    [Fact]
    public async Task DependencyInjectionClient_FollowsNoRedirect()
    {
        var (endpoint, elsewhere) = await StartPairAsync();
        await using var _ = endpoint;
        await using var __ = elsewhere;
        var configuration = RegistrarConfiguration.For(endpoint.Endpoint, "pw");
        await using var services = new ServiceCollection().AddTldToolkit(TestTlds.ClientCatalog(), configuration).BuildServiceProvider();
        var reply = await services.GetRequiredService<IRegistrarTransport>().SendAsync(new RegistrarCommand("StatusAccount", idempotent: true));
        Assert.Equal(TransportStatus.NoReply, reply.Status);
        Assert.Equal(0, elsewhere.RequestCount);
    }

    [Fact]
    public async Task AnApplicationHttpClientThatFollows_GetsTheReplyFromElsewhereIgnored()
    {
        var (endpoint, elsewhere) = await StartPairAsync();
        await using var _ = endpoint;
        await using var __ = elsewhere;
        using var http = new HttpClient(); // follows redirects: the application's choice, not the toolkit's
        var transport = new KeyValueHttpTransport(http, endpoint.ClientOptions());
        var reply = await transport.SendAsync(new RegistrarCommand("StatusAccount", idempotent: true));
        Assert.Equal(TransportStatus.NoReply, reply.Status);
        Assert.Contains("another origin", reply.Detail);
    }
}
