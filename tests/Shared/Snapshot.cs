using System.Text;
using Xunit;

namespace TldToolkit.Tests.Shared;

/// <summary>
/// Compares a text with a committed snapshot file line by line, naming the first line that differs;
/// TLDTOOLKIT_UPDATE_SNAPSHOTS=1 rewrites the file instead (after an intended change, reviewed with git diff).
/// Linked into the test projects that pin every message (runtime, CLI).
/// </summary>
internal static class Snapshot
{
    public static void Match(string file, string actual)
    {
        if (Environment.GetEnvironmentVariable("TLDTOOLKIT_UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(file, actual, new UTF8Encoding(false));
            return;
        }
        Assert.True(File.Exists(file), "missing snapshot " + file);
        var expected = File.ReadAllText(file).Split('\n');
        var lines = actual.Split('\n');
        for (int i = 0; i < Math.Min(expected.Length, lines.Length); i++)
            Assert.True(expected[i] == lines[i], $"line {i + 1} differs:\nexpected: {expected[i]}\nactual:   {lines[i]}");
        Assert.Equal(expected.Length, lines.Length);
    }
}
