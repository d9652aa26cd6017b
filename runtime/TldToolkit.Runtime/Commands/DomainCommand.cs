using TldToolkit.Orders;

namespace TldToolkit.Commands;

/// <summary>
/// A validated order in the form a registrar transport sends it: the domain in both forms, the
/// period, contacts, nameservers, add-ons and the registry parameters of the fields that apply.
/// Only a TLD's Build method creates one, after validation passed.
/// </summary>
public sealed class DomainCommand
{
    /// <summary>Creates a command; called by generated builders.</summary>
    public DomainCommand(
        DomainOperation operation,
        string tld,
        string domainAscii,
        string domainUnicode,
        int years,
        DateOnly? expiresOn,
        string? authCode,
        IReadOnlyList<string> nameservers,
        ContactSet contacts,
        AddOns addOns,
        IReadOnlyList<RegistryParameter> registryParameters)
    {
        Operation = operation;
        Tld = tld;
        DomainAscii = domainAscii;
        DomainUnicode = domainUnicode;
        Years = years;
        ExpiresOn = expiresOn;
        AuthCode = authCode;
        Nameservers = nameservers;
        Contacts = contacts;
        AddOns = addOns;
        RegistryParameters = registryParameters;
    }

    /// <summary>Operation.</summary>
    public DomainOperation Operation { get; }
    /// <summary>The catalog TLD (ASCII) that validated the order.</summary>
    public string Tld { get; }
    /// <summary>Domain as A-label (xn--fuball-cta.de).</summary>
    public string DomainAscii { get; }
    /// <summary>Domain as U-label (fußball.de).</summary>
    public string DomainUnicode { get; }
    /// <summary>Period in years (0 for owner changes).</summary>
    public int Years { get; }
    /// <summary>Current expiry (renewals).</summary>
    public DateOnly? ExpiresOn { get; }
    /// <summary>Auth code (transfers).</summary>
    public string? AuthCode { get; }
    /// <summary>Nameservers in ASCII, lower case.</summary>
    public IReadOnlyList<string> Nameservers { get; }
    /// <summary>Contacts.</summary>
    public ContactSet Contacts { get; }
    /// <summary>Add-ons.</summary>
    public AddOns AddOns { get; }
    /// <summary>Registry parameters (X-CA-LEGAL-TYPE = CCO) of the fields that apply to the operation.</summary>
    public IReadOnlyList<RegistryParameter> RegistryParameters { get; }

    /// <summary>Redacts the auth code so commands can be logged.</summary>
    public override string ToString() =>
        $"{Operation} {DomainAscii} ({DomainUnicode}) {Years}y, {RegistryParameters.Count} registry parameter(s){(AuthCode is null ? "" : ", auth code ***")}";
}

/// <summary>A registry parameter: its registry name, the value sent, and the field it came from.</summary>
/// <param name="Name">Registry parameter name (X-CA-LEGAL-TYPE).</param>
/// <param name="Value">Value sent to the registry.</param>
/// <param name="FieldName">Stable name of the field (legalType), to map registry errors back.</param>
public sealed record RegistryParameter(string Name, string Value, string FieldName);

/// <summary>Either a command or the reasons there is none.</summary>
public readonly struct BuildResult
{
    private BuildResult(DomainCommand? command, Validation.ValidationResult validation)
    {
        Command = command;
        Validation = validation;
    }

    /// <summary>The command, when the order was valid.</summary>
    public DomainCommand? Command { get; }
    /// <summary>The validation result (valid when <see cref="Command"/> is set).</summary>
    public Validation.ValidationResult Validation { get; }
    /// <summary>True when a command was built; the compiler then knows <see cref="Command"/> is not null.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Command))]
    public bool Succeeded => Command is not null;

    /// <summary>A successful build.</summary>
    public static BuildResult Success(DomainCommand command) => new(command, default);
    /// <summary>A failed build.</summary>
    public static BuildResult Failure(Validation.ValidationResult validation) => new(null, validation);
}
