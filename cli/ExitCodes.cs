namespace TldToolkit.Cli;

/// <summary>The exit codes of every command.</summary>
internal static class ExitCodes
{
    /// <summary>Everything valid / clean.</summary>
    public const int Ok = 0;
    /// <summary>An order, domain or TLD file has problems (or the TLD is unknown).</summary>
    public const int Invalid = 1;
    /// <summary>The input could not be read, or the command line was wrong.</summary>
    public const int InputError = 2;
    /// <summary>Stopped by Ctrl+C (SIGINT): what was decided is printed, the rest was not sent (128 + SIGINT, as shells report it).</summary>
    public const int Interrupted = 130;
}
