namespace TldToolkit.Validation;

/// <summary>
/// The named check-digit and format validators TLD data refers to by name ("swissUid", ...).
/// Generated code passes the method group matching the name as a Func&lt;string,bool&gt;.
/// </summary>
public static class CheckDigitValidators
{
    /// <summary>The validator names TLD data may use, mapped to their method.</summary>
    public static IReadOnlyDictionary<string, Func<string, bool>> ByName { get; } = new Dictionary<string, Func<string, bool>>(StringComparer.Ordinal)
    {
        ["swissUid"] = SwissUid,
        ["euVat"] = EuVat,
        ["dkCvr"] = DkCvr,
        ["itCodiceFiscale"] = ItCodiceFiscale,
        ["auAbn"] = AuAbn,
        ["auAcn"] = AuAcn,
    };

    /// <summary>Swiss enterprise ID (UID): "CHE" + 9 digits, the last a mod-11 check digit; separators '-', '.' and spaces allowed.</summary>
    public static bool SwissUid(string value) => throw new NotImplementedException("runtime validation work (issue 4)");
    /// <summary>VAT ID of an EU member state in its country's format (two-letter prefix, EL for Greece).</summary>
    public static bool EuVat(string value) => throw new NotImplementedException("runtime validation work (issue 4)");
    /// <summary>Danish CVR number: 8 digits with mod-11 check (optional "DK" prefix).</summary>
    public static bool DkCvr(string value) => throw new NotImplementedException("runtime validation work (issue 4)");
    /// <summary>Italian codice fiscale: 16 characters with check letter (persons) or 11 digits (entities, Luhn-like).</summary>
    public static bool ItCodiceFiscale(string value) => throw new NotImplementedException("runtime validation work (issue 4)");
    /// <summary>Australian Business Number: 11 digits, weighted mod-89.</summary>
    public static bool AuAbn(string value) => throw new NotImplementedException("runtime validation work (issue 4)");
    /// <summary>Australian Company Number: 9 digits, weighted check digit.</summary>
    public static bool AuAcn(string value) => throw new NotImplementedException("runtime validation work (issue 4)");
}
