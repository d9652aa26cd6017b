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
    /// <summary>The name of the HTTP client the registrar transport uses.</summary>
    public const string HttpClientName = "TldToolkit.Registrar";

    /// <summary>
    /// Registers <see cref="RegistrarClient"/> with <paramref name="catalog"/>: options bound from
    /// <paramref name="configuration"/> section <c>TldToolkit:Registrar</c> (Endpoint, Entity,
    /// Environment, Login, Role, Password, Timeout, ...; with environment variables as configuration
    /// source that is <c>TldToolkit__Registrar__Password</c> and so on) and then
    /// <paramref name="configure"/>; an IHttpClientFactory client with pooled connections and a
    /// resilience handler that retries idempotent queries only; the key=value transport as
    /// <see cref="IRegistrarTransport"/>. Resilience handlers configured for all clients
    /// (<c>ConfigureHttpClientDefaults</c>) are removed from this client, because they would retry
    /// commands that change something. Options are validated when first used (HTTPS rule,
    /// credentials present); the error names the problem, never a secret.
    /// </summary>
    public static IServiceCollection AddTldToolkit(this IServiceCollection services, TldCatalog catalog,
        IConfiguration? configuration = null, Action<RegistrarOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(catalog);

        var options = services.AddOptions<RegistrarOptions>();
        if (configuration is not null) options.Bind(configuration.GetSection(RegistrarOptions.SectionName));
        if (configure is not null) options.Configure(configure);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RegistrarOptions>, RegistrarOptionsValidator>());

        services.TryAddSingleton(catalog);
        services.TryAddSingleton(TimeProvider.System);

        // RemoveAllResilienceHandlers is marked experimental (EXTEXP0001) in Microsoft.Extensions.Http.Resilience
        // 10.0.0; the package version is pinned centrally, and a test proves the behaviour.
#pragma warning disable EXTEXP0001
        services.AddHttpClient(HttpClientName)
            .ConfigureHttpClient(http => http.Timeout = Timeout.InfiniteTimeSpan) // the transport enforces RegistrarOptions.Timeout
            .ConfigurePrimaryHttpMessageHandler(KeyValueHttpTransport.NewHandler) // follows no redirect
            // A resilience handler the application adds to every client (ConfigureHttpClientDefaults with
            // AddStandardResilienceHandler) would retry AddDomain and friends on a 5xx or timeout and
            // order twice; this client gets only its own, query-only pipeline.
            .RemoveAllResilienceHandlers()
            .AddResilienceHandler("tldtoolkit-queries", (builder, context) =>
                RegistrarResilience.Configure(builder, context.ServiceProvider.GetRequiredService<IOptions<RegistrarOptions>>().Value));
#pragma warning restore EXTEXP0001

        services.TryAddTransient<IRegistrarTransport>(sp => new KeyValueHttpTransport(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName),
            sp.GetRequiredService<IOptions<RegistrarOptions>>().Value,
            sp.GetService<ILogger<KeyValueHttpTransport>>()));

        services.TryAddTransient(sp => new RegistrarClient(
            sp.GetRequiredService<TldCatalog>(),
            sp.GetRequiredService<IRegistrarTransport>(),
            sp.GetRequiredService<IOptions<RegistrarOptions>>().Value,
            sp.GetService<ILogger<RegistrarClient>>(),
            sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    private sealed class RegistrarOptionsValidator : IValidateOptions<RegistrarOptions>
    {
        public ValidateOptionsResult Validate(string? name, RegistrarOptions options)
        {
            var problems = options.Validate();
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}
