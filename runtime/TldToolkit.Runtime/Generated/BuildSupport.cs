namespace TldToolkit.Generated;

/// <summary>
/// Small helpers that only generated TLD code calls (so generated files stay short). Not meant for
/// application code; kept public because generated code lives in the consumer's assembly.
/// </summary>
public static class BuildSupport
{
    /// <summary>
    /// The order value of the option at <paramref name="index"/> of a select field (a generated enum member's value is
    /// its index); an index outside the options gives the number itself, as an undefined enum value would print.
    /// </summary>
    public static string OptionValue(Fields.FieldDescriptor field, int index) =>
        index >= 0 && index < field.Options.Count ? field.Options[index].Value : index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Nameservers as a command carries them: trimmed, without trailing dot, ASCII lower case.</summary>
    public static IReadOnlyList<string> Nameservers(IReadOnlyList<string> hosts)
    {
        if (hosts.Count == 0) return [];
        var result = new string[hosts.Count];
        for (int i = 0; i < result.Length; i++)
            result[i] = (hosts[i] ?? "").Trim().TrimEnd('.').ToLowerInvariant();
        return result;
    }
}
