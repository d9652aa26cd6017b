using System.Text;
using System.Text.Json;
using TldToolkit.Orders.Json;
using TldToolkit.Validation;

namespace TldToolkit.Cli.Tests;

/// <summary>Orders written to break the reader (issue 15: R1, R5, R6, R11): each becomes that order's errors, with a safe path.</summary>
public class HostileOrderTests
{
    private static ParsedOrder Map(byte[] utf8)
    {
        using var document = JsonDocument.Parse(utf8);
        return OrderJsonReader.ReadOrder(document.RootElement.Clone());
    }

    private static ParsedOrder Map(string json) => Map(Encoding.UTF8.GetBytes(json));

    [Theory] // R1: a lone surrogate escape anywhere a string is read
    [InlineData("""{"operation":"register","domain":"x\ud800.ca"}""", "domain")]
    [InlineData("""{"operation":"register\udc00","domain":"a.ca"}""", "operation")]
    [InlineData("""{"operation":"register","domain":"a.ca","id":"\ud800"}""", "id")]
    [InlineData("""{"operation":"register","domain":"a.ca","contacts":{"admin":{"city":"\ud800"}}}""", "contacts.admin.city")]
    [InlineData("""{"operation":"register","domain":"a.ca","contacts":{"admin":{"street":["ok","\ud800"]}}}""", "contacts.admin.street[1]")]
    [InlineData("""{"operation":"register","domain":"a.ca","fields":{"legalType":"\ud800"}}""", "fields.legalType")]
    [InlineData("""{"operation":"register","domain":"a.ca","years":"\ud800"}""", "years")]
    public void A_lone_surrogate_in_a_value_is_an_error_at_its_path(string json, string path)
    {
        var mapped = Map(json);
        Assert.Contains(mapped.Problems, p => p.Code == OrderProblemCodes.ValueInvalid && p.Path == path);
    }

    [Theory] // R1: … and in a key
    [InlineData("""{"operation":"register","domain":"a.ca","x\ud800":1}""", "x\\ud800")]
    [InlineData("""{"operation":"register","domain":"a.ca","fields":{"a\udc00":"1"}}""", "fields.a\\udc00")]
    [InlineData("""{"operation":"register","domain":"a.ca","contacts":{"admin":{"\ud800":"1"}}}""", "contacts.admin.\\ud800")]
    public void A_lone_surrogate_in_a_key_is_an_unknown_property_at_its_path(string json, string path)
    {
        var mapped = Map(json);
        Assert.Contains(mapped.Problems, p => p.Code == OrderProblemCodes.PropertyUnknown && p.Path == path);
    }

    [Fact] // R1: invalid UTF-8 bytes in a value and in a key
    public void Invalid_utf8_is_an_error_at_its_path()
    {
        var value = Map([.. "{\"operation\":\"register\",\"domain\":\"x"u8, 0xFF, .. ".ca\"}"u8]);
        Assert.Contains(value.Problems, p => p.Code == OrderProblemCodes.ValueInvalid && p.Path == "domain");
        var key = Map([.. "{\"operation\":\"register\",\"domain\":\"ab.ca\",\"k"u8, 0xC3, .. "\":1}"u8]);
        Assert.Contains(key.Problems, p => p.Code == OrderProblemCodes.PropertyUnknown && p.Path == "k\uFFFD");
    }

    [Theory] // R6
    [InlineData("""{"operation":"register","domain":"a.ca","operation":"buy"}""", "operation")]
    [InlineData("""{"operation":"register","domain":"a.ca","domain":"b.ca"}""", "domain")]
    [InlineData("""{"operation":"register","domain":"a.ca","fields":{"legalType":"CCO","legalType":"XX"}}""", "fields.legalType")]
    [InlineData("""{"operation":"register","domain":"a.ca","contacts":{"admin":{},"admin":{}}}""", "contacts.admin")]
    [InlineData("""{"operation":"register","domain":"a.ca","contacts":{"admin":{"city":"A","city":"B"}}}""", "contacts.admin.city")]
    public void A_duplicate_key_is_an_error(string json, string path)
    {
        var mapped = Map(json);
        Assert.Contains(mapped.Problems, p => p.Code == OrderProblemCodes.PropertyDuplicate && p.Path == path);
    }

    [Fact] // R6: the first value is read, the second never wins
    public void A_duplicate_key_keeps_the_first_value()
    {
        var mapped = Map("""{"operation":"register","domain":"a.ca","domain":"evil.ca"}""");
        Assert.Equal("a.ca", mapped.Domain);
    }

    [Fact] // R11
    public void Unknown_keys_are_cut_to_64_characters_and_capped()
    {
        var json = new StringBuilder("""{"operation":"register","domain":"a.ca",""");
        json.Append('"').Append('k', 10_000).Append("\":1");
        for (int i = 0; i < 1000; i++) json.Append(",\"u").Append(i).Append("\":1");
        json.Append('}');
        var mapped = Map(json.ToString());
        var unknown = mapped.Problems.Where(p => p.Code == OrderProblemCodes.PropertyUnknown).ToList();
        Assert.Equal(FieldChecks.MaxUnknownReported, unknown.Count);
        Assert.All(unknown, p => Assert.True(p.Path.Length <= OrderProblem.MaxNameLength + 1, p.Path));
    }

    [Fact] // R11: the cap is per kind of problem, also for array items of the wrong type
    public void Wrong_items_of_a_long_array_are_capped()
    {
        var json = """{"operation":"register","domain":"a.ca","nameservers":[""" + string.Join(",", Enumerable.Repeat("1", 5000)) + "]}";
        Assert.Equal(FieldChecks.MaxUnknownReported, Map(json).Problems.Count(p => p.Code == OrderProblemCodes.ValueInvalid));
    }

    [Theory] // R5: a key's control or bidi characters never reach a path
    [InlineData("""{"operation":"register","domain":"a.ca","x\u202ey":1}""", "x[U+202E]y")]
    [InlineData("""{"operation":"register","domain":"a.ca","contacts":{"b\u2028":{}}}""", "contacts.b[U+2028]")]
    [InlineData("""{"operation":"register","domain":"a.ca","fields":{"\u001b[31m":[]}}""", "fields.[U+001B][31m")]
    public void Paths_of_unknown_keys_are_safe_text(string json, string path)
    {
        Assert.Contains(Map(json).Problems, p => p.Path == path);
    }
}
