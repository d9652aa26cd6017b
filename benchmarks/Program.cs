using BenchmarkDotNet.Running;
using TldToolkit.Benchmarks.Generator;

// benchmarks/make-synthetic-tlds.sh comes through here; everything else is BenchmarkDotNet's switcher.
if (args.Length > 0 && args[0] == "make-synthetic-tlds")
{
    // --realistic: the root-zone-shaped set (profiles, mostly profile-only files); otherwise copies of the real files.
    bool realistic = args.Contains("--realistic");
    var rest = args.Skip(1).Where(a => a != "--realistic").ToArray();
    int count = rest.Length > 0 ? int.Parse(rest[0], System.Globalization.CultureInfo.InvariantCulture) : SyntheticTlds.DefaultCount;
    var folder = rest.Length > 1 ? Path.GetFullPath(rest[1]) : realistic ? RealisticTlds.DefaultFolder(count) : SyntheticTlds.DefaultFolder(count);
    var paths = realistic ? RealisticTlds.Ensure(folder, count) : SyntheticTlds.Ensure(folder, count);
    Console.WriteLine($"{paths.Count} synthetic {(realistic ? "realistic " : "")}files in {folder}");
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(SyntheticTlds).Assembly).Run(args);
return 0;
