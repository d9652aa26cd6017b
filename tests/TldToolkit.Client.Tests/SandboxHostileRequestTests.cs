using System.Net;
using System.Text;
using TldToolkit.Client.Tests.Support;
using TldToolkit.Sandbox;

namespace TldToolkit.Client.Tests;

/// <summary>Seeded, bounded mutations of valid requests: every one gets a protocol reply, and the books stay consistent.</summary>
public sealed class SandboxHostileRequestTests
{
    private static readonly string[] Commands =
    [
        "COMMAND=AddContact\nNAME=Jane Doe\nSTREET=1 Main St\nCITY=Town\nZIP=1\nCOUNTRY=US\nPHONE=+1.5555550100\nEMAIL=j@example.org",
        "COMMAND=AddDomain\nDOMAIN=fuzz.plain\nPERIOD=1Y\nOWNERCONTACT0=P-SBX1",
        "COMMAND=RenewDomain\nDOMAIN=fuzz.plain\nPERIOD=1\nEXPIRATION=2027",
        "COMMAND=TransferDomain\nDOMAIN=taken-fuzz.plain\nAUTH=Auth-Code-123",
        "COMMAND=ModifyDomain\nDOMAIN=fuzz.plain\nNAMESERVER0=ns1.example.net\nTRANSFERLOCK=1",
        "COMMAND=QueryDomainList\nFIRST=0\nLIMIT=5\nWIDE=1",
        "COMMAND=CheckDomains\nDOMAIN0=a.plain\nDOMAIN1=taken.plain",
        "COMMAND=DeleteDomain\nDOMAIN=fuzz.plain",
        "COMMAND=RestoreDomain\nDOMAIN=fuzz.plain",
        "COMMAND=StartSession",
    ];

    private static readonly string[] Noise = ["\u0000", "\u001b[2J", "\u2028", "\u202e", "\r", "\n\n", "=", "==", "%", "&", "+", "\ud800", "ü", "COMMAND=", "PERIOD=", "\uffff"];

    [Fact]
    public async Task SeededMutations_AlwaysGetAProtocolReply_AndTheLedgerBalances()
    {
        await using var sandbox = await SandboxRegistrar.StartAsync(new SandboxOptions { Catalog = TestTlds.RegistryCatalog(), Password = "pw", InitialBalance = 500m });
        var random = new Random(20261204);
        int replies = 0;
        for (int i = 0; i < 400; i++)
        {
            var command = Commands[random.Next(Commands.Length)];
            var body = random.Next(4) switch
            {
                0 => RawPost.Form(Mutate(command, random)),                                      // mutated command text
                1 => Mutate(RawPost.Form(command), random),                                      // mutated form encoding
                2 => RawPost.Form(command) + "&" + Mutate("s_command=" + Uri.EscapeDataString(command), random), // duplicated fields
                _ => RawPost.Form(command + "\n" + new string('x', random.Next(0, 5000)) + "=" + Mutate(command, random)),
            };
            var bytes = random.Next(10) == 0 ? RandomBytes(random) : Encoding.UTF8.GetBytes(body);
            string?[] types = ["text/plain", null, "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "multipart/form-data"];
            var (status, reply, text) = await RawPost.SendAsync(sandbox, bytes, types[random.Next(types.Length)]);
            Assert.True(status == HttpStatusCode.OK && reply is not null, $"request {i}: HTTP {(int)status}, {text}");
            replies++;
        }
        Assert.Equal(400, replies);
        Assert.True(sandbox.Registry.RegistrationCount("fuzz.plain") <= 1);
        Assert.Equal(500m - sandbox.Registry.Ledger.Sum(e => e.Amount), sandbox.Registry.Balance);
    }

    private static string Mutate(string text, Random random)
    {
        var sb = new StringBuilder(text);
        for (int n = random.Next(1, 4); n > 0; n--)
        {
            int at = random.Next(sb.Length + 1);
            switch (random.Next(3))
            {
                case 0: sb.Insert(at, Noise[random.Next(Noise.Length)]); break;
                case 1: if (at < sb.Length) sb.Remove(at, Math.Min(random.Next(1, 6), sb.Length - at)); break;
                default: sb.Insert(at, text[random.Next(text.Length)..]); break;
            }
        }
        return sb.ToString();
    }

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(1, 2000)];
        random.NextBytes(bytes);
        return bytes;
    }
}
