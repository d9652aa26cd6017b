using System.Text;

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
    public static string LineDiff(string expected, string actual, int maxLines = 80)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (int i = a.Length - 1; i >= 0; i--)
            for (int j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        var ops = new List<(char Op, int Line, string Text)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y]) { ops.Add((' ', x + 1, a[x])); x++; y++; }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] > lcs[x + 1, y])) { ops.Add(('+', y + 1, b[y])); y++; }
            else { ops.Add(('-', x + 1, a[x])); x++; }
        }
        var sb = new StringBuilder();
        int written = 0;
        for (int i = 0; i < ops.Count && written < maxLines; i++)
        {
            bool near = false;
            for (int k = Math.Max(0, i - 2); k <= Math.Min(ops.Count - 1, i + 2); k++)
                if (ops[k].Op != ' ') near = true;
            if (!near) continue;
            sb.Append(ops[i].Op).Append(' ').Append(ops[i].Line.ToString().PadLeft(4)).Append(": ").Append(ops[i].Text).Append('\n');
            written++;
        }
        return sb.ToString();
    }
}
