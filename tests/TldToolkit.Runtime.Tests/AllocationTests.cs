using Microsoft.Extensions.Time.Testing;
using TldToolkit.BuiltIn;
using TldToolkit.Domains;
using TldToolkit.Orders;
using TldToolkit.Validation;

namespace TldToolkit.Runtime.Tests;

public class AllocationTests
{
    private static readonly DomainOrder Order = TestRules.ValidOrder();
    private static readonly ValidationContext Context = new(new FakeTimeProvider(TestRules.Now));

    // Regexes of this test alone: a Regex used by two threads at once builds a second runner (an allocation
    // that has nothing to do with the checks), and other tests use TestRules' regexes in parallel.
    private static readonly System.Text.RegularExpressions.Regex AuthCodePattern = Patterns.Create("[A-Za-z0-9]{8,16}");
    private static readonly System.Text.RegularExpressions.Regex PostalCodePattern = Patterns.Create("[A-Z][0-9][A-Z] ?[0-9][A-Z][0-9]");
    private static readonly System.Text.RegularExpressions.Regex TrademarkPattern = Patterns.Create("^(TMA)?[0-9]{6,7}$");

    // Everything a generated validator runs for a valid order, as it would call it (static arrays, static regexes, static delegates).
    private static void ValidateAll(DomainOrder order, ref ErrorCollector errors)
    {
        var rules = TestRules.Ca;
        OrderChecks.CheckTerm(order.Years, rules.Terms.For(order.Operation), ref errors);
        OrderChecks.CheckRenewal(order.ExpiresOn, 1, rules.Renewal, Context, ref errors);
        OrderChecks.CheckTransfer(order.AuthCode, rules.Transfer, AuthCodePattern, ref errors);
        OrderChecks.CheckAddOns(order.AddOns, rules.AddOns, ref errors);
        OrderChecks.CheckNameservers(order.Nameservers, rules.Nameservers, ref errors);
        OrderChecks.CheckContacts(order.Contacts, rules.Contacts, ref errors);
        ContactChecks.CheckContact(order.Contacts.Registrant, ContactRole.Registrant, ref errors);
        ContactChecks.CheckFormat(order.Contacts, TestRules.AllRoles, "postalCode", true, PostalCodePattern, 10, null, ref errors);
        ContactChecks.CheckFormat(order.Contacts, TestRules.AllRoles, "street", true, null, 64, null, ref errors);
        ContactChecks.CheckFormat(order.Contacts, TestRules.RegistrantOnly, "vatId", false, null, 30, TestRules.SwissUid, ref errors);
        ContactChecks.CheckFormat(order.Contacts, TestRules.RegistrantOnly, "fax", false, null, null, null, ref errors);

        var legalType = FieldChecks.Value(order, "legalType");
        if (FieldChecks.CheckRequired(legalType, TestRules.LegalTypeLabel, "fields.legalType", ref errors))
            FieldChecks.CheckOption(legalType!, TestRules.LegalTypes, TestRules.LegalTypeLabels, TestRules.LegalTypeLabel, "fields.legalType", ref errors);
        FieldChecks.CheckCheckbox(FieldChecks.Value(order, "ciraAgreement"), true, TestRules.AgreementLabel, "fields.ciraAgreement", ref errors);
        var trademark = FieldChecks.Value(order, "trademarkNumber");
        bool trademarkRequired = FieldChecks.ValueIn(legalType, TestRules.TrademarkTypes)
            && FieldChecks.IsChecked(FieldChecks.Value(order, "ciraAgreement"))
            && (FieldChecks.RegistrantIs(order, RegistrantType.Individual) || FieldChecks.RegistrantCountryIn(order, TestRules.NorthAmerica))
            && !FieldChecks.ValueNotIn(legalType, TestRules.TrademarkTypes);
        if ((!trademarkRequired || FieldChecks.CheckRequired(trademark, TestRules.TrademarkLabel, "fields.trademarkNumber", ref errors)) && trademark is not null)
            FieldChecks.CheckText(trademark, 6, 10, TrademarkPattern, null, TestRules.TrademarkLabel, "fields.trademarkNumber", ref errors);
        if (FieldChecks.Value(order, "uid") is { } uid)
            FieldChecks.CheckText(uid, null, 30, null, TestRules.SwissUid, TestRules.UidLabel, "fields.uid", ref errors);
        FieldChecks.CheckUnknown(order.Fields, order.Operation, TestRules.AppliesTo, ref errors);

        // The named validators on valid numbers, as CheckText calls them.
        _ = CheckDigitValidators.EuVat("DE 136 695 976") & CheckDigitValidators.EuVat("NL004495445B01") & CheckDigitValidators.EuVat("FR40303265045")
            & CheckDigitValidators.DkCvr("DK13585628") & CheckDigitValidators.ItCodiceFiscale("RSSMRA80A01H501U")
            & CheckDigitValidators.AuAbn("51 824 753 556") & CheckDigitValidators.AuAcn("004 085 616");
    }

