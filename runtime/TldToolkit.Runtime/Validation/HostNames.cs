namespace TldToolkit.Validation;

/// <summary>Syntax of nameserver host names (LDH labels, A-labels allowed, at least two labels).</summary>
public static class HostNames
{
    /// <summary>True for a syntactically valid host name such as <c>ns1.example.net</c> (a trailing dot is allowed).</summary>
    public static bool IsValid(string? host)
    {
        if (string.IsNullOrEmpty(host)) return false;
        var name = host.AsSpan();
        if (name[^1] == '.') name = name[..^1];
        if (name.Length == 0 || name.Length > 253) return false;
        int labels = 0;
        while (true)
        {
            int dot = name.IndexOf('.');
            var label = dot < 0 ? name : name[..dot];
            if (!IsLdhLabel(label)) return false;
            labels++;
            if (dot < 0) break;
            name = name[(dot + 1)..];
        }
        return labels >= 2;
    }

    /// <summary>Case-insensitive equality ignoring one trailing dot.</summary>
    public static bool Equal(string a, string b) =>
        a.AsSpan().TrimEnd('.').Equals(b.AsSpan().TrimEnd('.'), StringComparison.OrdinalIgnoreCase);

    private static bool IsLdhLabel(ReadOnlySpan<char> label)
    {
        if (label.Length is 0 or > 63) return false;
        if (label[0] == '-' || label[^1] == '-') return false;
        foreach (var c in label)
            if (!(char.IsAsciiLetterOrDigit(c) || c == '-')) return false;
        return true;
    }
}
