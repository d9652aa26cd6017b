using System.Diagnostics;
using System.Text;
using TldToolkit.Catalog;

namespace TldToolkit.Cli.Tests;

/// <summary>What a run of tldtool produced.</summary>
public sealed record ToolResult(int ExitCode, string Out, string Err)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Err}";
}

/// <summary>Runs tldtool: as a process (the built tldtool.dll next to this assembly) or in-process on a given catalog.</summary>
internal static class Tool
{
    public static string RepoRoot { get; } = FindRepoRoot();

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "TldToolkit.sln"))) return dir.FullName;
        throw new InvalidOperationException("Repository root (TldToolkit.sln) not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The built tool: copied next to the test assembly by the project reference.</summary>
    public static string Dll
    {
        get
        {
            var path = Path.Combine(AppContext.BaseDirectory, "tldtool.dll");
            if (!File.Exists(path)) throw new FileNotFoundException("tldtool.dll is not next to the test assembly", path);
            return path;
        }
    }

    /// <summary>Runs <c>dotnet tldtool.dll args</c> with redirected standard streams.</summary>
    public static ToolResult Run(string? stdin, params string[] args) => RunIn(RepoRoot, stdin, args);

    public static ToolResult RunIn(string workingDirectory, string? stdin, params string[] args) => RunWithEnvironment(workingDirectory, null, stdin, args);

    /// <summary>Runs tldtool with extra environment variables (e.g. TldToolkit__Registrar__Endpoint).</summary>
    public static ToolResult RunWithEnvironment(string workingDirectory, IReadOnlyDictionary<string, string>? environment, string? stdin, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        // A registrar account configured in the runner's environment must not redirect the tests from the sandbox.
        foreach (var inherited in start.Environment.Keys.Where(k => k.StartsWith("TldToolkit__", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(inherited);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            var bytes = new UTF8Encoding(false).GetBytes(stdin);
            process.StandardInput.BaseStream.Write(bytes);
        }
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("tldtool did not finish: " + string.Join(" ", args));
        }
        return new ToolResult(process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
    }

    /// <summary>Runs the command tree in-process on <paramref name="catalog"/> (output as when redirected).</summary>
    public static ToolResult InProcess(TldCatalog catalog, string? stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var env = new CliEnvironment
        {
            Catalog = new Lazy<TldCatalog>(() => catalog),
            OpenStandardInput = () => new MemoryStream(Encoding.UTF8.GetBytes(stdin ?? "")),
            Out = output,
            Error = error,
            OutputIsTerminal = false,
        };
        int code = TldTool.Run(args, env);
        return new ToolResult(code, output.ToString(), error.ToString());
    }

    /// <summary>A temporary file with <paramref name="content"/>; deleted with the returned scope.</summary>
    public static TempDir TempDir() => new();
}

internal sealed class TempDir : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("tldtool-tests-").FullName;

    public string File(string name, string content)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}
