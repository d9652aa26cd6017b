using TldToolkit.BuiltIn;
using TldToolkit.Orders;
using TldToolkit.Validation;

namespace TldToolkit.Catalog.Tests;

/// <summary>
/// The re-audit of the eleven original TLD files (issue 17, part 1, 2026-12-04). Each test is an order the
/// old data judged wrongly, now judged as the registry does; the comment names the registry text followed.
/// Orders are deliberately partial where only one rule is looked at.
/// </summary>
public class AuditTests
{
    private static Contact Person(string country, RegistrantType type = RegistrantType.Individual, string? organization = null, string? vatId = null) => new()
    {
        Type = type,
        FirstName = "Alex",
        LastName = "Martin",
        Organization = organization,
        Street = ["1 Main Street"],
        City = "Town",
        PostalCode = "12345",
        Country = country,
        Email = "alex@example.org",
        Phone = "+45.33125678",
        VatId = vatId,
    };

    private static DomainOrder Register(string domain, ContactSet contacts, Dictionary<string, string?> fields, int years = 1) => new()
    {
        Operation = DomainOperation.Register,
        Domain = domain,
        Years = years,
        Nameservers = ["ns1.example.net", "ns2.example.net"],
        Contacts = contacts,
        Fields = fields,
    };

    private static IEnumerable<string> Codes(ValidationResult result) => result.Errors.Select(e => e.Code + "@" + e.Path);

    private static void AssertValid(ValidationResult result) => Assert.True(result.IsValid, string.Join("; ", result.Errors));

    // ---- .dk: Punktum dk EPP service specification (README.md 5.3.1), create contact, "CVR / Vat Number Indication";
    //      create domain (registrar-managed only, 2306 for other contacts); renew domain; DNSSEC; dkhm:EAN.

    private static Dictionary<string, string?> DkFields(string userType, string? vat = null) => new()
    {
        ["userType"] = userType,
        ["registrantVatId"] = vat,
        ["punktumAgreement"] = "true",
    };

    [Fact]
    public void Dk_company_outside_denmark_needs_no_vat_number()
    {
        // Punktum: CVR/VAT mandatory only for company/public organisation/association with a Danish address;
        // optional in the EU/EEA and outside. The old data required it (field and contact format) from every organisation.
        var german = Person("DE", RegistrantType.Organization, "Beispiel GmbH");
        AssertValid(Tlds.Catalog.Validate(Register("beispiel.dk", new ContactSet { Registrant = german }, DkFields("company"))));
        var american = Person("US", RegistrantType.Organization, "Example Inc.");
        AssertValid(Tlds.Catalog.Validate(Register("example-inc.dk", new ContactSet { Registrant = american }, DkFields("association"))));
    }

    [Fact]
    public void Dk_german_company_with_its_german_vat_number_is_not_put_through_the_cvr_check()
    {
        // Punktum accepts an EU VAT number for VAT handling; the old data ran dkCvr on every contact's VAT number.
        var german = Person("DE", RegistrantType.Organization, "Beispiel GmbH", vatId: "DE136695976");
        AssertValid(Tlds.Catalog.Validate(Register("beispiel.dk", new ContactSet { Registrant = german }, DkFields("company", "DE136695976"))));
    }

    [Fact]
    public void Dk_danish_company_still_needs_its_cvr_number()
    {
        // Punktum: mandatory for a Danish company ("has to be specified").
        var dane = Person("DK", RegistrantType.Organization, "Hygge Design ApS");
        var result = Tlds.Catalog.Validate(Register("hygge.dk", new ContactSet { Registrant = dane }, DkFields("company")));
        Assert.Contains(ErrorCodes.FieldRequired + "@fields.registrantVatId", Codes(result));
        Assert.Contains(ErrorCodes.ContactPropertyRequired + "@contacts.registrant.vatId", Codes(result));
    }

    [Fact]
    public void Dk_registration_needs_only_the_registrant()
    {
        // Punktum: create domain is registrar-managed only, and any contact besides the registrant is refused (2306).
        var dane = Person("DK");
        AssertValid(Tlds.Catalog.Validate(Register("smoerrebroed.dk", new ContactSet { Registrant = dane }, DkFields("individual"))));
        Assert.Equal([ContactRole.Registrant], Tlds.Catalog.Find("dk")!.Rules.Contacts.RequiredRoles);
    }

    [Fact]
    public void Dk_association_needs_no_ean_number()
    {
        // Punktum dkhm:EAN: only relevant for Danish public entities and irrelevant for registrar-managed contacts.
        AssertValid(Tlds.Catalog.Validate(Register("foreningen-hygge.dk", new ContactSet { Registrant = Person("DK", RegistrantType.Organization, "Foreningen Hygge", vatId: "24210375") }, DkFields("association", "24210375"))));
    }

