using System.Text.Json;

namespace TldToolkit.Data.Tests;

/// <summary>Loads TLD definition files for the cross-file checks.</summary>
internal static class TldFiles
{
    private static readonly JsonDocumentOptions s_options = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
    };

    /// <summary>One test case per file in tld-data, named by its file name.</summary>
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var name in RepoPaths.TldFiles())
        {
            data.Add(name);
        }

        return data;
    }

    public static JsonDocument Load(string fileName) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.TldData, fileName)), s_options);
}
