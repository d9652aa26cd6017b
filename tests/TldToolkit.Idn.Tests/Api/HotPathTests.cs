using TldToolkit.Domains;
using TldToolkit.Idn.Tests.Domains;
using TldToolkit.Validation;

namespace TldToolkit.Idn.Tests.Api;


/// <summary>The .com hot path: a lower-case LDH name comes back as the same instance and nothing is allocated.</summary>
public sealed class HotPathTests
{
    [Fact]
    public void ToAscii_and_ToUnicode_return_the_input_instance_without_allocating()
    {
        const string name = "example-shop.com";
        var options = IdnaOptions.Registration;
        Idna.ToAscii(name, options); // warm up (JIT, static tables)
        Idna.ToUnicode(name, options);

        long before = GC.GetAllocatedBytesForCurrentThread();
        var ascii = Idna.ToAscii(name, options);
        var unicode = Idna.ToUnicode(name, options);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Same(name, ascii.Value);
        Assert.Same(name, unicode.Value);
        Assert.True(ascii.Succeeded && unicode.Succeeded);
    }

    [Fact]
    public void CheckDomain_of_a_valid_com_name_allocates_nothing()
    {
        var rules = TestRules.For("com", TestRules.Idn());
        const string input = "example.com";
        var warmUp = new ErrorCollector();
        DomainChecks.CheckDomain(input, rules, ref warmUp, out _);

        var errors = new ErrorCollector();
        long before = GC.GetAllocatedBytesForCurrentThread();
        bool valid = DomainChecks.CheckDomain(input, rules, ref errors, out var name);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.True(valid);
        Assert.Same(input, name.Ascii);
        Assert.Same(rules.Tld, name.Tld);
    }

    [Fact]
    public void The_fast_path_still_reports_hyphen_and_length_errors()
    {
        Assert.Equal(IdnaErrors.HyphenEdge, Idna.ToAscii("-a.com", IdnaOptions.Registration).Errors);
        Assert.Equal(IdnaErrors.Hyphen34, Idna.ToAscii("ab--c.com", IdnaOptions.Registration).Errors);
        Assert.Equal(IdnaErrors.TooLong, Idna.ToAscii(new string('a', 64) + ".com", IdnaOptions.Registration).Errors);
        Assert.Equal(IdnaErrors.EmptyLabel, Idna.ToAscii("a..com", IdnaOptions.Registration).Errors);
    }
}
