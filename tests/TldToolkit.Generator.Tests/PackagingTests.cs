using System.Diagnostics;
using System.Text;
using Xunit.Abstractions;

namespace TldToolkit.Generator.Tests;

/// <summary>
/// Packs runtime + generator into a NuGet package and uses it from a separate consumer project with
/// its own TLD file: the typed builder exists and validates; a broken file fails the build with the
/// TLD diagnostic at the right file, line and column. Slow: one pack and two builds.
/// </summary>
public class PackagingTests(ITestOutputHelper output)
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
        Console.WriteLine("catalog=" + (Tlds.Catalog.Find(".SHOP") == Shop.Instance));
        Console.WriteLine("field=" + request.ToOrder().Fields["shopNumber"]);
        Console.WriteLine("valid=" + request.Validate().IsValid);
        request.ShopNumber = "1234";
        Console.WriteLine("errors=" + string.Join(",", request.Validate().Errors.Select(e => e.Code + "@" + e.Path)));
        """;

    [Fact]
    public void Packed_package_generates_code_for_a_consumer_and_reports_broken_json()
    {
        var root = Infrastructure.GeneratorHarness.RepoRoot();
        var temp = Path.Combine(Path.GetTempPath(), "tldtoolkit-pack-" + Guid.NewGuid().ToString("N")[..12]);
        var version = "0.0.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmss") + "." + Random.Shared.Next(100000);
        var feed = Path.Combine(temp, "feed");
        var consumer = Path.Combine(temp, "consumer");
        Directory.CreateDirectory(Path.Combine(consumer, "tlds"));
        try
        {
            // Pack from a copy of the sources, so the repository's bin/obj (which other test
            // assemblies may be using right now) are never touched.
            var source = Path.Combine(temp, "src");
            CopyTree(Path.Combine(root, "generator"), Path.Combine(source, "generator"));
            CopyTree(Path.Combine(root, "runtime", "TldToolkit.Runtime"), Path.Combine(source, "runtime", "TldToolkit.Runtime"));
            foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json" })
                File.Copy(Path.Combine(root, file), Path.Combine(source, file));
            Run(source, "pack", Path.Combine(source, "runtime", "TldToolkit.Runtime", "TldToolkit.Runtime.csproj"), "-c", "Release", "-o", feed, "-p:Version=" + version)
                .AssertSucceeded("pack");
            Assert.True(File.Exists(Path.Combine(feed, "TldToolkit." + version + ".nupkg")));

            File.WriteAllText(Path.Combine(consumer, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="tldtoolkit-local" value="{feed}" />
                  </packageSources>
                </configuration>
                """);
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
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="TldToolkit" Version="{version}" />
                    <TldDefinition Include="tlds/*.json" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(consumer, "Program.cs"), Program);
            var jsonPath = Path.Combine(consumer, "tlds", "shop.json");
            File.WriteAllText(jsonPath, ShopJson);

            Run(consumer, "build", "-c", "Release").AssertSucceeded("first consumer build");
            var run = Run(consumer, "exec", Path.Combine(consumer, "bin", "Release", "net10.0", "Consumer.dll"));
            run.AssertSucceeded("consumer run");
            Assert.Contains("catalog=True", run.Output, StringComparison.Ordinal);
            Assert.Contains("field=S1234", run.Output, StringComparison.Ordinal);
            Assert.Contains("valid=True", run.Output, StringComparison.Ordinal);
            Assert.Contains("errors=field-invalid@fields.shopNumber", run.Output, StringComparison.Ordinal);

            // Break the file: a string where a boolean belongs.
            var broken = ShopJson.Replace("\"explicit\": true", "\"explicit\": \"yes\"");
            File.WriteAllText(jsonPath, broken);
            int offset = broken.IndexOf("\"yes\"", StringComparison.Ordinal);
            int line = broken[..offset].Count(c => c == '\n') + 1;
            int column = offset - broken.LastIndexOf('\n', offset - 1);
            var failed = Run(consumer, "build", "-c", "Release");
            Assert.NotEqual(0, failed.ExitCode);
            var expected = $"shop.json({line},{column}): error TLD0003";
            Assert.Contains(expected, failed.Output, StringComparison.Ordinal);
            Assert.Contains(Path.Combine("tlds", "shop.json"), failed.Output.Split('\n').First(l => l.Contains(expected, StringComparison.Ordinal)), StringComparison.Ordinal);
        }
        finally
        {
            try { Directory.Delete(temp, recursive: true); } catch (IOException) { }
            var cached = Path.Combine(Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"), "tldtoolkit", version);
            try { if (Directory.Exists(cached)) Directory.Delete(cached, recursive: true); } catch (IOException) { }
        }
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, dir);
            if (IsBuildOutput(relative)) continue;
            Directory.CreateDirectory(Path.Combine(to, relative));
        }
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (IsBuildOutput(relative)) continue;
            File.Copy(file, Path.Combine(to, relative));
        }
    }

    private static bool IsBuildOutput(string relative)
    {
        var first = relative.Split(Path.DirectorySeparatorChar)[0];
        return first is "bin" or "obj";
    }

    private sealed record ProcessResult(int ExitCode, string Output)
    {
        public void AssertSucceeded(string what) => Assert.True(ExitCode == 0, $"{what} failed ({ExitCode}):\n{Tail(Output)}");

        private static string Tail(string text) => text.Length <= 6000 ? text : text[^6000..];
    }

    private ProcessResult Run(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        if (args[0] is "build" or "pack")
        {
            // No build servers left behind; no node reuse between the test's builds.
            info.ArgumentList.Add("--disable-build-servers");
            info.ArgumentList.Add("-nodeReuse:false");
            info.ArgumentList.Add("-nologo");
        }
        // The test host's MSBuild settings must not leak into the child builds.
        foreach (var key in info.Environment.Keys.ToList())
            if (key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase) || key == "DOTNET_HOST_PATH")
                info.Environment.Remove(key);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";

        var text = new StringBuilder();
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (text) text.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (text) text.AppendLine(e.Data); };
        var stopwatch = Stopwatch.StartNew();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromMinutes(6)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("dotnet " + string.Join(' ', args) + " timed out:\n" + text);
        }
        process.WaitForExit();
        output.WriteLine($"dotnet {string.Join(' ', args)} → {process.ExitCode} in {stopwatch.Elapsed.TotalSeconds:F0} s");
        return new ProcessResult(process.ExitCode, text.ToString());
    }
}
