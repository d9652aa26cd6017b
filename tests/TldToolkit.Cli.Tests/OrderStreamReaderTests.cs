using System.Text;
using TldToolkit.Cli.Input;
using static TldToolkit.Tests.Shared.ChunkedInput;

namespace TldToolkit.Cli.Tests;

/// <summary>The element-by-element reader across buffer refills, on hostile chunking.</summary>
public class OrderStreamReaderTests
{
    private static List<string> ReadAll(string text, int chunk, int buffer = 16)
    {
        using var reader = new OrderStreamReader(new Trickle(Encoding.UTF8.GetBytes(text), chunk), "test", initialBufferSize: buffer);
        var list = new List<string>();
        while (reader.Next() is { } document)
            using (document) list.Add(document.RootElement.GetRawText());
        return list;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(4096)]
    public void Elements_survive_any_chunking(int chunk)
    {
        var big = new string('x', 5000);
        var text = "\uFEFF [ {\"domain\":\"fußball.de\",\"fields\":{\"a\":[1,2,{\"b\":\"" + big + "\"}]}} , 42, \"s\", null, [1,[2]], {} // comment\n ]  \n";
        var elements = ReadAll(text, chunk);
        Assert.Equal(6, elements.Count);
        Assert.Contains("fußball.de", elements[0]);
        Assert.Contains(big, elements[0]);
        Assert.Equal("42", elements[1]);
        Assert.Equal("[1,[2]]", elements[4]);
        Assert.Equal("{}", elements[5]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public void Single_object_is_one_element(int chunk)
    {
        var elements = ReadAll("  {\"operation\":\"register\",\"domain\":\"a.ca\"}\n", chunk);
        Assert.Single(elements);
    }

    [Theory]
    [InlineData("", 1, 1)]
    [InlineData("   \n  ", 2, 3)]
    [InlineData("\"orders\"", 1, 1)]
    [InlineData("[{\"a\":1},\n {\"b\": }]", 2, 8)]
    [InlineData("[{\"a\":1}", 1, 9)]
    [InlineData("{\"a\":1} {\"b\":2}", 1, 9)]
    [InlineData("[\n\n  {\"ä\":1,,}]", 3, 10)]
    [InlineData("\uFEFF{\"ä\": x}", 1, 7)]
    public void Syntax_errors_carry_line_and_column(string text, long line, long column)
    {
        foreach (var chunk in new[] { 1, 2, 1000 })
        {
            var e = Assert.Throws<JsonInputException>(() => ReadAll(text, chunk));
            Assert.True(e.Line == line && e.Column == column, $"chunk {chunk}: {e.Describe()} (expected {line}:{column})");
        }
    }
}
