using System.ComponentModel;
using TldToolkit.Catalog;

namespace TldToolkit.Generated;

/// <summary>
/// A TLD the generator compiled to data only: one without additional fields, so without a typed surface of its own
/// (it is ordered through <see cref="Requests.RegisterRequest"/> and the other base request classes, or the catalog).
/// Only generated code creates it.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class DataTld : CompiledTld
{
    /// <summary>
    /// A TLD that states its own facts (<paramref name="template"/> null), or one that states nothing of its own:
    /// <paramref name="template"/> under the identity in <paramref name="data"/>. A source in the data may be an index
    /// into <paramref name="sources"/>.
    /// </summary>
    public DataTld(TldTemplate? template, SourceTable sources, ReadOnlyMemory<byte> data) : base(template, sources, data)
    {
    }

    /// <summary>
    /// The TLDs of <paramref name="lines"/>, one per line; a line that names a <c>template</c> derives from the template
    /// <paramref name="templates"/> gives for that name (the generated <c>TldProfileTemplates.ByName</c>).
    /// </summary>
    public static DataTld[] FromLines(TldDataLines lines, SourceTable sources, Func<string, TldTemplate?>? templates)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var result = new DataTld[lines.Count];
        for (int i = 0; i < result.Length; i++)
        {
            var name = TldDataReader.TemplateName(lines[i].Span);
            var template = name is null ? null
                : templates?.Invoke(name) ?? throw new InvalidOperationException("TLD data names the unknown template '" + name + "' (generated code out of step with itself).");
            result[i] = new DataTld(template, sources, lines[i]);
        }
        return result;
    }
}
