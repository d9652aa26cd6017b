using TldToolkit.Text;

namespace TldToolkit.Cli.Input;

/// <summary>
/// Paths of order properties the customer named (unknown keys, contact roles, field names): the name
/// cut to 64 characters and made safe, as the runtime's <see cref="Validation.Paths"/> does, so a
/// 10,000-character key is not a 10,000-character path and a path never carries a control character.
/// </summary>
internal static class OrderPaths
{
    public const int MaxNameLength = 64;

    public static string Key(string parent, string name)
    {
        var shown = SafeText.ForDisplay(name, MaxNameLength);
        return parent.Length == 0 ? shown : parent + "." + shown;
    }
}
