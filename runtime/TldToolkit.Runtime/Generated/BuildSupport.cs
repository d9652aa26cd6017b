using System.ComponentModel;
using TldToolkit.Fields;
using TldToolkit.Orders;
using TldToolkit.Rules;

namespace TldToolkit.Generated;

/// <summary>
/// Everything generated TLD code calls in the runtime besides the data types and base classes, in one place (as
/// System.Text.Json keeps its <c>JsonMetadataServices</c>). Public only because generated code lives in the
/// consumer's assembly; hidden from completion and not for application code: these members change with the
/// generator that emits the calls, and both ship in the same package.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class BuildSupport
{
    /// <summary>
    /// The order value of the option at <paramref name="index"/> of a select field (a generated enum member's value is
    /// its index); an index outside the options gives the number itself, as an undefined enum value would print.
    /// </summary>
    public static string OptionValue(FieldDescriptor field, int index) =>
        index >= 0 && index < field.Options.Count ? field.Options[index].Value : index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>True when an order for <paramref name="operation"/> may carry the field <paramref name="name"/> (case-sensitive).</summary>
    public static bool FieldAppliesTo(IReadOnlyList<FieldDescriptor> fields, string name, DomainOperation operation) =>
        Validation.RulesEngine.FieldAppliesTo(fields, name, operation);

    /// <summary>
    /// The rules of a shared template of profile facts for one TLD: its identity and sources, the template's
    /// sections, facts and dated changes. Generated code of TLD files that state no facts of their own calls this.
    /// </summary>
    public static TldRules DeriveRules(TldRules template, string tld, string unicodeTld, IReadOnlyList<string>? aliases, TldKind kind,
        string registryOperator, string? displayName, TldCoverage coverage, string? closedReason, IReadOnlyList<RuleSource>? sources)
    {
        var changes = template.Changes;
        var derived = new DatedRules[changes.Count];
        for (int i = 0; i < derived.Length; i++)
            derived[i] = new DatedRules(changes[i].Effective, DeriveRules(changes[i].Rules, tld, unicodeTld, aliases, kind, registryOperator, displayName, coverage, closedReason, sources));
        return new TldRules
        {
            Tld = tld,
            UnicodeTld = unicodeTld,
            Aliases = aliases ?? [],
            Kind = kind,
            RegistryOperator = registryOperator,
            DisplayName = displayName,
            Coverage = coverage,
            ClosedReason = closedReason,
            Sources = sources ?? [],
            Terms = template.Terms,
            Renewal = template.Renewal,
            Transfer = template.Transfer,
            AddOns = template.AddOns,
            Labels = template.Labels,
            Nameservers = template.Nameservers,
            Contacts = template.Contacts,
            Lifecycle = template.Lifecycle,
            Facts = template.Facts,
            Changes = derived,
        };
    }

    /// <summary>
    /// Reads the compact list of fact origins generated code writes: groups separated by ';', each
    /// <c>profile|sources|path path …</c> (an empty profile is the TLD file itself), so a fact's origin costs its path
    /// and a space, not a constructor call.
    /// </summary>
    public static RuleFact[] ParseFacts(string list)
    {
        var facts = new List<RuleFact>();
        foreach (var group in list.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = group.Split('|');
            if (parts.Length != 3) continue;
            var profile = parts[0].Length == 0 ? null : parts[0];
            foreach (var path in parts[2].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                facts.Add(new RuleFact(path, profile, parts[1]));
        }
        return facts.ToArray();
    }
}
