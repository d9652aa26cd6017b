namespace TldToolkit.Text;

/// <summary>Keeps values quoted back in messages short, whatever a customer pasted.</summary>
public static class Truncation
{
    /// <summary>The value cut to <paramref name="max"/> characters with an ellipsis, never splitting a surrogate pair.</summary>
    public static string ForDisplay(string? value, int max = 80)
    {
        if (value is null) return "";
        if (value.Length <= max) return value;
        int cut = max;
        if (char.IsHighSurrogate(value[cut - 1])) cut--;
        return string.Concat(value.AsSpan(0, cut), "…");
    }
}
