using System.Globalization;
using TldToolkit.Text;

namespace TldToolkit.Cli.Output;

/// <summary>
/// The values of <see cref="Loc"/>'s placeholders <c>{0}</c>, <c>{1:yyyy-MM-dd}</c>: <c>{0:p:one=# Auftrag|other=# Aufträge}</c>
/// chooses the CLDR plural form of the argument through <see cref="Plural"/> (a text argument such as "2 to 13" counts
/// by its last number, as CLDR's range rules do for these languages), and in a right-to-left language every argument
/// is isolated (U+2068 … U+2069, <see cref="Bidi"/>) so domain names, codes and options keep their direction.
/// Arguments someone else wrote pass through <see cref="Shown"/> first, which escapes any bidi control they carry.
/// </summary>
internal sealed class LocFormat(bool rightToLeft, string pluralRule, CultureInfo culture)
{
    /// <summary>The text of argument <paramref name="name"/> ("0"); null when there is no such argument.</summary>
    public string? Argument(string name, string? format, object?[] args)
    {
        if (!int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= args.Length) return null;
        var arg = args[index];
        string text;
        if (format is not null && format.StartsWith("p:", StringComparison.Ordinal))
        {
            var plain = Plain(arg, null);
            text = Count(arg) is { } n ? Plural.Format(pluralRule, n, format[2..], plain) : plain;
        }
        else
        {
            text = Plain(arg, format);
        }
        return rightToLeft ? Bidi.Isolate(text) : text;
    }

    private string Plain(object? arg, string? format) => arg switch
    {
        null => "",
        IFormattable formattable => formattable.ToString(format, culture),
        _ => arg.ToString() ?? "",
    };

    private static long? Count(object? arg)
    {
        switch (arg)
        {
            case int i: return i;
            case long l: return l;
            case string s:
                int end = s.Length;
                while (end > 0 && !char.IsAsciiDigit(s[end - 1])) end--;
                int start = end;
                while (start > 0 && char.IsAsciiDigit(s[start - 1])) start--;
                return end > start && long.TryParse(s.AsSpan(start, end - start), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
            default: return null;
        }
    }
}
