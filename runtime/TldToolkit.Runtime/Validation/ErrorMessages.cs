using TldToolkit.Validation.Messages;

namespace TldToolkit.Validation;

/// <summary>
/// Renders error messages from the message files <c>Messages/validation.{culture}.json</c> (English, German,
/// French, Arabic; any other culture falls back along its chain to English) and the English developer file.
/// Rendering never throws: a failure yields the plain code and path.
/// </summary>
internal static class ErrorMessages
{
    public static string ForCustomer(ValidationError error, string? language) => Render(error, CatalogFor(language));

    public static string ForDeveloper(ValidationError error) => Render(error, MessageCatalog.Developer);

    internal static MessageCatalog CatalogFor(string? language) => MessageCatalog.For(language);

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
