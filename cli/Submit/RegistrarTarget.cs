using TldToolkit.Catalog;
using TldToolkit.Client;
using TldToolkit.Sandbox;

namespace TldToolkit.Cli.Submit;

/// <summary>
/// Where submit and sync send their commands: the embedded sandbox (in-process, its books in a state
/// file) unless a real endpoint is configured through TLDTOOL_* environment variables.
/// </summary>
internal sealed class RegistrarTarget : IAsyncDisposable
{
    /// <summary>The state file of the embedded sandbox when --state is not given.</summary>
    public static readonly string DefaultStateFile = Path.Combine(".tldtool", "sandbox.json");

    /// <summary>Environment variables of a real registrar account (see docs/submit.md).</summary>
    public const string EndpointVariable = "TLDTOOL_ENDPOINT";
    public const string EntityVariable = "TLDTOOL_ENTITY";
    public const string EnvironmentVariable = "TLDTOOL_ENVIRONMENT";
    public const string LoginVariable = "TLDTOOL_LOGIN";
    public const string RoleVariable = "TLDTOOL_ROLE";
    public const string PasswordVariable = "TLDTOOL_PASSWORD";

    private readonly SandboxRegistrar? _sandbox;
    private readonly StateFileLock? _lock;

    private RegistrarTarget(RegistrarClient client, SandboxRegistrar? sandbox, StateFileLock? stateLock, string description, string? stateFile)
    {
        Client = client;
        _sandbox = sandbox;
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

    /// <summary>True when TLDTOOL_ENDPOINT is set.</summary>
    public static bool EndpointConfigured => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(EndpointVariable));

    /// <summary>
    /// Opens the target. Returns null and writes the problems (never credentials) to
    /// <paramref name="error"/> when the endpoint settings are not usable.
    /// </summary>
    public static async Task<RegistrarTarget?> OpenAsync(TldCatalog catalog, string? stateFile, TextWriter error, CancellationToken cancellationToken)
    {
        if (EndpointConfigured)
        {
            if (stateFile is not null) error.WriteLine($"tldtool: --state is ignored: {EndpointVariable} is set, so commands go to that endpoint.");
            var options = FromEnvironment(out var problems);
            if (options is null || problems.Count > 0)
            {
                foreach (var problem in problems) error.WriteLine("tldtool: registrar settings: " + Output.Shown.Long(problem)); // they quote the variables
                return null;
            }
            return new RegistrarTarget(RegistrarClient.Create(catalog, options), null, null, options.ToString(), null);
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
        return new RegistrarTarget(sandbox.CreateClient(), sandbox, stateLock, $"embedded sandbox (state {Output.Shown.Of(file)})", file);
    }

    /// <summary>What a state file that cannot be used throws: unreadable, not JSON, or JSON of the wrong shape.</summary>
    internal static bool IsStateFileProblem(Exception e) =>
        e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or InvalidDataException or NotSupportedException;

    /// <summary>Registrar options from the TLDTOOL_* variables; null with problems when they are not usable.</summary>
    internal static RegistrarOptions? FromEnvironment(out IReadOnlyList<string> problems)
    {
        var list = new List<string>();
        var options = new RegistrarOptions
        {
            Login = Environment.GetEnvironmentVariable(LoginVariable) ?? "",
            Password = Environment.GetEnvironmentVariable(PasswordVariable) ?? "",
        };
        var endpoint = Environment.GetEnvironmentVariable(EndpointVariable);
        if (Uri.TryCreate(endpoint, UriKind.Absolute, out var uri)) options.Endpoint = uri;
        else list.Add($"{EndpointVariable} is not an absolute URL.");
        if (Environment.GetEnvironmentVariable(EntityVariable) is { Length: > 0 } entity) options.Entity = entity;
        if (Environment.GetEnvironmentVariable(RoleVariable) is { Length: > 0 } role) options.Role = role;
        switch (Environment.GetEnvironmentVariable(EnvironmentVariable)?.Trim().ToLowerInvariant())
        {
            case null or "" or "test": options.Environment = RegistrarEnvironment.Test; break;
            case "live": options.Environment = RegistrarEnvironment.Live; break;
            default: list.Add($"{EnvironmentVariable} must be 'test' or 'live'."); break;
        }
        if (list.Count == 0)
        {
            // The runtime's own check, worded with our variable names.
            foreach (var problem in options.Validate())
                list.Add(problem.Replace("Login is", LoginVariable + " is", StringComparison.Ordinal)
                                .Replace("Password is", PasswordVariable + " is", StringComparison.Ordinal));
        }
        problems = list;
        return list.Count == 0 ? options : null;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_sandbox is not null) await _sandbox.DisposeAsync().ConfigureAwait(false);
        _lock?.Dispose();
    }
}
