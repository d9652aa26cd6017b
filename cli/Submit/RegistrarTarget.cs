using TldToolkit.Catalog;
using TldToolkit.Client;
using TldToolkit.Sandbox;

namespace TldToolkit.Cli.Submit;

/// <summary>
/// Where submit and sync send their commands: the embedded sandbox (in-process, its books in a state
/// file) unless <see cref="RegistrarSettings.EndpointKey"/> is configured (see <see cref="RegistrarSettings"/>).
/// </summary>
internal sealed class RegistrarTarget : IAsyncDisposable
{
    /// <summary>The state file of the embedded sandbox when --state is not given.</summary>
    public static readonly string DefaultStateFile = Path.Combine(".tldtool", "sandbox.json");

    private readonly SandboxRegistrar? _sandbox;
    private readonly RegistrarSettings.Account? _account;
    private readonly StateFileLock? _lock;

    private RegistrarTarget(RegistrarClient client, SandboxRegistrar? sandbox, RegistrarSettings.Account? account, StateFileLock? stateLock, string description, string? stateFile)
    {
        Client = client;
        _sandbox = sandbox;
        _account = account;
        _lock = stateLock;
        Description = description;
        StateFile = stateFile;
    }

    public RegistrarClient Client { get; }

    /// <summary>"sandbox" or "endpoint".</summary>
    public string Kind => _sandbox is null ? "endpoint" : "sandbox";

    /// <summary>What the commands went to, without credentials (for standard error).</summary>
    public string Description { get; }

    /// <summary>The sandbox's state file; null for a real endpoint.</summary>
    public string? StateFile { get; }

    /// <summary>
    /// Opens the target. Returns null and writes the problems (never credentials) to
    /// <paramref name="error"/> when the endpoint settings are not usable.
    /// </summary>
    public static async Task<RegistrarTarget?> OpenAsync(TldCatalog catalog, string? stateFile, TextWriter error, CancellationToken cancellationToken)
    {
        RegistrarSettings.WarnAboutOldVariables(error);
        var configuration = RegistrarSettings.Load(Directory.GetCurrentDirectory(), out var unreadable);
        if (configuration is null)
        {
            error.WriteLine("tldtool: registrar settings: " + Output.Shown.Long(unreadable));
            return null;
        }
        if (RegistrarSettings.EndpointConfigured(configuration))
        {
            if (stateFile is not null) error.WriteLine($"tldtool: --state is ignored: {RegistrarSettings.EndpointKey} is set, so commands go to that endpoint.");
            var account = RegistrarSettings.Open(catalog, configuration, out var problems);
            if (account is null)
            {
                // The runtime's messages name the option ("Login is required."), never its value.
                foreach (var problem in problems) error.WriteLine($"tldtool: registrar settings ({RegistrarOptions.SectionName}): " + Output.Shown.Long(problem));
                return null;
            }
            return new RegistrarTarget(account.Client, null, account, null, account.Description, null);
        }

        var file = Path.GetFullPath(stateFile ?? DefaultStateFile);
        // Held from before the file is read until after the last write.
        var stateLock = StateFileLock.TryAcquire(file, error);
        if (stateLock is null) return null;
        SandboxRegistrar sandbox;
        try
        {
            sandbox = await SandboxRegistrar.StartAsync(new SandboxOptions { Catalog = catalog, StateFile = file }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (IsStateFileProblem(e))
        {
            stateLock.Dispose();
            error.WriteLine($"tldtool: cannot open the sandbox state file {Output.Shown.Of(file)}: {Output.Shown.Of(e.Message)}");
            return null;
        }
        catch
        {
            stateLock.Dispose();
            throw;
        }
        return new RegistrarTarget(sandbox.CreateClient(), sandbox, null, stateLock, $"embedded sandbox (state {Output.Shown.Of(file)})", file);
    }

    /// <summary>What a state file that cannot be used throws: unreadable, not JSON, or JSON of the wrong shape.</summary>
    internal static bool IsStateFileProblem(Exception e) =>
        e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or InvalidDataException or NotSupportedException;

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_sandbox is not null) await _sandbox.DisposeAsync().ConfigureAwait(false);
        if (_account is not null) await _account.DisposeAsync().ConfigureAwait(false);
        _lock?.Dispose();
    }
}
