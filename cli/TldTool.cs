using System.CommandLine;
using TldToolkit.Cli.Check;
using TldToolkit.Cli.Explain;
using TldToolkit.Cli.Lint;
using TldToolkit.Cli.Output;
using TldToolkit.Cli.Usage;
using TldToolkit.Cli.Validate;

namespace TldToolkit.Cli;

/// <summary>The command tree of <c>tldtool</c>.</summary>
internal static partial class TldTool
{
    public static int Run(string[] args, CliEnvironment env)
    {
        var root = Build(env);
        if (args.Length == 0)
        {
            // No command: show what there is.
            root.Parse(["--help"]).Invoke(new InvocationConfiguration { Output = env.Error, Error = env.Error });
            return ExitCodes.InputError;
        }
        var parse = root.Parse(args);
        if (parse.Action is not System.CommandLine.Help.HelpAction && UsageErrors.Find(parse) is { Count: > 0 } errors)
        {
            foreach (var error in errors) env.Error.WriteLine("tldtool: " + error);
            env.Error.WriteLine(UsageErrors.HelpHint(parse));
            return ExitCodes.InputError;
        }
        return parse.Invoke(new InvocationConfiguration { Output = env.Out, Error = env.Error });
    }

    private static Option<string> LanguageOption() => new Option<string>("--lang", "-l")
    {
        Description = "Language of customer-facing text: " + Loc.List("en", Loc.Languages, or: true) + ".",
        DefaultValueFactory = _ => "en",
        HelpName = string.Join("|", Loc.Languages),
    }.AcceptOnlyFromAmong([.. Loc.Languages]);

    public static RootCommand Build(CliEnvironment env)
    {
        var root = new RootCommand("tldtool: validate domain orders per TLD, explain a TLD's rules, check domain names and lint TLD data.");
        root.Subcommands.Add(ValidateCommandLine(env));
        root.Subcommands.Add(ExplainCommandLine(env));
        root.Subcommands.Add(CheckCommandLine(env));
        root.Subcommands.Add(CatalogCommandLine(env));
        root.Subcommands.Add(LintCommandLine(env));
        AddRegistrarCommands(root, env);
        return root;
    }

    private static Command ValidateCommandLine(CliEnvironment env)
    {
        var inputs = new Argument<string[]>("input")
        {
            Description = "Order files (one order or an array of orders, see docs/orders.md), directories of *.json files, or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var lang = LanguageOption();
        var json = new Option<bool>("--json") { Description = "Print {\"results\":[…]} as JSON instead of text." };
        var today = new Option<string?>("--today")
        {
            Description = "Validate as if today were this date (YYYY-MM-DD), e.g. to test renewal windows.",
            HelpName = "YYYY-MM-DD",
        };
        today.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } text && !ValidateCommand.TryParseDate(text, out _))
                result.AddError($"'{text}' is not a date in the form YYYY-MM-DD.");
        });
        var command = new Command("validate", "Validate orders against their TLD's rules and report every problem. Exit code 0: all valid, 1: some invalid, 2: input unreadable.")
        {
            inputs, lang, json, today,
        };
        command.SetAction(parse =>
        {
            DateOnly? date = parse.GetValue(today) is { } t && ValidateCommand.TryParseDate(t, out var d) ? d : null;
            return ValidateCommand.Run(env, parse.GetValue(inputs)!, parse.GetValue(lang)!, parse.GetValue(json), date);
        });
        return command;
    }

    private static Command ExplainCommandLine(CliEnvironment env)
    {
        var tld = new Argument<string>("tld") { Description = "The TLD, e.g. .ca, com.au, рф." };
        var lang = LanguageOption();
        var json = new Option<bool>("--json") { Description = "Print the rules as JSON." };
        var schema = new Option<bool>("--schema") { Description = "Print a JSON Schema (draft-07) of this TLD's order form, titled in --lang." };
        var command = new Command("explain", "Explain a TLD's rules in plain words, as JSON, or as an order-form JSON Schema.")
        {
            tld, lang, json, schema,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(json) && result.GetValue(schema)) result.AddError("--json and --schema cannot be combined.");
        });
        command.SetAction(parse => ExplainCommand.Run(env, parse.GetValue(tld)!, parse.GetValue(lang)!, parse.GetValue(json), parse.GetValue(schema)));
        return command;
    }

    private static Command CatalogCommandLine(CliEnvironment env)
    {
        var json = new Option<bool>("--json") { Description = "Print the counts as JSON." };
        var command = new Command("catalog", "Count the catalog's TLDs by coverage (verified, baseline, unverified, closed) and by kind.") { json };
        command.SetAction(parse => CatalogCommand.Run(env, parse.GetValue(json)));
        return command;
    }

    private static Command CheckCommandLine(CliEnvironment env)
    {
        var domain = new Argument<string>("domain") { Description = "A domain name, e.g. fußball.de or xn--fuball-cta.de." };
        var lang = LanguageOption();
        var json = new Option<bool>("--json") { Description = "Print the result as JSON." };
        var idnLanguage = new Option<string?>("--idn-language") { Description = "The IDN language tag, where the TLD asks for one (e.g. de)." };
        var command = new Command("check", "Check a domain name against its TLD's label and IDN rules. Exit code 0: valid, 1: problems or unknown TLD.")
        {
            domain, lang, json, idnLanguage,
        };
        command.SetAction(parse => CheckCommand.Run(env, parse.GetValue(domain)!, parse.GetValue(lang)!, parse.GetValue(json), parse.GetValue(idnLanguage)));
        return command;
    }

    private static Command LintCommandLine(CliEnvironment env)
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "TLD definition files or directories of them (default: tld-data of the repository around the current directory).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("lint", "Check TLD definition files with the generator's own checks (what a build reports); prints file:line:col: TLDnnnn message. Exit code 0: clean, 1: errors.")
        {
            paths,
        };
        command.SetAction(parse => LintCommand.Run(env, parse.GetValue(paths) ?? []));
        return command;
    }
}
