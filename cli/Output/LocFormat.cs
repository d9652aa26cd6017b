using System.Globalization;
using TldToolkit.Text;

namespace TldToolkit.Cli.Output;

/// <summary>
/// How <see cref="Loc"/> fills a text's placeholders: <c>{0:p:one=# Auftrag|other=# Aufträge}</c> chooses the
/// CLDR plural form of the argument through <see cref="Plural"/> (a text argument such as "2 to 13" counts by
/// its last number, as CLDR's range rules do for these languages), and in Arabic every argument is isolated
/// (U+2068 … U+2069, <see cref="Bidi"/>) so domain names, codes and options keep their direction. Arguments
/// someone else wrote pass through <see cref="Shown"/> first, which escapes any bidi control they carry.
/// </summary>
internal sealed class LocFormat(string language, CultureInfo culture) : IFormatProvider, ICustomFormatter
{
    public object? GetFormat(Type? formatType) => formatType == typeof(ICustomFormatter) ? this : null;

    public string Format(string? format, object? arg, IFormatProvider? formatProvider)
    {
        string text;
        if (format is not null && format.StartsWith("p:", StringComparison.Ordinal))
        {
            var plain = Plain(arg, null);
            text = Count(arg) is { } n ? Plural.Format(language, n, format[2..], plain) : plain;
        }
        else
        {
            text = Plain(arg, format);
        }
        return language == "ar" ? Bidi.Isolate(text) : text;
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
