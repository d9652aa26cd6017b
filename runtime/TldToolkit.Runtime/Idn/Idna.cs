namespace TldToolkit.Idn;

/// <summary>Switches of UTS #46 processing (section 4).</summary>
public readonly record struct IdnaOptions
{
    /// <summary>Transitional processing (ß → ss); nontransitional when false.</summary>
    public bool Transitional { get; init; }
    /// <summary>CheckHyphens (V2, V3).</summary>
    public bool CheckHyphens { get; init; }
    /// <summary>CheckBidi (RFC 5893).</summary>
    public bool CheckBidi { get; init; }
    /// <summary>CheckJoiners (CONTEXTJ, RFC 5892 appendix A).</summary>
    public bool CheckJoiners { get; init; }
    /// <summary>UseSTD3ASCIIRules.</summary>
    public bool UseStd3AsciiRules { get; init; }
    /// <summary>VerifyDnsLength (A4).</summary>
    public bool VerifyDnsLength { get; init; }

    /// <summary>The strict settings a registrar uses for registrations (all checks on, nontransitional).</summary>
    public static IdnaOptions Registration => new() { CheckHyphens = true, CheckBidi = true, CheckJoiners = true, UseStd3AsciiRules = true, VerifyDnsLength = true };
}

/// <summary>The outcome of an IDNA conversion: the converted text and any errors found.</summary>
/// <param name="Value">The converted name (UTS #46 still returns a value when errors were found).</param>
/// <param name="Errors">The errors; <see cref="IdnaErrors.None"/> when the conversion succeeded.</param>
public readonly record struct IdnaResult(string Value, IdnaErrors Errors)
{
    /// <summary>True when no error was recorded.</summary>
    public bool Succeeded => Errors == IdnaErrors.None;
}

/// <summary>Error flags of UTS #46 / IDNA2008 processing.</summary>
[Flags]
public enum IdnaErrors
{
    /// <summary>No error.</summary>
    None = 0,
    /// <summary>A disallowed code point (P1/V6).</summary>
    Disallowed = 1 << 0,
    /// <summary>Punycode could not be decoded or encoded (P4/A3).</summary>
    Punycode = 1 << 1,
    /// <summary>Not in NFC (V1).</summary>
    NotNfc = 1 << 2,
    /// <summary>Hyphens in positions 3 and 4 (V2).</summary>
    Hyphen34 = 1 << 3,
    /// <summary>Leading or trailing hyphen (V3).</summary>
    HyphenEdge = 1 << 4,
    /// <summary>A label contains a full stop (V4) or an xn-- label's decoded form is invalid (V4 of newer versions).</summary>
    LabelSeparator = 1 << 5,
    /// <summary>A label starts with a combining mark (V5).</summary>
    LeadingCombiningMark = 1 << 6,
    /// <summary>CONTEXTJ rule failed (C1, C2).</summary>
    ContextJ = 1 << 7,
    /// <summary>CONTEXTO rule failed (registration checks).</summary>
    ContextO = 1 << 8,
    /// <summary>Bidi rule failed (B1–B6).</summary>
    Bidi = 1 << 9,
    /// <summary>Empty label or name (A4_2).</summary>
    EmptyLabel = 1 << 10,
    /// <summary>A label over 63 or a name over 253 octets (A4_1, A4_2).</summary>
    TooLong = 1 << 11,
    /// <summary>Not PVALID under IDNA2008 (registration checks).</summary>
    NotPvalid = 1 << 12,
    /// <summary>An A-label that does not round-trip (registration checks).</summary>
    ALabelRoundTrip = 1 << 13,
}

/// <summary>UTS #46 processing and IDNA2008 registration checks on tables derived from Unicode 17.0.0.</summary>
public static class Idna
{
    /// <summary>
    /// UTS #46 ToASCII. An already lower-case LDH name (a–z, 0–9, '-', '.') comes back as the same
    /// string instance without allocating. Never throws; a null <paramref name="domain"/> is treated as empty.
    /// </summary>
    public static IdnaResult ToAscii(string domain, IdnaOptions options) => Uts46Processor.Process(domain ?? "", options, toAscii: true);

    /// <summary>UTS #46 ToUnicode. Never throws; a null <paramref name="domain"/> is treated as empty.</summary>
    public static IdnaResult ToUnicode(string domain, IdnaOptions options) => Uts46Processor.Process(domain ?? "", options, toAscii: false);

    /// <summary>
    /// IDNA2008 registration checks (RFC 5891 section 4) on one label, without any mapping: NFC,
    /// hyphens, no leading combining mark, every code point PVALID or CONTEXTJ/CONTEXTO with its
    /// RFC 5892 rule satisfied, the RFC 5893 Bidi rule, 1–63 octets as an A-label, and for an
    /// A-label the round trip through its U-label. Never throws.
    /// </summary>
    /// <param name="label">A U-label, or an A-label starting with "xn--".</param>
    /// <param name="aLabel">The label in A-label form (lower case), or the input when it cannot be encoded.</param>
    /// <param name="uLabel">The label in U-label form, or the input when it cannot be decoded.</param>
    /// <returns>The failed checks; <see cref="IdnaErrors.None"/> when the label can be registered.</returns>
    public static IdnaErrors CheckRegistrationLabel(string label, out string aLabel, out string uLabel) =>
        Idna2008Registration.Check(label ?? "", out aLabel, out uLabel);

    /// <summary>IDNA2008 registration checks on one label; see <see cref="CheckRegistrationLabel(string, out string, out string)"/>.</summary>
    public static IdnaErrors CheckRegistrationLabel(string label) => CheckRegistrationLabel(label, out _, out _);
}
