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
}
