using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace TldToolkit.Validation;

/// <summary>
/// Runs TLD-data patterns safely. Generated code creates each regex once with a match timeout;
/// a timeout counts as "does not match", so no input can hang validation.
/// </summary>
/// <remarks>
/// TLD data promises that "the whole value must match". <see cref="IsMatch"/> therefore runs each
/// regex anchored (<c>\A(?:pattern)\z</c>) whether or not the pattern carries its own ^ and $: an
/// anchored twin is built once per regex and cached, so matching allocates nothing after the first call.
/// A regex without a timeout gets <see cref="MatchTimeout"/> in its twin.
/// </remarks>
public static class Patterns
{
    /// <summary>The timeout every TLD-data regex is created with.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    /// <summary>Values longer than this never match (no TLD pattern describes anything near it).</summary>
    public const int MaxValueLength = 4096;

    private static readonly ConditionalWeakTable<Regex, Regex> Anchored = new();

    /// <summary>Creates a culture-invariant regex with <see cref="MatchTimeout"/>; generated code calls this once per pattern.</summary>
    public static Regex Create(string pattern)
    {
        var regex = new Regex(pattern, RegexOptions.CultureInvariant, MatchTimeout);
        AnchoredTwin(regex);
        return regex;
    }

    /// <summary>True when the whole <paramref name="value"/> matches; false on mismatch, timeout or an over-long value.</summary>
    public static bool IsMatch(Regex regex, string value)
    {
        if (regex is null || value is null || value.Length > MaxValueLength) return false;
        try
        {
            var twin = AnchoredTwin(regex);
            if (!ReferenceEquals(twin, regex)) return twin.IsMatch(value);
            // A pattern that cannot be wrapped (an inline (?x) comment swallowing the wrapper): whole-match check.
            foreach (var match in regex.EnumerateMatches(value))
                if (match.Index == 0 && match.Length == value.Length) return true;
            return false;
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static Regex AnchoredTwin(Regex regex)
    {
        if (Anchored.TryGetValue(regex, out var twin)) return twin;
        var timeout = regex.MatchTimeout == Regex.InfiniteMatchTimeout ? MatchTimeout : regex.MatchTimeout;
        try
        {
            twin = new Regex(AnchoredPattern(regex.ToString()), regex.Options, timeout);
        }
        catch (ArgumentException)
        {
            twin = regex;
        }
        Anchored.AddOrUpdate(regex, twin);
        return twin;
    }

    // \A and \z, not ^ and $: "$" would accept a trailing newline.
    private static string AnchoredPattern(string pattern) => @"\A(?:" + pattern + @")\z";
}
