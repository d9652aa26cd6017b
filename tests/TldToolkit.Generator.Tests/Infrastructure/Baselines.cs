using TldToolkit.Tests.Shared;

namespace TldToolkit.Generator.Tests.Infrastructure;

/// <summary>
/// Checked-in expected outputs. The generator version is replaced by a placeholder; set
/// TLDTOOLKIT_UPDATE_BASELINES=1 to rewrite the files from the current output.
/// </summary>
public static class Baselines
{
    public const string VersionPlaceholder = "{{GeneratorVersion}}";

    public static bool Updating => Environment.GetEnvironmentVariable("TLDTOOLKIT_UPDATE_BASELINES") == "1";

    public static string Normalize(string generated) =>
        generated.Replace("\r\n", "\n").Replace("\"TldToolkit.Generator\", \"" + TldGenerator.Version + "\"", "\"TldToolkit.Generator\", \"" + VersionPlaceholder + "\"");

    public static string WithVersion(string baseline) => baseline.Replace(VersionPlaceholder, TldGenerator.Version);

    public static string Read(string folder, string hintName) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Baselines", folder, hintName + ".txt")).Replace("\r\n", "\n");

    /// <summary>Asserts that <paramref name="generated"/> equals the baseline, or rewrites the baseline when updating.</summary>
    public static void Verify(string folder, string hintName, string generated)
    {
        var actual = Normalize(generated);
        if (Updating)
        {
            var dir = Path.Combine(GeneratorHarness.SourceDirectory(), "Baselines", folder);
            Directory.CreateDirectory(dir);
            File.WriteAllText(Path.Combine(dir, hintName + ".txt"), actual);
            return;
        }
        var path = Path.Combine(AppContext.BaseDirectory, "Baselines", folder, hintName + ".txt");
        Assert.True(File.Exists(path), $"No baseline {folder}/{hintName}.txt; run the tests with TLDTOOLKIT_UPDATE_BASELINES=1 to create it.");
        var expected = Read(folder, hintName);
        if (expected != actual)
            Assert.Fail($"Generated {hintName} differs from Baselines/{folder}/{hintName}.txt (TLDTOOLKIT_UPDATE_BASELINES=1 rewrites it):\n" + LineDiff(expected, actual));
    }

    /// <summary>A unified-style line diff ('-' baseline, '+' generated) with two lines of context.</summary>
    public static string LineDiff(string expected, string actual, int maxLines = 80) => TextDiff.Lines(expected, actual, maxLines);
}
