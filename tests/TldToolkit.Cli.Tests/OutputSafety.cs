using TldToolkit.Text;

namespace TldToolkit.Cli.Tests;

/// <summary>
/// The check every output test shares: nothing SafeText calls unsafe, except the tool's own line breaks, the
/// direction marks of its Arabic wording and (issue 16, an expectation added then) the isolates U+2068 … U+2069
/// the tool puts around values in Arabic text: those only as balanced pairs closed on their line, so an isolate a
/// user typed (which Shown escapes) would still fail.
/// </summary>
internal static class OutputSafety
{
    public static bool IsAllowed(char c) => c is '\n' or '\r' or '\u200E' or '\u200F' or '\u061C';

    public static void AssertSafe(string output)
    {
        int depth = 0;
        for (int i = 0; i < output.Length; i++)
        {
            char c = output[i];
            if (c == Bidi.FirstStrongIsolate) { depth++; continue; }
            if (c == Bidi.PopDirectionalIsolate)
            {
                if (depth == 0) Assert.Fail($"unbalanced U+2069 at {i} in output:\n{SafeText.ForDisplay(output, 4000)}");
                depth--;
                continue;
            }
            if (c == '\n' && depth != 0) Assert.Fail($"isolate left open at {i} in output:\n{SafeText.ForDisplay(output, 4000)}");
            if (SafeText.IsUnsafe(c) && !IsAllowed(c))
                Assert.Fail($"U+{(int)c:X4} at {i} in output:\n{SafeText.ForDisplay(output, 4000)}");
            if (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < output.Length && char.IsLowSurrogate(output[++i])))
                Assert.Fail($"lone surrogate at {i}");
        }
        if (depth != 0) Assert.Fail("isolate left open at the end of the output");
    }
}
