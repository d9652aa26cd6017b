using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
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

    /// <summary>A contact whose every value is easy to find in a log.</summary>
    private static Orders.Contact Traceable(string email = "ada.lovelace.private@example.org") => new()
    {
        Type = Orders.RegistrantType.Individual,
        FirstName = "Adelheid",
        LastName = "Lovelacewitz",
        Organization = "Analytical Engines Ltd",
        Street = ["42 Babbage Crescent"],
        City = "Marylebone",
        State = "Greater London",
        PostalCode = "NW1 6XE",
        Country = "GB",
        Email = email,
        Phone = "+44.2079460958",
        Fax = "+44.2079460959",
    };

    private static readonly string[] PersonalValues =
        ["Adelheid", "Lovelacewitz", "Analytical Engines", "Babbage Crescent", "Marylebone", "Greater London", "NW1 6XE",
         "ada.lovelace", "2079460958", "2079460959", "98765432"];

    [Fact]
    public async Task CredentialsAndPersonalDataNeverAppearInLogsExceptionsOrToString()
    {
        const string password = "Pw-Very-Secret-42";
        const string login = "reseller-login-xyz";
        var logs = new ListLoggerProvider(); // enabled for every level, Trace included
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
            await client.SubmitAsync(TestOrders.Register("secret.test", Traceable(), TestOrders.TestFields(companyNumber: "98765432"))),
            await client.TestConnectionAsync(),
        };
        sandbox.Registry.AddForeignDomain("moving.plain", "Auth-Code-Zz9");
        outcomes.Add(await client.SubmitAsync(TestOrders.Transfer("moving.plain", "Auth-Code-Zz9")));
        faults.AppliesTo = command => command == "AddDomain";
        faults.Next(FaultKind.DropReplyAfterCommit);
        outcomes.Add(await client.SubmitAsync(TestOrders.Register("dropped.plain", Traceable())));
        faults.AppliesTo = null;
        // Rejected by validation (the message quotes the bad e-mail) and by the registrar (e-mail domain refused).
        outcomes.Add(await client.SubmitAsync(TestOrders.Register("typo.plain", Traceable("ada.lovelace.private@@example.org"))));
        outcomes.Add(await client.SubmitAsync(TestOrders.Register("refused.plain", Traceable("ada.lovelace.private@mail.invalid"))));
        outcomes.Add(await client.SubmitAsync(new Orders.DomainOrder
        {
            Operation = Orders.DomainOperation.OwnerChange,
            Domain = "secret.test",
            Contacts = new Orders.ContactSet { Registrant = Traceable("ada.lovelace.new@example.org") },
            Fields = new Dictionary<string, string?> { ["legalType"] = "cco" },
        }));
        var contacts = await client.ListContactsAsync();
        options.Password = "wrong-" + password;
        using (var wrong = sandbox.CreateClient(TestTlds.ClientCatalog(), logs, options))
            outcomes.Add(await wrong.TestConnectionAsync());

        Assert.Equal(OutcomeKind.Success, outcomes[0].Kind);
        Assert.Equal(OutcomeKind.Pending, outcomes[2].Kind);
        Assert.Equal(OutcomeKind.Success, outcomes[3].Kind);
        Assert.True(outcomes[3].ResolvedAfterLostReply);
        Assert.Equal(OutcomeKind.ValidationFailed, outcomes[4].Kind);
        Assert.Contains("ada.lovelace.private@@example.org", outcomes[4].Message); // the customer still sees what was wrong ...
        Assert.Equal(OutcomeKind.InvalidContactData, outcomes[5].Kind);
        Assert.Equal(OutcomeKind.Success, outcomes[6].Kind);
        Assert.Contains(contacts.Contacts, c => c.Email == "ada.lovelace.new@example.org"); // ... and the caller gets the data
        Assert.Equal(OutcomeKind.AuthenticationFailed, outcomes[7].Kind);

        Assert.Contains(LogLevel.Debug, logs.Levels);                   // the verbose levels were captured
        Assert.Contains("Registrar request", logs.All);                // the request itself was logged ...
        Assert.Contains("COMMAND = AddDomain", logs.All);               // ... with command name, domain, period and parameter names
        Assert.Contains("DOMAIN = secret.test", logs.All);
        Assert.Contains("PERIOD = 1", logs.All);
        Assert.Contains("NAMESERVER0 = ns1.example.net", logs.All);
        Assert.Contains("COMMAND = AddContact FIRSTNAME = *** LASTNAME = *** ORGANIZATION = *** STREET0 = *** CITY = *** STATE = *** ZIP = *** COUNTRY = *** PHONE = *** FAX = *** EMAIL = *** NEW = 0", logs.All);
        Assert.Contains("X-TEST-COMPANY-NUMBER = ***", logs.All);
        Assert.Contains("AUTH = ***", logs.All);                        // ... and the auth code masked

        var everything = string.Join("\n", logs.All, string.Join("\n", outcomes.Select(o => o.ToString())), options.ToString(), client.Transport.ToString());
        Assert.DoesNotContain(password, everything);
        Assert.DoesNotContain(login, everything);
        Assert.DoesNotContain("Auth-Code-Zz9", everything);
        foreach (var value in PersonalValues)
            Assert.DoesNotContain(value, everything);

        var bad = new RegistrarOptions { Endpoint = new Uri("http://registrar.example/api"), Login = login, Password = password };
        var ex = Assert.Throws<ArgumentException>(() => RegistrarClient.Create(TestTlds.ClientCatalog(), bad));
        Assert.DoesNotContain(password, ex.ToString());
        Assert.DoesNotContain(login, ex.ToString());
    }

    [Fact]
    public async Task PersonalDataNeverAppearsInLogs_WithDependencyInjectionAtTraceLevel()
    {
        await using var sandbox = await SandboxRegistrar.StartAsync(new SandboxOptions { Catalog = TestTlds.RegistryCatalog(), Password = "di-pw-123" });
        var logs = new ListLoggerProvider();
        await using var services = new ServiceCollection()
            .AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace))
            .AddTldToolkit(TestTlds.ClientCatalog(), configure: o =>
            {
                o.Endpoint = sandbox.Endpoint;
                o.Entity = "1234";
                o.Login = "sandbox";
                o.Password = "di-pw-123";
            })
            .BuildServiceProvider();
        var client = services.GetRequiredService<RegistrarClient>();

        var outcome = await client.SubmitAsync(TestOrders.Register("traced.test", Traceable(), TestOrders.TestFields(companyNumber: "98765432")));

        Assert.Equal(OutcomeKind.Success, outcome.Kind);
        Assert.Contains(LogLevel.Trace, logs.Levels);                   // HttpClientFactory's own handlers logged at Trace
        Assert.Contains("DOMAIN = traced.test", logs.All);
        foreach (var value in PersonalValues.Append("di-pw-123"))
            Assert.DoesNotContain(value, logs.All);
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
