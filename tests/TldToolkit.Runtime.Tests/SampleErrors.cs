using System.Reflection;
using TldToolkit.Text;
using TldToolkit.Validation;

namespace TldToolkit.Runtime.Tests;

/// <summary>Every error code with realistic arguments, and bare, as checks and the domain work produce them.</summary>
internal static class SampleErrors
{
    public static readonly LocalizedText LegalType = new("Legal type", de: "Rechtsform", fr: "Type juridique", ar: "الصفة القانونية");

    public static readonly LocalizedText[] LegalTypeOptions =
    [
        new("Canadian citizen", de: "Kanadischer Staatsbürger", fr: "Citoyen canadien", ar: "مواطن كندي"),
        new("Canadian corporation", de: "Kanadische Kapitalgesellschaft", fr: "Société canadienne", ar: "شركة كندية"),
    ];

    public static IReadOnlyList<string> AllCodes { get; } = typeof(ErrorCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    public static readonly DateOnly Today = new(2026, 12, 29);

    /// <summary>A typical error of the code, with the arguments its producer sets.</summary>
    public static ValidationError Rich(string code) => code switch
    {
        ErrorCodes.TldNotSupported => new(code, "domain", arguments: new ErrorArguments { Value = "example.invalid" }),
        ErrorCodes.TldClosed => new(code, "domain", arguments: new ErrorArguments { Value = ".example", Detail = "brand" }),
        ErrorCodes.DomainInvalid => new(code, "domain", arguments: new ErrorArguments { Value = "exa mple.ca", Detail = "space" }),
        ErrorCodes.DomainNotRegistrable => new(code, "domain", arguments: new ErrorArguments { Value = "shop.example.com.au" }),
        ErrorCodes.LabelTooShort => new(code, "domain", arguments: new ErrorArguments { Min = 2, Actual = 1 }),
        ErrorCodes.LabelTooLong => new(code, "domain", arguments: new ErrorArguments { Max = 63, Actual = 70 }),
        ErrorCodes.DomainTooLong => new(code, "domain", arguments: new ErrorArguments { Max = 253, Actual = 260 }),
        ErrorCodes.LabelInvalidCharacter => new(code, "domain", arguments: new ErrorArguments { Value = "_" }),
        ErrorCodes.IdnInvalid => new(code, "domain", arguments: new ErrorArguments { Value = "xn--a.ca", Detail = "Punycode" }),
        ErrorCodes.IdnCharacterNotAllowed => new(code, "domain", arguments: new ErrorArguments { Value = "ß", Detail = "U+00DF" }),
        ErrorCodes.IdnMixedScripts => new(code, "domain", arguments: new ErrorArguments { Detail = "Latn+Cyrl" }),
        ErrorCodes.OperationNotSupported => new(code, "operation", arguments: new ErrorArguments { Value = "transfer" }),
        ErrorCodes.TermNotAllowed => new(code, "years", arguments: new ErrorArguments { Actual = 3, AllowedNumbers = [1, 2, 5] }),
        ErrorCodes.RenewalTooEarly => new(code, "expiresOn", arguments: new ErrorArguments { Date = new DateOnly(2027, 3, 1), Days = 60, Today = Today }),
        ErrorCodes.RenewalBeyondHorizon => new(code, "years", arguments: new ErrorArguments { Actual = 5, Max = 10, Date = new DateOnly(2036, 12, 29), Today = Today }),
        ErrorCodes.AuthCodeInvalid => new(code, "authCode", arguments: new ErrorArguments { Detail = "^[A-Za-z0-9]{8,16}$", Reason = ErrorReasons.Pattern }),
        ErrorCodes.NameserversTooFew => new(code, "nameservers", arguments: new ErrorArguments { Actual = 1, Min = 2, Max = 13 }),
        ErrorCodes.NameserversTooMany => new(code, "nameservers", arguments: new ErrorArguments { Actual = 14, Min = 2, Max = 13 }),
        ErrorCodes.NameserverInvalid => new(code, "nameservers[2]", arguments: new ErrorArguments { Value = "ns1..example.net" }),
        ErrorCodes.NameserverDuplicate => new(code, "nameservers[1]", arguments: new ErrorArguments { Value = "ns1.example.net" }),
        ErrorCodes.ContactRequired => new(code, "contacts.admin"),
        ErrorCodes.RegistrantTypeNotAllowed => new(code, "contacts.registrant.type", arguments: new ErrorArguments { Value = "individual", AllowedValues = ["organization"] }),
        ErrorCodes.RegistrantCountryNotAllowed => new(code, "contacts.registrant.country", arguments: new ErrorArguments { Value = "DE", AllowedValues = ["CA", "US"] }),
        ErrorCodes.ContactPropertyRequired => new(code, "contacts.registrant.email"),
        ErrorCodes.ContactPropertyInvalid => new(code, "contacts.tech.phone", arguments: new ErrorArguments { Value = "555-1234", Detail = "+CC.NNNN", Reason = ErrorReasons.Phone }),
        ErrorCodes.FieldRequired => new(code, "fields.legalType", LegalType),
        ErrorCodes.FieldOptionInvalid => new(code, "fields.legalType", LegalType, new ErrorArguments { Value = "XYZ", AllowedValues = ["CCT", "CCO"], AllowedLabels = LegalTypeOptions }),
        ErrorCodes.FieldInvalid => new(code, "fields.legalType", LegalType, new ErrorArguments { Value = "AB", Min = 3, Max = 10, Actual = 2, Reason = ErrorReasons.TooShort }),
        ErrorCodes.FieldAgreementRequired => new(code, "fields.ciraAgreement", new LocalizedText("I accept the CIRA registrant agreement", de: "Ich akzeptiere die CIRA-Registrantenvereinbarung", fr: "J'accepte la convention du titulaire de l'ACEI", ar: "أوافق على اتفاقية المسجّل لدى CIRA")),
        ErrorCodes.FieldUnknown => new(code, "fields.colour", arguments: new ErrorArguments { Value = "colour" }),
        _ => new(code, code switch
        {
            ErrorCodes.ExpiryDateRequired => "expiresOn",
            ErrorCodes.AuthCodeRequired => "authCode",
            ErrorCodes.IdProtectionNotSupported => "addOns.idProtection",
            ErrorCodes.RegistrarLockNotSupported => "addOns.registrarLock",
            ErrorCodes.IdnLanguageRequired => "idnLanguage",
            _ => "domain",
        }),
    };

    /// <summary>The code with no arguments at all (as an application might construct it).</summary>
    public static ValidationError Bare(string code) => new(code, Rich(code).Path);

    /// <summary>The code on a TLD field with a label, whatever the code.</summary>
    public static ValidationError Labelled(string code) => new(code, "fields.legalType", LegalType, Rich(code).Arguments);
}
