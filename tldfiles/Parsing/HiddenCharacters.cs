using System.Globalization;

namespace TldToolkit.Generator.Parsing;

/// <summary>
/// Characters a reader cannot see or that end a line: controls, format characters (bidi controls, soft hyphens,
/// zero-width joiners), line and paragraph separators, surrogates, private-use and unassigned code points. Diagnostics
/// show them as U+XXXX and the generated data escapes them, so neither hides what a file holds.
/// </summary>
internal static class HiddenCharacters
{
    public static bool IsHidden(char c)
    {
        if (c >= ' ' && c < 0x7F) return false; // printable ASCII, the common case
        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
                return true;
            default:
                return false;
        }
    }
}
