using System.Globalization;
using System.Text;
using TldToolkit.Cli.Output;
using TldToolkit.Cli.Submit;
using TldToolkit.Sandbox;

namespace TldToolkit.Cli.Sandbox;

/// <summary><c>tldtool sandbox [--port N] [--state FILE] [--login …] [--password …] …</c>: the sandbox registrar on 127.0.0.1 until Ctrl+C.</summary>
internal static class SandboxCommand
{
    public static async Task<int> RunAsync(CliEnvironment env, int port, string? stateFile, IReadOnlyList<string> sandboxArguments,
        CancellationToken cancellationToken)
    {
        // SandboxProgram.ParseArguments reads them all: one list of the sandbox's options and defaults.
        var args = new List<string>(sandboxArguments) { "--port", port.ToString(CultureInfo.InvariantCulture) };
        // Its refusals (a NaN delay, an empty login) go to standard error with exit 2, before the state file is locked.
        var refusal = new StringWriter();
        if (SandboxProgram.ParseArguments([.. args], env.Catalog.Value, refusal) is null)
        {
            env.Error.WriteLine("tldtool: " + Shown.Long(refusal.ToString().Trim()));
            return ExitCodes.InputError;
        }
        StateFileLock? stateLock = null;
        if (stateFile is not null)
        {
            var file = Path.GetFullPath(stateFile);
            args.AddRange(["--state", file]);
            // The same lock as submit and sync: a sandbox serving the file must not race a submit rewriting it.
            stateLock = StateFileLock.TryAcquire(file, env.Error);
            if (stateLock is null) return ExitCodes.InputError;
        }
        using (stateLock)
        {
            // Ctrl+C (SIGINT) and SIGTERM stop the sandbox, which then shuts down and the process exits normally.
            using var stop = new StopSignals(cancellationToken);
            try
            {
                // Standard output may be buffered (redirected): the URL must show at once.
                return await SandboxProgram.RunAsync([.. args], env.Catalog.Value, new FlushingWriter(env.Out), stop.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (RegistrarTarget.IsStateFileProblem(e) || e is System.Net.Sockets.SocketException)
            {
                // A port already in use (Kestrel's AddressInUseException is an IOException) or a damaged state file.
                env.Error.WriteLine($"tldtool: cannot start the sandbox on port {port.ToString(CultureInfo.InvariantCulture)}"
                    + (stateFile is null ? "" : $" with state {Shown.Of(stateFile)}") + $": {Shown.Of(e.Message)}");
                return ExitCodes.InputError;
            }
        }
    }

    private sealed class FlushingWriter(TextWriter inner) : TextWriter
    {
        public override Encoding Encoding => inner.Encoding;
        public override void Write(char value) => inner.Write(value);
        public override void Write(string? value) => inner.Write(value);
        public override void WriteLine(string? value)
        {
            inner.WriteLine(value);
            inner.Flush();
        }
    }
}
