using System.Text.Json;
using TldToolkit.Client.Sync;

namespace TldToolkit.Cli.Sync;

/// <summary>
/// The domains the embedded sandbox's state file knows as this account's, with the state our books
/// would have. The sandbox offers no listing API (its state type is internal), so the file is read
/// here: Domains[].Name/InAccount/State, Transfers[].Domain/State and Ledger[].Domain/Event.
/// </summary>
internal static class SandboxBooks
{
    /// <summary>Every domain of the account (and every one that left it), with its local state; empty when there is no file.</summary>
    public static IReadOnlyDictionary<string, LocalDomainState> Domains(string stateFile)
    {
        var result = new SortedDictionary<string, LocalDomainState>(StringComparer.Ordinal);
        if (!File.Exists(stateFile)) return result;
        using var stream = File.OpenRead(stateFile);
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;

        // Names this account ever registered or transferred in (others in the file are foreign).
        var ours = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in Array(root, "Ledger"))
            if (Text(entry, "Domain") is { } name) ours.Add(name);

        foreach (var transfer in Array(root, "Transfers"))
            if (Text(transfer, "Domain") is { } name && Text(transfer, "State") is { } state && state.Contains("Pending", StringComparison.OrdinalIgnoreCase))
                result[name.ToLowerInvariant()] = LocalDomainState.PendingTransfer;

        foreach (var domain in Array(root, "Domains"))
        {
            if (Text(domain, "Name") is not { } name) continue;
            bool inAccount = domain.TryGetProperty("InAccount", out var flag) && flag.ValueKind == JsonValueKind.True;
            if (!inAccount && !ours.Contains(name)) continue;
            if (result.ContainsKey(name.ToLowerInvariant())) continue;
            result[name.ToLowerInvariant()] = Text(domain, "State") == "PendingRegistration" ? LocalDomainState.PendingRegistration : LocalDomainState.Active;
        }
        return result;
    }

    /// <summary>Domains with a transfer in the state file.</summary>
    public static IReadOnlyList<string> Transfers(string stateFile)
    {
        if (!File.Exists(stateFile)) return [];
        using var stream = File.OpenRead(stateFile);
        using var document = JsonDocument.Parse(stream);
        return Array(document.RootElement, "Transfers").Select(t => Text(t, "Domain")).OfType<string>()
            .Select(d => d.ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<JsonElement> Array(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().ToList()
            : [];

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
