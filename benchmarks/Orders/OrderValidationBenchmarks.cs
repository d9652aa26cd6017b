using BenchmarkDotNet.Attributes;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using TldToolkit.Benchmarks.Infrastructure;
using TldToolkit.BuiltIn;
using TldToolkit.Orders;

namespace TldToolkit.Benchmarks.Orders;

/// <summary>
/// Order validation, three ways, on the same orders:
/// <list type="bullet">
/// <item><b>Generated</b> (baseline): the default catalog's dispatch to the generated straight-line validator.</item>
/// <item><b>NJsonSchema</b>: the order document (docs/orders.md, parsed once into a JToken outside the
/// measurement) validated against the TLD's order-form schema as <c>tldtool explain .tld --schema</c> prints it,
/// with <c>const</c> spelled as a one-value <c>enum</c> because NJsonSchema ignores <c>const</c>
/// (see <see cref="OrderFormSchemaSource.GetForNJsonSchema"/>).</item>
/// <item><b>Interpreter</b>: <see cref="RulesInterpreter"/> walking the TLD JSON held in dictionaries.</item>
/// </list>
/// Each method returns the number of errors found; GlobalSetup checks that all three agree on
/// valid/invalid for every case before anything is measured.
/// </summary>
[MemoryDiagnoser]
public class OrderValidationBenchmarks
{
    private DomainOrder _order = null!;
    private JToken _document = null!;
    private JsonSchema _schema = null!;
    private RulesInterpreter _interpreter = null!;

    /// <summary>The cases whose TLD is in this build's catalog.</summary>
    public static IEnumerable<OrderCase> Cases => OrderCase.Available;

    /// <summary>The order being validated.</summary>
    [ParamsSource(nameof(Cases))]
    public OrderCase Case { get; set; } = null!;

    /// <summary>Prepares the three validators for the case and checks that they agree.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var definition = Tlds.Catalog.Find(Case.Tld) ?? throw new InvalidOperationException($"No .{Case.Tld} in the catalog.");
        _order = Case.CreateOrder();
        _document = JToken.Parse(Case.ToJson(definition));
        _schema = JsonSchema.FromJsonAsync(OrderFormSchemaSource.GetForNJsonSchema(Case.Tld)).GetAwaiter().GetResult();
        _interpreter = RulesInterpreter.Load(RepoPaths.TldData);

        var generated = Tlds.Catalog.Validate(_order);
        var njs = _schema.Validate(_document);
        var interpreted = _interpreter.Validate(_order);
        Expect("generated validator", generated.IsValid, () => string.Join("; ", generated.Errors));
        Expect("NJsonSchema", njs.Count == 0, () => string.Join("; ", njs.Select(e => e.ToString())));
        Expect("interpreter", interpreted is null, () => string.Join("; ", interpreted ?? []));
    }

    private void Expect(string who, bool valid, Func<string> errors)
    {
        if (valid != Case.ExpectedValid)
            throw new InvalidOperationException(
                $"{who} says the {Case.Name} order is {(valid ? "valid" : "invalid")}, expected {(Case.ExpectedValid ? "valid" : "invalid")}: {errors()}");
    }

    /// <summary>Our generated validator through the catalog (finds the TLD, then validates).</summary>
    [Benchmark(Baseline = true)]
    public int Generated()
    {
        var result = Tlds.Catalog.Validate(_order);
        return result.IsValid ? 0 : result.Errors.Count;
    }

    /// <summary>NJsonSchema against the order-form schema of the TLD.</summary>
    [Benchmark]
    public int NJsonSchema() => _schema.Validate(_document).Count;

    /// <summary>The run-time rules interpreter over the TLD JSON.</summary>
    [Benchmark]
    public int Interpreter() => _interpreter.Validate(_order)?.Count ?? 0;
}
