using System.Collections.Generic;
using TldToolkit.Generator.Model;

namespace TldToolkit.Generator.Emit;

/// <summary>Which operations a field applies to, once for the data and the typed surface.</summary>
internal static class FieldApplicability
{
    private static readonly string[] OrderOperations = { "register", "transfer", "ownerChange" };

    /// <summary>Does the field apply to the operation, considering <c>transfer.additionalFieldsApply</c>?</summary>
    internal static bool Applies(TransferModel transfer, FieldModel f, string operation) => operation switch
    {
        "register" => f.Operations.Contains("register"),
        "transfer" => transfer.Supported && transfer.AdditionalFieldsApply && f.Operations.Contains("transfer"),
        "ownerChange" => f.Operations.Contains("ownerChange"),
        _ => false,
    };

    /// <summary>The operations validation applies the field to: the order operations it applies to, and <c>update</c> when listed.</summary>
    internal static List<string> EffectiveOperations(TransferModel transfer, FieldModel f)
    {
        var operations = new List<string>();
        foreach (var op in OrderOperations)
            if (Applies(transfer, f, op)) operations.Add(op);
        if (f.Operations.Contains("update")) operations.Add("update");
        return operations;
    }
}
