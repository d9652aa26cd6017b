using System.CommandLine;
using System.CommandLine.Parsing;
using TldToolkit.Cli.Output;
using TldToolkit.Generator.Parsing;

namespace TldToolkit.Cli.Usage;

/// <summary>
/// The command-line mistakes found before any command runs: unknown commands and options (with the
/// nearest name as "did you mean"), extra arguments and System.CommandLine's own errors. A mistyped
/// option must never reach a command as a file or domain (<c>validate x.json --lnag de</c> would
/// otherwise validate x.json and then try to read "--lnag" and "de").
/// </summary>
internal static class UsageErrors
{
    /// <summary>The lines to print, every typed value through <see cref="Shown"/>; empty when the command line is usable.</summary>
    public static IReadOnlyList<string> Find(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var lines = new List<string>();
        var reported = new HashSet<string>(StringComparer.Ordinal);

        // Variadic arguments (validate's inputs, sync's domains) accept "--lnag" as a value: what looks like
        // an option before "--" is taken for one. "-" alone is standard input.
        foreach (var token in OptionLookingArguments(parse))
            if (reported.Add(token.Value)) lines.Add(UnknownOption(token.Value, command));
        foreach (var token in parse.UnmatchedTokens)
        {
            if (!reported.Add(token)) continue;
            if (token.StartsWith('-') && token.Length > 1) lines.Add(UnknownOption(token, command));
            else if (command == parse.RootCommandResult.Command)
            {
                // What follows an unknown command are its arguments, not more mistakes.
                lines.Add(UnknownCommand(token, command));
                break;
            }
            else lines.Add($"unexpected argument '{Shown.Of(token)}' for '{command.Name}'.");
        }
        if (lines.Count == 0)
            foreach (var error in parse.Errors) lines.Add(Shown.Long(error.Message)); // they quote what was typed
        return lines;
    }

    /// <summary>The help line that follows the errors: the command's own help where there is one.</summary>
    public static string HelpHint(ParseResult parse) =>
        parse.CommandResult.Command == parse.RootCommandResult.Command
            ? "Run 'tldtool --help' for usage."
            : $"Run 'tldtool {parse.CommandResult.Command.Name} --help' for usage.";

    private static IEnumerable<Token> OptionLookingArguments(ParseResult parse)
    {
        foreach (var token in parse.Tokens)
        {
            if (token.Type == TokenType.DoubleDash) yield break;
            if (token.Type == TokenType.Argument && LooksLikeOption(token.Value) && !IsOptionValue(parse, token))
                yield return token;
        }
    }

    // "--lnag" or "-x"; not "-bad-.ca" or "-0", which check is there to judge as domain names (no option has a dot).
    private static bool LooksLikeOption(string value) =>
        (value.StartsWith("--", StringComparison.Ordinal) && value.Length > 2 && !value.Contains('.', StringComparison.Ordinal))
        || (value.Length == 2 && value[0] == '-' && char.IsAsciiLetter(value[1]));

    // "--today -x" gives -x to --today, which then reports its own error; only positional values count here.
    private static bool IsOptionValue(ParseResult parse, Token token) =>
        parse.CommandResult.Children.OfType<OptionResult>().Any(o => o.Tokens.Any(t => ReferenceEquals(t, token)));

    private static string UnknownOption(string typed, Command command)
    {
        var names = OptionNames(command).ToList();
        return $"unknown option '{Shown.Of(typed)}' for '{command.Name}'" + Suggestion(typed, names);
    }

    private static string UnknownCommand(string typed, Command root) =>
        $"unknown command '{Shown.Of(typed)}'" + Suggestion(typed, root.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToList());

    private static string Suggestion(string typed, IReadOnlyList<string> candidates) =>
        Names.Suggest(typed, candidates) is { } best ? $"; did you mean {best}?" : ".";

    private static IEnumerable<string> OptionNames(Command command)
    {
        // The command's own options and the recursive ones of its parents (--help).
        var options = command.Options.Concat(command.Parents.OfType<Command>().SelectMany(p => p.Options.Where(o => o.Recursive)));
        foreach (var option in options.Where(o => !o.Hidden))
        {
            yield return option.Name;
            foreach (var alias in option.Aliases.Where(a => a.StartsWith("--", StringComparison.Ordinal))) yield return alias;
        }
    }
}
