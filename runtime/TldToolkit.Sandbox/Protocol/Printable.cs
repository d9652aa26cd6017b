namespace TldToolkit.Sandbox.Protocol;

/// <summary>What of a client's text the sandbox may echo in a reply: names only, never values.</summary>
internal static class Printable
{
    /// <summary>A command or field name as it may appear in a reply: letters, digits and <c>_-</c>, at most 32 characters.</summary>
    public static string Name(string name)
    {
        var kept = new string(name.Where(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-').Take(32).ToArray());
        return kept.Length == 0 ? "(unnamed)" : kept.ToUpperInvariant();
    }
}
