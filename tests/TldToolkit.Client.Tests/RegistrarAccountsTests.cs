using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TldToolkit.Client.Outcomes;
using TldToolkit.Client.Tests.Support;
using TldToolkit.Sandbox;

namespace TldToolkit.Client.Tests;

/// <summary>AddTldToolkit as .NET applications configure it: validation at start, several named accounts.</summary>
public sealed class RegistrarAccountsTests
{
    [Fact]
    public void ValidateOnStart_StopsTheApplicationAtStart_NamingTheProblemButNoSecret()
    {
        using var services = new ServiceCollection()
            .AddTldToolkit(TestTlds.ClientCatalog(), configure: o =>
            {
                o.Endpoint = new Uri("http://registrar.example/api/call.cgi");
                o.Login = "reseller";
                o.Password = "start-secret-pw";
            })
            .ValidateOnStart()
            .BuildServiceProvider();

        // What the generic host runs before it starts any hosted service.
        var ex = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("HTTPS", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("start-secret-pw", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutValidateOnStart_NothingIsCheckedAtStart()
    {
        using var services = new ServiceCollection()
            .AddTldToolkit(TestTlds.ClientCatalog(), configure: o => o.Endpoint = new Uri("http://registrar.example/api/call.cgi"))
            .BuildServiceProvider();

        services.GetRequiredService<IStartupValidator>().Validate();
        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<RegistrarClient>());
    }

    [Fact]
    public async Task NamedAccounts_AreBoundFromTheirOwnSection_AndTalkToTheirOwnEndpoint()
    {
        await using var first = await SandboxRegistrar.StartAsync(new SandboxOptions { Catalog = TestTlds.RegistryCatalog(), Password = "first-pw", InitialBalance = 111m });
        await using var second = await SandboxRegistrar.StartAsync(new SandboxOptions { Catalog = TestTlds.RegistryCatalog(), Password = "second-pw", InitialBalance = 222m });
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["TldToolkit:Registrar:Endpoint"] = first.Endpoint.ToString(),
            ["TldToolkit:Registrar:Login"] = "sandbox",
            ["TldToolkit:Registrar:Password"] = "first-pw",
            ["TldToolkit:Registrars:wholesale:Endpoint"] = second.Endpoint.ToString(),
            ["TldToolkit:Registrars:wholesale:Login"] = "sandbox",
            ["TldToolkit:Registrars:wholesale:Password"] = "second-pw",
        }).Build();
        await using var services = new ServiceCollection()
            .AddTldToolkit(TestTlds.ClientCatalog(), configuration)
            .AddAccount("wholesale")
            .ValidateOnStart()
            .BuildServiceProvider();
        services.GetRequiredService<IStartupValidator>().Validate();
        var factory = services.GetRequiredService<IRegistrarClientFactory>();

        var defaultBalance = await services.GetRequiredService<RegistrarClient>().GetAccountBalanceAsync();
        var wholesaleBalance = await factory.Create("wholesale").GetAccountBalanceAsync();

        Assert.Equal(OutcomeKind.Success, defaultBalance.Outcome.Kind);
        Assert.Equal(111m, defaultBalance.Amount);
        Assert.Equal(OutcomeKind.Success, wholesaleBalance.Outcome.Kind);
        Assert.Equal(222m, wholesaleBalance.Amount);
        Assert.Equal(1, second.Requests.Count(r => r.Command == "StatusAccount"));
    }

    [Fact]
    public void AnAccountThatWasNeverAdded_FailsClearly()
    {
        using var services = new ServiceCollection()
            .AddTldToolkit(TestTlds.ClientCatalog(), configure: o => { o.Login = "x"; o.Password = "y"; })
            .BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IRegistrarClientFactory>().Create("wholsale"));
        Assert.Contains("'wholsale'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnInvalidNamedAccount_IsReportedWithItsName()
    {
        using var services = new ServiceCollection()
            .AddTldToolkit(TestTlds.ClientCatalog(), configure: o => { o.Login = "x"; o.Password = "y"; })
            .AddAccount("backup", o => o.Login = "only-a-login")
            .ValidateOnStart()
            .BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("registrar account 'backup'", ex.Message, StringComparison.Ordinal);
    }
}
