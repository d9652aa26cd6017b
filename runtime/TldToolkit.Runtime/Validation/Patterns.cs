using System.Text.RegularExpressions;

namespace TldToolkit.Validation;

/// <summary>
/// Runs TLD-data patterns safely. Generated code creates each regex once with a match timeout;
/// a timeout counts as "does not match", so no input can hang validation.
/// </summary>
public static class Patterns
{
    /// <summary>The timeout every TLD-data regex is created with.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    /// <summary>Creates a culture-invariant regex with <see cref="MatchTimeout"/>; generated code calls this once per pattern.</summary>
    public static Regex Create(string pattern) => new(pattern, RegexOptions.CultureInvariant, MatchTimeout);

    /// <summary>True when the whole <paramref name="value"/> matches; false on mismatch or timeout.</summary>
    public static bool IsMatch(Regex regex, string value)
    {
        try
        {
            return regex.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
