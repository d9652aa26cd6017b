using System.Globalization;

namespace TldToolkit.Client.Wire;

/// <summary>
/// One row of CheckDomains' DOMAINCHECK, "<c>CODE DESCRIPTION</c>" (CHECKDOMAINS.md): 210 available,
/// 211 not available, except that a premium name answers "211 Premium Domain name available [PREMIUM]":
/// not registered, but offered only at the registry's premium price (with its CLASS).
/// </summary>
public readonly record struct DomainCheck(int Code, string Text)
{
    /// <summary>Reads a DOMAINCHECK value; code 0 when it has none.</summary>
    public static DomainCheck Parse(string check)
    {
        var codeText = check.Length >= 3 ? check[..3] : check;
        int.TryParse(codeText, NumberStyles.None, CultureInfo.InvariantCulture, out var code);
        return new DomainCheck(code, check.Length > 4 ? check[4..].Trim() : check);
    }

    /// <summary>A 211 that says the name is available at a premium price.</summary>
    public bool IsPremium => Code == 211 && Text.Contains("premium", StringComparison.OrdinalIgnoreCase)
        && Text.Contains("available", StringComparison.OrdinalIgnoreCase) && !Text.Contains("not available", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when someone holds the name (211, not premium); false when nobody does (210, premium); null otherwise.</summary>
    public bool? IsRegistered => Code switch
    {
        210 => false,
        211 => !IsPremium,
        _ => null,
    };
}
