namespace TldToolkit.Text;

/// <summary>
/// Bidirectional isolation of a value inserted into right-to-left text: U+2068 FIRST STRONG ISOLATE
/// … U+2069 POP DIRECTIONAL ISOLATE, so a domain name, code or English label keeps its own direction
/// and cannot reorder the Arabic sentence around it. The value must already have passed through
/// <see cref="SafeText"/>, which escapes every bidi control a customer typed (U+2068 becomes the text
/// "[U+2068]"): the only isolates in a message are the balanced pairs this class adds, and rendered
/// messages are shown as they are (they are not passed through SafeText again, which would escape them).
/// </summary>
public static class Bidi
{
    /// <summary>U+2068 FIRST STRONG ISOLATE.</summary>
    public const char FirstStrongIsolate = '\u2068';

    /// <summary>U+2069 POP DIRECTIONAL ISOLATE.</summary>
    public const char PopDirectionalIsolate = '\u2069';

    /// <summary><paramref name="value"/> between U+2068 and U+2069; an empty value stays empty.</summary>
    public static string Isolate(string value) =>
        string.IsNullOrEmpty(value) ? value ?? "" : FirstStrongIsolate + value + PopDirectionalIsolate;
}
