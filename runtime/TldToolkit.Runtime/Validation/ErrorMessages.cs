using TldToolkit.Validation.Messages;

namespace TldToolkit.Validation;

/// <summary>
/// Renders error messages from the per-language catalogs in <c>Validation/Messages</c>
/// (English, German, French, Arabic; any other language falls back to English) and the English
/// developer catalog. Rendering never throws: a failure yields the plain code and path.
/// </summary>
internal static class ErrorMessages
{
    /// <summary>The languages with their own customer catalog.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["en", "de", "fr", "ar"];

    public static string ForCustomer(ValidationError error, string? language) => Render(error, CatalogFor(language));

    public static string ForDeveloper(ValidationError error) => Render(error, DeveloperMessages.Instance);

    internal static MessageCatalog CatalogFor(string? language)
    {
        var span = (language ?? "").AsSpan().Trim();
        int dash = span.IndexOfAny('-', '_');
        if (dash > 0) span = span[..dash]; // "de-CH" → "de"
        if (span.Equals("de", StringComparison.OrdinalIgnoreCase)) return GermanMessages.Instance;
        if (span.Equals("fr", StringComparison.OrdinalIgnoreCase)) return FrenchMessages.Instance;
        if (span.Equals("ar", StringComparison.OrdinalIgnoreCase)) return ArabicMessages.Instance;
        return EnglishMessages.Instance;
    }

    private static string Render(ValidationError error, MessageCatalog catalog)
    {
        try
        {
            return MessageRenderer.Render(error, catalog);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A message must never take an order validation down; fall back to the stable parts.
            return Text.SafeText.ForDisplay(error.Code, 64) + " at " + Text.SafeText.ForDisplay(error.Path, 120);
        }
    }
}
