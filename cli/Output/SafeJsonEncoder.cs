using System.Text.Encodings.Web;
using TldToolkit.Text;

namespace TldToolkit.Cli.Output;

/// <summary>
/// The JSON escaping of every <c>--json</c> output: <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>
/// (German, French and Arabic stay readable) plus a <c>\uXXXX</c> escape for every character
/// <see cref="SafeText.IsUnsafe"/> names. The relaxed encoder lets U+202E and the other bidi
/// controls through raw, so JSON piped to a terminal could reorder it; escaped, the value a program
/// reads back is unchanged.
/// </summary>
internal sealed class SafeJsonEncoder : JavaScriptEncoder
{
    public static readonly SafeJsonEncoder Instance = new();

    private static readonly JavaScriptEncoder Relaxed = UnsafeRelaxedJsonEscaping;

    private SafeJsonEncoder() { }

    public override int MaxOutputCharactersPerInputCharacter => Math.Max(6, Relaxed.MaxOutputCharactersPerInputCharacter);

    public override bool WillEncode(int unicodeScalar) => IsExtra(unicodeScalar) || Relaxed.WillEncode(unicodeScalar);

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        int relaxed = Relaxed.FindFirstCharacterToEncode(text, textLength);
        int limit = relaxed < 0 ? textLength : relaxed;
        for (int i = 0; i < limit; i++)
            if (SafeText.IsUnsafe(text[i])) return i;
        return relaxed;
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        if (!IsExtra(unicodeScalar) || Relaxed.WillEncode(unicodeScalar))
            return Relaxed.TryEncodeUnicodeScalar(unicodeScalar, buffer, bufferLength, out numberOfCharactersWritten);
        numberOfCharactersWritten = 0;
        if (bufferLength < 6) return false;
        var escape = $"\\u{unicodeScalar:X4}";
        for (int i = 0; i < escape.Length; i++) buffer[i] = escape[i];
        numberOfCharactersWritten = escape.Length;
        return true;
    }

    private static bool IsExtra(int unicodeScalar) => unicodeScalar <= char.MaxValue && SafeText.IsUnsafe((char)unicodeScalar);
}
