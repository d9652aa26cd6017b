using BenchmarkDotNet.Running;
using TldToolkit.Benchmarks.Generator;

// benchmarks/make-synthetic-tlds.sh comes through here; everything else is BenchmarkDotNet's switcher.
if (args.Length > 0 && args[0] == "make-synthetic-tlds")
{
    int count = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : SyntheticTlds.DefaultCount;
    var folder = args.Length > 2 ? Path.GetFullPath(args[2]) : SyntheticTlds.DefaultFolder(count);
    var paths = SyntheticTlds.Ensure(folder, count);
    Console.WriteLine($"{paths.Count} synthetic TLD files in {folder}");
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(SyntheticTlds).Assembly).Run(args);
return 0;
