using System.Text.Json;

namespace TldToolkit.Cli.Tests;

/// <summary>
/// submit and sync read the registrar account as an application does: TldToolkit:Registrar from
/// appsettings.json in the current directory, user secrets (id tldtool) and environment variables.
/// </summary>
public class ConfigurationProcessTests
{
    private static string AppSettings(string endpoint, string? password) =>
        JsonSerializer.Serialize(new { TldToolkit = new { Registrar = password is null ? (object)new { Endpoint = endpoint, Login = "sandbox" } : new { Endpoint = endpoint, Login = "sandbox", Password = password } } });

    private static string OutcomeOf(ToolResult result)
    {
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("endpoint", json.RootElement.GetProperty("target").GetString());
        return json.RootElement.GetProperty("results")[0].GetProperty("outcome").GetString()!;
    }

    [Fact]
    public void Appsettings_in_the_current_directory_configures_the_account_and_the_environment_overrides_it()
    {
        using var sandbox = new SandboxProcessTests.Standalone();
        using var dir = Tool.TempDir();
        var order = dir.File("ca.json", SubmitProcessTests.Samples("ca-1"));
        dir.File("appsettings.json", AppSettings(sandbox.Url, "sandbox"));
        var fromFile = Tool.RunIn(dir.Path, null, "submit", order, "--json");
        Assert.True(fromFile.ExitCode == 0, fromFile.ToString());
        Assert.Equal("success", OutcomeOf(fromFile));
        Assert.False(Directory.Exists(Path.Combine(dir.Path, ".tldtool")), "the embedded sandbox was started");

        dir.File("appsettings.json", AppSettings(sandbox.Url, "Wrong-Secret-42"));
        var overridden = Tool.RunWithEnvironment(dir.Path, new Dictionary<string, string> { ["TldToolkit__Registrar__Password"] = "sandbox" },
            null, "sync", "maple-syrup.ca", "--json");
        Assert.True(overridden.ExitCode == 0, overridden.ToString());
        using var json = JsonDocument.Parse(overridden.Out);
        Assert.Equal("active", json.RootElement.GetProperty("domains")[0].GetProperty("status").GetString());
    }

    [Fact]
    public void User_secrets_of_id_tldtool_give_the_password()
    {
        using var sandbox = new SandboxProcessTests.Standalone();
        using var dir = Tool.TempDir();
        var order = dir.File("ca.json", SubmitProcessTests.Samples("ca-1"));
        dir.File("appsettings.json", AppSettings(sandbox.Url, null));
        // Where `dotnet user-secrets set --id tldtool TldToolkit:Registrar:Password …` writes on Linux and macOS.
        var home = Path.Combine(dir.Path, "home");
        dir.File(Path.Combine("home", ".microsoft", "usersecrets", "tldtool", "secrets.json"), """{ "TldToolkit:Registrar:Password": "sandbox" }""");
        var environment = new Dictionary<string, string> { ["HOME"] = home };
        if (OperatingSystem.IsWindows()) return; // %APPDATA%\Microsoft\UserSecrets there
        var result = Tool.RunWithEnvironment(dir.Path, environment, null, "submit", order, "--json");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("success", OutcomeOf(result));

        var without = Tool.RunIn(dir.Path, null, "submit", order, "--json");
        Assert.True(without.ExitCode == 2, without.ToString());
        Assert.Contains("registrar settings (TldToolkit:Registrar): Password is required.", without.Err);
    }

    [Fact]
    public void An_old_tldtool_variable_is_not_read_and_names_its_new_key()
    {
        using var dir = Tool.TempDir();
        var result = Tool.RunWithEnvironment(dir.Path, new Dictionary<string, string> { ["TLDTOOL_ENDPOINT"] = "https://registrar.example/api" },
            null, "sync", "--json");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("tldtool: TLDTOOL_ENDPOINT is no longer read; set TldToolkit__Registrar__Endpoint", result.Err);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("sandbox", json.RootElement.GetProperty("target").GetString());
    }

    [Fact]
    public void Malformed_appsettings_is_exit_2_with_the_file_named_and_nothing_sent()
    {
        using var dir = Tool.TempDir();
        var order = dir.File("ca.json", SubmitProcessTests.Samples("ca-1"));
        dir.File("appsettings.json", "{ \"TldToolkit\": ");
        var result = Tool.RunIn(dir.Path, null, "submit", order);
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("appsettings.json", result.Err);
        Assert.DoesNotContain("   at ", result.Err);
        Assert.Equal("", result.Out);
        Assert.False(Directory.Exists(Path.Combine(dir.Path, ".tldtool")));
    }
}
