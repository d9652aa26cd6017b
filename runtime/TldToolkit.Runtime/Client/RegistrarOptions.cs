namespace TldToolkit.Client;

/// <summary>Which environment of the registrar an account talks to.</summary>
public enum RegistrarEnvironment
{
    /// <summary>The live system: real registrations, real money (entity <c>54cd</c>).</summary>
    Live,
    /// <summary>The test system (OT&amp;E, entity <c>1234</c>): nothing reaches a registry.</summary>
    Test,
}

/// <summary>
/// Connection settings of a registrar account using the key=value command protocol
/// (HEXONET / CentralNic Reseller style). Bound from configuration section
/// <c>TldToolkit:Registrar</c> (environment variables <c>TldToolkit__Registrar__Password</c> and so on).
/// <see cref="ToString"/> never shows the login or the password.
/// </summary>
public sealed class RegistrarOptions
{
    /// <summary>The configuration section the DI extension binds: <c>TldToolkit:Registrar</c>.</summary>
    public const string SectionName = "TldToolkit:Registrar";

    /// <summary>The entity of the live system.</summary>
    public const string LiveEntity = "54cd";

    /// <summary>The entity of the test (OT&amp;E) system.</summary>
    public const string TestEntity = "1234";

    /// <summary>The default endpoint of the key=value API.</summary>
    public static readonly Uri DefaultEndpoint = new("https://api.ispapi.net/api/call.cgi");

    /// <summary>URL the commands are posted to. Must be HTTPS unless it points at a loopback address.</summary>
    public Uri Endpoint { get; set; } = DefaultEndpoint;

    /// <summary>
    /// The system entity (<c>s_entity</c>). When empty, derived from <see cref="Environment"/>:
    /// <see cref="LiveEntity"/> or <see cref="TestEntity"/>.
    /// </summary>
    public string? Entity { get; set; }

    /// <summary>Live or test; only used when <see cref="Entity"/> is empty. Defaults to <see cref="RegistrarEnvironment.Test"/>.</summary>
    public RegistrarEnvironment Environment { get; set; } = RegistrarEnvironment.Test;

    /// <summary>Account login (<c>s_login</c>).</summary>
    public string Login { get; set; } = "";

    /// <summary>Optional role user; sent as <c>account!role</c>.</summary>
    public string? Role { get; set; }

    /// <summary>Password (<c>s_pw</c>). Never logged.</summary>
    public string Password { get; set; } = "";

    /// <summary>Time a single call may take, including the registrar's answer. Default 30 s.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Time one attempt of an idempotent query may take before it is retried. Default 10 s;
    /// capped by <see cref="Timeout"/>.
    /// </summary>
    public TimeSpan QueryAttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries of idempotent queries (status, check, balance, lists) after a transient failure. Default 3.</summary>
    public int QueryRetries { get; set; } = 3;

    /// <summary>Base delay between query retries (exponential with jitter). Default 200 ms.</summary>
    public TimeSpan QueryRetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// How often a command whose reply was lost is looked up (StatusDomain and friends) before the
    /// client gives up and reports it as unconfirmed. Default 6.
    /// </summary>
    public int LostReplyLookups { get; set; } = 6;

