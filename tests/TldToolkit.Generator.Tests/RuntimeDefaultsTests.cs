using TldToolkit.Fields;
using TldToolkit.Orders;
using TldToolkit.Rules;
using TldToolkit.Text;

namespace TldToolkit.Generator.Tests;

/// <summary>
/// The emitter leaves out object-initializer lines whose value is the runtime property's default
/// (TldEmitter.Init). These are the defaults it assumes; if one changes in the runtime, generated
/// code would silently change meaning, so this test fails first.
/// </summary>
public class RuntimeDefaultsTests
{
    [Fact]
    public void Rule_defaults_are_what_the_emitter_assumes()
    {
        var rules = new TldRules
        {
            Tld = "x", UnicodeTld = "x",
            Terms = new TermRules { Register = [1], Renew = [1] },
            Renewal = new RenewalRules(), Transfer = new TransferRules(), AddOns = new AddOnRules(),
            Labels = new LabelRules(), Nameservers = new NameserverRules(), Contacts = new ContactRules(), Lifecycle = new LifecycleRules(),
        };
        Assert.Empty(rules.Aliases);
        Assert.Equal(TldKind.Generic, rules.Kind);
        Assert.Equal("", rules.RegistryOperator);
        Assert.Null(rules.DisplayName);
        Assert.Empty(rules.Sources);

        Assert.Empty(rules.Terms.Transfer);
        Assert.False(rules.Terms.TransferAddsYear);
        Assert.Empty(rules.Terms.Restore);

        Assert.True(rules.Renewal.Explicit);
        Assert.Null(rules.Renewal.WindowDaysBeforeExpiry);
        Assert.Equal(10, rules.Renewal.MaxHorizonYears);

        Assert.True(rules.Transfer.Supported);
        Assert.False(rules.Transfer.AuthCodeRequired);
        Assert.Null(rules.Transfer.AuthCodePattern);
        Assert.Null(rules.Transfer.LockDaysAfterRegistration);
        Assert.Null(rules.Transfer.LockDaysAfterTransfer);
        Assert.False(rules.Transfer.AdditionalFieldsApply);

        Assert.False(rules.AddOns.IdProtection || rules.AddOns.RegistrarLock || rules.AddOns.Dnssec
            || rules.AddOns.FreePrivacyForIndividuals || rules.AddOns.TrusteeService);

        Assert.Equal(1, rules.Labels.MinLength);
        Assert.Equal(63, rules.Labels.MaxLength);
        var idn = new IdnRules();
        Assert.False(idn.Supported);
        Assert.Equal(IdnMode.Uts46Nontransitional, idn.Mode);
        Assert.Empty(idn.Scripts);
        Assert.Null(idn.LanguageTable);
        Assert.Empty(idn.Ranges);
        Assert.False(idn.LanguageTagRequired);
        Assert.True(idn.MixedScriptsAllowed);

        Assert.Equal(0, rules.Nameservers.Min);
        Assert.Equal(13, rules.Nameservers.Max);

        Assert.Empty(rules.Contacts.RegistrantCountries);
        Assert.Empty(rules.Contacts.Formats);
        var format = new ContactFormatRule { Property = "p" };
        Assert.False(format.Required);
        Assert.Null(format.RequiredWhen);
        Assert.Null(format.Pattern);
        Assert.Null(format.MaxLength);
        Assert.Null(format.Validator);

        Assert.Null(rules.Lifecycle.AddGracePeriodDays);
        Assert.Null(rules.Lifecycle.AutoRenewGracePeriodDays);
        Assert.Null(rules.Lifecycle.RedemptionPeriodDays);
        Assert.Null(rules.Lifecycle.PendingDeleteDays);
        Assert.False(rules.Lifecycle.AsyncRegistration);
    }

    [Fact]
    public void Field_descriptor_defaults_are_what_the_emitter_assumes()
    {
        var field = new FieldDescriptor { Name = "x", Label = new LocalizedText("X") };
        Assert.Null(field.RegistryName);
        Assert.Equal(FieldType.Text, field.Type);
        Assert.Equal(SelectDisplay.Dropdown, field.Display);
        Assert.Null(field.Description);
        Assert.Empty(field.Options);
        Assert.False(field.Required);
        Assert.Null(field.RequiredWhen);
        Assert.False(field.MustBeChecked);
        Assert.Null(field.MustBeCheckedWhen);
        Assert.Equal("1", field.CheckedValue);
        Assert.Equal("0", field.UncheckedValue);
        Assert.Null(field.Pattern);
        Assert.Null(field.MinLength);
        Assert.Null(field.MaxLength);
        Assert.Null(field.Validator);
        Assert.Null(field.Default);
        Assert.Equal(PrefillSource.None, field.Prefill);
        Assert.Null(field.PrefillCustomField);
        Assert.Equal(FieldOperations.None, field.Operations);
    }
}
