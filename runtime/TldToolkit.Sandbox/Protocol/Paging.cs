using System.Globalization;

namespace TldToolkit.Sandbox.Protocol;

/// <summary>
/// Paging of the Query…List commands (QUERYDOMAINLIST.md, QUERYCONTACTLIST.md, QUERYTRANSFERLIST.md):
/// FIRST (index of the first entry, default 0) and LIMIT (entries per page) in, and the FIRST, LAST,
/// COUNT, TOTAL and LIMIT properties out. The documentation gives no default or largest LIMIT; the
/// sandbox uses <see cref="MaxLimit"/> for both.
/// </summary>
internal static class Paging
{
    public const int MaxLimit = 1000;

    /// <summary>Cuts one page out of <paramref name="all"/>; returns the refusal of a bad FIRST or LIMIT instead.</summary>
    public static SandboxReply? Page<T>(IReadOnlyList<T> all, IReadOnlyDictionary<string, string> p, out List<T> page,
        out List<KeyValuePair<string, IReadOnlyList<string>>> header)
    {
        page = [];
        header = [];
        if (Read(p, "FIRST", 0, out var first) is { } badFirst) return badFirst;
        if (Read(p, "LIMIT", MaxLimit, out var limit) is { } badLimit) return badLimit;
        limit = Math.Min(limit, MaxLimit);
        page = all.Skip(first).Take(limit).ToList();
        header =
        [
            Replies.Prop("FIRST", Replies.Number(first)),
            Replies.Prop("LAST", Replies.Number(first + page.Count - 1)),
            Replies.Prop("COUNT", Replies.Number(page.Count)),
            Replies.Prop("TOTAL", Replies.Number(all.Count)),
            Replies.Prop("LIMIT", Replies.Number(limit)),
        ];
        return null;
    }

    private static SandboxReply? Read(IReadOnlyDictionary<string, string> p, string name, int fallback, out int value)
    {
        value = fallback;
        if (!p.TryGetValue(name, out var text) || text.Length == 0) return null;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value)) return Replies.InvalidSyntax(name);
        return name == "LIMIT" && value == 0 ? Replies.InvalidValue(name) : null;
    }
}
