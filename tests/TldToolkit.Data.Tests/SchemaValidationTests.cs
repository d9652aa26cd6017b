namespace TldToolkit.Data.Tests;

/// <summary>Every TLD file validates against schema.json.</summary>
public sealed class SchemaValidationTests
{
    public static TheoryData<string> Files() => TldFiles.Names();

    [Fact]
    public void TheDataFolderHoldsTldFiles()
    {
        Assert.NotEmpty(RepoPaths.TldFiles());
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void FileValidatesAgainstSchema(string fileName)
    {
        var errors = SchemaErrors.Validate(Path.Combine(RepoPaths.TldData, fileName));

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }
}
