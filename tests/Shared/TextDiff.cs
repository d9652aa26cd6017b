using System.Text;

namespace TldToolkit.Tests.Shared;

/// <summary>Readable differences between an approved text and the current one, for tests that pin an output.</summary>
public static class TextDiff
{
    /// <summary>
    /// A unified-style line diff ('-' expected, '+' actual, numbered by line) with two lines of context. Lines both
    /// texts start or end with are set aside first, so a small change in a long text stays cheap to compare.
    /// </summary>
    public static string Lines(string expected, string actual, int maxLines = 80)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        int head = 0;
        while (head < a.Length && head < b.Length && a[head] == b[head]) head++;
        int tail = 0;
        while (tail < a.Length - head && tail < b.Length - head && a[a.Length - 1 - tail] == b[b.Length - 1 - tail]) tail++;
        // Two lines of context on each side of the part that differs.
        int from = Math.Max(0, head - 2);
        int aEnd = Math.Min(a.Length, a.Length - tail + 2), bEnd = Math.Min(b.Length, b.Length - tail + 2);
        int n = aEnd - from, m = bEnd - from;
        var lcs = new int[n + 1, m + 1];
        for (int i = n - 1; i >= 0; i--)
            for (int j = m - 1; j >= 0; j--)
                lcs[i, j] = a[from + i] == b[from + j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        var ops = new List<(char Op, int Line, string Text)>();
        int x = 0, y = 0;
        while (x < n || y < m)
        {
            if (x < n && y < m && a[from + x] == b[from + y]) { ops.Add((' ', from + x + 1, a[from + x])); x++; y++; }
            else if (y < m && (x == n || lcs[x, y + 1] > lcs[x + 1, y])) { ops.Add(('+', from + y + 1, b[from + y])); y++; }
            else { ops.Add(('-', from + x + 1, a[from + x])); x++; }
        }
        var sb = new StringBuilder();
        int written = 0;
        for (int i = 0; i < ops.Count && written < maxLines; i++)
        {
            bool near = false;
            for (int k = Math.Max(0, i - 2); k <= Math.Min(ops.Count - 1, i + 2); k++)
                if (ops[k].Op != ' ') near = true;
            if (!near) continue;
            sb.Append(ops[i].Op).Append(' ').Append(ops[i].Line.ToString().PadLeft(4)).Append(": ").Append(ops[i].Text).Append('\n');
            written++;
        }
        return sb.ToString();
    }
}
