using System.Globalization;

namespace TldToolkit.Cli.Tests.Fuzzing;

/// <summary>
/// Beyond issue 15's list (R7 was one case of it): mutated TLD files through <c>tldtool lint</c>.
/// Every file ends in messages and exit code 0, 1 or 2, never an exception, and nothing of the file
/// reaches the output raw. Seeded; TLDTOOL_FUZZ_LINT_INPUTS for a longer run.
/// </summary>
public class LintFuzzTests
{
    private static int Seed() =>
        int.TryParse(Environment.GetEnvironmentVariable("TLDTOOL_FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed) ? seed : 7;

    [Fact]
    public void Mutated_tld_files_never_crash_lint_and_never_reach_the_terminal_raw()
    {
        int inputs = int.TryParse(Environment.GetEnvironmentVariable("TLDTOOL_FUZZ_LINT_INPUTS"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 150;
        var files = Directory.GetFiles(Path.Combine(Tool.RepoRoot, "tld-data"), "*.json").Select(File.ReadAllText).ToList();
        var mutator = new OrderMutator(files, seed: Seed());
        using var dir = Tool.TempDir();
        var path = Path.Combine(dir.Path, "tld.json");
        for (int i = 0; i < inputs; i++)
        {
            var bytes = mutator.Mutate();
            File.WriteAllBytes(path, bytes);
            ToolResult result;
            try
            {
                result = Tool.InProcess(TestCa.Catalog, null, "lint", path);
            }
            catch (Exception e)
            {
                Assert.Fail($"input {i} threw {e}\ninput (base64): {Convert.ToBase64String(bytes)}");
                return;
            }
            Assert.True(result.ExitCode is 0 or 1 or 2, $"input {i}: {result}");
            OutputSafety.AssertSafe(result.Out);
            OutputSafety.AssertSafe(result.Err);
        }
    }
}
