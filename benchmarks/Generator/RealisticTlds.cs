using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TldToolkit.Benchmarks.Generator;

/// <summary>
/// A clearly synthetic set shaped like the root zone the catalog will carry (issue 11): a few profiles under
/// <c>profiles/</c> (an ICANN gTLD baseline with a dated change, four registry backends, one with a field) and
/// TLD files of which most only extend profiles. Out of every 20 files: 14 baseline gTLDs (<c>extends</c> and the
/// root-zone source only), 4 closed brand TLDs, 1 unverified ccTLD with no sections, 1 verified copy of a real
/// tld-data file. Never written into tld-data; made by <c>benchmarks/make-synthetic-tlds.sh --realistic</c>.
/// </summary>
public static class RealisticTlds
{
    /// <summary>Where the set goes unless told otherwise (ignored by git).</summary>
    public static string DefaultFolder(int count) =>
        Path.Combine(Infrastructure.RepoPaths.Root, "benchmarks", ".synthetic-tlds", "realistic-" + count.ToString("D4", System.Globalization.CultureInfo.InvariantCulture));

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[] Backends = ["backend-alpha", "backend-beta", "backend-gamma", "backend-delta"];

    /// <summary>Writes the profiles and <paramref name="count"/> TLD files unless the same set is there; returns every path (profiles first).</summary>
    public static IReadOnlyList<string> Ensure(string folder, int count)
    {
        var real = SyntheticTlds.RichFiles(Infrastructure.RepoPaths.TldData);
        var stamp = Path.Combine(folder, ".stamp");
        var expectedStamp = $"realistic v1, {count} from {string.Join(",", real.Select(s => Path.GetFileName(s) + ":" + new FileInfo(s).Length))}";
        var profiles = Profiles().Select(p => (Path: Path.Combine(folder, "profiles", p.Id + ".json"), p.Json)).ToList();
        var paths = profiles.Select(p => p.Path).Concat(Enumerable.Range(1, count).Select(i => Path.Combine(folder, SyntheticTlds.Name(i) + ".json"))).ToArray();
        if (File.Exists(stamp) && File.ReadAllText(stamp) == expectedStamp && paths.All(File.Exists)) return paths;

        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(Path.Combine(folder, "profiles"));
        foreach (var (path, json) in profiles) Write(path, json);
        var originals = real.Select(s => JsonNode.Parse(File.ReadAllText(s))!.AsObject()).ToArray();
        for (int i = 1; i <= count; i++)
        {
            var name = SyntheticTlds.Name(i);
            var file = (i % 20) switch
            {
                0 => Verified(originals[(i / 20) % originals.Length], name, i),
                1 or 6 or 11 or 16 => Closed(name, i),
                13 => Unverified(name),
                _ => Baseline(name, i),
            };
            Write(paths[profiles.Count + i - 1], file);
        }
        File.WriteAllText(stamp, expectedStamp);
        return paths;
    }

    private static void Write(string path, JsonObject json) => File.WriteAllText(path, json.ToJsonString(Indented), new UTF8Encoding(false));

    private static JsonObject Source(string id, string title) => new() { ["id"] = id, ["title"] = title, ["url"] = "https://example.invalid/" + id, ["checked"] = "2026-12-01" };

    private static JsonObject Root(string name, string kind, string coverage) => new()
    {
        ["$schema"] = "../../../schema.json",
        ["tld"] = name,
        ["kind"] = kind,
        ["coverage"] = coverage,
        ["registryOperator"] = "Synthetic Registry " + name,
    };

    private static JsonArray IanaSource(string name) => [Source("iana-" + name, "SYNTHETIC: root zone database entry for ." + name)];

    private static JsonObject Baseline(string name, int i)
    {
        var file = Root(name, "generic", "baseline");
        file["extends"] = new JsonArray("icann-gtld", Backends[i % Backends.Length]);
        file["sources"] = IanaSource(name);
        return file;
    }

    private static JsonObject Closed(string name, int i)
    {
        var file = Root(name, "brand", "closed");
        file["closed"] = new JsonObject { ["reason"] = "brand", ["source"] = "iana-" + name };
        file["extends"] = new JsonArray("icann-gtld");
        file["sources"] = IanaSource(name);
        _ = i;
        return file;
    }

