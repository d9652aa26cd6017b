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

    /// <summary>A table over the generator's data (a JSON array of sources), encoded to UTF-8 once and read on first use.</summary>
    public SourceTable(string data)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(data ?? throw new ArgumentNullException(nameof(data)));
        _sources = new(() => TldDataReader.ReadSources(bytes));
    }

    internal RuleSource this[int index] => _sources.Value[index];
}
