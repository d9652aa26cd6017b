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

    /// <summary>The text in <paramref name="language"/> (two-letter code such as "de"), or English.</summary>
    public string Get(string? language) => language switch
    {
        "de" => De ?? En,
        "fr" => Fr ?? En,
        "ar" => Ar ?? En,
        _ => En,
    };

    /// <summary>The text in the culture's language, or English.</summary>
    public string Get(CultureInfo culture) => Get(culture.TwoLetterISOLanguageName);

    /// <inheritdoc />
    public override string ToString() => En;
}
