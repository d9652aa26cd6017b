using TldToolkit.Text;

namespace TldToolkit.Orders.Json;

/// <summary>
/// Paths of order properties the customer named (unknown keys, contact roles, field names): the name
/// cut to <see cref="OrderProblem.MaxNameLength"/> characters and made safe, as <see cref="Validation.Paths"/> does, so a
/// 10,000-character key is not a 10,000-character path and a path never carries a control character.
/// </summary>
internal static class OrderPaths
{
    public static string Key(string parent, string name)
    {
        var shown = SafeText.ForDisplay(name, OrderProblem.MaxNameLength);
        return parent.Length == 0 ? shown : parent + "." + shown;
    }
}
