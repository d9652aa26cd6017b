using TldToolkit.Generator.Json;

namespace TldToolkit.Generator.Tests;

/// <summary>The generator's own JSON parser: spans, decoding, duplicates, and an error for every malformed input.</summary>
public class JsonParserTests
{
    [Fact]
    public void Records_the_span_of_names_and_values()
    {
        const string text = "{ \"a\" : [1, -2.5e3, true, null], \"b\": \"x\\u00e9\\n\" }";
        var root = JsonParser.Parse(text, out var parser)!;
        Assert.Null(parser.Error);
        Assert.Equal(JsonKind.Object, root.Kind);
        Assert.Equal((0, text.Length), (root.Start, root.End));
        var a = root.Find("a")!;
        Assert.Equal("\"a\"", text[a.NameStart..a.NameEnd]);
        Assert.Equal("[1, -2.5e3, true, null]", text[a.Value.Start..a.Value.End]);
        Assert.Equal(["1", "-2.5e3", null, null], a.Value.Items!.Select(i => i.Text));
        Assert.Equal([JsonKind.Number, JsonKind.Number, JsonKind.True, JsonKind.Null], a.Value.Items!.Select(i => i.Kind));
        var b = root.Find("b")!;
        Assert.Equal("xé\n", b.Value.Text);
        Assert.Equal("\"x\\u00e9\\n\"", text[b.Value.Start..b.Value.End]);
    }

    [Fact]
    public void Strings_of_the_format_come_from_the_table_and_others_are_decoded_as_usual()
    {
        var table = Parsing.Schema.Strings;
        const string text = "{ \"registryOperator\": \"select\", \"regis\\u0074ryOperator\": \"selectx\", \"x\": \"\" }";
        var root = JsonParser.Parse(text, out var parser, table)!;
        Assert.Null(parser.Error);
        var first = root.Properties![0];
        Assert.Same(table.Find("registryOperator", 0, 16), first.Name);
        Assert.Same(table.Find("select", 0, 6), first.Value.Text);
        Assert.Equal(("registryOperator", "selectx"), (root.Properties[1].Name, root.Properties[1].Value.Text));
        Assert.Equal("", root.Properties[2].Value.Text);
        Assert.Null(table.Find("selectx", 0, 7));
        Assert.Contains("registryOperator", parser.DuplicateKeys.Select(d => d.Name));
    }

    [Fact]
    public void Keeps_duplicate_keys_and_lists_them()
    {
        var root = JsonParser.Parse("{\"a\":1,\"b\":2,\"a\":3}", out var parser)!;
        Assert.Equal(3, root.Properties!.Length);
        var duplicate = Assert.Single(parser.DuplicateKeys);
        Assert.Equal(("a", 13), (duplicate.Name, duplicate.NameStart));
    }

    [Fact]
    public void Tolerates_a_byte_order_mark_and_surrounding_whitespace() =>
        Assert.NotNull(JsonParser.Parse("\uFEFF \n{}\r\n\t", out _));

    [Theory]
    [InlineData("", 0, "empty")]
    [InlineData("{\"a\":1,}", 7, "Trailing comma")]
    [InlineData("[1,]", 3, "Trailing comma")]
    [InlineData("{'a':1}", 1, "property name")]
    [InlineData("{\"a\":'x'}", 5, "double quotes")]
    [InlineData("{\"a\" 1}", 5, "':'")]
    [InlineData("{\"a\":1 \"b\":2}", 7, "',' or '}'")]
    [InlineData("[1 2]", 3, "',' or ']'")]
    [InlineData("{\"a\":01}", 5, "leading zeros")]
    [InlineData("{\"a\":1.}", 5, "after '.'")]
    [InlineData("{\"a\":1e}", 5, "exponent")]
    [InlineData("{\"a\":-}", 5, "Invalid number")]
    [InlineData("{\"a\":12ab}", 5, "Invalid number")]
    [InlineData("{\"a\":tru}", 5, "Unexpected token")]
    [InlineData("{\"a\":truex}", 5, "Unexpected token")]
    [InlineData("{\"a\":\"x\\q\"}", 7, "escape")]
    [InlineData("{\"a\":\"\\u12g4\"}", 6, "\\u escape")]
    [InlineData("{\"a\":\"\\u12", 6, "\\u escape")]
    [InlineData("{\"a\":\"x\u0001\"}", 7, "control character")]
    [InlineData("{\"a\":\"x\ny\"}", 5, "line break")]
    [InlineData("{\"a\":\"x", 5, "Unterminated")]
    [InlineData("{\"a\":1} x", 8, "after the end")]
    [InlineData("{\"a\":", 5, "end of file")]
    [InlineData("{\"a\":1", 6, "end of file")]
    [InlineData("// comment\n{}", 0, "Unexpected character")]
    public void Reports_the_first_error_with_its_position(string text, int position, string message)
    {
        Assert.Null(JsonParser.Parse(text, out var parser));
        var error = parser.Error!.Value;
        Assert.Equal(position, error.Start);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.InRange(error.Start + error.Length, error.Start, text.Length);
    }

    [Fact]
    public void Nesting_is_bounded()
    {
        Assert.NotNull(JsonParser.Parse(new string('[', 64) + new string(']', 64), out _));
        Assert.Null(JsonParser.Parse(new string('[', 65) + new string(']', 65), out var parser));
        Assert.Contains("nested too deeply", parser.Error!.Value.Message, StringComparison.Ordinal);
    }
}
