namespace TldToolkit.Idn;

/// <summary>Binary search over the generated range tables.</summary>
internal static class RangeLookup
{
    /// <summary>Index of the range that contains <paramref name="codePoint"/>: the last start not above it.</summary>
    public static int Find(ReadOnlySpan<int> starts, int codePoint)
    {
        int lo = 0, hi = starts.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= codePoint) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    /// <summary>True when <paramref name="codePoint"/> lies in one of the inclusive first/last pairs.</summary>
    public static bool InPairs(ReadOnlySpan<int> pairs, int codePoint)
    {
        int lo = 0, hi = pairs.Length / 2 - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (codePoint < pairs[2 * mid]) hi = mid - 1;
            else if (codePoint > pairs[2 * mid + 1]) lo = mid + 1;
            else return true;
        }
        return false;
    }
}
