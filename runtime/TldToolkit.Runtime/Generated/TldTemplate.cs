using System.ComponentModel;
using TldToolkit.Fields;
using TldToolkit.Rules;

namespace TldToolkit.Generated;

/// <summary>
/// The rules and fields every TLD that extends the same profiles and states nothing of its own shares, as the
/// generator writes them once (<c>TldProfileTemplates</c>); read on first use. Only generated code creates it.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class TldTemplate
{
    private readonly Lazy<(TldRules Rules, FieldDescriptor[] Fields)> _read;

    /// <summary>A template over the generator's data (UTF-8 JSON, one line of a <see cref="TldDataLines"/>).</summary>
    public TldTemplate(ReadOnlyMemory<byte> data) => _read = new(() => TldDataReader.ReadTemplate(data));

    internal TldRules Rules => _read.Value.Rules;

    internal FieldDescriptor[] Fields => _read.Value.Fields;
}
