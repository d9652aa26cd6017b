namespace TldToolkit.Cli.Submit;

/// <summary>
/// One tldtool run at a time per sandbox state file. The embedded sandbox reads the file when it
/// starts and rewrites it after every change, so two runs at once would each overwrite the other's
/// registrations and charges (issue 15, R3). The lock is an exclusive open of <c>FILE.lock</c>
/// (flock on Unix, a sharing lock on Windows), released when the process ends, even by a crash.
/// The file stays behind: deleting it would let a waiting run lock a different file.
/// </summary>
internal sealed class StateFileLock : IDisposable
{
    private readonly FileStream _stream;

    private StateFileLock(FileStream stream) => _stream = stream;

    /// <summary>The lock, or null with the reason written to <paramref name="error"/> when another run holds it.</summary>
    public static StateFileLock? TryAcquire(string stateFile, TextWriter error)
    {
        var path = stateFile + ".lock";
        try
        {
            if (Path.GetDirectoryName(path) is { Length: > 0 } directory) Directory.CreateDirectory(directory);
            return new StateFileLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException)
        {
            error.WriteLine($"tldtool: the sandbox state file {Output.Shown.Of(stateFile)} is in use by another tldtool run (submit, sync or sandbox); nothing was sent. Run again when it has finished.");
            return null;
        }
        catch (UnauthorizedAccessException e)
        {
            error.WriteLine($"tldtool: cannot lock the sandbox state file {Output.Shown.Of(stateFile)}: {Output.Shown.Of(e.Message)}");
            return null;
        }
    }

    public void Dispose() => _stream.Dispose();
}
