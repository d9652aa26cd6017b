using TldToolkit.Idn.Tables;

namespace TldToolkit.Idn;

/// <summary>
/// The named repertoires <see cref="Rules.IdnRules.LanguageTable"/> may refer to, generated from the
/// ICANN second-level reference LGRs and the .SE language reference tables (see Tables/generate.py).
/// </summary>
public static class IdnLanguageTables
{
    /// <summary>The known table names: "de", "pl", "latin", "cyrillic", "greek".</summary>
    public static IReadOnlyList<string> Names => LanguageTables.Names;

    /// <summary>True when <paramref name="table"/> is a known table name (case-insensitive).</summary>
    public static bool IsKnown(string? table) => table is not null && LanguageTables.TryGet(table, out _);

    /// <summary>True when <paramref name="codePoint"/> is in table <paramref name="table"/>; false for an unknown table.</summary>
    public static bool Contains(string table, int codePoint) =>
        table is not null && LanguageTables.TryGet(table, out var pairs) && RangeLookup.InPairs(pairs, codePoint);
}
