using System.Text;
using TldToolkit.Client.Wire;

namespace TldToolkit.Client.Tests;

public sealed class WireFormatTests
{
    [Fact]
    public void ParsesARealisticReply()
    {
        const string text = "[RESPONSE]\r\ncode = 200\r\ndescription = Command completed successfully\r\nqueuetime = 0\r\nruntime = 0.012\r\n" +
            "property[status][0] = ACTIVE\r\nproperty[nameserver][1] = ns2.example.net\r\nproperty[nameserver][0] = ns1.example.net\r\n" +
            "PROPERTY[REGISTRATIONEXPIRATIONDATE][0] = 2027-11-23 12:00:00.0\r\nEOF\r\n";
        Assert.True(KeyValueWire.TryParseResponse(text, out var r, out var error), error);
        Assert.Equal(200, r!.Code);
        Assert.Equal("Command completed successfully", r.Description);
        Assert.Equal(["ns1.example.net", "ns2.example.net"], r.Column("NAMESERVER"));
        Assert.Equal("ACTIVE", r.Property("status"));
        Assert.Equal(new DateOnly(2027, 11, 23), RegistrarClient.ParseDate(r.Property("REGISTRATIONEXPIRATIONDATE")));
    }

    [Fact]
    public void LineSeparatorsInsideAValue_AreNotLineBreaks_AndAreCleanedWhenWritten()
    {
        const string text = "[RESPONSE]\nCODE = 200\nDESCRIPTION = ok\nPROPERTY[NAME][0] = Jane\u2028FAKE = 1\fDoe\u0085x\nEOF\n";
        Assert.True(KeyValueWire.TryParseResponse(text, out var r, out var error), error);
        Assert.Equal("Jane\u2028FAKE = 1\fDoe\u0085x", r!.Property("NAME"));
        Assert.Null(r.Property("FAKE"));
        Assert.Equal("a b c d", KeyValueWire.CleanValue("a\u2028b\u2029c\u0085d"));
        var written = KeyValueWire.FormatResponse(200, "ok\u2028CODE = 500", [new("NAME", ["x\u2029y"])], pending: true);
        Assert.DoesNotContain('\u2028', written);
        Assert.DoesNotContain('\u2029', written);
        Assert.True(KeyValueWire.TryParseResponse(written, out var back, out _));
        Assert.Equal(200, back!.Code);
        Assert.True(back.Pending);
    }

    [Theory]
    [InlineData("2026-11-23 12:34:56.0", "2026-11-23T12:34:56+00:00")]
    [InlineData("2026-11-23 12:34:56", "2026-11-23T12:34:56+00:00")]
    [InlineData("2026-11-23T12:34:56", "2026-11-23T12:34:56+00:00")]
    [InlineData("2026-11-23", "2026-11-23T00:00:00+00:00")]
    [InlineData("23.11.2026", null)]
    [InlineData("", null)]
    public void ReadsRegistrarTimestampsAsUtc(string text, string? expected)
    {
        var parsed = RegistrarClient.ParseTimestamp(text);
        Assert.Equal(expected, parsed?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html>502 Bad Gateway</html>")]
    [InlineData("[RESPONSE]\ncode = 200\ndescription = ok\n")]                    // truncated: no EOF
    [InlineData("[RESPONSE]\ndescription = ok\nEOF\n")]                           // no code
    [InlineData("[RESPONSE]\ncode = abc\nEOF\n")]
    [InlineData("[RESPONSE]\ncode = 200\ncode = 500\nEOF\n")]
    [InlineData("[RESPONSE]\ncode = 200\nproperty[x] = 1\nEOF\n")]
    [InlineData("[RESPONSE]\ncode = 200\nproperty[x][-1] = 1\nEOF\n")]
    [InlineData("[RESPONSE]\ncode = 200\nproperty[x][99999999] = 1\nEOF\n")]
    [InlineData("[RESPONSE]\ncode = 200\njust words\nEOF\n")]
    [InlineData("[RESPONSE]\ncode = 200\nEOF\nmore\n")]
    [InlineData("code = 200\nEOF\n")]
    public void GarbageIsRejectedWithAReason(string text)
    {
        Assert.False(KeyValueWire.TryParseResponse(text, out var response, out var error));
        Assert.Null(response);
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void NeverThrowsOnRandomInput()
    {
        var random = new Random(20261123);
        var alphabet = "[]=\r\n PROPERTYCODEDESCRIPTIONEOF0123456789abc-;\u0000\uFFFF\uD800";
        var valid = KeyValueWire.FormatResponse(200, "ok", [new("DOMAIN", ["a.test", "b.test"])]);
        for (int i = 0; i < 20_000; i++)
        {
            string text;
            if (i % 2 == 0)
            {
                var sb = new StringBuilder();
                int length = random.Next(0, 200);
                for (int j = 0; j < length; j++) sb.Append(alphabet[random.Next(alphabet.Length)]);
                text = sb.ToString();
            }
            else
            {
                // Mutations of a valid reply: truncation and flipped characters.
                var chars = valid.ToCharArray(0, random.Next(valid.Length + 1));
                for (int k = 0; k < 3 && chars.Length > 0; k++) chars[random.Next(chars.Length)] = alphabet[random.Next(alphabet.Length)];
                text = new string(chars);
            }
            KeyValueWire.TryParseResponse(text, out _, out _);
        }
        Assert.False(KeyValueWire.TryParseResponse(new string('x', KeyValueWire.MaxResponseLength + 1), out _, out var tooLong));
        Assert.Equal("reply too long", tooLong);
    }

    [Fact]
    public void FormatAndParseRoundTrip()
    {
        var text = KeyValueWire.FormatResponse(504, "Missing required attribute; X-CA-LEGAL-TYPE", [new("A", ["1", "2"]), new("B", ["x"])]);
        Assert.True(KeyValueWire.TryParseResponse(text, out var r, out _));
        Assert.Equal(504, r!.Code);
        Assert.Equal("X-CA-LEGAL-TYPE", Outcomes.ReplyMapper.AttributeOf(r.Description));
        Assert.Equal(2, r.RowCount);
        Assert.Null(Outcomes.ReplyMapper.AttributeOf("Command completed successfully; registration pending"));
    }

    [Fact]
    public void SecretParametersAreMaskedInLogText()
    {
        var command = new RegistrarCommand("TransferDomain", false).Add("DOMAIN", "a.test").Add("AUTH", "top-secret");
        Assert.Contains("AUTH = top-secret", command.ToWireText());
        Assert.DoesNotContain("top-secret", command.ToLogText());
        Assert.DoesNotContain("top-secret", command.ToString());
    }

    [Theory]
    [InlineData("Invalid attribute value; EMAIL (jane@example.org: domain does not accept mail)", "Invalid attribute value; EMAIL")]
    [InlineData("Missing required attribute; X-CA-LEGALTYPE", "Missing required attribute; X-CA-LEGALTYPE")]
    [InlineData("Command completed successfully", "Command completed successfully")]
    [InlineData("Command failed; registration pending for Jane Doe", "Command failed")]
    [InlineData("Contact jane@example.org refused", "(description withheld)")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void RegistrarDescriptionsAreCutForLogs(string? description, string expected) =>
        Assert.Equal(expected, KeyValueWire.LogSafeDescription(description));
}