    private static JsonObject Unverified(string name)
    {
        var file = Root(name, "countryCode", "unverified");
        file["sources"] = IanaSource(name);
        return file;
    }

    private static JsonObject Verified(JsonObject original, string name, int i)
    {
        var copy = original.DeepClone().AsObject();
        copy["$schema"] = "../../../schema.json";
        copy["tld"] = name;
        copy.Remove("aliases");
        copy["displayName"] = $"Synthetic TLD {i} (benchmark copy)";
        copy["notes"] = "SYNTHETIC: generated by benchmarks/make-synthetic-tlds.sh --realistic; not a real TLD.";
        return copy;
    }

    private static IEnumerable<(string Id, JsonObject Json)> Profiles()
    {
        yield return ("icann-gtld", new JsonObject
        {
            ["$schema"] = "../../../../schema.json",
            ["profile"] = "icann-gtld",
            ["title"] = "SYNTHETIC: ICANN baseline for every gTLD",
            ["sources"] = new JsonArray(Source("icann-ra", "SYNTHETIC: base registry agreement"), Source("icann-transfer", "SYNTHETIC: transfer policy")),
            ["renewal"] = new JsonObject { ["maxHorizonYears"] = 10, ["source"] = "icann-ra" },
            ["transfer"] = new JsonObject { ["supported"] = true, ["authCodeRequired"] = true, ["lockDaysAfterRegistration"] = 60, ["lockDaysAfterTransfer"] = 60, ["source"] = "icann-transfer" },
            ["contacts"] = new JsonObject { ["requiredRoles"] = new JsonArray("registrant"), ["source"] = "icann-ra" },
            ["lifecycle"] = new JsonObject { ["redemptionPeriodDays"] = 30, ["source"] = "icann-ra" },
            ["changes"] = new JsonArray(new JsonObject
            {
                ["effective"] = "2027-01-01",
                ["source"] = "icann-transfer",
                ["transfer"] = new JsonObject { ["lockDaysAfterRegistration"] = 30, ["source"] = "icann-transfer" },
            }),
        });
        for (int b = 0; b < Backends.Length; b++)
        {
            var id = Backends[b];
            var profile = new JsonObject
            {
                ["$schema"] = "../../../../schema.json",
                ["profile"] = id,
                ["title"] = "SYNTHETIC: registry backend " + id,
                ["sources"] = new JsonArray(Source(id + "-epp", "SYNTHETIC: EPP documentation of " + id)),
                ["terms"] = new JsonObject
                {
                    ["register"] = new JsonObject { ["years"] = new JsonArray(1, 2, 3, 4, 5, 6, 7, 8, 9, 10) },
                    ["renew"] = new JsonObject { ["years"] = new JsonArray(1, 2, 3, 4, 5, 6, 7, 8, 9, 10) },
                    ["transfer"] = new JsonObject { ["years"] = new JsonArray(1), ["addsYear"] = true },
                    ["source"] = id + "-epp",
                },
                ["addOns"] = new JsonObject { ["idProtection"] = true, ["registrarLock"] = true, ["dnssec"] = true, ["source"] = id + "-epp" },
                ["labels"] = new JsonObject { ["minLength"] = 1, ["maxLength"] = 63, ["idn"] = new JsonObject { ["supported"] = b % 2 == 0 }, ["source"] = id + "-epp" },
                ["nameservers"] = new JsonObject { ["min"] = b % 2, ["max"] = 13, ["source"] = id + "-epp" },
                ["lifecycle"] = new JsonObject { ["addGracePeriodDays"] = 5, ["autoRenewGracePeriodDays"] = 45, ["source"] = id + "-epp" },
            };
            if (b == 3)
                profile["fields"] = new JsonArray(new JsonObject
                {
                    ["name"] = "registryAgreement", ["registryName"] = "X-REGISTRY-AGREEMENT", ["type"] = "checkbox",
                    ["label"] = new JsonObject { ["en"] = "I accept the registry's policies" }, ["mustBeChecked"] = true,
                    ["operations"] = new JsonArray("register"), ["source"] = id + "-epp",
                });
            yield return (id, profile);
        }
    }
}
