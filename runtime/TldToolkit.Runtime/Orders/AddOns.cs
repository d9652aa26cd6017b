namespace TldToolkit.Orders;

/// <summary>Services ordered together with the domain.</summary>
public sealed class AddOns
{
    /// <summary>WHOIS / ID protection (privacy proxy).</summary>
    public bool IdProtection { get; init; }
    /// <summary>DNS hosting by the registrar.</summary>
    public bool DnsManagement { get; init; }
    /// <summary>Registrar lock (clientTransferProhibited).</summary>
    public bool RegistrarLock { get; init; }

    /// <summary>No add-ons.</summary>
    public static AddOns None { get; } = new();
}
