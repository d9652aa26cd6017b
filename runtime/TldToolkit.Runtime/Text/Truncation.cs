namespace TldToolkit.Text;

/// <summary>Keeps values quoted back in messages short and safe, whatever a customer pasted.</summary>
public static class Truncation
{
    /// <summary>
    /// The value cut to <paramref name="max"/> characters with an ellipsis, never splitting a surrogate
    /// pair; control and bidi characters are escaped as <c>[U+XXXX]</c> (see <see cref="SafeText"/>).
    /// </summary>
    public static string ForDisplay(string? value, int max = 80) => SafeText.ForDisplay(value, max);
}
