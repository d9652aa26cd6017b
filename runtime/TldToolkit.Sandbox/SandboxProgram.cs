using System.Globalization;
using TldToolkit.Catalog;

namespace TldToolkit.Sandbox;

/// <summary>
/// The standalone entry of the sandbox: <c>tldtool sandbox --port 8080</c> (or any host that calls
/// <see cref="RunAsync"/>) starts it, prints its URL and account, and runs until cancelled (Ctrl+C).
/// </summary>
public static class SandboxProgram
{
    /// <summary>The password of a standalone sandbox unless <c>--password</c> gives another.</summary>
    public const string DefaultPassword = "sandbox";

    /// <summary>The options <see cref="RunAsync"/> understands.</summary>
    public const string Usage =
        "Options: --port <n> (default 0 = free port)  --login <name> (default sandbox)  --password <pw> (default sandbox)  " +
        "--balance <amount> (default 1000)  --async-delay <seconds> (default 600)  --transfer-delay <seconds> (default 432000)  " +
        "--state <file.json> (keep the books between runs)";

    /// <summary>Parses <paramref name="args"/> into options for <paramref name="catalog"/>; returns null and writes the problem when an argument is wrong.</summary>
    public static SandboxOptions? ParseArguments(string[] args, TldCatalog catalog, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        int port = 0;
        string login = "sandbox", password = DefaultPassword;
        decimal balance = 1000m;
        double asyncDelay = 600, transferDelay = 432000;
        string? state = null;
        for (int i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new FormatException($"{args[i]} needs a value");
            try
            {
                switch (args[i])
                {
                    case "--standalone": break;
                    case "--port": port = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--login": login = Next(); break;
                    case "--password": password = Next(); break;
                    case "--balance": balance = decimal.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--async-delay": asyncDelay = double.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--transfer-delay": transferDelay = double.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--state": state = Next(); break;
                    default: throw new FormatException($"unknown option {args[i]}");
                }
            }
            catch (Exception ex) when (ex is FormatException or OverflowException)
            {
                error.WriteLine($"sandbox: {ex.Message}. {Usage}");
                return null;
            }
        }
        return new SandboxOptions
        {
            Catalog = catalog,
            Port = port,
            Login = login,
            Password = password,
            InitialBalance = balance,
            AsyncRegistrationDelay = TimeSpan.FromSeconds(asyncDelay),
            TransferDelay = TimeSpan.FromSeconds(transferDelay),
            StateFile = state,
        };
    }

    /// <summary>Runs a sandbox until <paramref name="cancellationToken"/> fires; prints its URL to <paramref name="output"/>. Returns an exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TldCatalog catalog, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(output);
        var options = ParseArguments(args, catalog, output);
        if (options is null) return 2;
        await using var sandbox = await SandboxRegistrar.StartAsync(options, cancellationToken).ConfigureAwait(false);
        output.WriteLine($"Sandbox registrar listening on {sandbox.Endpoint}");
        // The default password is public (docs/submit.md); one given with --password is never echoed.
        var password = options.Password == DefaultPassword ? $"password {DefaultPassword}" : "password as given with --password";
        output.WriteLine($"  entity {options.Entity}, login {options.Login}, {password}, {catalog.All.Count} TLD(s)");
        output.WriteLine("  Press Ctrl+C to stop.");
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        return 0;
    }
}
