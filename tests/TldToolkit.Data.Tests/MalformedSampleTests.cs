using Xunit.Abstractions;

namespace TldToolkit.Data.Tests;

/// <summary>
/// Each sample under Malformed/ breaks schema.json in one way. The schema must reject it, and the
/// formatted error must name the file and the JSON path of the problem.
/// </summary>
public sealed class MalformedSampleTests(ITestOutputHelper output)
{
    /// <summary>Sample file name, the JSON path its error must point at, and a word the message must carry.</summary>
    /// <remarks>
    /// missing-tld.json is gone: schema.json now requires 'tld' only of TLD files (allOf/if/else, since profiles
    /// have none), and NJsonSchema does not evaluate if/then/else. The generator's TLD0004 reports it
    /// (DiagnosticTests.TLD0004_missing_required_root_property_points_at_the_root_brace, same check for every root property).
    /// </remarks>
    private static readonly (string File, string Path, string Word)[] s_samples =
    [
        ("wrong-type-max-length.json", "$.labels.maxLength", "integer"),
        ("unknown-property.json", "$.transfer.authCodeLength", "authCodeLength"),
        ("bad-enum-kind.json", "$.kind", "allowed values"),
        ("bad-source-reference.json", "$.terms.source", "allowed shapes"),
        ("option-without-label.json", "$.fields[0].options[1].label", "label"),
        ("bad-code-point-range.json", "$.labels.idn.ranges[1]", "pattern"),
        ("year-out-of-range.json", "$.terms.register.years[2]", "big"),
        ("unknown-condition-key.json", "$.fields[0].requiredWhen.feld", "feld"),
        ("bad-validator-name.json", "$.fields[0].validator", "allowed values"),
        ("bad-checked-date.json", "$.sources[0].checked", "pattern"),
        ("bad-field-name.json", "$.fields[0].name", "pattern"),
    ];

    public static TheoryData<string, string, string> Samples()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (file, path, word) in s_samples)
        {
            data.Add(file, path, word);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void SampleIsRejectedWithFileAndPath(string fileName, string expectedPath, string word)
    {
        var errors = SchemaErrors.Validate(Path.Combine(RepoPaths.Malformed, fileName));

        foreach (var error in errors)
        {
            output.WriteLine(error);
        }

        Assert.NotEmpty(errors);
        var prefix = $"{fileName}: {expectedPath}: ";
        var match = errors.FirstOrDefault(e => e.StartsWith(prefix, StringComparison.Ordinal));
        Assert.True(
            match is not null,
            $"No error starts with '{prefix}'. Errors:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        Assert.Contains(word, match, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void EverySampleFileHasAnExpectation()
    {
        var onDisk = Directory.GetFiles(RepoPaths.Malformed, "*.json")
            .Select(Path.GetFileName)
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToArray();
        var expected = s_samples.Select(s => s.File).OrderBy(n => n, StringComparer.Ordinal).ToArray();

        Assert.Equal(expected, onDisk);
    }

    [Theory]
    [InlineData("#/terms.register.years[0]", "$.terms.register.years[0]")]
    [InlineData("#/fields[2].name", "$.fields[2].name")]
    [InlineData("#/tld", "$.tld")]
    [InlineData("#", "$")]
    [InlineData("", "$")]
    public void NJsonSchemaPathsBecomeJsonPaths(string njsonPath, string jsonPath)
    {
        Assert.Equal(jsonPath, SchemaErrors.ToJsonPath(njsonPath));
    }
}
