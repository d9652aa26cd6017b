using TldToolkit.Text;
using TldToolkit.Validation.Messages;

namespace TldToolkit.Runtime.Tests;

/// <summary>Issue 16: one CLDR plural rule, and the counted nouns of every catalog built on it.</summary>
public class PluralTests
{
    [Theory]
    [InlineData("en", 0, PluralCategory.Other)]
    [InlineData("en", 1, PluralCategory.One)]
    [InlineData("en", 2, PluralCategory.Other)]
    [InlineData("en", 101, PluralCategory.Other)]
    [InlineData("de", 0, PluralCategory.Other)]
    [InlineData("de", 1, PluralCategory.One)]
    [InlineData("de", 11, PluralCategory.Other)]
    [InlineData("fr", 0, PluralCategory.One)]
    [InlineData("fr", 1, PluralCategory.One)]
    [InlineData("fr", 2, PluralCategory.Other)]
    [InlineData("fr", 100, PluralCategory.Other)]
    [InlineData("fr", 1_000_000, PluralCategory.Many)]
    [InlineData("ar", 0, PluralCategory.Zero)]
    [InlineData("ar", 1, PluralCategory.One)]
    [InlineData("ar", 2, PluralCategory.Two)]
    [InlineData("ar", 3, PluralCategory.Few)]
    [InlineData("ar", 10, PluralCategory.Few)]
    [InlineData("ar", 11, PluralCategory.Many)]
    [InlineData("ar", 99, PluralCategory.Many)]
    [InlineData("ar", 100, PluralCategory.Other)]
    [InlineData("ar", 101, PluralCategory.Other)]
    [InlineData("ar", 102, PluralCategory.Other)]
    [InlineData("ar", 103, PluralCategory.Few)]
    [InlineData("ar", 111, PluralCategory.Many)]
    public void Cldr_categories(string language, long n, PluralCategory expected) => Assert.Equal(expected, Plural.Of(language, n));

    [Fact]
    public void A_missing_category_falls_back_to_other_and_hash_is_the_number()
    {
        Assert.Equal("3 Aufträge", Plural.Format("de", 3, "one=# Auftrag|other=# Aufträge"));
        Assert.Equal("1 Auftrag", Plural.Format("de", 1, "one=# Auftrag|other=# Aufträge"));
        Assert.Equal("11 x", Plural.Format("ar", 11, "one=a|other=# x"));
        Assert.Equal("1 000 y", Plural.Format("fr", 1000, "one=# x|other=# y", "1 000"));
    }

    [Theory]
    [InlineData(0, "0 years", "0 Jahre", "0 an", "0 سنة")]
    [InlineData(1, "1 year", "1 Jahr", "1 an", "سنة واحدة")]
    [InlineData(2, "2 years", "2 Jahre", "2 ans", "سنتين")]
    [InlineData(3, "3 years", "3 Jahre", "3 ans", "3 سنوات")]
    [InlineData(10, "10 years", "10 Jahre", "10 ans", "10 سنوات")]
    [InlineData(11, "11 years", "11 Jahre", "11 ans", "11 سنة")]
    [InlineData(100, "100 years", "100 Jahre", "100 ans", "100 سنة")]
    [InlineData(101, "101 years", "101 Jahre", "101 ans", "101 سنة")]
    public void Years_in_each_language(int n, string en, string de, string fr, string ar)
    {
        Assert.Equal(en, MessageCatalog.For("en").Years(n));
        Assert.Equal(de, MessageCatalog.For("de").Years(n));
        Assert.Equal(fr, MessageCatalog.For("fr").Years(n));
        Assert.Equal(ar, MessageCatalog.For("ar").Years(n));
    }

    [Theory]
    [InlineData(0, "0 days", "0 Tage", "0 jour", "0 يوم")]
    [InlineData(1, "1 day", "1 Tag", "1 jour", "يوم واحد")]
    [InlineData(2, "2 days", "2 Tage", "2 jours", "يومين")]
    [InlineData(3, "3 days", "3 Tage", "3 jours", "3 أيام")]
    [InlineData(10, "10 days", "10 Tage", "10 jours", "10 أيام")]
    [InlineData(11, "11 days", "11 Tage", "11 jours", "11 يومًا")]
    [InlineData(100, "100 days", "100 Tage", "100 jours", "100 يوم")]
    [InlineData(101, "101 days", "101 Tage", "101 jours", "101 يوم")]
    public void Days_in_each_language(int n, string en, string de, string fr, string ar)
    {
        Assert.Equal(en, MessageCatalog.For("en").Count("day", n));
        Assert.Equal(de, MessageCatalog.For("de").Count("day", n));
        Assert.Equal(fr, MessageCatalog.For("fr").Count("day", n));
        Assert.Equal(ar, MessageCatalog.For("ar").Count("day", n));
    }

    [Theory]
    [InlineData(1, "1 character", "1 Zeichen", "1 caractère", "حرف واحد")]
    [InlineData(2, "2 characters", "2 Zeichen", "2 caractères", "حرفين")]
    [InlineData(3, "3 characters", "3 Zeichen", "3 caractères", "3 أحرف")]
    [InlineData(11, "11 characters", "11 Zeichen", "11 caractères", "11 حرفًا")]
    [InlineData(101, "101 characters", "101 Zeichen", "101 caractères", "101 حرف")]
    public void Characters_in_each_language(int n, string en, string de, string fr, string ar)
    {
        Assert.Equal(en, MessageCatalog.For("en").Count("character", n));
        Assert.Equal(de, MessageCatalog.For("de").Count("character", n));
        Assert.Equal(fr, MessageCatalog.For("fr").Count("character", n));
        Assert.Equal(ar, MessageCatalog.For("ar").Count("character", n));
    }

    [Fact]
    public void Every_catalog_words_every_counted_noun()
    {
        MessageCatalog[] catalogs = [MessageCatalog.For("en"), MessageCatalog.For("de"), MessageCatalog.For("fr"), MessageCatalog.For("ar")];
        foreach (var catalog in catalogs)
            foreach (var noun in new[] { "character", "nameserver", "day", "year", "line" })
                Assert.True(catalog.Word("count." + noun) is { } forms && forms.Contains("other="), $"{catalog.Language} count.{noun}");
    }
}
