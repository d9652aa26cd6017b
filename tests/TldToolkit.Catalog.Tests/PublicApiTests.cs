using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using PublicApiGenerator;
using TldToolkit.BuiltIn;
using TldToolkit.Tests.Shared;

namespace TldToolkit.Catalog.Tests;

/// <summary>
/// The generated public API of the built-in catalog (every TLD's definition, request builders and option enums) is
/// pinned in PublicApi/TldToolkit.BuiltIn.approved.txt, so a data or generator change that renames, removes or
/// retypes something users compile against shows up in review. The whole surface is pinned (about 1.4 MB, made in
/// about a second): a sample would miss exactly the TLD someone uses. Labels and comments are not part of it, so
/// editing or translating them changes nothing here. TLDTOOLKIT_UPDATE_BASELINES=1 rewrites the file.
/// </summary>
public class PublicApiTests
{
    private const string ApprovedName = "TldToolkit.BuiltIn.approved.txt";

    private static string Current() =>
        typeof(Tlds).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }).Replace("\r\n", "\n");

    [Fact]
    public void Generated_public_api_matches_the_approved_file()
    {
        var actual = Current();
        if (Environment.GetEnvironmentVariable("TLDTOOLKIT_UPDATE_BASELINES") == "1")
        {
            File.WriteAllText(Path.Combine(SourceDirectory(), "PublicApi", ApprovedName), actual);
            return;
        }
        var path = Path.Combine(AppContext.BaseDirectory, "PublicApi", ApprovedName);
        Assert.True(File.Exists(path), $"No PublicApi/{ApprovedName}; run the tests with TLDTOOLKIT_UPDATE_BASELINES=1 to create it.");
        var approved = File.ReadAllText(path).Replace("\r\n", "\n");
        if (approved != actual)
            Assert.Fail($"The public API of TldToolkit.BuiltIn differs from PublicApi/{ApprovedName}. Code that uses the catalog may no "
                + "longer compile; if the change is intended, run the Catalog tests with TLDTOOLKIT_UPDATE_BASELINES=1 and commit the file.\n"
                + Describe(approved, actual));
    }

    [Fact]
    public void A_changed_api_is_described_type_by_type()
    {
        const string approved = "namespace N\n{\n    public enum CaLegalType\n    {\n        Corporation = 0,\n        CanadianCitizen = 1,\n    }\n    public sealed class OldTld\n    {\n    }\n}\n";
        var actual = approved.Replace("Corporation = 0", "Cco = 0").Replace("OldTld", "NewTld");
        var text = Describe(approved, actual);
        Assert.Contains("changed CaLegalType:\n", text, StringComparison.Ordinal);
        Assert.Contains("-    5:         Corporation = 0,\n+    5:         Cco = 0,\n", text, StringComparison.Ordinal);
        Assert.Contains("added NewTld\n", text, StringComparison.Ordinal);
        Assert.Contains("removed OldTld\n", text, StringComparison.Ordinal);
        Assert.Contains("1 type changed, 1 added, 1 removed", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Helpers_for_generated_code_are_hidden_from_completion()
    {
        var hidden = typeof(Generated.BuildSupport).Assembly.GetExportedTypes().Where(t => t.Namespace == "TldToolkit.Generated").ToList();
        Assert.NotEmpty(hidden);
        Assert.All(hidden, t => Assert.Equal(System.ComponentModel.EditorBrowsableState.Never,
            Assert.Single(t.GetCustomAttributes(typeof(System.ComponentModel.EditorBrowsableAttribute), false).Cast<System.ComponentModel.EditorBrowsableAttribute>()).State));
    }

    private static readonly Regex TypeName = new(@"\b(?:class|struct|interface|enum|record|delegate\s+\S+)\s+([A-Za-z0-9_]+)", RegexOptions.CultureInvariant);

    /// <summary>Which types were added, removed or changed, with a line diff of each changed one (at most 20 listed).</summary>
    internal static string Describe(string approved, string actual)
    {
        var before = Types(approved);
        var after = Types(actual);
        var changed = before.Keys.Where(k => after.TryGetValue(k, out var a) && a != before[k]).ToList();
        var added = after.Keys.Where(k => !before.ContainsKey(k)).ToList();
        var removed = before.Keys.Where(k => !after.ContainsKey(k)).ToList();
        var sb = new StringBuilder();
        sb.Append(changed.Count).Append(changed.Count == 1 ? " type" : " types").Append(" changed, ").Append(added.Count).Append(" added, ")
            .Append(removed.Count).Append(" removed\n");
        int listed = 0;
        foreach (var name in changed)
        {
            if (listed++ == 20) break;
            var (startLine, text) = before[name];
            var (_, now) = after[name];
            var diff = TextDiff.Lines(text, now);
            // Number the lines as in the approved file.
            sb.Append("changed ").Append(name).Append(":\n")
                .Append(Regex.Replace(diff, @"^(.) +(\d+):", m => m.Groups[1].Value + " " + (int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) + startLine - 1).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(4) + ":", RegexOptions.Multiline));
        }
        foreach (var name in added.Take(Math.Max(0, 20 - listed))) sb.Append("added ").Append(name).Append('\n');
        listed += added.Count;
        foreach (var name in removed.Take(Math.Max(0, 20 - listed))) sb.Append("removed ").Append(name).Append('\n');
        if (changed.Count == 0 && added.Count == 0 && removed.Count == 0) sb.Append(TextDiff.Lines(approved, actual));
        return sb.ToString();
    }

    /// <summary>Each top-level type's text (declaration to closing brace) by its name, with its first line in the file.</summary>
    private static Dictionary<string, (int Line, string Text)> Types(string api)
    {
        var types = new Dictionary<string, (int, string)>(StringComparer.Ordinal);
        var lines = api.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (!line.StartsWith("    ", StringComparison.Ordinal) || line.StartsWith("     ", StringComparison.Ordinal) || line.Trim() is "{" or "}") continue;
            int end = i;
            if (!line.TrimEnd().EndsWith(';'))
                while (end + 1 < lines.Length && lines[end] != "    }") end++;
            var name = TypeName.Match(line) is { Success: true } m ? m.Groups[1].Value : line.Trim();
            types[name] = (i + 1, string.Join("\n", lines[i..(end + 1)]));
            i = end;
        }
        return types;
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
