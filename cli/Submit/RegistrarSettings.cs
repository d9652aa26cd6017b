using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TldToolkit.Catalog;
using TldToolkit.Client;

namespace TldToolkit.Cli.Submit;

/// <summary>
/// The registrar account of submit and sync, read as an application reads it: the configuration
/// section <c>TldToolkit:Registrar</c> from <c>appsettings.json</c> in the current directory (optional),
/// then user secrets (id <see cref="UserSecretsId"/>), then environment variables
/// (<c>TldToolkit__Registrar__Password</c>), later sources winning; bound and validated by
/// <c>AddTldToolkit</c> itself, so the keys are <see cref="RegistrarOptions"/>'s and nowhere listed twice.
/// </summary>
internal static class RegistrarSettings
{
    /// <summary>The user-secrets id: <c>dotnet user-secrets set --id tldtool TldToolkit:Registrar:Password …</c> needs no project.</summary>
    public const string UserSecretsId = "tldtool";

    /// <summary>The key whose presence sends submit and sync to a real endpoint instead of the embedded sandbox.</summary>
    public const string EndpointKey = RegistrarOptions.SectionName + ":" + nameof(RegistrarOptions.Endpoint);

    /// <summary>The prefix of the variables before configuration took over; they are no longer read.</summary>
    private const string OldPrefix = "TLDTOOL_";

    /// <summary>The configuration; null with the reason when appsettings.json or the secrets file is not JSON.</summary>
    public static IConfiguration? Load(string directory, out string? problem)
    {
        problem = null;
        try
        {
            return new ConfigurationBuilder()
                .AddJsonFile(Path.Combine(Path.GetFullPath(directory), "appsettings.json"), optional: true, reloadOnChange: false)
                .AddUserSecrets(UserSecretsId, reloadOnChange: false)
                .AddEnvironmentVariables()
                .Build();
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or IOException or UnauthorizedAccessException)
        {
            // "Failed to load configuration from file '…/appsettings.json'." and the parser's reason.
            problem = e.InnerException is { } inner ? e.Message + " " + inner.Message : e.Message;
            return null;
        }
    }

    public static bool EndpointConfigured(IConfiguration configuration) => !string.IsNullOrWhiteSpace(configuration[EndpointKey]);

    /// <summary>One line per old TLDTOOL_* variable still set that names a registrar option, naming its new key.</summary>
    public static void WarnAboutOldVariables(TextWriter error)
    {
        foreach (var option in typeof(RegistrarOptions).GetProperties().Select(p => p.Name))
        {
            var old = OldPrefix + option.ToUpperInvariant();
            if (Environment.GetEnvironmentVariable(old) is not null)
                error.WriteLine($"tldtool: {old} is no longer read; set {RegistrarOptions.SectionName.Replace(":", "__", StringComparison.Ordinal)}__{option} (or {RegistrarOptions.SectionName}:{option} in appsettings.json or user secrets).");
        }
    }

    /// <summary>The configured account's client, from the same registration an application makes; null with the problems (never a secret) when unusable.</summary>
    public static Account? Open(TldCatalog catalog, IConfiguration configuration, out IReadOnlyList<string> problems)
    {
        var services = new ServiceCollection();
        services.AddTldToolkit(catalog, configuration);
        var provider = services.BuildServiceProvider();
        try
        {
            var options = provider.GetRequiredService<IOptionsMonitor<RegistrarOptions>>().CurrentValue; // binds and validates
            problems = [];
            return new Account(provider, provider.GetRequiredService<RegistrarClient>(), options.ToString());
        }
        catch (OptionsValidationException e)
        {
            problems = e.Failures.ToList();
        }
        catch (InvalidOperationException e)
        {
            // The binder's "Failed to convert configuration value at 'TldToolkit:Registrar:Timeout' …".
            problems = [e.Message];
        }
        provider.Dispose();
        return null;
    }

    /// <summary>A client and the container that owns its HTTP handlers.</summary>
    public sealed class Account(ServiceProvider services, RegistrarClient client, string description) : IAsyncDisposable
    {
        public RegistrarClient Client { get; } = client;
        public string Description { get; } = description;
        public ValueTask DisposeAsync() => services.DisposeAsync();
    }
}
