using Spectre.Console;

namespace TldToolkit.Cli.Output;

/// <summary>Spectre.Console on the real terminal (only used when output is not redirected).</summary>
internal static class Terminal
{
    public static IAnsiConsole Create(TextWriter output) =>
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
}
