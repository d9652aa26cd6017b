using TldToolkit.Text;

namespace TldToolkit.Cli.Output;

/// <summary>
/// What the tool shows of a value someone else wrote (a domain, an operation, a path, a file name, a
/// registrar's words): through <see cref="SafeText"/>, so no control, bidi or line-separator character
/// reaches the terminal (<c>\u001b]0;pwned\u0007</c> would retitle it, <c>\nFAKE: valid</c> forge a line).
/// Messages the runtime renders are safe already (their quoted values pass through SafeText) and keep
/// the direction marks of their Arabic wording.
/// </summary>
internal static class Shown
{
    /// <summary>Longest value shown on one line, in characters before the ellipsis.</summary>
    public const int MaxLength = 300;

    public static string Of(string? value) => SafeText.ForDisplay(value, MaxLength);

    /// <summary>A whole message line the tool composed around such values (lint, command-line errors).</summary>
    public static string Long(string? value) => SafeText.ForDisplay(value, 4 * MaxLength);

    /// <summary>The value, or "?" when there is none.</summary>
    public static string OrUnknown(string? value) => value is null ? "?" : Of(value);
}
