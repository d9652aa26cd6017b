using System.Globalization;
using Humanizer;
using TldToolkit.Catalog;
using TldToolkit.Cli.Output;
using TldToolkit.Fields;
using TldToolkit.Orders;
using TldToolkit.Rules;

namespace TldToolkit.Cli.Explain;

/// <summary>Turns rule values into words in one language: periods, durations, conditions.</summary>
internal sealed class Words(ITldDefinition definition, string language)
{
    private readonly CultureInfo _culture = Loc.Culture(language);

    public string Language => language;

    public string T(string key) => Loc.T(language, key);

    public string F(string key, params object?[] args) => Loc.F(language, key, args);

    public string List(IReadOnlyList<string> items, bool or = false) => Loc.List(language, items, or);

    /// <summary>"61 days", "61 Tage", "61 يومًا": CLDR plural forms (Loc "count.day").</summary>
    public string Days(int days) => F("count.day", days);

    /// <summary>"2 months" for 61 days (whole months of 30.436875 days, as Humanizer counts them); days below a month.</summary>
    public string Months(int days)
    {
        int months = (int)(days / 30.436875);
        return months == 0 ? Days(days) : F("count.month", months);
    }

    /// <summary>"1 year", "5 years", "5 Jahre", "5 سنوات".</summary>
    public string Years(int years) => F("count.year", years);

    /// <summary>"1 to 10 years", "1, 2 or 5 years", "10 years".</summary>
    public string Periods(IReadOnlyList<int> years)
    {
        if (years.Count == 0) return "—";
        if (years.Count == 1) return Years(years[0]);
        bool contiguous = true;
        for (int i = 1; i < years.Count; i++) contiguous &= years[i] == years[i - 1] + 1;
        if (contiguous && years.Count > 2) return F("range", years[0].ToString(_culture), Years(years[^1]));
        // Arabic counts every item (the noun agrees with each number): "سنة واحدة أو سنتين أو 5 سنوات".
        bool countEach = Loc.CountsEachNumberInList(language);
        var items = years.Select(y => countEach ? Years(y) : y.ToString(_culture)).ToList();
        items[^1] = Years(years[^1]);
        return List(items, or: true);
    }

    public string Operation(DomainOperation operation) => T("op." + Orders.Json.OrderJsonNames.Of(operation));

    public string Operations(FieldOperations operations)
    {
        var names = new List<string>();
        if (operations.HasFlag(FieldOperations.Register)) names.Add(T("op.register"));
        if (operations.HasFlag(FieldOperations.Transfer)) names.Add(T("op.transfer"));
        if (operations.HasFlag(FieldOperations.OwnerChange)) names.Add(T("op.ownerChange"));
        if (operations.HasFlag(FieldOperations.Update)) names.Add(T("op.update"));
        return List(names);
    }

    public string Role(ContactRole role) => T("role." + role);

    public string Property(string property) => T("prop." + property);

    /// <summary>The label of an additional field in the language, or its name when unknown.</summary>
    public string FieldLabel(string name) =>
        definition.Fields.FirstOrDefault(f => f.Name == name) is { } field ? field.Label.Get(language) : name;

    /// <summary>"Trademark registered in Canada (TDM)": an option's label with its value.</summary>
    public string OptionValue(string field, string value)
    {
        var option = definition.Fields.FirstOrDefault(f => f.Name == field)?.Options.FirstOrDefault(o => o.Value == value);
        return option is null ? value : $"{option.Label.Get(language)} ({value})";
    }

    /// <summary>A condition tree in words: "Legal type is Trademark registered in Canada (TDM)".</summary>
    public string Condition(FieldCondition condition, bool nested = false)
    {
        switch (condition)
        {
            case FieldValueCondition value:
                var label = FieldLabel(value.Field);
                var values = value.Values.Select(v => OptionValue(value.Field, v)).ToList();
                if (value.Negated) return F("cond.isNoneOf", label, List(values, or: true));
                return values.Count == 1 ? F("cond.is", label, values[0]) : F("cond.isOneOf", label, List(values, or: true));
            case FieldCheckedCondition check:
                return F(check.Checked ? "cond.checked" : "cond.notChecked", FieldLabel(check.Field));
            case RegistrantTypeCondition type:
                return F("cond.registrantType", T("type.an." + type.Type));
            case RegistrantCountryCondition country:
                return F(country.Negated ? "cond.countryNotIn" : "cond.countryIn", List(country.Countries.Select(Country).ToList(), or: true));
            case AllOfCondition all:
                return Group(all.Conditions.Select(c => Condition(c, true)).ToList(), or: false, nested);
            case AnyOfCondition any:
                return Group(any.Conditions.Select(c => Condition(c, true)).ToList(), or: true, nested);
            case NotCondition not:
                return F("cond.not", Condition(not.Condition));
            default:
                return condition.ToString();
        }
    }

    private string Group(List<string> parts, bool or, bool nested)
    {
        var text = List(parts, or);
        return nested && parts.Count > 1 ? "(" + text + ")" : text;
    }

    /// <summary>
    /// "CA (Canada)" in English; the bare code in other languages (.NET's region names follow the
    /// system's ICU data, not reliably the requested language).
    /// </summary>
    public string Country(string code)
    {
        var upper = code.ToUpperInvariant();
        if (language != "en") return upper;
        try { return $"{upper} ({new RegionInfo(upper).EnglishName})"; }
        catch (ArgumentException) { return upper; }
    }

    /// <summary>"à–â (U+00E0–U+00E2)".</summary>
    public static string Range(CodePointRange range)
    {
        static string Char(int cp) => char.ConvertFromUtf32(cp);
        return range.First == range.Last
            ? $"{Char(range.First)} (U+{range.First:X4})"
            : $"{Char(range.First)}–{Char(range.Last)} (U+{range.First:X4}–U+{range.Last:X4})";
    }

    public static string RangeCode(CodePointRange range) =>
        range.First == range.Last ? $"U+{range.First:X4}" : $"U+{range.First:X4}-U+{range.Last:X4}";
}
