using System.Collections.Generic;

namespace TldToolkit.Generator.Json;

/// <summary>
/// A fixed set of strings (property names and enum values of the format) that <see cref="JsonParser"/>
/// returns instead of allocating a copy whenever a string token spells one of them. Immutable after
/// construction, so one instance is shared by every parse, on any thread.
/// </summary>
internal sealed class StringTable
{
    private const int MaxLength = 32;
    private readonly string[][] _byLength = new string[MaxLength + 1][];

    public StringTable(IEnumerable<string> strings)
    {
        var lists = new List<string>[MaxLength + 1];
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var s in strings)
        {
            if (s.Length == 0 || s.Length > MaxLength || !seen.Add(s)) continue;
            (lists[s.Length] ??= new List<string>()).Add(s);
        }
        for (int i = 0; i <= MaxLength; i++) _byLength[i] = lists[i]?.ToArray() ?? System.Array.Empty<string>();
    }

    /// <summary>The table's instance of <c>text[start..start+length]</c>, or null when it holds no such string.</summary>
    public string? Find(string text, int start, int length)
    {
        if (length == 0 || length > MaxLength) return null;
        foreach (var candidate in _byLength[length])
            if (candidate[0] == text[start] && string.CompareOrdinal(text, start, candidate, 0, length) == 0)
                return candidate;
        return null;
    }
}
