using System.Collections.Concurrent;
using System.Diagnostics;
using TldToolkit.Benchmarks.Infrastructure;

namespace TldToolkit.Benchmarks.Orders;

/// <summary>
/// The order-form JSON Schema of a TLD exactly as users get it: the built <c>tldtool</c> is run once
/// per TLD (<c>tldtool explain .ca --schema</c>) and its output is kept for the rest of the process.
/// </summary>
internal static class OrderFormSchemaSource
{
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    /// <summary>The schema text for <paramref name="tld"/> (without leading dot), as tldtool prints it.</summary>
    public static string Get(string tld) => Cache.GetOrAdd(tld, Run);

    /// <summary>
    /// The schema with every <c>"const": x</c> written as the equivalent <c>"enum": [x]</c> (JSON Schema
    /// defines const as a one-value enum). NJsonSchema 11 ignores <c>const</c> when validating
    /// (RicoSuter/NJsonSchema#1857), which makes every <c>oneOf</c> of options match several branches and
    /// every <c>if</c> on the operation hold; without this rewrite it cannot validate the order-form
    /// schema correctly at all. The rewrite changes no rule and costs NJsonSchema nothing extra.
    /// </summary>
    public static string GetForNJsonSchema(string tld) => ConstAsEnum(Get(tld));

    internal static string ConstAsEnum(string schema)
    {
        var root = System.Text.Json.Nodes.JsonNode.Parse(schema)!;
        Rewrite(root, parentKey: null);
        return root.ToJsonString();

        static void Rewrite(System.Text.Json.Nodes.JsonNode? node, string? parentKey)
        {
            switch (node)
            {
                case System.Text.Json.Nodes.JsonObject obj:
                    // In "properties"/"definitions" the keys are names, not keywords.
                    bool isSchema = parentKey is not ("properties" or "definitions");
                    if (isSchema && obj.ContainsKey("const") && !obj.ContainsKey("enum"))
                    {
                        var value = obj["const"]?.DeepClone();
                        obj.Remove("const");
                        obj["enum"] = new System.Text.Json.Nodes.JsonArray(value);
                    }
                    foreach (var (key, child) in obj.ToList()) Rewrite(child, key);
                    break;
                case System.Text.Json.Nodes.JsonArray array:
                    foreach (var item in array) Rewrite(item, parentKey: null);
                    break;
            }
        }
    }

    private static string Run(string tld)
    {
        var tool = FindTool();
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "exec", tool, "explain", "." + tld, "--schema" }) start.ArgumentList.Add(arg);
        start.Environment["NO_COLOR"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + tool);
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill();
            throw new TimeoutException($"tldtool explain .{tld} --schema did not finish in 2 minutes.");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"tldtool explain .{tld} --schema exited with {process.ExitCode}: {stderr.Result}");
        return stdout;
    }

    /// <summary>The dotnet host running us (the SDK sets DOTNET_HOST_PATH under dotnet test/run).</summary>
    private static string DotnetHost()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host)) return host;
        var self = Environment.ProcessPath;
        if (self is not null && Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase)) return self;
        return "dotnet";
    }

    /// <summary>TLDTOOLKIT_TLDTOOL, else tldtool.dll beside us (a referenced executable project), else in cli/bin of the repository.</summary>
    private static string FindTool()
    {
        var overridden = Environment.GetEnvironmentVariable("TLDTOOLKIT_TLDTOOL");
        if (!string.IsNullOrWhiteSpace(overridden)) return Path.GetFullPath(overridden);
        var candidates = new List<string> { AppContext.BaseDirectory };
        foreach (var configuration in new[] { "Release", "Debug" })
            candidates.Add(Path.Combine(RepoPaths.Root, "cli", "bin", configuration, "net10.0"));
        foreach (var dir in candidates)
        {
            var dll = Path.Combine(dir, "tldtool.dll");
            if (File.Exists(dll) && File.Exists(Path.Combine(dir, "tldtool.runtimeconfig.json"))) return dll;
        }
        throw new FileNotFoundException("tldtool.dll (with its runtimeconfig) not found in: " + string.Join(", ", candidates) + ". Build cli/ first.");
    }
}
