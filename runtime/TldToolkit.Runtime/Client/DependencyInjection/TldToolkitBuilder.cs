using System.Collections;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using TldToolkit.Client;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// What <see cref="TldToolkitServiceCollectionExtensions.AddTldToolkit"/> returns: the registrar accounts'
/// options (<see cref="ValidateOnStart"/>, <see cref="AddAccount"/>), and still the service collection
/// itself, so calls that chained on <see cref="IServiceCollection"/> keep working.
/// </summary>
public sealed class TldToolkitBuilder : IServiceCollection
{
    /// <summary>The configuration section named accounts are bound from: <c>TldToolkit:Registrars:&lt;name&gt;</c>.</summary>
    public const string AccountsSectionName = "TldToolkit:Registrars";

    private readonly IConfiguration? _configuration;
    private readonly List<OptionsBuilder<RegistrarOptions>> _accounts = [];
    private OptionsBuilder<RegistrarOptions>? _default;

    internal TldToolkitBuilder(IServiceCollection services, IConfiguration? configuration)
    {
        Services = services;
        _configuration = configuration;
        var registered = services.FirstOrDefault(d => d.ServiceType == typeof(RegistrarAccounts))?.ImplementationInstance as RegistrarAccounts;
        if (registered is null) services.AddSingleton(registered = new RegistrarAccounts());
        _names = registered;
    }

    private readonly RegistrarAccounts _names;

    /// <summary>The service collection the client is registered in.</summary>
    public IServiceCollection Services { get; }

    /// <summary>The default account's options, for further <c>Configure</c>, <c>Validate</c> or <c>PostConfigure</c> calls.</summary>
    public OptionsBuilder<RegistrarOptions> Options => _default ?? throw new InvalidOperationException("AddTldToolkit registers the default account first.");

    /// <summary>
    /// Validates every account's options when the host starts (not on the first call), so a missing
    /// password or a plain-HTTP endpoint stops the application at start with a message naming the account.
    /// </summary>
    public TldToolkitBuilder ValidateOnStart()
    {
        foreach (var account in _accounts) account.ValidateOnStart();
        return this;
    }

    /// <summary>
    /// Adds a named registrar account (a second reseller login, a test account beside the live one): options
    /// bound from <c>TldToolkit:Registrars:&lt;name&gt;</c> of the configuration given to AddTldToolkit, then
    /// <paramref name="configure"/>. Get its client with <see cref="IRegistrarClientFactory.Create"/>.
    /// </summary>
    public TldToolkitBuilder AddAccount(string name, Action<RegistrarOptions>? configure = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        AddAccountOptions(name, _configuration?.GetSection(AccountsSectionName).GetSection(name), configure);
        TldToolkitServiceCollectionExtensions.AddHttpClient(Services, name);
        return this;
    }

    internal OptionsBuilder<RegistrarOptions> AddAccountOptions(string name, IConfiguration? section, Action<RegistrarOptions>? configure)
    {
        _names.Names.Add(name);
        var options = Services.AddOptions<RegistrarOptions>(name);
        if (section is not null) options.Bind(section);
        if (configure is not null) options.Configure(configure);
        _accounts.Add(options);
        return options;
    }

    internal TldToolkitBuilder WithDefault(OptionsBuilder<RegistrarOptions> options)
    {
        _default = options;
        return this;
    }

    // IServiceCollection, delegated: AddTldToolkit(...).AddSingleton(...) and .BuildServiceProvider() keep working.
    /// <inheritdoc />
    public ServiceDescriptor this[int index] { get => Services[index]; set => Services[index] = value; }
    /// <inheritdoc />
    public int Count => Services.Count;
    /// <inheritdoc />
    public bool IsReadOnly => Services.IsReadOnly;
    /// <inheritdoc />
    public void Add(ServiceDescriptor item) => Services.Add(item);
    /// <inheritdoc />
    public void Clear() => Services.Clear();
    /// <inheritdoc />
    public bool Contains(ServiceDescriptor item) => Services.Contains(item);
    /// <inheritdoc />
    public void CopyTo(ServiceDescriptor[] array, int arrayIndex) => Services.CopyTo(array, arrayIndex);
    /// <inheritdoc />
    public IEnumerator<ServiceDescriptor> GetEnumerator() => Services.GetEnumerator();
    /// <inheritdoc />
    public int IndexOf(ServiceDescriptor item) => Services.IndexOf(item);
    /// <inheritdoc />
    public void Insert(int index, ServiceDescriptor item) => Services.Insert(index, item);
    /// <inheritdoc />
    public bool Remove(ServiceDescriptor item) => Services.Remove(item);
    /// <inheritdoc />
    public void RemoveAt(int index) => Services.RemoveAt(index);
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
