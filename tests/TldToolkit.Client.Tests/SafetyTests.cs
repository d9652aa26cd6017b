using TldToolkit.Client.Outcomes;
using TldToolkit.Client.Tests.Support;
using TldToolkit.Client.Transport;
using TldToolkit.Client.Wire;
using TldToolkit.Sandbox;

namespace TldToolkit.Client.Tests;

public sealed class SafetyTests
{
    [Theory]
    [InlineData("https://api.example.net/api/call.cgi", true)]
    [InlineData("http://127.0.0.1:8080/api/call.cgi", true)]
    [InlineData("http://127.1.2.3/api/call.cgi", true)]
    [InlineData("http://[::1]:9000/api/call.cgi", true)]
    [InlineData("http://localhost:9000/api/call.cgi", true)]
    [InlineData("http://api.example.net/api/call.cgi", false)]
    [InlineData("http://10.0.0.1/api/call.cgi", false)]
    [InlineData("ftp://127.0.0.1/api/call.cgi", false)]
    [InlineData("https://user:S3cret!pw@api.example.net/api/call.cgi", false)]
    [InlineData("https://api.example.net/api/call.cgi?s_login=reseller&s_pw=S3cret!pw", false)]
    public void HttpsIsRequiredExceptForLoopback(string endpoint, bool allowed)
    {
        var options = new RegistrarOptions { Endpoint = new Uri(endpoint), Login = "reseller", Password = "S3cret!pw" };
        if (options.Endpoint.Query.Length == 0 && options.Endpoint.UserInfo.Length == 0)
            Assert.Equal(allowed, EndpointSecurity.IsAllowed(options.Endpoint));
        Assert.Equal(allowed, options.Validate().Count == 0);
        if (allowed)
        {
            using var transport = KeyValueHttpTransport.Create(options);
        }
        else
        {
            var ex = Assert.Throws<ArgumentException>(() => KeyValueHttpTransport.Create(options));
            Assert.Contains(options.Endpoint.Query.Length > 0 || options.Endpoint.UserInfo.Length > 0 ? "query string" : "HTTPS", ex.Message);
            Assert.DoesNotContain("S3cret", ex.Message);
            Assert.DoesNotContain("reseller", ex.Message);
        }
    }

    [Fact]
    public async Task CredentialsNeverAppearInLogsExceptionsOrToString()
    {
        const string password = "Pw-Very-Secret-42";
        const string login = "reseller-login-xyz";
        var logs = new ListLoggerProvider();
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
        var faults = new FaultInjection();
        await using var sandbox = await SandboxRegistrar.StartAsync(new SandboxOptions
        {
            Catalog = TestTlds.RegistryCatalog(),
            TimeProvider = time,
            Login = login,
            Password = password,
            LoggerFactory = logs,
            Faults = faults,
        });
        var options = sandbox.ClientOptions();
        options.Role = "api-role";
        options.QueryRetryDelay = TimeSpan.FromMilliseconds(1);
        using var client = sandbox.CreateClient(TestTlds.ClientCatalog(), logs, options);

        var outcomes = new List<RegistrarOutcome>
        {
            await client.SubmitAsync(TestOrders.Register("secret.test")),
            await client.TestConnectionAsync(),
        };
        sandbox.Registry.AddForeignDomain("moving.plain", "Auth-Code-Zz9");
        outcomes.Add(await client.SubmitAsync(TestOrders.Transfer("moving.plain", "Auth-Code-Zz9")));
        faults.AppliesTo = command => command == "AddDomain";
        faults.Next(FaultKind.DropReplyAfterCommit);
        outcomes.Add(await client.SubmitAsync(TestOrders.Register("dropped.plain")));
        faults.AppliesTo = null;
        options.Password = "wrong-" + password;
        using (var wrong = sandbox.CreateClient(TestTlds.ClientCatalog(), logs, options))
            outcomes.Add(await wrong.TestConnectionAsync());

        Assert.Equal(OutcomeKind.Success, outcomes[0].Kind);
        Assert.Equal(OutcomeKind.Pending, outcomes[2].Kind);
        Assert.Equal(OutcomeKind.Success, outcomes[3].Kind);
        Assert.True(outcomes[3].ResolvedAfterLostReply);
        Assert.Equal(OutcomeKind.AuthenticationFailed, outcomes[4].Kind);

        var everything = string.Join("\n", logs.All, string.Join("\n", outcomes), options.ToString(), client.Transport.ToString());
        Assert.Contains("Registrar request", logs.All); // the request itself was logged ...
        Assert.Contains("COMMAND = AddDomain", logs.All);
        Assert.Contains("AUTH = ***", logs.All); // ... with the auth code masked
        Assert.DoesNotContain(password, everything);
        Assert.DoesNotContain(login, everything);
        Assert.DoesNotContain("Auth-Code-Zz9", everything);

        var bad = new RegistrarOptions { Endpoint = new Uri("http://registrar.example/api"), Login = login, Password = password };
        var ex = Assert.Throws<ArgumentException>(() => RegistrarClient.Create(TestTlds.ClientCatalog(), bad));
        Assert.DoesNotContain(password, ex.ToString());
        Assert.DoesNotContain(login, ex.ToString());
    }

    [Fact]
    public void CommandValuesCannotInjectLines()
    {
        var command = new RegistrarCommand("AddDomain", false).Add("DOMAIN", "a.test\nCOMMAND = DeleteDomain\r\nX=1");
        var text = command.ToWireText();
        Assert.Equal(2, text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.True(KeyValueWire.TryParseCommand(text, out var name, out var parameters));
        Assert.Equal("AddDomain", name);
        Assert.Single(parameters);
    }
}
