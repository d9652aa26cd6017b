namespace TldToolkit.Packaging.Tests;

/// <summary>
/// A team's app installs TldToolkit.BuiltIn and TldToolkit.Sandbox from the feed: the built-in catalog
/// validates an order, and the sandbox, run in-process, registers it.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class BuiltInCatalogTests(PackageFeed packages)
{
    private const string Program = """
        using TldToolkit.BuiltIn;
        using TldToolkit.Orders;
        using TldToolkit.Sandbox;

        var registrant = new Contact
        {
            Type = RegistrantType.Individual, FirstName = "Ada", LastName = "Lovelace", Country = "GB",
            Email = "ada@example.org", Phone = "+44.2071234567", Street = ["1 Street"], City = "London", PostalCode = "N1 1AA",
        };
        var order = new DomainOrder
        {
            Operation = DomainOperation.Register, Domain = "packaged-example.com", Years = 1,
            Contacts = new ContactSet { Registrant = registrant, Admin = registrant, Tech = registrant, Billing = registrant },
        };
        Console.WriteLine("valid=" + Tlds.Catalog.Validate(order).IsValid);
        var reserved = new DomainOrder { Operation = DomainOperation.Register, Domain = "example.invalid", Contacts = order.Contacts };
        Console.WriteLine("unknown=" + string.Join(",", Tlds.Catalog.Validate(reserved).Errors.Select(e => e.Code)));

        await using var sandbox = await SandboxRegistrar.StartAsync(new SandboxOptions { Catalog = Tlds.Catalog });
        var client = sandbox.CreateClient(Tlds.Catalog);
        var outcome = await client.RegisterAsync(order);
        Console.WriteLine("outcome=" + outcome.Kind);
        Console.WriteLine("booked=" + sandbox.Registry.RegistrationCount("packaged-example.com"));
        """;

    [Fact]
    public void The_built_in_catalog_and_the_sandbox_work_from_the_feed()
    {
        var consumer = packages.NewConsumer("built-in");
        File.WriteAllText(Path.Combine(consumer, "App.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="TldToolkit.BuiltIn" Version="{packages.Version}" />
                <PackageReference Include="TldToolkit.Sandbox" Version="{packages.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(consumer, "Program.cs"), Program);

        DotnetProcess.Run(consumer, "dotnet", "build", "-c", "Release").AssertSucceeded("consumer build");
        var run = DotnetProcess.Run(consumer, "dotnet", "exec", Path.Combine(consumer, "bin", "Release", "net10.0", "App.dll"));

        run.AssertSucceeded("consumer run");
        Assert.Contains("valid=True", run.Output, StringComparison.Ordinal);
        Assert.Contains("unknown=tld-not-supported", run.Output, StringComparison.Ordinal);
        Assert.Contains("outcome=Success", run.Output, StringComparison.Ordinal);
        Assert.Contains("booked=1", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_older_target_framework_fails_at_restore_naming_the_supported_one()
    {
        var consumer = packages.NewConsumer("net8");
        File.WriteAllText(Path.Combine(consumer, "Old.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net8.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="TldToolkit.BuiltIn" Version="{packages.Version}" />
              </ItemGroup>
            </Project>
            """);

        var restore = DotnetProcess.Run(consumer, "dotnet", "restore");

        Assert.NotEqual(0, restore.ExitCode);
        Assert.Contains("NU1202", restore.Output, StringComparison.Ordinal);
        Assert.Contains("supports: net10.0", restore.Output, StringComparison.Ordinal);
    }
}
