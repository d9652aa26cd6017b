using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.NoEmit;
using TldToolkit.Benchmarks.Client;
using TldToolkit.Benchmarks.Generator;
using Xunit.Abstractions;

// BenchmarkDotNet's runner keeps process-wide state (console, static config); one run at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace TldToolkit.Benchmarks.Tests;

/// <summary>
/// Runs every benchmark class of the benchmarks project once, in a dry in-process job, and asserts
/// that each benchmark case ran (GlobalSetup's cross-checks included) without errors. Nothing here
/// looks at timings: the measured runs are documented in docs/benchmarks.md.
/// </summary>
public sealed class BenchmarkSmokeTests(ITestOutputHelper output)
{
    /// <summary>Every public class of the benchmarks assembly with a [Benchmark] method.</summary>
    public static TheoryData<string> BenchmarkClasses()
    {
        var data = new TheoryData<string>();
        foreach (var type in BenchmarkTypes()) data.Add(type.Name);
        return data;
    }

    private static IEnumerable<Type> BenchmarkTypes() =>
        typeof(SyntheticTlds).Assembly.GetTypes()
            .Where(t => t is { IsPublic: true, IsAbstract: false }
                && t.GetMethods().Any(m => m.GetCustomAttributes(typeof(BenchmarkDotNet.Attributes.BenchmarkAttribute), false).Length > 0))
            .OrderBy(t => t.Name, StringComparer.Ordinal);

    [Fact]
    public void Every_benchmark_class_is_covered()
    {
        // Guards the theory below against silently running nothing.
        Assert.Contains(BenchmarkTypes(), t => t.Name == "OrderValidationBenchmarks");
        Assert.Contains(BenchmarkTypes(), t => t.Name == "IdnBenchmarks");
        Assert.Contains(BenchmarkTypes(), t => t.Name == "GeneratorBenchmarks");
        Assert.Contains(BenchmarkTypes(), t => t.Name == "ClientBenchmarks");
        Assert.Contains(BenchmarkTypes(), t => t.Name == "ClientSyncBenchmarks");
    }

    [Theory]
    [MemberData(nameof(BenchmarkClasses))]
    public void Benchmark_class_runs_once_without_errors(string name)
    {
        var type = BenchmarkTypes().Single(t => t.Name == name);
        // Small sets keep the dry run short; the measured runs use 1,500 files and 10,000 domains.
        GeneratorBenchmarks.FileCount = 100;
        ClientSyncBenchmarks.DomainCount = 100;

        var log = new AccumulationLogger();
        var config = ManualConfig.CreateEmpty()
            .AddJob(Job.Dry.WithToolchain(InProcessNoEmitToolchain.Instance))
            .AddLogger(log)
            .AddColumnProvider(DefaultConfig.Instance.GetColumnProviders().ToArray())
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "tldtoolkit-benchmark-smoke", Environment.ProcessId.ToString()))
            // dotnet test builds Debug: the referenced projects are not optimized, which is fine for a smoke run.
            .WithOptions(ConfigOptions.DisableOptimizationsValidator | ConfigOptions.DisableLogFile);

        var summary = BenchmarkRunner.Run(type, config);
        var text = log.GetLog();

        try
        {
            Assert.False(summary.HasCriticalValidationErrors, string.Join("; ", summary.ValidationErrors.Select(e => e.Message)));
            Assert.NotEmpty(summary.BenchmarksCases);
            Assert.Equal(summary.BenchmarksCases.Length, summary.Reports.Length);
            foreach (var report in summary.Reports)
            {
                Assert.True(report.Success, $"{report.BenchmarkCase.DisplayInfo} failed");
                Assert.NotEmpty(report.AllMeasurements);
            }
        }
        catch
        {
            output.WriteLine(text);
            throw;
        }
    }
}