    /// <summary>Pause between those look-ups. Default 250 ms.</summary>
    public TimeSpan LostReplyLookupDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// How far the registrar's clock may be from ours. After a lost AddDomain reply, a domain the
    /// look-up finds with a creation time earlier than the sending minus this margin was already in the
    /// account: the order did not register it. Default 5 minutes.
    /// </summary>
    public TimeSpan RegistrarClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long after its submission (<see cref="Sync.DomainSyncItem.SubmittedAt"/>) a pending
    /// registration that the registrar does not show, and whose name is free, still counts as pending in
    /// a domain sync rather than cancelled. Default 30 minutes.
    /// </summary>
    public TimeSpan UnseenRegistrationGrace { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The entity actually sent.</summary>
    public string EffectiveEntity =>
        !string.IsNullOrWhiteSpace(Entity) ? Entity! : Environment == RegistrarEnvironment.Live ? LiveEntity : TestEntity;

    /// <summary>The login actually sent: <c>login</c> or <c>login!role</c>.</summary>
    public string EffectiveLogin => string.IsNullOrEmpty(Role) ? Login : Login + "!" + Role;

    /// <summary>
    /// Checks the settings: an absolute endpoint, HTTPS unless loopback, login and password present,
    /// positive timeouts. Returns the problems (empty when usable); never includes secret values.
    /// </summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Endpoint is null || !Endpoint.IsAbsoluteUri)
            problems.Add("Endpoint must be an absolute URL.");
        else if (!EndpointSecurity.IsAllowed(Endpoint))
            problems.Add($"Endpoint {EndpointSecurity.Describe(Endpoint)} must use HTTPS (plain HTTP is only allowed for loopback addresses).");
        else if (Endpoint.UserInfo.Length > 0 || Endpoint.Query.Length > 0)
            problems.Add($"Endpoint {EndpointSecurity.Describe(Endpoint)} must not carry user information or a query string (credentials belong in Login and Password, which are sent in the request body).");
        if (string.IsNullOrWhiteSpace(Login)) problems.Add("Login is required.");
        if (string.IsNullOrEmpty(Password)) problems.Add("Password is required.");
        if (Timeout <= TimeSpan.Zero) problems.Add("Timeout must be positive.");
        if (QueryAttemptTimeout <= TimeSpan.Zero) problems.Add("QueryAttemptTimeout must be positive.");
        if (QueryRetries < 0) problems.Add("QueryRetries must not be negative.");
        if (LostReplyLookups < 1) problems.Add("LostReplyLookups must be at least 1.");
        if (RegistrarClockSkew < TimeSpan.Zero) problems.Add("RegistrarClockSkew must not be negative.");
        if (UnseenRegistrationGrace < TimeSpan.Zero) problems.Add("UnseenRegistrationGrace must not be negative.");
        return problems;
    }

    /// <summary>Throws <see cref="ArgumentException"/> listing the problems when the settings are not usable.</summary>
    public void EnsureValid()
    {
        var problems = Validate();
        if (problems.Count > 0) throw new ArgumentException("Invalid registrar options: " + string.Join(" ", problems));
    }

    /// <summary>
    /// Reads options from the <see cref="SectionName"/> section of <paramref name="configuration"/>
    /// (for callers without dependency injection, such as the CLI); missing keys keep their defaults.
    /// </summary>
    public static RegistrarOptions FromConfiguration(Microsoft.Extensions.Configuration.IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new RegistrarOptions();
        Microsoft.Extensions.Configuration.ConfigurationBinder.Bind(configuration.GetSection(SectionName), options);
        return options;
    }

    /// <summary>A copy (so a client keeps its settings when the caller changes theirs).</summary>
    public RegistrarOptions Clone() => (RegistrarOptions)MemberwiseClone();

    /// <summary>Endpoint and entity only; credentials are never part of the text.</summary>
    public override string ToString() =>
        $"Registrar {EndpointSecurity.Describe(Endpoint)} entity={EffectiveEntity} login=*** password=***";
}

/// <summary>The HTTPS rule: registrar endpoints must be HTTPS, except loopback addresses (tests, the embedded sandbox).</summary>
public static class EndpointSecurity
{
    /// <summary>True when <paramref name="endpoint"/> is HTTPS, or HTTP on a loopback host (127.0.0.0/8, ::1, localhost).</summary>
    public static bool IsAllowed(Uri endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (!endpoint.IsAbsoluteUri) return false;
        if (endpoint.Scheme == Uri.UriSchemeHttps) return true;
        if (endpoint.Scheme != Uri.UriSchemeHttp) return false;
        return IsLoopback(endpoint);
    }

    /// <summary>True for loopback hosts.</summary>
    public static bool IsLoopback(Uri endpoint)
    {
        if (endpoint.IsLoopback) return true;
        return System.Net.IPAddress.TryParse(endpoint.IdnHost.Trim('[', ']'), out var address) && System.Net.IPAddress.IsLoopback(address);
    }

    /// <summary>The endpoint without user info or query, safe to log.</summary>
    public static string Describe(Uri? endpoint)
    {
        if (endpoint is null) return "(none)";
        if (!endpoint.IsAbsoluteUri) return "(relative URL)";
        return endpoint.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);
    }
}