    [Fact]
    public void Validating_a_valid_order_allocates_nothing()
    {
        var warm = new ErrorCollector();
        for (int i = 0; i < 50; i++) ValidateAll(Order, ref warm);
        Assert.False(warm.HasErrors, string.Join("\n", warm.ToResult().Errors));

        // Steady state: a pattern matched 16 times is recompiled on a pool thread and swapped in, and the swapped-in
        // regex allocates its backtracking stacks on its first real match, on whichever thread that is. So a measured
        // round may catch that one-time cost; a later round must allocate nothing (a per-order allocation fails every round).
        var errors = new ErrorCollector();
        var rounds = new List<long>();
        for (int round = 0; round < 5 && (rounds.Count == 0 || rounds[^1] != 0); round++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 100; i++) ValidateAll(Order, ref errors);
            rounds.Add(GC.GetAllocatedBytesForCurrentThread() - before);
            if (rounds[^1] != 0) Thread.Sleep(50);
        }

        Assert.False(errors.HasErrors);
        Assert.True(errors.ToResult().IsValid);
        Assert.True(rounds[^1] == 0, "bytes allocated per round of 100 valid orders: " + string.Join(", ", rounds));
    }

    // The valid IDN order of the order benchmark (de-idn-valid): a U-label typed in lower-case NFC.
    private static DomainOrder IdnOrder() => new()
    {
        Operation = DomainOperation.Register,
        Domain = "müller-bäckerei.de",
        Years = 1,
        Nameservers = ["ns1.example.net", "ns2.example.net"],
        Contacts = new ContactSet
        {
            Registrant = new Contact
            {
                Type = RegistrantType.Individual, FirstName = "Alex", LastName = "Sample", Street = ["1 Main Street"], City = "Springfield",
                PostalCode = "12345", Country = "DE", Email = "alex@example.net", Phone = "+49.3012345678",
            },
        },
        Fields = new Dictionary<string, string?>(StringComparer.Ordinal) { ["abuseContact"] = "mailto:abuse@example.net" },
    };

    [Fact]
    public void Validating_a_valid_idn_order_allocates_nothing()
    {
        var order = IdnOrder();
        var warm = Tlds.Catalog.Validate(order, Context);
        Assert.True(warm.IsValid, string.Join("\n", warm.Errors));
        for (int i = 0; i < 50; i++) Tlds.Catalog.Validate(order, Context);

        long before = GC.GetAllocatedBytesForCurrentThread();
        bool valid = true;
        for (int i = 0; i < 100; i++) valid &= Tlds.Catalog.Validate(order, Context).IsValid;
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(valid);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Building_a_valid_idn_order_still_gives_both_forms_of_the_name()
    {
        var order = IdnOrder();
        var built = Tlds.Catalog.Build(order, Context);
        Assert.True(built.Succeeded);
        Assert.Equal("xn--mller-bckerei-hfb76a.de", built.Command!.DomainAscii);
        Assert.Equal(new System.Globalization.IdnMapping().GetAscii(order.Domain), built.Command.DomainAscii);
        Assert.Same(order.Domain, built.Command.DomainUnicode);
    }

    [Fact]
    public void A_deferred_a_label_name_equals_the_same_name_held_as_strings()
    {
        var errors = new ErrorCollector();
        Assert.True(DomainChecks.CheckDomain("müller-bäckerei.de", Tlds.De.Rules, ref errors, out var name));
        var held = new DomainName("xn--mller-bckerei-hfb76a.de", "müller-bäckerei.de", "de");

        Assert.Equal("xn--mller-bckerei-hfb76a.de", name.Ascii);
        Assert.Equal(held.Ascii.Length, name.AsciiLength);
        Assert.Equal("xn--mller-bckerei-hfb76a", name.AsciiLabel.ToString());
        Assert.True(name == held);
        Assert.True(held.Equals(name));
        Assert.Equal(held.GetHashCode(), name.GetHashCode());
        Assert.False(name == held with { Ascii = "xn--mller-bckerei-hfb76b.de" });
        var (ascii, unicode, tld) = name;
        Assert.Equal(("xn--mller-bckerei-hfb76a.de", "müller-bäckerei.de", "de"), (ascii, unicode, tld));
        Assert.Equal("de", (name with { Ascii = "x.de" }).Tld);
        Assert.Equal("x.de", (name with { Ascii = "x.de" }).Ascii);
        Assert.Equal(0, default(DomainName).AsciiLength);
        Assert.Null(default(DomainName).Ascii);
    }
}
