using TldToolkit.Domains;
using TldToolkit.Rules;
using TldToolkit.Validation;

namespace TldToolkit.Idn.Tests.Domains;

/// <summary>Runs CheckDomain and keeps everything a test looks at.</summary>
internal sealed record DomainCheckResult(bool Valid, DomainName Name, IReadOnlyList<ValidationError> Errors)
{
    public static DomainCheckResult Run(string? input, TldRules rules, string? idnLanguage = null)
    {
        var errors = new ErrorCollector();
        bool valid = DomainChecks.CheckDomain(input, rules, ref errors, out var name, idnLanguage);
        return new DomainCheckResult(valid, name, errors.ToResult().Errors);
    }

    public IEnumerable<string> Codes => Errors.Select(e => e.Code);

    public ValidationError Single(string code) => Assert.Single(Errors, e => e.Code == code);
}
