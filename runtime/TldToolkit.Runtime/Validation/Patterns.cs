using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace TldToolkit.Validation;

/// <summary>
/// Runs TLD-data patterns safely. Generated code creates each regex once, without backtracking where the
/// pattern allows and always with a match timeout; a timeout counts as "does not match", never as a match,
/// so no input can hang validation or pass a check it did not meet.
/// </summary>
/// <remarks>
/// TLD data promises that "the whole value must match". <see cref="Create"/> therefore also builds the
/// anchored form (<c>\A(?:pattern)\z</c>) once and keeps it in the regex it returns (which still shows
/// the pattern as written); a pattern already wrapped that way (as the generator emits it) is its own
/// anchored form. <see cref="IsMatch"/> reads that form from the regex, with no per-match lookup. A regex built elsewhere still works: an anchored twin is built
/// once per regex and cached (not needed when it is already wrapped and has a timeout), and a regex
/// without a timeout gets <see cref="MatchTimeout"/> in its twin. Matching allocates nothing after the first call.
/// </remarks>
public static class Patterns
{
    /// <summary>The timeout every TLD-data regex is created with.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    /// <summary>Values longer than this never match (no TLD pattern describes anything near it).</summary>
    public const int MaxValueLength = 4096;

    private const string Prefix = @"\A(?:", Suffix = @")\z";

    private static readonly ConditionalWeakTable<Regex, Regex?> Anchored = new();

