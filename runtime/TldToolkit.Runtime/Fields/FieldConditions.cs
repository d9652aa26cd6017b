using TldToolkit.Orders;
using TldToolkit.Validation;

namespace TldToolkit.Fields;

/// <summary>Evaluates a condition tree of the TLD data against an order (the one evaluator validation, explain and the sandbox share).</summary>
public static class FieldConditions
{
    /// <summary>True when <paramref name="condition"/> holds for <paramref name="order"/>; a null condition never holds.</summary>
    public static bool Holds(this FieldCondition? condition, DomainOrder order)
    {
        switch (condition)
        {
            case FieldValueCondition value:
                {
                    var actual = FieldChecks.Value(order, value.Field);
                    return value.Negated ? FieldChecks.ValueNotIn(actual, value.Values) : FieldChecks.ValueIn(actual, value.Values);
                }
            case FieldCheckedCondition box:
                return FieldChecks.IsChecked(FieldChecks.Value(order, box.Field)) == box.Checked;
            case RegistrantTypeCondition type:
                return FieldChecks.RegistrantIs(order, type.Type);
            case RegistrantCountryCondition country:
                // "not in" needs a country to judge: a registrant without one is in no list and outside none.
                return country.Negated
                    ? order?.Contacts?.Registrant?.Country is not null && !FieldChecks.RegistrantCountryIn(order, country.Countries)
                    : FieldChecks.RegistrantCountryIn(order!, country.Countries);
            case AllOfCondition all:
                for (int i = 0; i < all.Conditions.Count; i++)
                    if (!all.Conditions[i].Holds(order!)) return false;
                return true;
            case AnyOfCondition any:
                for (int i = 0; i < any.Conditions.Count; i++)
                    if (any.Conditions[i].Holds(order!)) return true;
                return false;
            case NotCondition not:
                return !not.Condition.Holds(order!);
            default:
                return false;
        }
    }
}
