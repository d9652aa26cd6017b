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
        // A hand-edited file may say null where a list belongs: read it as empty.
        state.Domains ??= [];
        state.Transfers ??= [];
        state.Contacts ??= [];
        state.Ledger ??= [];
        return state;
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
