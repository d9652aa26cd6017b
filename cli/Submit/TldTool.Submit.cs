using System.CommandLine;
using TldToolkit.Cli.Sandbox;
using TldToolkit.Cli.Submit;
using TldToolkit.Cli.Sync;

namespace TldToolkit.Cli;

// submit, sync and sandbox: the commands that talk to a registrar (see docs/submit.md).
internal static partial class TldTool
{
    private static void AddRegistrarCommands(RootCommand root, CliEnvironment env)
    {
        root.Subcommands.Add(SubmitCommandLine(env));
        root.Subcommands.Add(SyncCommandLine(env));
        root.Subcommands.Add(SandboxCommandLine(env));
    }

    private static Option<string?> StateOption() => new("--state")
    {
        Description = "State file of the embedded sandbox (default .tldtool/sandbox.json in the current directory). Ignored when TldToolkit:Registrar:Endpoint is configured.",
        HelpName = "FILE",
    };

    private static Command SubmitCommandLine(CliEnvironment env)
    {
        var inputs = new Argument<string[]>("input")
        {
            Description = "Order files (see docs/orders.md), directories of *.json files, or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var lang = LanguageOption();
        var json = new Option<bool>("--json") { Description = "Print {\"results\":[…]} as JSON: validate's fields plus outcome, sent, message and the registrar's code and description." };
        var state = StateOption();
        var command = new Command("submit", "Validate orders and submit the valid ones to the registrar: the embedded sandbox, or the endpoint configured as TldToolkit:Registrar:Endpoint (appsettings.json, user secrets id tldtool, or environment TldToolkit__Registrar__Endpoint, __Login, __Password). Exit code 0: every order succeeded or is pending, 1: some did not, 2: input or settings unusable.")
        {
            inputs, lang, json, state,
        };
        command.SetAction((parse, ct) => SubmitCommand.RunAsync(env, parse.GetValue(inputs)!, parse.GetValue(lang)!, parse.GetValue(json), parse.GetValue(state), ct));
        return command;
    }

    private static Command SyncCommandLine(CliEnvironment env)
    {
        var domains = new Argument<string[]>("domain")
        {
            Description = "Domains to sync (default: every domain of the embedded sandbox's state file).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var transfers = new Option<bool>("--transfers") { Description = "Sync transfers (completed / failed / pending) instead of domains." };
        var lang = LanguageOption();
        var json = new Option<bool>("--json") { Description = "Print {\"domains\":[…]} (or {\"transfers\":[…]}) as JSON." };
        var state = StateOption();
        var command = new Command("sync", "Ask the registrar what became of domains, in batches of 50: active (with expiry), pending, cancelled, transferred away or error. Exit code 0: every domain answered, 1: errors, 2: settings unusable.")
        {
            domains, transfers, lang, json, state,
        };
        command.SetAction((parse, ct) => SyncCommand.RunAsync(env, parse.GetValue(domains) ?? [], parse.GetValue(transfers), parse.GetValue(lang)!, parse.GetValue(json), parse.GetValue(state), ct));
        return command;
    }

    private static Command SandboxCommandLine(CliEnvironment env)
    {
        var port = new Option<int>("--port")
        {
            Description = "Port on 127.0.0.1 (default 0: a free port).",
            HelpName = "N",
        };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535) result.AddError("--port must be between 0 and 65535.");
        });
        var state = new Option<string?>("--state") { Description = "Keep the sandbox's books in this JSON file between runs.", HelpName = "FILE" };
        // The rest are SandboxProgram's own options, passed on as typed; it holds their defaults.
        var login = new Option<string?>("--login") { Description = "Login of the sandbox account (default sandbox).", HelpName = "NAME" };
        var password = new Option<string?>("--password") { Description = "Password of the sandbox account (default sandbox); never printed.", HelpName = "PASSWORD" };
        var balance = new Option<decimal>("--balance") { Description = "Starting balance of the account (default 1000).", HelpName = "AMOUNT" };
        var asyncDelay = new Option<double>("--async-delay") { Description = "Seconds until an asynchronous registration completes (default 600).", HelpName = "SECONDS" };
        var transferDelay = new Option<double>("--transfer-delay") { Description = "Seconds until a transfer completes (default 432000, five days).", HelpName = "SECONDS" };
        var command = new Command("sandbox", "Run the sandbox registrar standalone on 127.0.0.1 and print its URL; stops with Ctrl+C. Entity 1234; login and password sandbox unless --login and --password say otherwise.")
        {
            port, state, login, password, balance, asyncDelay, transferDelay,
        };
        command.SetAction((parse, ct) =>
        {
            // Only what was typed, so SandboxProgram's defaults stay the only ones.
            var passOn = new List<string>();
            foreach (var option in new Option[] { login, password, balance, asyncDelay, transferDelay })
                if (parse.GetResult(option) is { } given)
                    passOn.AddRange([option.Name, Convert.ToString(given.GetValueOrDefault<object>(), System.Globalization.CultureInfo.InvariantCulture)!]);
            return SandboxCommand.RunAsync(env, parse.GetValue(port), parse.GetValue(state), passOn, ct);
        });
        return command;
    }
}
