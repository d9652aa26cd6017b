using System.Globalization;
using System.Text.RegularExpressions;

namespace TldToolkit.Data.Tests;

/// <summary>
/// The catalog covers the root zone it was last checked against (tld-data/root-zone.txt), no more and no
/// less, and docs/coverage.md tells the truth about it. When IANA's list changes, one command brings the
/// data back in line: <c>node tools/root-zone/update.mjs --write</c>.
/// </summary>
public sealed class RootZoneTests
{
    private const string UpdateHint = "run: node tools/root-zone/update.mjs --write";

    [Fact]
    public void EveryTldOfTheRootZoneHasAFile()
    {
        var claimed = ClaimedNames();
        var missing = RootZone.Load().Keys.Where(tld => !claimed.ContainsKey(tld)).ToList();

        Assert.True(missing.Count == 0, $"{missing.Count} TLDs of the root zone have no file ({UpdateHint}): {string.Join(" ", missing)}");
    }

    [Fact]
    public void EveryFileBelongsToATldOfTheRootZone()
    {
        var zone = RootZone.Load();
        var strays = ClaimedNames()
            .Where(claim => !zone.ContainsKey(claim.Key.Split('.')[^1]))
            .Select(claim => $"{claim.Value}: {claim.Key}")
            .ToList();

        Assert.True(strays.Count == 0, $"files for TLDs that are not in tld-data/root-zone.txt: {string.Join(", ", strays)}");
    }

    [Fact]
    public void IdnFilesAreNamedByTheirALabel()
    {
        var wrong = new List<string>();
        foreach (var fileName in RepoPaths.TldFiles())
        {
            using var document = TldFiles.Load(fileName);
            if (!document.RootElement.TryGetProperty("tld", out var tld)) continue;
            var expected = ToAscii(tld.GetString()!) + ".json";
            if (expected != fileName) wrong.Add($"{fileName} should be {expected}");
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    [Fact]
    public void CoverageDocumentMatchesTheFiles()
    {
        var zone = RootZone.Load();
        var expected = new Dictionary<string, Dictionary<string, int>>();
        foreach (var (name, file) in ClaimedNames())
        {
            var group = name.Contains('.') ? "second-level zones" : zone[name] == "cctld" ? "ccTLDs" : "gTLDs";
            var counts = expected.TryGetValue(group, out var c) ? c : expected[group] = new Dictionary<string, int>();
            var level = Coverage(file);
            counts[level] = counts.GetValueOrDefault(level) + 1;
        }

        var document = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "coverage.md"));
        string[] levels = ["verified", "baseline", "unverified", "closed"];
        foreach (var (group, counts) in expected)
        {
            var row = $"| {group} | {string.Join(" | ", levels.Select(l => counts.GetValueOrDefault(l)))} | {counts.Values.Sum()} |";
            Assert.True(document.Contains(row), $"docs/coverage.md lacks the row {row} (run: node tools/root-zone/update.mjs --coverage)");
        }
    }

    /// <summary>Every TLD name a file claims (its tld and aliases, in ASCII), with the file that claims it.</summary>
    private static Dictionary<string, string> ClaimedNames()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var fileName in RepoPaths.TldFiles())
        {
            using var document = TldFiles.Load(fileName);
            var root = document.RootElement;
            if (!root.TryGetProperty("tld", out var tld)) continue;
            names[ToAscii(tld.GetString()!)] = fileName;
            if (root.TryGetProperty("aliases", out var aliases))
            {
                foreach (var alias in aliases.EnumerateArray()) names[ToAscii(alias.GetString()!)] = fileName;
            }
        }

        return names;
    }

    private static string Coverage(string fileName)
    {
        using var document = TldFiles.Load(fileName);
        return document.RootElement.TryGetProperty("coverage", out var coverage) ? coverage.GetString()! : "(none)";
    }

    private static string ToAscii(string tld) => new IdnMapping().GetAscii(tld).ToLowerInvariant();

    /// <summary>tld-data/root-zone.txt: one TLD a line with its category, after '#' comment lines.</summary>
    private static class RootZone
    {
        private static readonly Regex s_line = new(@"^(?<tld>[a-z0-9-]+) (?<category>gtld|cctld)$", RegexOptions.CultureInvariant);

        public static Dictionary<string, string> Load()
        {
            var entries = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var line in File.ReadLines(Path.Combine(RepoPaths.TldData, "root-zone.txt")))
            {
                if (line.Length == 0 || line.StartsWith('#')) continue;
                var match = s_line.Match(line);
                Assert.True(match.Success, $"root-zone.txt: cannot read the line '{line}'");
                entries.Add(match.Groups["tld"].Value, match.Groups["category"].Value);
            }

            Assert.True(entries.Count > 1000, "root-zone.txt lists fewer than 1,000 TLDs");
            return entries;
        }
    }
}
