using System.Globalization;

namespace TldToolkit.Text;

/// <summary>
/// A text with translations as TLD data supplies them (labels, descriptions, option labels).
/// English is always present; a missing translation falls back to English.
/// </summary>
public sealed class LocalizedText
{
    /// <summary>Creates a text; <paramref name="en"/> is required.</summary>
    public LocalizedText(string en, string? de = null, string? fr = null, string? ar = null)
    {
        En = en ?? throw new ArgumentNullException(nameof(en));
        De = de;
        Fr = fr;
        Ar = ar;
    }

    /// <summary>English.</summary>
    public string En { get; }
    /// <summary>German, if translated.</summary>
    public string? De { get; }
    /// <summary>French, if translated.</summary>
    public string? Fr { get; }
    /// <summary>Arabic, if translated.</summary>
    public string? Ar { get; }

    /// <summary>
    /// The text in <paramref name="language"/> (a two-letter code such as "de", any case; a tag such as
    /// "de-CH" counts as its language), or English.
    /// </summary>
    public string Get(string? language)
    {
        var span = (language ?? "").AsSpan().Trim();
        if (span.Length > 2 && (span[2] == '-' || span[2] == '_')) span = span[..2];
        if (span.Equals("de", StringComparison.OrdinalIgnoreCase)) return De ?? En;
        if (span.Equals("fr", StringComparison.OrdinalIgnoreCase)) return Fr ?? En;
        if (span.Equals("ar", StringComparison.OrdinalIgnoreCase)) return Ar ?? En;
        return En;
    }

    /// <summary>The text in the culture's language, or English.</summary>
    public string Get(CultureInfo culture) => Get(culture?.TwoLetterISOLanguageName);

    /// <inheritdoc />
    public override string ToString() => En;
}
