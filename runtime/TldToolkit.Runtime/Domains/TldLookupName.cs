using TldToolkit.Idn;

namespace TldToolkit.Domains;

/// <summary>
/// The form of a domain its TLD is looked up by when the name as typed finds none: the whole name
/// mapped by UTS #46 (case folded, full-width letters to ASCII, ignorable characters such as U+00AD
/// and U+200B removed, full stops unified), as the labels below the TLD are mapped when they are
/// checked. Without it "maple.ｃａ" or "maple.c&lt;U+00AD&gt;a" was "tld-not-supported" although the
/// same characters in the label are accepted (issue 15, R14). Which label is registrable, and
/// whether it is valid, is still decided on the name as typed (<see cref="DomainChecks"/>).
/// </summary>
internal static class TldLookupName
{
    /// <summary>The mapped name, or null when mapping changes nothing (the caller has already looked that up).</summary>
    public static string? Map(ReadOnlySpan<char> domain)
    {
        if (domain.IsEmpty || domain.Length > DomainChecks.MaxInputLength) return null;
        var typed = domain.ToString();
        // Mapping errors (a disallowed character in the label) do not matter for finding the TLD.
        var mapped = Idna.ToUnicode(typed, default).Value;
        return string.Equals(mapped, typed, StringComparison.Ordinal) ? null : mapped;
    }
}
