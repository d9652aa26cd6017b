namespace TldToolkit.Packaging.Tests;

/// <summary>tldtool installed from the feed as a dotnet tool runs on the built-in catalog.</summary>
[Collection(PackagesCollection.Name)]
public sealed class ToolTests(PackageFeed packages)
{
    [Fact]
    public void Tldtool_installs_as_a_dotnet_tool_and_checks_a_name()
    {
        var consumer = packages.NewConsumer("tool");
        var tools = Path.Combine(consumer, "tools");

        DotnetProcess.Run(consumer, "dotnet", "tool", "install", "tldtool", "--tool-path", tools, "--version", packages.Version, "--add-source", packages.Feed)
            .AssertSucceeded("dotnet tool install");
        var check = DotnetProcess.Run(consumer, Path.Combine(tools, "tldtool"), "check", "fußball.de");

        check.AssertSucceeded("tldtool check");
        Assert.Contains("xn--fuball-cta.de", check.Output, StringComparison.Ordinal);
    }
}
