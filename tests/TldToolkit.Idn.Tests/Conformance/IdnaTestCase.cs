using System.Globalization;
using System.Text;

namespace TldToolkit.Idn.Tests.Conformance;

/// <summary>One line of IdnaTestV2.txt with the blank-column inheritance of its header resolved.</summary>
internal sealed record IdnaTestCase(
    int LineNumber, string Source,
    string ToUnicode, IReadOnlyList<string> ToUnicodeStatus,
    string ToAsciiN, IReadOnlyList<string> ToAsciiNStatus,
    string ToAsciiT, IReadOnlyList<string> ToAsciiTStatus)
{
    public static IEnumerable<IdnaTestCase> ReadAll(string path)
    {
        int lineNumber = 0;
        foreach (var raw in File.ReadLines(path, Encoding.UTF8))
        {
            lineNumber++;
            int hash = raw.IndexOf('#');
            var line = hash >= 0 ? raw[..hash] : raw;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var c = line.Split(';').Select(f => f.Trim()).ToArray();
            if (c.Length < 7) throw new FormatException($"line {lineNumber}: {c.Length} columns");

            string source = Value(c[0]);
            string toUnicode = c[1].Length == 0 ? source : Value(c[1]);
            var toUnicodeStatus = Status(c[2]);
            string toAsciiN = c[3].Length == 0 ? toUnicode : Value(c[3]);
            var toAsciiNStatus = c[4].Length == 0 ? toUnicodeStatus : Status(c[4]);
            string toAsciiT = c[5].Length == 0 ? toAsciiN : Value(c[5]);
            var toAsciiTStatus = c[6].Length == 0 ? toAsciiNStatus : Status(c[6]);
            yield return new IdnaTestCase(lineNumber, source, toUnicode, toUnicodeStatus, toAsciiN, toAsciiNStatus, toAsciiT, toAsciiTStatus);
        }
    }

    private static IReadOnlyList<string> Status(string column) =>
        column.Trim('[', ']').Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    // "" is the empty string; \uXXXX and \x{XXXX} are escapes.
    private static string Value(string column)
    {
        if (column == "\"\"") return "";
        var sb = new StringBuilder(column.Length);
        for (int i = 0; i < column.Length; i++)
        {
            if (column[i] == '\\' && i + 5 < column.Length + 0 && column[i + 1] == 'u')
            {
                sb.Append((char)int.Parse(column.AsSpan(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 5;
            }
            else if (column[i] == '\\' && i + 2 < column.Length && column[i + 1] == 'x' && column[i + 2] == '{')
            {
                int end = column.IndexOf('}', i);
                int cp = int.Parse(column.AsSpan(i + 3, end - i - 3), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                sb.Append(char.ConvertFromUtf32(cp));
                i = end;
            }
            else sb.Append(column[i]);
        }
        return sb.ToString();
    }
}
