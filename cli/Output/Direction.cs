using Spectre.Console;
using Spectre.Console.Rendering;

namespace TldToolkit.Cli.Output;

/// <summary>
/// Tables in the reading direction of the language: in Arabic the first column stands at the right and
/// cells are right-aligned (a terminal lays out columns left to right whatever the text inside them).
/// </summary>
internal static class Direction
{
    public static bool IsRightToLeft(string language) => Loc.IsRightToLeft(language);

    /// <summary>Adds <paramref name="columns"/> in reading order, right-aligned in a right-to-left language.</summary>
    public static Table Columns(this Table table, string language, params TableColumn[] columns)
    {
        foreach (var column in InReadingOrder(language, columns))
            table.AddColumn(IsRightToLeft(language) ? column.RightAligned() : column);
        return table;
    }

    /// <summary>Adds a row whose cells are given in logical order (first column first).</summary>
    public static Table Row(this Table table, string language, params IRenderable[] cells) =>
        table.AddRow(InReadingOrder(language, cells).ToArray());

    /// <summary>A grid of <paramref name="count"/> columns in reading order.</summary>
    public static Grid Grid(string language, int count)
    {
        var grid = new Grid();
        for (int i = 0; i < count; i++)
            grid.AddColumn(IsRightToLeft(language) ? new GridColumn().RightAligned() : new GridColumn());
        return grid;
    }

    /// <summary>Adds a grid row whose cells are given in logical order.</summary>
    public static Grid Row(this Grid grid, string language, params IRenderable[] cells) =>
        grid.AddRow(InReadingOrder(language, cells).ToArray());

    /// <summary>A section rule on the reading side.</summary>
    public static Rule Justified(this Rule rule, string language) =>
        IsRightToLeft(language) ? rule.RightJustified() : rule.LeftJustified();

    private static IEnumerable<T> InReadingOrder<T>(string language, IReadOnlyList<T> items) =>
        IsRightToLeft(language) ? items.Reverse() : items;
}
