using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TldToolkit.Catalog;
using TldToolkit.Client;
using TldToolkit.Client.Transport;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the TldToolkit registrar client.</summary>
public static class TldToolkitServiceCollectionExtensions
{
    /// <summary>The name of the HTTP client the default account's transport uses; a named account's is this plus <c>:</c> and its name.</summary>
    public const string HttpClientName = "TldToolkit.Registrar";

    /// <summary>
    /// Registers <see cref="RegistrarClient"/> for the default account with <paramref name="catalog"/>:
    /// options bound from <paramref name="configuration"/> section <c>TldToolkit:Registrar</c> (the keys
    /// are listed in the client README; with environment variables as configuration source that is
    /// <c>TldToolkit__Registrar__Password</c> and so on) and then <paramref name="configure"/>; an
    /// IHttpClientFactory client with pooled connections and a resilience handler that retries
    /// idempotent queries only; the key=value transport as <see cref="IRegistrarTransport"/>; and
    /// <see cref="IRegistrarClientFactory"/> for named accounts (<see cref="TldToolkitBuilder.AddAccount"/>).
    /// Resilience handlers configured for all clients (<c>ConfigureHttpClientDefaults</c>) are removed
    /// from these clients, because they would retry commands that change something. Options are
    /// validated when first used, or at start with <see cref="TldToolkitBuilder.ValidateOnStart"/>
    /// (HTTPS rule, credentials present); the error names the problem, never a secret.
    /// </summary>
    public static TldToolkitBuilder AddTldToolkit(this IServiceCollection services, TldCatalog catalog,
        IConfiguration? configuration = null, Action<RegistrarOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(catalog);

        services.TryAddSingleton(catalog);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RegistrarOptions>, RegistrarOptionsValidator>());
        services.TryAddSingleton<IRegistrarClientFactory, RegistrarClientFactory>();

        var builder = new TldToolkitBuilder(services, configuration);
        var options = builder.AddAccountOptions(Options.Options.DefaultName, configuration?.GetSection(RegistrarOptions.SectionName), configure);
        AddHttpClient(services, Options.Options.DefaultName);

        services.TryAddTransient<IRegistrarTransport>(sp => CreateTransport(sp, Options.Options.DefaultName));
        services.TryAddTransient(sp => sp.GetRequiredService<IRegistrarClientFactory>().Create(Options.Options.DefaultName));
        return builder.WithDefault(options);
    }

    /// <summary>The HTTP client name of an account.</summary>
    internal static string HttpClientNameOf(string account) =>
        account == Options.Options.DefaultName ? HttpClientName : HttpClientName + ":" + account;

    /// <summary>One HTTP client per account, so each account's resilience pipeline reads that account's options.</summary>
    internal static void AddHttpClient(IServiceCollection services, string account)
    {
        // RemoveAllResilienceHandlers is marked experimental (EXTEXP0001) in Microsoft.Extensions.Http.Resilience
        // 10.0.0; the package version is pinned centrally, and a test proves the behaviour.
#pragma warning disable EXTEXP0001
        services.AddHttpClient(HttpClientNameOf(account))
            .ConfigureHttpClient(http => http.Timeout = Timeout.InfiniteTimeSpan) // the transport enforces RegistrarOptions.Timeout
            .ConfigurePrimaryHttpMessageHandler(KeyValueHttpTransport.NewHandler) // follows no redirect
            // A resilience handler the application adds to every client (ConfigureHttpClientDefaults with
            // AddStandardResilienceHandler) would retry AddDomain and friends on a 5xx or timeout and
            // order twice; this client gets only its own, query-only pipeline.
            .RemoveAllResilienceHandlers()
            .AddResilienceHandler("tldtoolkit-queries", (builder, context) =>
                RegistrarResilience.Configure(builder, context.ServiceProvider.GetRequiredService<IOptionsMonitor<RegistrarOptions>>().Get(account)));
#pragma warning restore EXTEXP0001
    }

    internal static IRegistrarTransport CreateTransport(IServiceProvider services, string account) => new KeyValueHttpTransport(
        services.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientNameOf(account)),
        services.GetRequiredService<IOptionsMonitor<RegistrarOptions>>().Get(account),
        services.GetService<ILogger<KeyValueHttpTransport>>());

    private sealed class RegistrarOptionsValidator : IValidateOptions<RegistrarOptions>
    {
        public ValidateOptionsResult Validate(string? name, RegistrarOptions options)
        {
            var problems = options.Validate();
            if (problems.Count == 0) return ValidateOptionsResult.Success;
            var account = string.IsNullOrEmpty(name) ? "" : $"registrar account '{name}': ";
            return ValidateOptionsResult.Fail(problems.Select(p => account + p));
        }
    }
}
