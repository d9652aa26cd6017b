using TldToolkit.Generator.Model;

namespace TldToolkit.Generator.Parsing;

/// <summary>
/// What the model holds for a fact no file and no profile states: a value the validator does not enforce
/// (no term list, no horizon, no auth code, any add-on, LDH lengths 1–63, IDNA without a repertoire, 0–13
/// nameservers, no contact requirement). <c>explain</c> tells these apart from stated facts by the facts'
/// origins (<see cref="FactModel"/>), not by their values.
/// </summary>
internal static class Unknown
{
    public static readonly TermsModel Terms = new TermsModel(EquatableArray<int>.Empty, EquatableArray<int>.Empty, EquatableArray<int>.Empty, false, EquatableArray<int>.Empty);

    /// <summary>Horizon 0: the validator checks no horizon.</summary>
    public static readonly RenewalModel Renewal = new RenewalModel(true, null, 0);

    public static readonly TransferModel Transfer = new TransferModel(true, false, null, null, null, false);

    /// <summary>ID protection, registrar lock and DNSSEC not refused; the registry services nobody stated are not claimed.</summary>
    public static readonly AddOnsModel AddOns = new AddOnsModel(true, true, true, false, false);

    /// <summary>IDNs accepted when they pass IDNA (UTS #46 nontransitional), in any script.</summary>
    public static readonly LabelsModel Labels = new LabelsModel(1, 63,
        new IdnModel(true, "uts46Nontransitional", EquatableArray<string>.Empty, null, EquatableArray<RangeModel>.Empty, false, true));

    public static readonly NameserversModel Nameservers = new NameserversModel(0, 13);

    public static readonly ContactsModel Contacts = new ContactsModel(EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<ContactFormatModel>.Empty);

    public static readonly LifecycleModel Lifecycle = new LifecycleModel(null, null, null, null, false);
}