    [Fact]
    public void Dk_rules_carry_dnssec_and_punktum_renewal_window()
    {
        // Punktum EPP: DS records accepted (RFC 5910); renew only two months before expiry, one year (5.3.0, 1 July 2026).
        var rules = Tlds.Catalog.Find("dk")!.Rules;
        Assert.True(rules.AddOns.Dnssec);
        Assert.False(rules.AddOns.RegistrarLock);
        Assert.Equal(61, rules.Renewal.WindowDaysBeforeExpiry);
        Assert.Equal([1], rules.Terms.Renew);
    }

    [Fact]
    public void Dk_builder_sends_no_undocumented_parameter_names()
    {
        // X-DK-REGISTRANT-USERTYPE and X-DK-REGISTRANT-EAN were our placeholders; HEXONET's AddDomain documents neither.
        var fields = Tlds.Catalog.Find("dk")!.Fields;
        Assert.Null(fields.Single(f => f.Name == "userType").RegistryName);
        Assert.Null(fields.Single(f => f.Name == "eanNumber").RegistryName);
    }

    // ---- .swiss: HEXONET API documentation history (ADDDOMAIN.md, commit f4d056b, 17 April 2024: X-SWISS-UID,
    //      X-SWISS-OWNER-TYPE); revised Ordinance on Internet Domains (2024): Swiss nationals abroad admitted.

    private static ContactSet Same(Contact c) => new() { Registrant = c, Admin = c, Tech = c };

    [Fact]
    public void Swiss_national_living_abroad_may_apply_after_declaring_it()
    {
        // OID as revised in 2024 (OFCOM): Swiss nationals abroad are eligible, for private or charitable use.
        // The old data (registrantCountries [CH]) refused every registrant outside Switzerland.
        var abroad = Person("DE");
        var fields = new Dictionary<string, string?> { ["intendedUse"] = "Personal website of a Swiss citizen living in Berlin.", ["swissNationalAbroad"] = "true" };
        AssertValid(Tlds.Catalog.Validate(Register("martin.swiss", Same(abroad), fields)));

        fields["swissNationalAbroad"] = null;
        var result = Tlds.Catalog.Validate(Register("martin.swiss", Same(abroad), fields));
        Assert.Equal([ErrorCodes.FieldAgreementRequired + "@fields.swissNationalAbroad"], Codes(result));
    }

    [Fact]
    public void Swiss_resident_needs_no_nationality_declaration()
    {
        var resident = Person("CH");
        var fields = new Dictionary<string, string?> { ["intendedUse"] = "Personal website of a Zurich resident." };
        AssertValid(Tlds.Catalog.Validate(Register("martin.swiss", Same(resident), fields)));
    }

    [Fact]
    public void Swiss_uid_is_sent_under_the_renamed_parameter_with_the_owner_type()
    {
        var company = Person("CH", RegistrantType.Organization, "Uhrenmanufaktur Berger AG");
        var fields = new Dictionary<string, string?>
        {
            ["enterpriseId"] = "CHE-123.456.788",
            ["ownerType"] = "organization",
            ["intendedUse"] = "Website of our watch manufactory, whose trade name is the domain name.",
        };
        var build = Tlds.Catalog.Build(Register("berger.swiss", Same(company), fields));
        Assert.True(build.Succeeded, string.Join("; ", build.Validation.Errors));
        var parameters = build.Command!.RegistryParameters.ToDictionary(p => p.Name, p => p.Value);
        Assert.Equal("CHE-123.456.788", parameters["X-SWISS-UID"]);
        Assert.Equal("O", parameters["X-SWISS-OWNER-TYPE"]);
        Assert.False(parameters.ContainsKey("X-SWISS-REGISTRANT-ENTERPRISE-ID"));
    }

    // ---- .fr (and .pm .re .tf .wf .yt): HEXONET AddDomain (X-AFNIC-ACCEPT-TRUSTEE-TAC, per-extension X-RE-... flags,
    //      X-FR-WALDEC); Afnic's EPP contact extension (frnic:asso = waldec, or decl + publ) as implemented by Net::DRI.

    private static bool Has(ValidationResult result, string code, string path) => result.Errors.Any(e => e.Code == code && e.Path == path);

