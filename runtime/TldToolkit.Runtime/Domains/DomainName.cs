using TldToolkit.Idn;

namespace TldToolkit.Domains;

/// <summary>A domain name split into its registrable label and TLD, in A-label and U-label form.</summary>
/// <remarks>
/// A valid IDN typed as its U-label (<c>müller-bäckerei.de</c>) is checked without building its A-label
/// string: validation only needs the A-label's length. Such a name carries the U-label form and builds
/// <see cref="Ascii"/> from it (one Punycode encoding) each time the property is read, so validating
/// allocates nothing and a caller that needs the A-label (a command builder) reads it once and keeps it.
/// Every other name holds both strings.
/// </remarks>
public readonly record struct DomainName
{
    private readonly string _ascii;

    // > 0 when the A-label name is built on demand: "xn--" + Punycode(Unicode[.._uLabelLength]) + "." + Tld,
    // _asciiLength characters long.
    private readonly int _uLabelLength, _asciiLength;

    /// <summary>A name whose A-label and U-label forms are both known.</summary>
    /// <param name="Ascii">Whole name as A-labels, lower case (xn--fuball-cta.de).</param>
    /// <param name="Unicode">Whole name as U-labels (fußball.de).</param>
    /// <param name="Tld">The TLD part in ASCII (de, com.au).</param>
    public DomainName(string Ascii, string Unicode, string Tld)
    {
        _ascii = Ascii;
        this.Unicode = Unicode;
        this.Tld = Tld;
    }

    // A valid IDN "U-label.TLD" whose A-label ("xn--" + Punycode of the U-label) is built when asked for.
    internal DomainName(string unicode, int uLabelLength, int asciiLength, string tld)
    {
        _ascii = null!;
        Unicode = unicode;
        Tld = tld;
        _uLabelLength = uLabelLength;
        _asciiLength = asciiLength;
    }

    /// <summary>Whole name as A-labels, lower case (xn--fuball-cta.de).</summary>
    /// <remarks>For a name checked on the IDN fast path this is a new string on every read.</remarks>
    public string Ascii
    {
        get => _uLabelLength > 0 ? BuildAscii() : _ascii;
        init
        {
            _ascii = value;
            _uLabelLength = _asciiLength = 0;
        }
    }

    /// <summary>Whole name as U-labels (fußball.de).</summary>
    public string Unicode { get; init; }

    /// <summary>The TLD part in ASCII (de, com.au).</summary>
    public string Tld { get; init; }

    /// <summary>Length of <see cref="Ascii"/>, without building it.</summary>
    public int AsciiLength => _uLabelLength > 0 ? _asciiLength : _ascii?.Length ?? 0;

    /// <summary>The registrable label in ASCII (A-label when an IDN).</summary>
    public ReadOnlySpan<char> AsciiLabel
    {
        get
        {
            var ascii = Ascii;
            return ascii.AsSpan(0, Math.Max(0, ascii.Length - Tld.Length - 1));
        }
    }

    /// <summary>Splits the name into its three forms.</summary>
    public void Deconstruct(out string Ascii, out string Unicode, out string Tld)
    {
        Ascii = this.Ascii;
        Unicode = this.Unicode;
        Tld = this.Tld;
    }

    /// <summary>Equal when the A-label, U-label and TLD forms are equal (however they are held).</summary>
    public bool Equals(DomainName other)
    {
        if (!string.Equals(Unicode, other.Unicode, StringComparison.Ordinal) || !string.Equals(Tld, other.Tld, StringComparison.Ordinal)) return false;
        // Two deferred names with the same U-label and TLD have the same A-label.
        if (_uLabelLength > 0 && other._uLabelLength > 0) return _uLabelLength == other._uLabelLength;
        if (_uLabelLength == 0 && other._uLabelLength == 0) return string.Equals(_ascii, other._ascii, StringComparison.Ordinal);
        return AsciiLength == other.AsciiLength && string.Equals(Ascii, other.Ascii, StringComparison.Ordinal);
    }

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Unicode, Tld);

    // ToString as before the deferred A-label: Ascii, Unicode, Tld, AsciiLabel.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Ascii = ").Append(Ascii).Append(", Unicode = ").Append(Unicode).Append(", Tld = ").Append(Tld)
            .Append(", AsciiLabel = ").Append(Ascii is null ? default : AsciiLabel);
        return true;
    }

    private string BuildAscii()
    {
        return string.Create(_asciiLength, this, static (destination, name) =>
        {
            "xn--".CopyTo(destination);
            int labelEnd = destination.Length - name.Tld.Length - 1;
            if (!Punycode.TryEncode(name.Unicode.AsSpan(0, name._uLabelLength), destination[4..labelEnd], out int written) || 4 + written != labelEnd)
                throw new InvalidOperationException("The A-label of a checked name could not be rebuilt."); // unreachable: the check encoded it
            destination[labelEnd] = '.';
            name.Tld.CopyTo(destination[(labelEnd + 1)..]);
        });
    }
}