    // A regex made by Create: shows the pattern as written and carries the regex that matches whole values only
    // (itself when the pattern is already wrapped; null when the pattern cannot be wrapped).
    // After CompileAfter matches the whole-value regex is rebuilt with RegexOptions.Compiled on a thread-pool
    // thread, warmed there once (so the compiled code is jitted and a runner is cached before anyone else uses
    // it; on an empty string, so no customer value such as an auth code is kept for it), then swapped in: hot
    // patterns run as compiled code, and a process that matches a pattern only a few times never pays for compiling it.
    private sealed class PatternRegex(string pattern, RegexOptions options, TimeSpan matchTimeout)
        : Regex(pattern, options, matchTimeout), IThreadPoolWorkItem
    {
        private const int CompileAfter = 16;
        private Regex? _whole;
        private int _uses, _compiling;

        public Regex? Whole
        {
            get => _whole;
            set => _whole = value;
        }

        /// <summary>The whole-value regex for one match; counts the match.</summary>
        public Regex? WholeForMatch()
        {
            var whole = _whole;
            if (whole is not null && _compiling == 0 && ++_uses >= CompileAfter && Interlocked.CompareExchange(ref _compiling, 1, 0) == 0)
                ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
            return whole;
        }

        void IThreadPoolWorkItem.Execute()
        {
            var whole = _whole!;
            try
            {
                var compiled = new Regex(whole.ToString(), whole.Options | RegexOptions.Compiled, whole.MatchTimeout);
                compiled.IsMatch("");
                _whole = compiled;
            }
            catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or NotSupportedException or RegexMatchTimeoutException)
            {
                // Keep the interpreted regex.
            }
        }
    }

    /// <summary>A data pattern wrapped so that it matches the whole value, whatever anchors it has: <c>\A(?:pattern)\z</c>.</summary>
    public static string Whole(string pattern) => AnchoredPattern(pattern);

        /// <summary>
    /// Creates a culture-invariant regex with <see cref="MatchTimeout"/>; generated code calls this once per pattern.
    /// The regex runs without backtracking (<see cref="RegexOptions.NonBacktracking"/>, linear in the value) unless
    /// the pattern needs a construct only the backtracking engine has (backreferences, lookarounds, atomic groups):
    /// a catastrophic pattern such as <c>^(a+)+$</c> then costs microseconds per hostile value, not the full timeout.
    /// </summary>
    public static Regex Create(string pattern)
    {
        var options = SupportsNonBacktracking(pattern) ? RegexOptions.CultureInvariant | RegexOptions.NonBacktracking : RegexOptions.CultureInvariant;
        var regex = new PatternRegex(pattern, options, MatchTimeout);
        if (IsWhollyAnchored(pattern))
        {
            regex.Whole = regex;
        }
        else
        {
            try { regex.Whole = new Regex(AnchoredPattern(pattern), options, MatchTimeout); }
            catch (ArgumentException) { regex.Whole = null; } // an inline (?x) comment swallowing the wrapper
        }
        return regex;
    }

    // Asks the engine: it refuses (NotSupportedException) what it cannot run. An invalid pattern is left to the
    // backtracking constructor, which throws the ArgumentException callers expect.
    private static bool SupportsNonBacktracking(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
            return true;
        }
        catch (Exception ex) when (ex is NotSupportedException or ArgumentException)
        {
            return false;
        }
    }

    /// <summary>True when the whole <paramref name="value"/> matches; false on mismatch, timeout or an over-long value.</summary>
    public static bool IsMatch(Regex regex, string value)
    {
        if (regex is null || value is null || value.Length > MaxValueLength) return false;
        try
        {
            var whole = regex is PatternRegex made ? made.WholeForMatch() : AnchoredTwin(regex);
            if (whole is not null) return whole.IsMatch(value);
            // A pattern that cannot be wrapped: whole-match check.
            foreach (var match in regex.EnumerateMatches(value))
                if (match.Index == 0 && match.Length == value.Length) return true;
            return false;
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    // Regexes not made by Create: the whole-value twin, built once and cached; null when the pattern cannot be wrapped.
    private static Regex? AnchoredTwin(Regex regex)
    {
        if (Anchored.TryGetValue(regex, out var cached)) return cached;
        Regex? twin;
        var timeout = regex.MatchTimeout == Regex.InfiniteMatchTimeout ? MatchTimeout : regex.MatchTimeout;
        if (IsWhollyAnchored(regex) && timeout == regex.MatchTimeout)
        {
            twin = regex;
        }
        else
        {
            string pattern = regex.ToString();
            try
            {
                twin = new Regex(IsWhollyAnchored(regex) ? pattern : AnchoredPattern(pattern), regex.Options, timeout);
            }
            catch (ArgumentException)
            {
                twin = null;
            }
        }
        Anchored.AddOrUpdate(regex, twin!);
        return twin;
    }

    private static bool IsWhollyAnchored(Regex regex) =>
        (regex.Options & RegexOptions.IgnorePatternWhitespace) == 0 && IsWhollyAnchored(regex.ToString());

    /// <summary>
    /// True when <paramref name="pattern"/> is <c>\A(?:…)\z</c> with the group opened after \A closed by the
    /// final ")" (so "\A(?:a)|(?:b)\z" is not). Escapes and character classes are skipped; a pattern with
    /// inline options or comments is never taken as anchored (it is wrapped again, which is harmless).
    /// </summary>
    internal static bool IsWhollyAnchored(string pattern)
    {
        if (pattern.Length < Prefix.Length + Suffix.Length || !pattern.StartsWith(Prefix, StringComparison.Ordinal)
            || !pattern.EndsWith(Suffix, StringComparison.Ordinal)) return false;
        if (pattern.Contains("(?#", StringComparison.Ordinal) || pattern.Contains("(?x", StringComparison.Ordinal)
            || pattern.Contains("(?-", StringComparison.Ordinal) || pattern.Contains("(?i", StringComparison.Ordinal)
            || pattern.Contains("(?m", StringComparison.Ordinal) || pattern.Contains("(?s", StringComparison.Ordinal)
            || pattern.Contains("(?n", StringComparison.Ordinal)) return false;
        int close = pattern.Length - Suffix.Length; // index of the final ')'
        int depth = 1;
        for (int i = Prefix.Length; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '\\') { i++; continue; }
            if (c == '[')
            {
                i++;
                if (i < pattern.Length && pattern[i] == '^') i++;
                if (i < pattern.Length && pattern[i] == ']') i++; // a leading ']' is literal
                while (i < pattern.Length && pattern[i] != ']')
                {
                    if (pattern[i] == '\\') i++;
                    else if (pattern[i] == '[') return false; // class subtraction or POSIX-like: be conservative
                    i++;
                }
                continue;
            }
            if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return i == close;
        }
        return false;
    }

    // \A and \z, not ^ and $: "$" would accept a trailing newline.
    private static string AnchoredPattern(string pattern) => Prefix + pattern + Suffix;
}