    [Fact]
    public void Fr_holder_outside_the_eligible_countries_passes_with_the_trustee_service()
    {
        // The old registrantCountries list refused the holder on country even with the trustee ticked.
        var result = Tlds.Catalog.Validate(Register("boulangerie.fr", new ContactSet { Registrant = Person("US"), Tech = Person("US") },
            new() { ["legalType"] = "individual", ["trusteeService"] = "true" }));
        AssertValid(result);
    }

    [Fact]
    public void Fr_association_identified_by_its_waldec_number_needs_no_journal_officiel_dates()
    {
        var association = Person("FR", RegistrantType.Organization, "Association des Amis du Pain");
        var fields = new Dictionary<string, string?> { ["legalType"] = "associationWaldec", ["waldecNumber"] = "W751234567" };
        AssertValid(Tlds.Catalog.Validate(Register("amis-du-pain.fr", new ContactSet { Registrant = association, Tech = association }, fields)));
        fields["waldecNumber"] = null;
        Assert.Contains(ErrorCodes.FieldRequired + "@fields.waldecNumber", Codes(Tlds.Catalog.Validate(Register("amis-du-pain.fr", new ContactSet { Registrant = association, Tech = association }, fields))));
    }

    [Fact]
    public void Re_order_sends_the_registry_wide_trustee_flag_and_no_placeholder()
    {
        var build = Tlds.Catalog.Build(Register("case-creole.re", new ContactSet { Registrant = Person("US"), Tech = Person("US") },
            new() { ["legalType"] = "individual", ["trusteeService"] = "true" }));
        Assert.True(build.Succeeded, string.Join("; ", build.Validation.Errors));
        var names = build.Command!.RegistryParameters.Select(p => p.Name).ToList();
        Assert.Contains("X-AFNIC-ACCEPT-TRUSTEE-TAC", names);
        Assert.DoesNotContain("X-FR-ACCEPT-TRUSTEE-TAC", names);       // the .fr-only flag
        Assert.DoesNotContain("X-FR-REGISTRANT-LEGAL-TYPE", names);    // never documented by HEXONET
    }

    // ---- .eu: HEXONET AddDomain X-EU-REGISTRANT-CITIZENSHIP (is, li, no added November 2021) and X-EU-ACCEPT-TRUSTEE-TAC;
    //      Regulation (EU) 2019/517 eligibility as summarised by Netim: EU citizens wherever they live.

    private static ContactSet RegistrantAndTech(Contact c) => new() { Registrant = c, Tech = c };

    [Theory]
    [InlineData("DE")]
    [InlineData("NO")]   // added by HEXONET in 2021
    public void Eu_citizen_living_outside_the_eea_may_register_with_a_citizenship(string citizenship)
    {
        // The old registrantCountries list refused every registrant outside the EU/EEA, citizenship or not.
        var result = Tlds.Catalog.Validate(Register("anna-schmidt.eu", RegistrantAndTech(Person("US")), new() { ["citizenship"] = citizenship }));
        AssertValid(result);
    }

    [Fact]
    public void Eu_registrant_outside_the_eea_needs_citizenship_or_the_trustee()
    {
        var person = Tlds.Catalog.Validate(Register("alex-rivera.eu", RegistrantAndTech(Person("US")), new()));
        Assert.Contains(ErrorCodes.FieldRequired + "@fields.citizenship", Codes(person));
        AssertValid(Tlds.Catalog.Validate(Register("alex-rivera.eu", RegistrantAndTech(Person("US")), new() { ["trusteeService"] = "true" })));

        var company = Person("US", RegistrantType.Organization, "Example Inc.");
        Assert.True(Has(Tlds.Catalog.Validate(Register("example-inc.eu", RegistrantAndTech(company), new())), ErrorCodes.FieldAgreementRequired, "fields.trusteeService"));
        AssertValid(Tlds.Catalog.Validate(Register("example-inc.eu", RegistrantAndTech(company), new() { ["trusteeService"] = "true" })));
    }

    // ---- .it: HEXONET AddDomain / TransferDomain X-IT-ACCEPT-TRUSTEE-TAC and X-IT-NATIONALITY; Registro .it eligibility
    //      (EEA, Switzerland, San Marino, Vatican: citizenship, residence or seat).

    private static Dictionary<string, string?> ItFields(string entityType) => new()
    {
        ["entityType"] = entityType,
        ["acceptLiability"] = "true",
        ["acceptDiffusion"] = "true",
        ["acceptExplicit"] = "true",
    };

    private static ContactSet AllRoles(Contact c) => new() { Registrant = c, Admin = c, Tech = c };

