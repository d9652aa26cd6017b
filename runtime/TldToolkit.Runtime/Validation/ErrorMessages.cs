namespace TldToolkit.Validation;

/// <summary>
/// Renders error messages. Placeholder wording until the localized message catalog lands:
/// customer text equals the developer text.
/// </summary>
internal static class ErrorMessages
{
    public static string ForCustomer(ValidationError error, string language) => ForDeveloper(error);

    public static string ForDeveloper(ValidationError error) =>
        error.Arguments.Detail is { } detail ? $"{error.Code} at {error.Path}: {detail}" : $"{error.Code} at {error.Path}";
}
