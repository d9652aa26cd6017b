using System.Text;
using TldToolkit.Idn;
using TldToolkit.Rules;
using TldToolkit.Validation;

namespace TldToolkit.Domains;

/// <summary>
/// Turns one IDN label (U-label, A-label or typed text) into its A- and U-label by the TLD's
/// <see cref="IdnMode"/> and checks it: IDNA validity, the TLD's repertoire, mixed scripts and the
/// language tag. Hyphen, character and length problems are reported with their own codes; the
/// rest of a failed IDNA check goes to <see cref="ErrorCodes.IdnInvalid"/> with the check in Detail.
/// </summary>
internal static class IdnLabelCheck
{
    private const int MaxReportedCharacters = 10;

    // Reported under their own codes, so not repeated in IdnInvalid's detail.
    private const IdnaErrors OwnCodes = IdnaErrors.Hyphen34 | IdnaErrors.HyphenEdge | IdnaErrors.Disallowed | IdnaErrors.NotPvalid | IdnaErrors.TooLong | IdnaErrors.EmptyLabel;

    public static void Check(string label, TldRules rules, string? idnLanguage, ref ErrorCollector errors, string path, out string aLabel, out string uLabel)
    {
        var idn = rules.Labels.Idn;
        IdnaErrors failed;
        if (idn.Mode == IdnMode.Idna2008Strict)
        {
            failed = Idna.CheckRegistrationLabel(label, out aLabel, out uLabel);
            // No mapping: every code point must be PVALID or CONTEXTJ/CONTEXTO as typed (so no upper case).
            LdhLabel.ReportInvalidCharacters(uLabel, IsIdna2008Allowed, ref errors, path);
        }
        else
        {
            var options = IdnaOptions.Registration with
            {
                Transitional = idn.Mode == IdnMode.Uts46Transitional,
                CheckHyphens = false, // hyphens are reported as LabelHyphenEdge / LabelHyphen34 below
                VerifyDnsLength = false, // lengths are reported as LabelTooShort / LabelTooLong
            };
            var ascii = Idna.ToAscii(label, options);
            var unicode = Idna.ToUnicode(label, options);
            aLabel = ascii.Value;
            uLabel = unicode.Value;
            failed = ascii.Errors | unicode.Errors;
            bool transitional = options.Transitional;
            LdhLabel.ReportInvalidCharacters(uLabel, cp => IsUts46Allowed(cp, transitional) && IsIdna2008Allowed(cp), ref errors, path);
            // UTS #46 accepts some symbols IDNA2008 does not (NV8): a registry applies IDNA2008.
            // The A-label is already known (ToAscii encoded this U-label), so only the U-label checks and the
            // A-label's length remain; the registration round trip adds nothing for a label just encoded.
            if (failed == IdnaErrors.None && !Ascii.IsValid(uLabel))
            {
                failed |= Idna2008Registration.CheckULabel(uLabel);
                if (aLabel.Length > 63) failed |= IdnaErrors.TooLong;
            }
            if (uLabel.Contains('.')) failed |= IdnaErrors.LabelSeparator;
        }

        // An A-label that could not be decoded stays as typed: its "xn--" is no hyphen problem.
        bool undecodedALabel = (failed & IdnaErrors.Punycode) != 0 && uLabel.StartsWith("xn--", StringComparison.OrdinalIgnoreCase);
        LdhLabel.CheckHyphens(uLabel, undecodedALabel, ref errors, path);
        if ((failed & ~OwnCodes) != IdnaErrors.None)
            errors.Add(ErrorCodes.IdnInvalid, path, arguments: new ErrorArguments { Value = ErrorValues.Safe(label), Detail = (failed & ~OwnCodes).ToString() });

        if (Ascii.IsValid(uLabel)) return; // transitional mapping can leave plain ASCII (fußball → fussball)
        CheckRepertoire(uLabel, idn, ref errors, path);
        if (!idn.MixedScriptsAllowed) CheckMixedScripts(uLabel, ref errors, path);
        if (idn.LanguageTagRequired && string.IsNullOrWhiteSpace(idnLanguage))
            errors.Add(ErrorCodes.IdnLanguageRequired, IdnLanguagePath, arguments: new ErrorArguments { Value = ErrorValues.Safe(uLabel) }); // the missing value, not the name
    }

    /// <summary>Where <see cref="ErrorCodes.IdnLanguageRequired"/> points (docs/error-codes.md): the order's language tag.</summary>
    public const string IdnLanguagePath = "idnLanguage";

    private static bool IsUts46Allowed(int codePoint, bool transitional)
    {
        if (codePoint < 0x80) return LdhLabel.IsLdh(codePoint);
        var status = Uts46Mapping.GetStatus(codePoint);
        return status == Uts46Status.Valid || (!transitional && status == Uts46Status.Deviation);
    }

    private static bool IsIdna2008Allowed(int codePoint) =>
        UnicodeProperties.GetIdna2008Category(codePoint) is Idna2008Category.Pvalid or Idna2008Category.ContextJ or Idna2008Category.ContextO;

    private static void CheckRepertoire(string uLabel, IdnRules idn, ref ErrorCollector errors, string path)
    {
        if (!Repertoire.IsRestricted(idn)) return;
        var seen = new List<int>();
        foreach (var rune in uLabel.EnumerateRunes())
        {
            if (Repertoire.Allows(idn, rune.Value) || seen.Contains(rune.Value)) continue;
            seen.Add(rune.Value);
            errors.Add(ErrorCodes.IdnCharacterNotAllowed, path, arguments: new ErrorArguments
            {
                Value = ErrorValues.CodePoint(rune.Value),
                Detail = idn.LanguageTable is { } table ? $"not in language table '{table}'" : null,
            });
            if (seen.Count == MaxReportedCharacters) break;
        }
    }

    private static void CheckMixedScripts(string uLabel, ref ErrorCollector errors, string path)
    {
        Span<int> buffer = uLabel.Length <= 256 ? stackalloc int[uLabel.Length] : new int[uLabel.Length];
        var codePoints = ContextRules.ToCodePoints(uLabel, buffer);
        if (ScriptMix.FindMix(codePoints) is { } scripts)
            errors.Add(ErrorCodes.IdnMixedScripts, path, arguments: new ErrorArguments { Value = ErrorValues.Safe(uLabel), Detail = scripts });
    }
}
