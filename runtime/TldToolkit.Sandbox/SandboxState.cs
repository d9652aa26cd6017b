using System.Text.Json;
using System.Text.Json.Serialization;

namespace TldToolkit.Sandbox;

/// <summary>
/// The sandbox's books as a JSON file, so a sandbox started by one process (<c>tldtool submit</c>)
/// is still there for the next (<c>tldtool sync</c>). Written atomically after every change.
/// </summary>
internal sealed class SandboxState
{
    public int Version { get; set; } = 1;
    public decimal Balance { get; set; }
    public int NextContact { get; set; } = 1;
    public List<DomainRecord> Domains { get; set; } = [];
    public List<TransferRecord> Transfers { get; set; } = [];
    public Dictionary<string, Dictionary<string, string>> Contacts { get; set; } = [];
    public List<LedgerEntry> Ledger { get; set; } = [];

    internal sealed record DomainRecord(string Name, bool InAccount, SandboxDomainState State, DateTimeOffset ExpiresAt, DateTimeOffset? ConfirmAt,
        string AuthCode, string? Owner, string?[] Contacts, List<string> Nameservers, Dictionary<string, string> RegistryParameters,
        DateTimeOffset? CreatedAt = null, bool TransferLock = false, DateTimeOffset? UpdatedAt = null);

    internal sealed record TransferRecord(string Domain, SandboxTransferState State, DateTimeOffset CompleteAt, int Years, decimal Charged, string? Reason, string? FailWith,
        DateTimeOffset? RequestedAt = null);

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static SandboxState? Load(string path)
    {
        if (!File.Exists(path)) return null;
        using var stream = File.OpenRead(path);
        SandboxState? state;
        try
        {
            state = JsonSerializer.Deserialize<SandboxState>(stream, Json);
        }
        catch (JsonException ex)
        {
            // One exception type for every unreadable state file, so callers can report it plainly.
            throw new InvalidDataException($"Sandbox state file {path} is not a sandbox state file (line {ex.LineNumber + 1}).", ex);
        }
        if (state is null) throw new InvalidDataException($"Sandbox state file {path} is empty.");
        return Problem(state) is { } problem ? throw new InvalidDataException($"Sandbox state file {path} is damaged: {problem}.") : state;
    }

    // JSON null where the books need a value ({"Domains":null}, [null], a record without its name):
    // refused with a message instead of a NullReferenceException on restore.
    private static string? Problem(SandboxState state)
    {
        if (state.Domains is null || state.Transfers is null || state.Contacts is null || state.Ledger is null)
            return "Domains, Transfers, Contacts and Ledger must be lists";
        foreach (var d in state.Domains)
            if (d?.Name is null || d.AuthCode is null || d.Contacts is null || d.Nameservers is null || d.RegistryParameters is null)
                return "a domain record lacks Name, AuthCode, Contacts, Nameservers or RegistryParameters";
        foreach (var t in state.Transfers)
            if (t?.Domain is null) return "a transfer record lacks its Domain";
        foreach (var (_, data) in state.Contacts)
            if (data is null) return "a contact has no data";
        foreach (var e in state.Ledger)
            if (e?.Domain is null) return "a ledger entry lacks its Domain";
        return null;
    }

    public void Save(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        var temp = path + ".tmp";
        File.WriteAllBytes(temp, JsonSerializer.SerializeToUtf8Bytes(this, Json));
        File.Move(temp, path, overwrite: true);
    }
}
