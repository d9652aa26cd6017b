using TldToolkit.Cli.Input;

namespace TldToolkit.Cli.Validate;

/// <summary>One input of the validate command: a file or standard input.</summary>
internal sealed record InputSource(string Name, Func<Stream> Open, long? Length);

/// <summary>Expands FILE | DIR | - arguments into sources.</summary>
internal static class InputSources
{
    /// <summary>
    /// The sources of <paramref name="arguments"/>: "-" is standard input, a directory stands for
    /// its *.json files (ordinal order, not recursive), anything else is a file.
    /// A path that does not exist yields a source whose Open throws <see cref="JsonInputException"/>.
    /// </summary>
    public static IEnumerable<InputSource> Expand(IEnumerable<string> arguments, CliEnvironment env)
    {
        foreach (var argument in arguments)
        {
            if (argument == "-")
            {
                yield return new InputSource("-", env.OpenStandardInput, null);
                continue;
            }
            if (Directory.Exists(argument))
            {
                var files = Directory.GetFiles(argument, "*.json", SearchOption.TopDirectoryOnly);
                Array.Sort(files, StringComparer.Ordinal);
                foreach (var file in files) yield return FromFile(file);
                continue;
            }
            if (!File.Exists(argument))
            {
                // Reported when its turn comes, so the other inputs are still validated.
                var name = argument;
                yield return new InputSource(name, () => throw new JsonInputException(name, "no such file or directory"), 0);
                continue;
            }
            yield return FromFile(argument);
        }
    }

    private static InputSource FromFile(string path) => new(
        path,
        () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan),
        new FileInfo(path).Length);
}
