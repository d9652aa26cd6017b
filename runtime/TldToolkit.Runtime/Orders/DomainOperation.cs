namespace TldToolkit.Orders;

/// <summary>What an order asks the registrar to do with a domain.</summary>
public enum DomainOperation
{
    /// <summary>Register a new domain.</summary>
    Register,
    /// <summary>Move a domain from another registrar (needs the auth code where the TLD asks for it).</summary>
    Transfer,
    /// <summary>Extend the registration of a domain the registrar already holds.</summary>
    Renew,
    /// <summary>Change the registrant (trade / owner change).</summary>
    OwnerChange,
}

/// <summary>The operations an additional field applies to, as flags (a field may apply to several).</summary>
[Flags]
public enum FieldOperations
{
    /// <summary>No operation.</summary>
    None = 0,
    /// <summary>Registration.</summary>
    Register = 1,
    /// <summary>Transfer.</summary>
    Transfer = 2,
    /// <summary>Owner change.</summary>
    OwnerChange = 4,
    /// <summary>Contact or domain update.</summary>
    Update = 8,
}

/// <summary>Maps an order operation onto the field-operation flag it selects.</summary>
public static class DomainOperationExtensions
{
    /// <summary>The flag an additional field must carry to apply to <paramref name="operation"/>; renewals take no fields.</summary>
    public static FieldOperations ToFieldOperation(this DomainOperation operation) => operation switch
    {
        DomainOperation.Register => FieldOperations.Register,
        DomainOperation.Transfer => FieldOperations.Transfer,
        DomainOperation.OwnerChange => FieldOperations.OwnerChange,
        _ => FieldOperations.None,
    };
}
