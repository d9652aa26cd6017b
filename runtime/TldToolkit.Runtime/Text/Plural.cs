using System.Globalization;

namespace TldToolkit.Text;

/// <summary>The CLDR plural categories of a cardinal number.</summary>
public enum PluralCategory
{
    /// <summary>Arabic 0.</summary>
    Zero,
    /// <summary>English and German 1; French 0 and 1; Arabic 1.</summary>
    One,
    /// <summary>Arabic 2.</summary>
    Two,
    /// <summary>Arabic 3–10 (by the last two digits).</summary>
    Few,
    /// <summary>Arabic 11–99 (by the last two digits); French millions.</summary>
    Many,
    /// <summary>Everything else.</summary>
    Other,
}

/// <summary>
/// The one plural rule of the toolkit: CLDR's cardinal rules for whole numbers in en, de, fr and ar
/// (unicode.org/cldr plurals.xml), and the choice of a form written as
/// <c>"one=# Auftrag|other=# Aufträge"</c>, where <c>#</c> stands for the number.
/// </summary>
public static class Plural
{
    /// <summary>The CLDR category of <paramref name="n"/> in <paramref name="language"/> (two-letter code; other languages count like English).</summary>
    public static PluralCategory Of(string? language, long n)
    {
        n = Math.Abs(n);
        switch (language)
        {
            case "fr":
                if (n is 0 or 1) return PluralCategory.One;
                return n % 1_000_000 == 0 ? PluralCategory.Many : PluralCategory.Other;
            case "ar":
                if (n == 0) return PluralCategory.Zero;
                if (n == 1) return PluralCategory.One;
                if (n == 2) return PluralCategory.Two;
                return (n % 100) switch
                {
                    >= 3 and <= 10 => PluralCategory.Few,
                    >= 11 and <= 99 => PluralCategory.Many,
                    _ => PluralCategory.Other,
                };
            default:
                return n == 1 ? PluralCategory.One : PluralCategory.Other;
        }
    }

    /// <summary>
    /// The form of <paramref name="forms"/> ("zero=…|one=…|two=…|few=…|many=…|other=…") for the category of
    /// <paramref name="n"/>, with <c>#</c> replaced by <paramref name="number"/> (the number in the culture
    /// when null). A category without a form uses "other".
    /// </summary>
    public static string Format(string? language, long n, string forms, string? number = null)
    {
        var wanted = Name(Of(language, n));
        string? other = null, chosen = null;
        foreach (var part in forms.Split('|'))
        {
            int eq = part.IndexOf('=');
            if (eq <= 0) continue;
            var name = part.AsSpan(0, eq).Trim();
            if (name.SequenceEqual(wanted)) { chosen = part[(eq + 1)..]; break; }
            if (name.SequenceEqual("other")) other = part[(eq + 1)..];
        }
        var form = chosen ?? other ?? "#";
        return form.Replace("#", number ?? n.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private static string Name(PluralCategory category) => category switch
    {
        PluralCategory.Zero => "zero",
        PluralCategory.One => "one",
        PluralCategory.Two => "two",
        PluralCategory.Few => "few",
        PluralCategory.Many => "many",
        _ => "other",
    };
}
