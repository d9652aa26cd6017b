using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TldToolkit.Catalog;
using TldToolkit.Client;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Creates registrar clients for the accounts registered with AddTldToolkit and AddAccount.</summary>
public interface IRegistrarClientFactory
{
    /// <summary>
    /// A client for the account named <paramref name="account"/> (the default account when empty). An
    /// account that was never added, or whose options are invalid, throws <see cref="OptionsValidationException"/>
    /// naming the account and the problem, never a secret.
    /// </summary>
    RegistrarClient Create(string? account = null);
}

/// <summary>The names of the accounts added, so a misspelt name fails clearly instead of yielding empty options.</summary>
internal sealed class RegistrarAccounts
{
    public HashSet<string> Names { get; } = new(StringComparer.Ordinal);
}

internal sealed class RegistrarClientFactory(IServiceProvider services, RegistrarAccounts accounts) : IRegistrarClientFactory
{
    public RegistrarClient Create(string? account = null)
    {
        var name = string.IsNullOrEmpty(account) ? Options.Options.DefaultName : account;
        if (!accounts.Names.Contains(name))
            throw new OptionsValidationException(name, typeof(RegistrarOptions), [$"no registrar account '{name}' was added (AddTldToolkit(...).AddAccount(\"{name}\"))"]);
        return new RegistrarClient(
            services.GetRequiredService<TldCatalog>(),
            TldToolkitServiceCollectionExtensions.CreateTransport(services, name),
            services.GetRequiredService<IOptionsMonitor<RegistrarOptions>>().Get(name),
            services.GetService<ILogger<RegistrarClient>>(),
            services.GetRequiredService<TimeProvider>());
    }
}
