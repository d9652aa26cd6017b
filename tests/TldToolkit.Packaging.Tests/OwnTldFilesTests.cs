namespace TldToolkit.Packaging.Tests;

/// <summary>
/// A consumer project with its own TLD file and the TldToolkit package: the typed builder exists and
/// validates; a broken file fails the build with the TLD diagnostic at the right file, line and column.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class OwnTldFilesTests(PackageFeed packages)
{
    private const string ShopJson = """
        {
          "tld": "shop",
          "kind": "generic", "coverage": "verified",
          "registryOperator": "Consumer Test Registry",
          "sources": [ { "id": "policy", "title": "Policy", "checked": "2026-01-01" } ],
          "terms": { "register": { "years": [1, 2, 3] }, "renew": { "years": [1] }, "source": "policy" },
          "renewal": { "explicit": true, "maxHorizonYears": 10, "source": "policy" },
          "transfer": { "supported": true, "authCodeRequired": true, "source": "policy" },
          "addOns": { "idProtection": true, "registrarLock": true, "dnssec": true, "source": "policy" },
          "labels": { "minLength": 1, "maxLength": 63, "idn": { "supported": false }, "source": "policy" },
          "nameservers": { "min": 0, "max": 13, "source": "policy" },
          "contacts": { "requiredRoles": ["registrant"], "registrantTypes": ["individual", "organization"], "source": "policy" },
          "lifecycle": { "asyncRegistration": false, "source": "policy" },
          "fields": [
            {
              "name": "shopNumber",
              "registryName": "X-SHOP-NUMBER",
              "type": "text",
              "label": { "en": "Shop number" },
              "required": true,
              "pattern": "^S[0-9]{4}$",
              "operations": ["register"],
              "source": "policy"
            }
          ]
        }
        """;

    private const string Program = """
        using Consumer.Tlds;
        using TldToolkit.Orders;

        var person = new Contact
        {
            Type = RegistrantType.Individual, FirstName = "Ada", LastName = "Lovelace", Country = "GB",
            Email = "ada@example.org", Phone = "+44.2071234567", Street = ["1 Street"], City = "London", PostalCode = "N1 1AA",
        };
        var request = new ShopRegisterRequest { Domain = "example.shop", Years = 2, Contacts = new ContactSet { Registrant = person }, ShopNumber = "S1234" };
        Console.WriteLine("catalog=" + (Tlds.Catalog.Find(".SHOP") == Tlds.Shop));
        Console.WriteLine("field=" + request.ToOrder().Fields["shopNumber"]);
        Console.WriteLine("valid=" + request.Validate().IsValid);
        request.ShopNumber = "1234";
        Console.WriteLine("errors=" + string.Join(",", request.Validate().Errors.Select(e => e.Code + "@" + e.Path)));
        """;

    [Fact]
    public void Packed_package_generates_code_for_a_consumer_and_reports_broken_json()
    {
        var consumer = packages.NewConsumer("own-tld-files");
        Directory.CreateDirectory(Path.Combine(consumer, "tlds"));
        File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
                <RootNamespace>Consumer</RootNamespace>
                <TldToolkitNamespace>Consumer.Tlds</TldToolkitNamespace>
                <TldToolkitSchemaCopy>tlds/schema.json</TldToolkitSchemaCopy>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="TldToolkit" Version="{packages.Version}" />
                <TldDefinition Include="tlds/*.json" Exclude="tlds/schema.json" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(consumer, "Program.cs"), Program);
        var jsonPath = Path.Combine(consumer, "tlds", "shop.json");
        File.WriteAllText(jsonPath, ShopJson);

        DotnetProcess.Run(consumer, "dotnet", "build", "-c", "Release").AssertSucceeded("first consumer build");
        var run = DotnetProcess.Run(consumer, "dotnet", "exec", Path.Combine(consumer, "bin", "Release", "net10.0", "Consumer.dll"));
        run.AssertSucceeded("consumer run");
        Assert.Contains("catalog=True", run.Output, StringComparison.Ordinal);
        Assert.Contains("field=S1234", run.Output, StringComparison.Ordinal);
        Assert.Contains("valid=True", run.Output, StringComparison.Ordinal);
        Assert.Contains("errors=field-invalid@fields.shopNumber", run.Output, StringComparison.Ordinal);

        // The package's schema is kept beside the files, so editors complete them offline.
        Assert.Equal(File.ReadAllText(Path.Combine(PackageFeed.RepoRoot(), "schema.json")), File.ReadAllText(Path.Combine(consumer, "tlds", "schema.json")));

        // Break the file: a string where a boolean belongs.
        var broken = ShopJson.Replace("\"explicit\": true", "\"explicit\": \"yes\"");
        File.WriteAllText(jsonPath, broken);
        int offset = broken.IndexOf("\"yes\"", StringComparison.Ordinal);
        int line = broken[..offset].Count(c => c == '\n') + 1;
        int column = offset - broken.LastIndexOf('\n', offset - 1);
        var failed = DotnetProcess.Run(consumer, "dotnet", "build", "-c", "Release");
        Assert.NotEqual(0, failed.ExitCode);
        var expected = $"shop.json({line},{column}): error TLD0003";
        Assert.Contains(expected, failed.Output, StringComparison.Ordinal);
        Assert.Contains(Path.Combine("tlds", "shop.json"), failed.Output.Split('\n').First(l => l.Contains(expected, StringComparison.Ordinal)), StringComparison.Ordinal);
    }
}
