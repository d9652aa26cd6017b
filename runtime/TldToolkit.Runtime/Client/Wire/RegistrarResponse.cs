using System.Globalization;

namespace TldToolkit.Client.Wire;

/// <summary>
/// A parsed reply of the key=value protocol: <c>CODE</c>, <c>DESCRIPTION</c> and the
/// <c>PROPERTY[NAME][i]</c> columns. Property names are upper case.
/// </summary>
public sealed class RegistrarResponse
{
    /// <summary>Creates a response.</summary>
    public RegistrarResponse(int code, string description, IReadOnlyDictionary<string, IReadOnlyList<string>>? properties = null)
    {
        Code = code;
        Description = description ?? "";
        Properties = properties ?? new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The registrar's code (200 success, 210 available, 211 not available, 4xx temporary, 5xx error).</summary>
    public int Code { get; }

    /// <summary>The registrar's description ("Command completed successfully").</summary>
    public string Description { get; }

    /// <summary>Property columns by upper-case name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Properties { get; }

    /// <summary>
    /// True when the reply carried the top-level <c>PENDING = 1</c>: the registrar accepted the command
    /// but the registry has not completed it and may still reject it (registrations at asynchronous
    /// registries, transfers, restores, trades, deletions).
    /// </summary>
    public bool Pending { get; init; }

    /// <summary>True for 2xx codes.</summary>
    public bool IsSuccess => Code is >= 200 and < 300;

    /// <summary>True for 4xx codes (temporary failure: the command was not executed, try later).</summary>
    public bool IsTemporaryError => Code is >= 400 and < 500;

    /// <summary>The column <paramref name="name"/> (empty when absent).</summary>
    public IReadOnlyList<string> Column(string name) =>
        Properties.TryGetValue(name, out var values) ? values : [];

    /// <summary>Row <paramref name="index"/> of column <paramref name="name"/>, or null.</summary>
    public string? Property(string name, int index = 0)
    {
        var column = Column(name);
        return index < column.Count && column[index].Length > 0 ? column[index] : null;
    }

    /// <summary>Number of rows (the longest column).</summary>
    public int RowCount => Properties.Count == 0 ? 0 : Properties.Values.Max(v => v.Count);

    /// <summary>"200 Command completed successfully".</summary>
    public override string ToString() => Code.ToString(CultureInfo.InvariantCulture) + " " + Description;
}
