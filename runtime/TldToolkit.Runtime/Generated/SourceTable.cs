using System.ComponentModel;
using System.Text.Json;
using TldToolkit.Rules;

namespace TldToolkit.Generated;

/// <summary>
/// The sources many TLDs of a catalog cite (the ICANN gTLD list, a registry backend's documentation), written once by
/// the generator; a TLD's data names one by its index. Read on first use. Only generated code creates it.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class SourceTable
{
    private readonly Lazy<RuleSource[]> _sources;

    /// <summary>A table over the generator's data (a JSON array of sources, UTF-8), copied once and read on first use.</summary>
    public SourceTable(ReadOnlySpan<byte> data)
    {
        var copy = data.ToArray();
        _sources = new(() => TldDataReader.ReadSources(copy));
    }

    internal RuleSource this[int index] => _sources.Value[index];
}
