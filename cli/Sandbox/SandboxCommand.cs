using System.Globalization;
using System.Text;
using TldToolkit.Sandbox;

namespace TldToolkit.Cli.Sandbox;

/// <summary><c>tldtool sandbox [--port N] [--state FILE]</c>: the sandbox registrar on 127.0.0.1 until Ctrl+C.</summary>
internal static class SandboxCommand
{
    public static async Task<int> RunAsync(CliEnvironment env, int port, string? stateFile, CancellationToken cancellationToken)
    {
        var args = new List<string> { "--port", port.ToString(CultureInfo.InvariantCulture) };
        if (stateFile is not null) args.AddRange(["--state", Path.GetFullPath(stateFile)]);

        // Ctrl+C (SIGINT) and SIGTERM stop the sandbox, which then shuts down and the process exits normally.
        using var stop = new StopSignals(cancellationToken);

        // Standard output may be buffered (redirected): the URL must show at once.
        return await SandboxProgram.RunAsync([.. args], env.Catalog.Value, new FlushingWriter(env.Out), stop.Token).ConfigureAwait(false);
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
