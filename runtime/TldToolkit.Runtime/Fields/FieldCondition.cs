using TldToolkit.Orders;

namespace TldToolkit.Fields;

/// <summary>
/// A condition from TLD data, as a tree, for explanation and order-form schemas. The generated
/// validator compiles the same condition into C# instead of walking this tree.
/// </summary>
public abstract record FieldCondition;

/// <summary>Another field's value is one of <paramref name="Values"/> (or, with <paramref name="Negated"/>, has a value that is none of them).</summary>
public sealed record FieldValueCondition(string Field, IReadOnlyList<string> Values, bool Negated = false) : FieldCondition;

/// <summary>A checkbox field is (or is not) checked.</summary>
public sealed record FieldCheckedCondition(string Field, bool Checked) : FieldCondition;

/// <summary>The registrant is of <paramref name="Type"/>.</summary>
public sealed record RegistrantTypeCondition(RegistrantType Type) : FieldCondition;

/// <summary>The registrant's country is (or, negated, is not) one of <paramref name="Countries"/>.</summary>
public sealed record RegistrantCountryCondition(IReadOnlyList<string> Countries, bool Negated = false) : FieldCondition;

/// <summary>All conditions hold.</summary>
public sealed record AllOfCondition(IReadOnlyList<FieldCondition> Conditions) : FieldCondition;

/// <summary>At least one condition holds.</summary>
public sealed record AnyOfCondition(IReadOnlyList<FieldCondition> Conditions) : FieldCondition;

/// <summary>The condition does not hold.</summary>
public sealed record NotCondition(FieldCondition Condition) : FieldCondition;
