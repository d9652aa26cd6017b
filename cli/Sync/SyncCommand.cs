using System.Globalization;
using System.Text.Json;
using TldToolkit.Cli.Output;
using TldToolkit.Cli.Submit;
using TldToolkit.Cli.Validate;
using TldToolkit.Client.Sync;

namespace TldToolkit.Cli.Sync;

/// <summary><c>tldtool sync [DOMAIN…] [--transfers]</c>: asks the registrar what became of domains (or transfers).</summary>
internal static class SyncCommand
{
    private sealed record Row(string Domain, string Status, DateOnly? ExpiresOn, string Message, int? RegistrarCode, string? RegistrarDescription);

    public static async Task<int> RunAsync(CliEnvironment env, IReadOnlyList<string> domains, bool transfers, string language, bool json, string? stateFile,
        CancellationToken cancellationToken)
    {
        await using var target = await RegistrarTarget.OpenAsync(env.Catalog.Value, stateFile, env.Error, cancellationToken).ConfigureAwait(false);
        if (target is null) return ExitCodes.InputError;
        env.Error.WriteLine("tldtool: syncing with the " + Shown.Of(target.Description));

        IReadOnlyDictionary<string, LocalDomainState> books;
        try
        {
            books = target.StateFile is { } file ? SandboxBooks.Domains(file) : new Dictionary<string, LocalDomainState>();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            env.Error.WriteLine($"tldtool: cannot read the sandbox state file {Shown.Of(target.StateFile)}: {Shown.Of(e.Message)}");
            return ExitCodes.InputError;
        }
        if (domains.Count == 0 && target.StateFile is null)
        {
            env.Error.WriteLine("tldtool: name the domains to sync: only the embedded sandbox can list its domains.");
            return ExitCodes.InputError;
        }

        var rows = new List<Row>();
        // Named domains the catalog or the sandbox's books do not know are reported, not sent.
        var named = NamedDomains.Sort(domains, env.Catalog.Value, transfers || target.StateFile is null ? null : books, language);
        foreach (var skipped in named.Where(n => n.Status is not null))
        {
            var row = new Row(skipped.ALabel, skipped.Status!, null, skipped.Message!, null, null);
            rows.Add(row);
            if (!json) WritePlain(env.Out, language, row);
        }
        domains = named.Where(n => n.Status is null).Select(n => n.ALabel).ToList();
        if (transfers)
        {
            var names = named.Count > 0 ? domains : SandboxBooks.Transfers(target.StateFile!);
            foreach (var r in await target.Client.SyncTransfersAsync(names, cancellationToken: cancellationToken).ConfigureAwait(false))
                rows.Add(new Row(r.Domain, Name(r.Status), r.ExpiresOn, r.ReasonIn(language), r.RegistrarCode, r.RegistrarDescription));
        }
        else
        {
            var items = named.Count > 0
                ? domains.Select(d => new DomainSyncItem(d, books.TryGetValue(d, out var s) ? s : LocalDomainState.Active))
                : books.Select(b => new DomainSyncItem(b.Key, b.Value));
            // Batches of 50 (the client's default), printed as each completes.
            await foreach (var batch in target.Client.SyncDomainBatchesAsync(items.ToList(), cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                foreach (var r in batch)
                {
                    var row = new Row(r.Domain, Name(r.Status), r.ExpiresOn, r.MessageIn(language), r.RegistrarCode, r.RegistrarDescription);
                    rows.Add(row);
                    if (!json) WritePlain(env.Out, language, row);
                }
            }
        }

        if (json) WriteJson(env.Out, transfers, target.Kind, rows);
        else
        {
            if (transfers) foreach (var row in rows) WritePlain(env.Out, language, row);
            if (rows.Count == 0) env.Out.WriteLine(Loc.Submit(language, "sync.nothing"));
        }
        env.Out.Flush();
        return rows.Any(r => r.Status is "error" or NamedDomains.Unknown or NamedDomains.UnknownTld) ? ExitCodes.Invalid : ExitCodes.Ok;
    }

    private static string Name(DomainSyncStatus status) => status switch
    {
        DomainSyncStatus.Active => "active",
        DomainSyncStatus.Pending => "pending",
        DomainSyncStatus.Cancelled => "cancelled",
        DomainSyncStatus.TransferredAway => "transferred-away",
        _ => "error",
    };

    private static string Name(TransferSyncStatus status) => status switch
    {
        TransferSyncStatus.Completed => "completed",
        TransferSyncStatus.Failed => "failed",
        TransferSyncStatus.Pending => "pending",
        _ => "error",
    };

    private static void WritePlain(TextWriter output, string language, Row row)
    {
        // U-labels, as submit printed the orders; --json keeps the A-label in "domain".
        var line = $"{Shown.Of(NamedDomains.ULabel(row.Domain))}: {Loc.Submit(language, "sync." + row.Status)}";
        if (row.ExpiresOn is { } expires) line += ", " + Loc.Submit(language, "sync.expires", expires.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (row.Status is not ("active" or "completed")) line += " (" + row.Message + ")";
        output.WriteLine(line);
    }

    private static void WriteJson(TextWriter output, bool transfers, string target, IReadOnlyList<Row> rows)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, JsonResultSink.WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("target", target);
            writer.WriteStartArray(transfers ? "transfers" : "domains");
            foreach (var row in rows)
            {
                writer.WriteStartObject();
                writer.WriteString("domain", row.Domain);
                writer.WriteString("status", row.Status);
                if (row.ExpiresOn is { } expires) writer.WriteString("expiresOn", expires.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                writer.WriteString("message", row.Message);
                if (row.RegistrarCode is { } code) writer.WriteNumber("registrarCode", code);
                if (row.RegistrarDescription is { } description) writer.WriteString("registrarDescription", description);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
