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
        TimeSpan asyncDelay = TimeSpan.FromSeconds(600), transferDelay = TimeSpan.FromSeconds(432000);
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
                    case "--login": login = Next() is { Length: > 0 } name ? name : throw new FormatException("--login needs a name"); break;
                    case "--password": password = Next(); break;
                    case "--balance": balance = decimal.Parse(Next(), CultureInfo.InvariantCulture) is >= 0 and var b ? b : throw new FormatException("--balance must not be negative"); break;
                    case "--async-delay": asyncDelay = Seconds(args[i], Next()); break;
                    case "--transfer-delay": transferDelay = Seconds(args[i], Next()); break;
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
            AsyncRegistrationDelay = asyncDelay,
            TransferDelay = transferDelay,
            StateFile = state,
        };
    }

    // A delay in seconds: a number TimeSpan can hold, not negative (NaN and 1e300 would throw later).
    private static TimeSpan Seconds(string option, string text)
    {
        double seconds = double.Parse(text, CultureInfo.InvariantCulture);
        if (!double.IsFinite(seconds) || seconds < 0 || seconds > TimeSpan.MaxValue.TotalSeconds / 2)
            throw new FormatException($"{option} must be a number of seconds from 0 to {(long)(TimeSpan.MaxValue.TotalSeconds / 2)}");
        return TimeSpan.FromSeconds(seconds);
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
