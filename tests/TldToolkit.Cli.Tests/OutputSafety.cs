using TldToolkit.Text;

namespace TldToolkit.Cli.Tests;

/// <summary>The check every output test shares: nothing SafeText calls unsafe, except the tool's own line breaks and the direction marks of its Arabic wording.</summary>
internal static class OutputSafety
{
    public static bool IsAllowed(char c) => c is '\n' or '\r' or '\u200E' or '\u200F' or '\u061C';

    public static void AssertSafe(string output)
    {
        for (int i = 0; i < output.Length; i++)
        {
            char c = output[i];
            if (SafeText.IsUnsafe(c) && !IsAllowed(c))
                Assert.Fail($"U+{(int)c:X4} at {i} in output:\n{SafeText.ForDisplay(output, 4000)}");
            if (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < output.Length && char.IsLowSurrogate(output[++i])))
                Assert.Fail($"lone surrogate at {i}");
        }
    }
}
