using System.Text;

namespace TldToolkit.Localization;

/// <summary>
/// The one placeholder syntax of every message: <c>{name}</c> or <c>{name:format}</c>, where the format
/// <c>p:one=# day|other=# days</c> asks for a CLDR plural form (<see cref="Text.Plural"/>). Each area resolves its
/// own names (validation: <c>{label}</c>, <c>{value}</c>; outcomes: <c>{domain}</c>; the CLI: <c>{0}</c>, <c>{1}</c>);
/// the resolver escapes and isolates values, this class only finds the placeholders.
/// </summary>
internal static class Placeholders
{
    /// <summary>
    /// <paramref name="template"/> with every placeholder replaced by <paramref name="resolve"/>(name, format or null);
    /// null as soon as one placeholder has no value. An opening brace without a closing one is copied as it is.
    /// </summary>
    public static string? Fill(string template, Func<string, string?, string?> resolve)
    {
        if (template.IndexOf('{') < 0) return template;
        var builder = new StringBuilder(template.Length + 64);
        int i = 0;
        while (i < template.Length)
        {
            int open = template.IndexOf('{', i);
            int close = open < 0 ? -1 : template.IndexOf('}', open + 1);
            if (close < 0) { builder.Append(template, i, template.Length - i); break; }
            builder.Append(template, i, open - i);
            var inside = template.AsSpan(open + 1, close - open - 1);
            int colon = inside.IndexOf(':');
            var value = colon < 0
                ? resolve(inside.ToString(), null)
                : resolve(inside[..colon].ToString(), inside[(colon + 1)..].ToString());
            if (value is null) return null;
            builder.Append(value);
            i = close + 1;
        }
        return builder.ToString();
    }

    /// <summary>The names of the placeholders of <paramref name="template"/>, in order (for the catalog checks).</summary>
    public static IEnumerable<string> Names(string template)
    {
        var names = new List<string>();
        Fill(template, (name, _) => { names.Add(name); return ""; });
        return names;
    }
}
