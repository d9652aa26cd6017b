using System.Text;
using TldToolkit.Domains;
using TldToolkit.Rules;
using TldToolkit.Validation;

namespace TldToolkit.Idn.Tests.Domains;

/// <summary>
/// The valid-IDN hot path of CheckDomain must give exactly what the full check gives. A leading
/// space keeps the hot paths out (the full check trims it), so " " + name runs the full check.
/// </summary>
public sealed class IdnFastPathTests
{
    private static readonly TldRules[] AllModes =
    [
        TestRules.For("de", TestRules.Idn(scripts: ["Latn"], ranges: [new CodePointRange(0xDF, 0xF6), new CodePointRange(0xF8, 0xFF)], mixedScripts: false)),
        TestRules.For("de", TestRules.Idn(table: "de", mixedScripts: false, languageTag: true)),
        TestRules.For("eu", TestRules.Idn(IdnMode.Uts46Transitional, scripts: ["Latn", "Grek", "Cyrl"])),
        TestRules.For("jp", TestRules.Idn(scripts: ["Jpan"], mixedScripts: false), minLength: 3),
        TestRules.For("xn--p1ai", TestRules.Idn(IdnMode.Idna2008Strict, table: "cyrillic"), unicodeTld: "рф"),
        TestRules.For("xn--fiqs8s", TestRules.Idn(), unicodeTld: "中国", aliases: ["xn--fiqz9s"]),
        TestRules.For("com", TestRules.Idn(), maxLength: 20),
        TestRules.For("sa", TestRules.Idn(mixedScripts: false)),
    ];

    private static readonly string[] Pieces =
    [
        "a", "m", "0", "-", "ß", "ü", "ö", "é", "\u0301", "\u200C", "\u200D", "日", "本", "ひ", "カ", "\u00B7", "l", "\u0375", "α",
        "д", "е", "\u05D0", "\u0628", "\u0661", "\u06F1", "Ü", "\u00C5", "A\u030A", "\u212B", "\u30FB", "\uD83D\uDE00", "\u0131", "ĳ", "ẞ",
    ];

    private static readonly string[] Suffixes = [".de", ".eu", ".jp", ".рф", ".xn--p1ai", ".中国", ".xn--fiqz9s", ".xn--fiqs8s", ".com", ".sa", ".DE", "."];

    public static TheoryData<string> Known => new()
    {
        "fußball.de", "müller-bäckerei.de", "straße.de", "café.com", "中文域名.中国", "中文域名.xn--fiqs8s", "موقع-مثال.sa",
        "日本語.jp", "にほん.jp", "пример.рф", "ﬁ.de", "ab--ü.de", "-ü.de", "ü-.de", "\u0301a.de", "aαb.eu", "faß.eu",
        "l\u00B7l.de", "ü\u200Dx.de", "x.ü.de", "sehr-sehr-sehr-langer-name-mit-umlauten-äöü.com",
    };

    [Theory]
    [MemberData(nameof(Known))]
    public void Known_names_give_what_the_full_check_gives(string name)
    {
        foreach (var rules in AllModes) AssertSame(name, rules);
    }

    [Fact]
    public void Random_names_give_what_the_full_check_gives()
    {
        var random = new Random(2046);
        var sb = new StringBuilder();
        for (int i = 0; i < 4000; i++)
        {
            sb.Clear();
            int pieces = random.Next(1, 8);
            for (int p = 0; p < pieces; p++) sb.Append(Pieces[random.Next(Pieces.Length)]);
            sb.Append(Suffixes[random.Next(Suffixes.Length)]);
            foreach (var rules in AllModes) AssertSame(sb.ToString(), rules);
        }
    }

    [Fact]
    public void A_valid_de_idn_allocates_nothing_until_its_a_label_is_asked_for()
    {
        var rules = TestRules.For("de", TestRules.Idn(scripts: ["Latn"], ranges: [new CodePointRange(0xDF, 0xF6)], mixedScripts: false));
        const string input = "fußball.de";
        var warmUp = new ErrorCollector();
        DomainChecks.CheckDomain(input, rules, ref warmUp, out _);

        var errors = new ErrorCollector();
        long before = GC.GetAllocatedBytesForCurrentThread();
        bool valid = DomainChecks.CheckDomain(input, rules, ref errors, out var name);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(valid);
        Assert.Equal("xn--fuball-cta.de", name.Ascii);
        Assert.Same(input, name.Unicode);
        // A Debug build of the runtime allocates in its table look-ups (unoptimised span properties), so the
        // byte count is only asserted on an optimised runtime: `dotnet test -c Release`.
        var debuggable = typeof(DomainChecks).Assembly.GetCustomAttributes(typeof(System.Diagnostics.DebuggableAttribute), false)
            .OfType<System.Diagnostics.DebuggableAttribute>().FirstOrDefault();
        if (debuggable is { IsJITOptimizerDisabled: true }) return;
        Assert.Equal(0, allocated); // the A-label string is built when Ascii is read (Build), not by the check
    }

    private static void AssertSame(string name, TldRules rules)
    {
        var fast = DomainCheckResult.Run(name, rules);
        var full = DomainCheckResult.Run(" " + name, rules);
        string context = $"{name} under .{rules.Tld} ({rules.Labels.Idn.Mode})";
        Assert.True(full.Valid == fast.Valid, context + ": valid " + fast.Valid);
        Assert.True(full.Name == fast.Name, $"{context}: {fast.Name} vs {full.Name}");
        Assert.True(full.Codes.SequenceEqual(fast.Codes), context);
    }
}
