using TldToolkit.Commands;
using TldToolkit.Fields;
using TldToolkit.Orders;
using TldToolkit.Rules;
using TldToolkit.Validation;

namespace TldToolkit.Catalog;

/// <summary>
/// One TLD as the generator compiled it: its rules, its fields, and its straight-line validator.
/// Generated code implements it; applications reach it through a <see cref="TldCatalog"/>.
/// </summary>
public interface ITldDefinition
{
    /// <summary>Every rule of the TLD.</summary>
    TldRules Rules { get; }

    /// <summary>The additional fields, in file order.</summary>
    IReadOnlyList<FieldDescriptor> Fields { get; }

    /// <summary>Validates an order given as data (fields keyed by name), reporting every problem.</summary>
    ValidationResult Validate(DomainOrder order, ValidationContext context);

    /// <summary>
    /// Turns a valid order into the transport-neutral command, or returns the validation errors.
    /// An invalid order never yields a command.
    /// </summary>
    BuildResult Build(DomainOrder order, ValidationContext context);
}
