namespace TldToolkit.Client.Wire;

/// <summary>
/// One command of the key=value protocol: <c>COMMAND = AddDomain</c> followed by its parameters in
/// order. Values never contain line breaks (they are replaced by spaces when added).
/// </summary>
public sealed class RegistrarCommand
{
    private readonly List<KeyValuePair<string, string>> _parameters = [];

    /// <summary>Creates a command.</summary>
    /// <param name="name">Command name (AddDomain, StatusDomain, ...).</param>
    /// <param name="idempotent">True for queries that may be repeated safely (status, check, balance, lists).</param>
    public RegistrarCommand(string name, bool idempotent)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        IsIdempotent = idempotent;
    }

    /// <summary>Command name.</summary>
    public string Name { get; }

    /// <summary>True when repeating the command cannot change anything at the registrar.</summary>
    public bool IsIdempotent { get; }

    /// <summary>The parameters, in the order they are sent.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Parameters => _parameters;

    /// <summary>Adds a parameter (upper-cased name); a null value is skipped.</summary>
    public RegistrarCommand Add(string name, string? value)
    {
        if (value is null) return this;
        _parameters.Add(new(name.Trim().ToUpperInvariant(), KeyValueWire.CleanValue(value)));
        return this;
    }

    /// <summary>Adds a parameter with an integer value.</summary>
    public RegistrarCommand Add(string name, int value) => Add(name, value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>
    /// Adds <c>PERIOD = NY</c>, the documented form (ADDDOMAIN.md: "NY for N years, NM for N months").
    /// The TLD data counts whole years, so the client never sends months.
    /// </summary>
    public RegistrarCommand AddPeriod(int years) => Add("PERIOD", years.ToString(System.Globalization.CultureInfo.InvariantCulture) + "Y");

    /// <summary>The first value of <paramref name="name"/>, or null.</summary>
    public string? Get(string name)
    {
        foreach (var p in _parameters)
            if (string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)) return p.Value;
        return null;
    }

    /// <summary>The <c>s_command</c> text: <c>COMMAND = Name</c> and one <c>KEY = value</c> line per parameter.</summary>
    public string ToWireText() => KeyValueWire.FormatCommand(this);

    /// <summary>
    /// The command as it may be logged: command name and parameter names, with the values of domain,
    /// period, name servers and contact handles; personal and secret values (contact data, auth codes,
    /// passwords, registry parameters) are masked.
    /// </summary>
    public string ToLogText() => KeyValueWire.FormatCommand(this, redact: true);

    /// <summary>Same as <see cref="ToLogText"/>.</summary>
    public override string ToString() => ToLogText();
}
