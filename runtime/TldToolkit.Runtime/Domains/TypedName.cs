using TldToolkit.Catalog;

namespace TldToolkit.Domains;

/// <summary>A domain as a person typed it, made ready for the TLD lookup.</summary>
internal static class TypedName
{
    /// <summary>Trimmed; full-width and ideographic full stops separate labels like '.'; a final dot is the root's and goes.</summary>
    public static string Normalize(string input)
    {
        var builder = new System.Text.StringBuilder(input.Trim());
        for (int i = 0; i < builder.Length; i++)
            if (TldCatalog.IsDot(builder[i])) builder[i] = '.';
        if (builder.Length > 0 && builder[^1] == '.') builder.Length--;
        return builder.ToString();
    }
}
