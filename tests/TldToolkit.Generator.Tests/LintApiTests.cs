using System.Reflection;
using System.Runtime.Loader;
using TldToolkit.Generator.Diagnostics;
using TldToolkit.Generator.Linting;

namespace TldToolkit.Generator.Tests;

/// <summary>The lint API the CLI calls: plain types, same diagnostics as the build, no compiler needed at run time.</summary>
public class LintApiTests
{
    [Fact]
    public void Plain_diagnostics_and_compiler_descriptors_agree()
    {
        Assert.Equal(TldDiagnostics.All.Select(d => d.Id), Descriptors.All.Select(d => d.Id));
        foreach (var plain in TldDiagnostics.All)
        {
            var descriptor = Descriptors.ById(plain.Id)!;
            Assert.Equal(plain.Title, descriptor.Title.ToString());
            Assert.Equal(plain.MessageFormat, descriptor.MessageFormat.ToString());
            Assert.Equal(plain.HelpLinkUri, descriptor.HelpLinkUri);
            Assert.Equal(plain.IsWarning, descriptor.DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);
            Assert.Equal("TldToolkit", descriptor.Category);
        }
    }

    [Fact]
    public void Lint_runs_without_the_compiler_assemblies()
    {
        var context = new NoRoslynContext();
        try
        {
            var assembly = context.LoadFromAssemblyPath(typeof(TldLinter).Assembly.Location);
            var linter = assembly.GetType("TldToolkit.Generator.Linting.TldLinter", throwOnError: true)!;
            var lint = linter.GetMethod("Lint", [typeof(string), typeof(string)])!;
            var broken = DiagnosticTests.Valid.Replace("\"kind\": \"generic\"", "\"kind\": \"generik\"");
            var messages = (System.Collections.IEnumerable)lint.Invoke(null, ["/data/test.json", broken])!;
            var text = messages.Cast<object>().Select(m => m.ToString()).ToList();
            Assert.Contains(text, m => m!.Contains("error TLD0006", StringComparison.Ordinal));
            Assert.DoesNotContain(context.Assemblies, a => a.GetName().Name!.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
            Assert.Empty(context.Refused);
            // TldToolkit.TldFiles is the front end on its own: it does not even reference the compiler.
            Assert.DoesNotContain(assembly.GetReferencedAssemblies(), a => a.Name!.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>Loads the TLD-file front end on its own and refuses Roslyn, as a CLI without the compiler would.</summary>
    private sealed class NoRoslynContext() : AssemblyLoadContext("lint-without-roslyn", isCollectible: true)
    {
        public HashSet<string> Refused { get; } = [];

        protected override Assembly? Load(AssemblyName name)
        {
            if (name.Name!.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
            {
                lock (Refused) Refused.Add(name.Name);
                throw new FileNotFoundException("compiler not available", name.Name);
            }
            return null;
        }
    }
}
