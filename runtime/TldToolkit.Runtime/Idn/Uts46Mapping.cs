using TldToolkit.Idn.Tables;

namespace TldToolkit.Idn;

/// <summary>UTS #46 status values (section 5), in the order of the generated table.</summary>
internal enum Uts46Status : byte
{
    Valid, Mapped, Deviation, Disallowed, Ignored,
}

/// <summary>Reads the generated UTS #46 mapping table (Unicode 17.0.0).</summary>
internal static class Uts46Mapping
{
    /// <summary>The status of <paramref name="codePoint"/> and, for mapped and deviation code points, its mapping.</summary>
    public static Uts46Status GetStatus(int codePoint, out ReadOnlySpan<char> mapping)
    {
        int index = RangeLookup.Find(Uts46Table.Starts, codePoint);
        mapping = Uts46Table.Mappings.AsSpan(Uts46Table.MappingOffsets[index], Uts46Table.MappingLengths[index]);
        return (Uts46Status)Uts46Table.Statuses[index];
    }

    /// <summary>The status of <paramref name="codePoint"/>.</summary>
    public static Uts46Status GetStatus(int codePoint) =>
        (Uts46Status)Uts46Table.Statuses[RangeLookup.Find(Uts46Table.Starts, codePoint)];
}