    [Fact]
    public void It_citizen_of_an_eligible_country_living_elsewhere_may_register_with_the_nationality()
    {
        // The old registrantCountries list refused the person on country although the nationality field exists for this case.
        var fields = ItFields("1");
        fields["nationality"] = "IT";
        AssertValid(Tlds.Catalog.Validate(Register("pizzeria-mario.it", AllRoles(Person("US")), fields)));
    }

    [Fact]
    public void It_organisation_outside_the_eligible_countries_passes_with_the_trustee_service()
    {
        var company = Person("US", RegistrantType.Organization, "Example Inc.");
        var fields = ItFields("7");
        fields["euVatNumber"] = null;
        fields["consentForPublishing"] = "true";
        var without = Tlds.Catalog.Validate(Register("example-inc.it", AllRoles(company), fields));
        Assert.True(Has(without, ErrorCodes.FieldAgreementRequired, "fields.trusteeService"));
        Assert.False(Has(without, ErrorCodes.RegistrantCountryNotAllowed, "contacts.registrant.country"));
        fields["trusteeService"] = "true";
        var with = Tlds.Catalog.Validate(Register("example-inc.it", AllRoles(company), fields));
        Assert.False(Has(with, ErrorCodes.FieldAgreementRequired, "fields.trusteeService"));
        Assert.False(Has(with, ErrorCodes.RegistrantCountryNotAllowed, "contacts.registrant.country"));
    }

    // ---- com.au: HEXONET's API documentation has only X-AU-REGISTRANT-ID-TYPE and X-AU-REGISTRANT-ID-NUMBER for .au orders.

    [Fact]
    public void Com_au_order_sends_only_documented_parameters()
    {
        var company = Person("AU", RegistrantType.Organization, "Kookaburra Coffee Pty Ltd");
        var fields = new Dictionary<string, string?>
        {
            ["eligibilityType"] = "company",
            ["idType"] = "ABN",
            ["abn"] = "51 824 753 556",
            ["policyReason"] = "exactMatch",
            ["eligibilityDeclaration"] = "true",
        };
        var build = Tlds.Catalog.Build(Register("kookaburra-coffee.com.au", AllRoles(company), fields));
        Assert.True(build.Succeeded, string.Join("; ", build.Validation.Errors));
        var names = build.Command!.RegistryParameters.Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal).ToList();
        Assert.Equal(["X-AU-REGISTRANT-ID-NUMBER", "X-AU-REGISTRANT-ID-TYPE"], names);   // no X-AU-ELIGIBILITY-TYPE, X-AU-POLICY-REASON …
    }

    // ---- .com: .com Registry Agreement (1 December 2012), Appendix 6 section B: all single-character labels reserved.

    [Fact]
    public void Com_single_character_name_is_refused()
    {
        var contacts = new ContactSet { Registrant = Person("US") };
        var single = Tlds.Catalog.Validate(Register("a.com", contacts, new()));
        Assert.Contains(single.Errors, e => e.Code == ErrorCodes.LabelTooShort);
        Assert.DoesNotContain(Tlds.Catalog.Validate(Register("ab.com", contacts, new())).Errors, e => e.Code == ErrorCodes.LabelTooShort);
    }

    // ---- .tm: NIC.TM's registration instructions: names of two characters or digits are not allowed.

    [Fact]
    public void Tm_two_character_name_is_refused()
    {
        var contacts = new ContactSet { Registrant = Person("TM"), Admin = Person("TM"), Tech = Person("TM"), Billing = Person("TM") };
        Assert.Contains(Tlds.Catalog.Validate(Register("ab.tm", contacts, new())).Errors, e => e.Code == ErrorCodes.LabelTooShort);
        Assert.DoesNotContain(Tlds.Catalog.Validate(Register("abc.tm", contacts, new())).Errors, e => e.Code == ErrorCodes.LabelTooShort);
    }

    // ---- .ca: the name-server maximum of 6 had no source; HEXONET's .CA registry data sheet gives 0 to 13.

    [Fact]
    public void Ca_order_with_seven_name_servers_is_not_refused()
    {
        var valid = CaTestData.RegisterOrder();
        var order = new DomainOrder
        {
            Operation = valid.Operation,
            Domain = valid.Domain,
            Years = valid.Years,
            Contacts = valid.Contacts,
            Fields = valid.Fields,
            Nameservers = Enumerable.Range(1, 7).Select(i => $"ns{i}.example.net").ToList(),
        };
        var result = Tlds.Catalog.Validate(order);
        Assert.DoesNotContain(result.Errors, e => e.Code == ErrorCodes.NameserversTooMany);
        Assert.Equal(13, Tlds.Catalog.Find("ca")!.Rules.Nameservers.Max);
    }
}
