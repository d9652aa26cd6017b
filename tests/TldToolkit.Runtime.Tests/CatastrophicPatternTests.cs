using System.Text.RegularExpressions;
using TldToolkit.Validation;

namespace TldToolkit.Runtime.Tests;

/// <summary>Issue 15, R9 (runtime half): a catastrophic pattern neither matches a hostile value nor needs the timeout to reject it.</summary>
public class CatastrophicPatternTests
{
    private static readonly string Hostile = new string('a', 40) + "!";

    [Theory]
    [InlineData("^(a+)+$")]
    [InlineData("(a|a)*b")]
    [InlineData("^([a-z]+-?)+$")]
    public void A_catastrophic_pattern_runs_without_backtracking(string pattern)
    {
        var regex = Patterns.Create(pattern);
        Assert.True((regex.Options & RegexOptions.NonBacktracking) != 0);
        Assert.False(Patterns.IsMatch(regex, Hostile));
        Assert.True(Patterns.IsMatch(regex, "aaaa") || pattern.EndsWith('b'));
    }

    [Fact]
    public void A_pattern_that_needs_backtracking_still_works_and_a_timeout_is_no_match()
    {
        // A backreference keeps the backtracking engine; (x+x+)+\1 on a long hostile value times out, which is "no match".
        var regex = Patterns.Create(@"^(x+x+)+y\1$");
        Assert.Equal(RegexOptions.None, regex.Options & RegexOptions.NonBacktracking);
        Assert.True(Patterns.IsMatch(regex, "xxyxx"));
        Assert.False(Patterns.IsMatch(regex, new string('x', 5000)));
    }
}
