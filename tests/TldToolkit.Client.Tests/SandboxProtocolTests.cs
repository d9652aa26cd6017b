using System.Net;
using System.Text;
using TldToolkit.Client.Outcomes;
using TldToolkit.Client.Tests.Support;
using TldToolkit.Sandbox;

namespace TldToolkit.Client.Tests;

/// <summary>The sandbox's HTTP side against request shapes other clients send, and against hostile ones.</summary>
public sealed class SandboxProtocolTests
{
    private static Task<SandboxRegistrar> StartAsync(ManualTimeProvider? time = null, TldToolkit.Catalog.TldCatalog? catalog = null, decimal balance = 1000m) =>
        SandboxRegistrar.StartAsync(new SandboxOptions
        {
            Catalog = catalog ?? TestTlds.RegistryCatalog(),
            Password = "pw",
            InitialBalance = balance,
            TimeProvider = time ?? new ManualTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero)),
        });

    [Theory]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("text/plain;charset=UTF-8")] // the official Node.js SDK
    [InlineData("application/octet-stream")]
    [InlineData(null)]
    public async Task FormBody_IsReadWhateverTheContentType(string? contentType)
    {
        await using var sandbox = await StartAsync();
        var (status, reply, _) = await RawPost.SendAsync(sandbox, RawPost.Form("COMMAND=StatusAccount"), contentType);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(200, reply!.Code);
    }

    [Fact]
    public async Task MultipartBody_IsRead()
    {
        await using var sandbox = await StartAsync();
        using var form = new MultipartFormDataContent
        {
            { new StringContent("1234"), "s_entity" }, { new StringContent("sandbox"), "s_login" },
            { new StringContent("pw"), "s_pw" }, { new StringContent("COMMAND = StatusAccount"), "s_command" },
        };
        var body = await form.ReadAsByteArrayAsync();
        var (status, reply, _) = await RawPost.SendAsync(sandbox, body, form.Headers.ContentType!.ToString());
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(200, reply!.Code);
    }

    public static TheoryData<string, byte[], string?, int> BadRequests() => new()
    {
        { "JSON", Encoding.UTF8.GetBytes("{\"command\":\"StatusAccount\"}"), "application/json", 530 },
        { "invalid UTF-8", [0xff, 0xfe, 0x80, 0x3d, 0x26, 0xc3], "text/plain", 530 },
        { "no command", Encoding.UTF8.GetBytes(RawPost.Form("")), "text/plain", 504 },
        { "a command without COMMAND", Encoding.UTF8.GetBytes(RawPost.Form("DOMAIN = x.plain")), "text/plain", 504 },
        { "two passwords", Encoding.UTF8.GetBytes(RawPost.Form("COMMAND=StatusAccount") + "&s_pw=other"), null, 507 },
        { "bad percent-encoding", Encoding.UTF8.GetBytes("s_entity=%zz&s_pw=%&s_command=%E0%A4%A"), null, 530 },
        { "an unknown command", Encoding.UTF8.GetBytes(RawPost.Form("COMMAND=Drop\u202eTable\u001b[2J")), null, 500 },
        { "multipart without a boundary", Encoding.UTF8.GetBytes(RawPost.Form("COMMAND=StatusAccount")), "multipart/form-data", 507 },
        { "multipart with a broken body", Encoding.UTF8.GetBytes("--b\r\nContent-Disposition: form-data; name=\"s_pw\"\r\n\r\npw"), "multipart/form-data; boundary=b", 507 },
        { "more than 1 MiB", Encoding.UTF8.GetBytes(RawPost.Form("COMMAND=StatusAccount\nX=" + new string('a', 1_100_000))), null, 507 },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task BadRequest_GetsADocumentedErrorReply_NeverA500(string what, byte[] body, string? contentType, int code)
    {
        await using var sandbox = await StartAsync();
        var (status, reply, text) = await RawPost.SendAsync(sandbox, body, contentType);
        Assert.True(status == HttpStatusCode.OK, $"{what}: HTTP {(int)status}");
        Assert.True(reply is not null, $"{what}: not a reply: {text}");
        Assert.Equal(code, reply!.Code);
        Assert.DoesNotContain('\u001b', text);
        Assert.DoesNotContain('\u202e', text);
    }

    [Fact]
    public async Task Get_IsRefusedWithAReply_CredentialsBelongInTheBody()
    {
        await using var sandbox = await StartAsync();
        var (status, reply, _) = await RawPost.SendAsync(sandbox, [], null, HttpMethod.Get);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(507, reply!.Code);
    }

    [Fact]
    public async Task Session_ReplacesLoginAndPassword_UntilEndSessionOrIdleTimeout()
    {
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
        await using var sandbox = await StartAsync(time);
        var session = (await RawPost.CommandAsync(sandbox, "COMMAND=StartSession\nTIMEOUT=60")).Property("SESSION")!;
        Assert.Equal(200, (await RawPost.CommandAsync(sandbox, "COMMAND=StatusAccount", session)).Code);
        time.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal(530, (await RawPost.CommandAsync(sandbox, "COMMAND=StatusAccount", session)).Code);

        var second = (await RawPost.CommandAsync(sandbox, "COMMAND=StartSession")).Property("SESSION")!;
        Assert.Equal(200, (await RawPost.CommandAsync(sandbox, "COMMAND=EndSession", second)).Code);
        Assert.Equal(530, (await RawPost.CommandAsync(sandbox, "COMMAND=StatusAccount", second)).Code);
        Assert.Equal(541, (await RawPost.CommandAsync(sandbox, "COMMAND=StartSession\nTIMEOUT=5")).Code);
    }

    [Fact]
    public async Task NothingAClientSends_BooksADomainTwice_OrLosesACharge()
    {
        await using var sandbox = await StartAsync(balance: 100m);
        var owner = (await RawPost.CommandAsync(sandbox, "COMMAND=AddContact\nNAME=Jane Doe\nSTREET=1 Main St\nCITY=Town\nZIP=1\nCOUNTRY=US\nPHONE=+1.5555550100\nEMAIL=j@example.org")).Property("CONTACT");
        string Add(string extra = "") => $"COMMAND=AddDomain\nDOMAIN=once.plain\nOWNERCONTACT0={owner}\n{extra}";
        var replies = new List<int>();
        foreach (var command in new[]
        {
            Add(), Add(), Add("DOMAIN=ONCE.PLAIN."), Add("PERIOD=1Y"), Add("PERIOD=12M"),
            Add("PERIOD=-1").Replace("once.", "fresh."), Add("PERIOD=99999999999").Replace("once.", "fresh."),
            "COMMAND=AddDomain\nDOMAIN=once.plain\nDOMAIN=twice.plain\nOWNERCONTACT0=" + owner, // the last DOMAIN counts, once
            "COMMAND=AddDomain\nDOMAIN=twice.plain\nOWNERCONTACT0=" + owner,
            "COMMAND=RenewDomain\nDOMAIN=once.plain\nPERIOD=1\nEXPIRATION=2027", "COMMAND=RenewDomain\nDOMAIN=once.plain\nPERIOD=1\nEXPIRATION=2027",
        })
            replies.Add((await RawPost.CommandAsync(sandbox, command)).Code);
        Assert.Equal([200, 554, 554, 554, 554, 505, 505, 200, 554, 200, 555], replies);
        Assert.Equal(1, sandbox.Registry.RegistrationCount("once.plain"));
        Assert.Equal(1, sandbox.Registry.RegistrationCount("twice.plain"));
        Assert.Equal(0, sandbox.Registry.RegistrationCount("fresh.plain"));
        Assert.Equal(100m - sandbox.Registry.Ledger.Sum(e => e.Amount), sandbox.Registry.Balance);
        Assert.Equal(70m, sandbox.Registry.Balance);
    }

    [Theory]
    // A damaged file is refused with a message (hardening R10) rather than started empty: a start would
    // save empty books over the file and lose what a person could still repair.
    [InlineData("{\"Domains\":null,\"Transfers\":null,\"Contacts\":null,\"Ledger\":null}")]
    [InlineData("{\"Domains\":[null,{\"Name\":null}],\"Contacts\":{\"P-1\":null},\"Ledger\":[null]}")]
    [InlineData("{\"Domains\":[{\"Name\":\"kept.plain\",\"InAccount\":true,\"Contacts\":null,\"Nameservers\":null,\"RegistryParameters\":null,\"AuthCode\":null}]}")]
    [InlineData("not json at all")]
    [InlineData("null")]
    public async Task DamagedStateFile_FailsWithInvalidDataException(string content)
    {
        var file = Path.Combine(Path.GetTempPath(), $"tldtoolkit-state-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, content);
        try
        {
            await Assert.ThrowsAsync<InvalidDataException>(() => SandboxRegistrar.StartAsync(new SandboxOptions { Catalog = TestTlds.RegistryCatalog(), Password = "pw", StateFile = file }));
            Assert.Equal(content, await File.ReadAllTextAsync(file)); // refused, and left as it was
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task RefusedRequests_DoNotGrowTheBooks()
    {
        await using var sandbox = await StartAsync();
        for (int i = 0; i < 50; i++)
            Assert.Equal(531, (await RawPost.CommandAsync(sandbox, $"COMMAND=TransferDomain\nDOMAIN=taken{i}.plain\nAUTH=wrong-code")).Code);
        Assert.Null(sandbox.Registry.Find("taken7.plain"));
        var long1 = new string('k', 5000);
        await RawPost.CommandAsync(sandbox, $"COMMAND=StatusAccount\n{long1}=1\n{long1}2=2\nX={new string('v', 100_000)}");
        var logged = sandbox.Requests[^1].Parameters;
        Assert.All(logged, p => Assert.True(p.Key.Length <= SandboxRegistrar.MaxLoggedValue + 1 && p.Value.Length <= SandboxRegistrar.MaxLoggedValue + 1));
    }

    [Fact]
    public async Task AddDomain_TakesTheAuthCodeGiven_OrMakesOne()
    {
        await using var sandbox = await StartAsync();
        var owner = (await RawPost.CommandAsync(sandbox, "COMMAND=AddContact\nNAME=Jane Doe\nSTREET=1\nCITY=Town\nZIP=1\nCOUNTRY=US\nPHONE=+1.5555550100\nEMAIL=j@example.org")).Property("CONTACT");
        Assert.Equal(505, (await RawPost.CommandAsync(sandbox, $"COMMAND=AddDomain\nDOMAIN=short.plain\nOWNERCONTACT0={owner}\nAUTH=abc")).Code);
        Assert.Equal(200, (await RawPost.CommandAsync(sandbox, $"COMMAND=AddDomain\nDOMAIN=chosen.plain\nOWNERCONTACT0={owner}\nAUTH=Chosen-Code-1")).Code);
        Assert.Equal(200, (await RawPost.CommandAsync(sandbox, $"COMMAND=AddDomain\nDOMAIN=random.plain\nOWNERCONTACT0={owner}\nAUTH=")).Code);
        Assert.Equal("Chosen-Code-1", (await RawPost.CommandAsync(sandbox, "COMMAND=StatusDomain\nDOMAIN=chosen.plain")).Property("AUTH"));
        Assert.StartsWith("Sbx-", (await RawPost.CommandAsync(sandbox, "COMMAND=StatusDomain\nDOMAIN=random.plain")).Property("AUTH"));
        Assert.Equal(0, sandbox.Registry.RegistrationCount("short.plain"));
    }

    [Fact]
    public async Task AddContact_MatchesOnAllItsData_AndNeedsTheDocumentedFields()
    {
        await using var sandbox = await StartAsync();
        const string jane = "COMMAND=AddContact\nFIRSTNAME=Jane\nLASTNAME=Doe\nCITY=Town\nZIP=1\nCOUNTRY=US\nPHONE=+1.5555550100\nEMAIL=j@example.org\n";
        var first = await RawPost.CommandAsync(sandbox, jane + "STREET=1 Main St");
        var same = await RawPost.CommandAsync(sandbox, jane + "STREET0=1 Main St\nNEW=0");
        var otherStreet = await RawPost.CommandAsync(sandbox, jane + "STREET=2 Main St\nNEW=0");
        var forced = await RawPost.CommandAsync(sandbox, jane + "STREET=1 Main St\nNEW=1");
        Assert.Equal(first.Property("CONTACT"), same.Property("CONTACT"));
        Assert.Equal("0", same.Property("NEW"));
        Assert.NotEqual(first.Property("CONTACT"), otherStreet.Property("CONTACT"));
        Assert.NotEqual(first.Property("CONTACT"), forced.Property("CONTACT"));
        Assert.Equal("Missing required attribute; STREET", (await RawPost.CommandAsync(sandbox, jane)).Description);
        Assert.Equal(504, (await RawPost.CommandAsync(sandbox, jane.Replace("CITY=Town\n", "") + "STREET=x")).Code);
        Assert.Equal(503, (await RawPost.CommandAsync(sandbox, jane + "STREET=x\nSHOESIZE=44")).Code);
    }

    [Fact]
    public async Task LineSeparators_InContactData_DoNotReachTheReply()
    {
        await using var sandbox = await StartAsync();
        await RawPost.CommandAsync(sandbox, "COMMAND=AddContact\nNAME=Jane\u2028FAKE: valid\u2029 Doe\nSTREET=1\u0085Main\nCITY=Town\nZIP=1\nCOUNTRY=US\nPHONE=+1.5555550100\nEMAIL=j@example.org");
        var (_, reply, text) = await RawPost.SendAsync(sandbox, RawPost.Form("COMMAND=QueryContactList\nWIDE=1"));
        Assert.DoesNotContain('\u2028', text);
        Assert.DoesNotContain('\u2029', text);
        Assert.DoesNotContain('\u0085', text);
        Assert.StartsWith("Jane", reply!.Property("CONTACTFIRSTNAME"));
    }

    [Fact]
    public async Task Lists_Page_WithFirstAndLimit()
    {
        await using var sandbox = await StartAsync();
        for (int i = 0; i < 5; i++)
            await RawPost.CommandAsync(sandbox, $"COMMAND=AddContact\nNAME=P {i}\nSTREET=1\nCITY=Town\nZIP=1\nCOUNTRY=US\nPHONE=+1.5555550100\nEMAIL=p{i}@example.org");
        var page = await RawPost.CommandAsync(sandbox, "COMMAND=QueryContactList\nFIRST=2\nLIMIT=2");
        Assert.Equal(["2", "3", "2", "5", "2"], new[] { "FIRST", "LAST", "COUNT", "TOTAL", "LIMIT" }.Select(c => page.Property(c)));
        Assert.Equal(["P-SBX3", "P-SBX4"], page.Column("CONTACT"));
        var last = await RawPost.CommandAsync(sandbox, "COMMAND=QueryContactList\nFIRST=4\nLIMIT=2");
        Assert.Equal("1", last.Property("COUNT"));
        Assert.Equal(505, (await RawPost.CommandAsync(sandbox, "COMMAND=QueryContactList\nLIMIT=-1")).Code);
        Assert.Equal(506, (await RawPost.CommandAsync(sandbox, "COMMAND=QueryDomainList\nORDERBY=SHOESIZE")).Code);
        Assert.Equal(503, (await RawPost.CommandAsync(sandbox, "COMMAND=QueryDomainList\nSTATUS=ACTIVE")).Code); // not applied, so refused
        Assert.Equal(["P-SBX1"], (await RawPost.CommandAsync(sandbox, "COMMAND=QueryContactList\nCONTACT=*1\nUSERDEPTH=ALL")).Column("CONTACT"));
    }

    [Fact]
    public async Task IdProtection_IsTheDocumentedParameter_AndDkAcceptanceTakesADate()
    {
        var catalog = TldToolkit.BuiltIn.Tlds.Catalog;
        await using var sandbox = await StartAsync(catalog: catalog);
        var owner = (await RawPost.CommandAsync(sandbox, "COMMAND=AddContact\nNAME=Jens Hansen\nSTREET=Vej 1\nCITY=Aarhus\nZIP=8000\nCOUNTRY=DK\nPHONE=+45.12345678\nEMAIL=j@example.dk")).Property("CONTACT");
        string Dk(string name, string extra) =>
            $"COMMAND=AddDomain\nDOMAIN={name}.dk\nPERIOD=1Y\nOWNERCONTACT0={owner}\nADMINCONTACT0={owner}\nNAMESERVER0=ns1.example.net\nNAMESERVER1=ns2.example.net\n{extra}"; // .dk's user type is not a documented parameter (audit of dk.json)
        var dated = await RawPost.CommandAsync(sandbox, Dk("dated", "X-DK-AGREEMENT-ACCEPTEDDATE=2026-11-23 12:00:00\nX-ACCEPT-WHOISTRUSTEE-TAC=1"));
        Assert.True(dated.IsSuccess, dated.ToString());
        Assert.True(dated.Pending); // .dk registers asynchronously
        Assert.Equal(541, (await RawPost.CommandAsync(sandbox, Dk("private", "X-DK-AGREEMENT-ACCEPTEDDATE=1\nX-WHOISPRIVACY=1"))).Code);
        Assert.Equal(504, (await RawPost.CommandAsync(sandbox, Dk("unaccepted", ""))).Code);
    }

    [Fact]
    public async Task IdnRegistration_CarriesTheDocumentedLanguageParameter()
    {
        await using var h = await SandboxHarness.StartBuiltInAsync();
        var outcome = await h.Client.SubmitAsync(new Orders.DomainOrder
        {
            Operation = Orders.DomainOperation.Register, Domain = "müller-idn.com", Years = 1, IdnLanguage = "ger",
            Contacts = new Orders.ContactSet { Registrant = TestOrders.Person() },
        });
        Assert.Equal(OutcomeKind.Success, outcome.Kind);
        Assert.Equal("GER", h.Sandbox.Requests.Single(r => r.Command == "AddDomain").Parameter("X-IDN-LANGUAGE"));
        // .com requires the tag for an IDN (languageTagRequired): without it the registrar refuses.
        var owner = h.Sandbox.Requests.Single(r => r.Command == "AddDomain").Parameter("OWNERCONTACT0");
        var bare = await h.Client.Transport.SendAsync(new Wire.RegistrarCommand("AddDomain", false).Add("DOMAIN", "xn--mller-bare-9db.com").Add("OWNERCONTACT0", owner));
        Assert.Equal("Missing required attribute; X-IDN-LANGUAGE", bare.Response!.Description);
        Assert.Equal(0, h.Sandbox.Registry.RegistrationCount("xn--mller-bare-9db.com"));
    }

    [Fact]
    public async Task ClientIdProtection_SendsTheDocumentedParameter()
    {
        await using var h = await SandboxHarness.StartAsync();
        var order = TestOrders.Register("private.plain");
        var outcome = await h.Client.SubmitAsync(new Orders.DomainOrder
        {
            Operation = order.Operation, Domain = order.Domain, Years = order.Years, Contacts = order.Contacts, Fields = order.Fields,
            AddOns = new Orders.AddOns { IdProtection = true },
        });
        Assert.Equal(OutcomeKind.Success, outcome.Kind);
        Assert.Equal("1", h.Sandbox.Requests.Single(r => r.Command == "AddDomain").Parameter("X-ACCEPT-WHOISTRUSTEE-TAC"));
    }
}
