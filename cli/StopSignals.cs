using System.Runtime.InteropServices;

namespace TldToolkit.Cli;

/// <summary>
/// Ctrl+C (SIGINT) and SIGTERM as a cancellation token, for commands that must stop cleanly: the
/// sandbox shuts down and saves its books, submit prints what it decided. The invocation's own token
/// does not see these signals (the process just kept running), so they are handled here; the signal's
/// default action (ending the process at once) is suppressed while the registration lives.
/// </summary>
internal sealed class StopSignals : IDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly PosixSignalRegistration _interrupt;
    private readonly PosixSignalRegistration _terminate;

    public StopSignals(CancellationToken cancellationToken)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
    }

    /// <summary>Cancelled by either signal or by the token given to the constructor.</summary>
    public CancellationToken Token => _stop.Token;

    private void Stop(PosixSignalContext context)
    {
        context.Cancel = true;
        _stop.Cancel();
    }

    public void Dispose()
    {
        _interrupt.Dispose();
        _terminate.Dispose();
        _stop.Dispose();
    }
}
