namespace TldToolkit.Cli.Tests;

/// <summary>Typos on the command line are usage errors (exit 2) before any work, with the nearest name suggested.</summary>
public class UsageProcessTests
{
    [Fact]
    public void Mistyped_option_after_the_inputs_validates_nothing()
    {
        var result = Tool.Run(null, "validate", "samples/orders.json", "--lnag", "de");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal("", result.Out);
        Assert.Contains("unknown option '--lnag' for 'validate'; did you mean --lang?", result.Err);
        Assert.DoesNotContain("cannot read", result.Err);
    }

    [Fact]
    public void Mistyped_sync_option_sends_nothing_and_leaves_no_state()
    {
        using var dir = Tool.TempDir();
        var result = Tool.RunIn(dir.Path, null, "sync", "--transfer");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("unknown option '--transfer' for 'sync'; did you mean --transfers?", result.Err);
        Assert.DoesNotContain("syncing", result.Err);
        Assert.False(Directory.Exists(Path.Combine(dir.Path, ".tldtool")), "the sandbox was started");
    }

    [Fact]
    public void Mistyped_command_is_suggested_once()
    {
        var result = Tool.Run(null, "valdate", "samples/orders.json");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("unknown command 'valdate'; did you mean validate?", result.Err);
        Assert.Single(result.Err.Split('\n'), l => l.Contains("unknown", StringComparison.Ordinal));
    }

    [Fact]
    public void Extra_argument_is_named_with_the_command()
    {
        var result = Tool.Run(null, "explain", "ca", "extra");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal("", result.Out);
        Assert.Contains("unexpected argument 'extra' for 'explain'.", result.Err);
        Assert.Contains("tldtool explain --help", result.Err);
    }

    [Fact]
    public void Nothing_close_gets_no_suggestion_and_the_typed_text_is_made_safe()
    {
        var result = Tool.Run(null, "check", "a.de", "--\u001b]0;pwned\u0007");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("unknown option '--", result.Err);
        Assert.DoesNotContain("did you mean", result.Err);
        Assert.DoesNotContain('\u001b', result.Err);
    }

    [Fact]
    public void Double_dash_passes_a_file_that_starts_with_a_dash()
    {
        var result = Tool.Run(null, "validate", "--", "-no-such.json");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("cannot read -no-such.json", result.Err);
        Assert.DoesNotContain("unknown option", result.Err);
    }

    [Fact]
    public void A_name_that_starts_with_a_hyphen_is_still_checked_as_a_domain()
    {
        var result = Tool.Run(null, "check", "-bad-.ca");
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.DoesNotContain("unknown option", result.Err);
    }
}
