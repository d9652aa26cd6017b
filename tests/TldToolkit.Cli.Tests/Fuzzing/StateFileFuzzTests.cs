using System.Globalization;

namespace TldToolkit.Cli.Tests.Fuzzing;

/// <summary>
/// Beyond issue 15's list (R10 was one case of it): mutated sandbox state files through
/// <c>tldtool sync</c>. Every file ends in exit 0, 1 or 2, never an exception; a file refused
/// with exit 2 is left exactly as it was; nothing of it reaches the output raw.
/// TLDTOOL_FUZZ_STATE_INPUTS for a longer run.
/// </summary>
public class StateFileFuzzTests
{
    [Fact]
    public void Mutated_state_files_never_crash_sync_and_are_never_overwritten_when_refused()
    {
        int inputs = int.TryParse(Environment.GetEnvironmentVariable("TLDTOOL_FUZZ_STATE_INPUTS"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 30;
        using var dir = Tool.TempDir();
        var state = Path.Combine(dir.Path, "sandbox.json");
        var submit = Tool.InProcess(TldToolkit.BuiltIn.Tlds.Catalog, SubmitProcessTests.Samples("ca-1", "de-1"), "submit", "-", "--state", state);
        Assert.True(submit.ExitCode is 0 or 1, submit.ToString());
        var mutator = new OrderMutator([File.ReadAllText(state)], seed: int.TryParse(Environment.GetEnvironmentVariable("TLDTOOL_FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed) ? seed : 3);
        for (int i = 0; i < inputs; i++)
        {
            var bytes = mutator.Mutate();
            File.WriteAllBytes(state, bytes);
            ToolResult result;
            try
            {
                result = Tool.InProcess(TldToolkit.BuiltIn.Tlds.Catalog, null, "sync", "--state", state);
            }
            catch (Exception e)
            {
                Assert.Fail($"input {i} threw {e}\ninput (base64): {Convert.ToBase64String(bytes)}");
                return;
            }
            Assert.True(result.ExitCode is 0 or 1 or 2, $"input {i}: {result}");
            if (result.ExitCode == 2) Assert.Equal(bytes, File.ReadAllBytes(state));
            OutputSafety.AssertSafe(result.Out);
            OutputSafety.AssertSafe(result.Err);
        }
    }
}
