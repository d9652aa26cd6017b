using System.ComponentModel;
using TldToolkit.Fields;
using TldToolkit.Orders;
using TldToolkit.Rules;

namespace TldToolkit.Generated;

/// <summary>
/// What generated TLD code calls in the runtime besides its data types (DataTld, TldTemplate, SourceTable) and base classes, in one place (as
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
}
