using System.Text;
using TldToolkit.Catalog;

namespace TldToolkit.Cli;

/// <summary>What the commands need from the outside world, so tests can run them in-process too.</summary>
internal sealed class CliEnvironment
{
    /// <summary>The TLD catalog, created on first use (lint and usage errors never load it).</summary>
    public required Lazy<TldCatalog> Catalog { get; init; }

    /// <summary>Opens standard input as bytes.</summary>
    public required Func<Stream> OpenStandardInput { get; init; }

    /// <summary>Standard output.</summary>
    public required TextWriter Out { get; init; }

    /// <summary>Standard error.</summary>
    public required TextWriter Error { get; init; }

    /// <summary>True when standard output is an interactive terminal (tables, colours, progress bars).</summary>
    public bool OutputIsTerminal { get; init; }

    /// <summary>The clock (validation of renewal windows).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>The process environment, wired to the real console.</summary>
    public static CliEnvironment FromConsole()
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        bool terminal = !Console.IsOutputRedirected
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
            && !string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);
        // Redirected: a buffered writer, so thousands of results are written as they come, not line by line
        // to the OS. At a terminal: the console itself, which Spectre.Console recognises as interactive.
        TextWriter stdout = terminal
            ? Console.Out
            : new StreamWriter(Console.OpenStandardOutput(), utf8, bufferSize: 1 << 16) { AutoFlush = false };
        var stderr = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true };
        return new CliEnvironment
        {
            Catalog = new Lazy<TldCatalog>(CatalogSource.Load),
            OpenStandardInput = Console.OpenStandardInput,
            Out = stdout,
            Error = stderr,
            OutputIsTerminal = terminal,
        };
    }
}
