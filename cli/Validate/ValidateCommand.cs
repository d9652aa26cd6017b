using System.Globalization;
using Spectre.Console;
using TldToolkit.Cli.Input;
using TldToolkit.Cli.Output;
using TldToolkit.Validation;

namespace TldToolkit.Cli.Validate;

/// <summary><c>tldtool validate FILE|DIR|- …</c>: every order with all its problems.</summary>
internal static class ValidateCommand
{
    /// <summary>Inputs above this size get a progress bar at a terminal.</summary>
    private const long ProgressThresholdBytes = 512 * 1024;

    public static int Run(CliEnvironment env, IReadOnlyList<string> inputs, string language, bool json, DateOnly? today)
    {
        var clock = today is { } date ? new FixedClock(date) : env.Clock;
        var validator = new OrderValidator(env.Catalog.Value, new ValidationContext(clock), language);
        var sources = InputSources.Expand(inputs, env).ToList();
        var tally = new Tally();
        bool unreadable = false;

        IAnsiConsole? console = null;
        IResultSink sink;
        if (json) sink = new JsonResultSink(env.Out);
        else if (env.OutputIsTerminal)
        {
            console = Terminal.Create(env.Out);
            sink = new TableResultSink(console, language);
        }
        else sink = new PlainResultSink(env.Out, language);

        long totalBytes = sources.Sum(s => s.Length ?? 0);
        if (console is not null && totalBytes >= ProgressThresholdBytes)
        {
            console.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask(Output.Loc.T(language, "validating"), maxValue: totalBytes);
                    long done = 0;
                    foreach (var source in sources)
                    {
                        unreadable |= !RunSource(env, source, validator, sink, tally, position => task.Value = done + position);
                        done += source.Length ?? 0;
                        task.Value = done;
                    }
                });
        }
        else
        {
            foreach (var source in sources)
                unreadable |= !RunSource(env, source, validator, sink, tally, null);
        }

        sink.End(tally);
        env.Out.Flush();
        return unreadable ? ExitCodes.InputError : tally.Invalid > 0 ? ExitCodes.Invalid : ExitCodes.Ok;
    }

    // Streams one source through the validator; false when it could not be read to the end.
    private static bool RunSource(CliEnvironment env, InputSource source, OrderValidator validator, IResultSink sink, Tally tally, Action<long>? progress)
    {
        int index = 0;
        try
        {
            using var reader = new OrderStreamReader(source.Open(), source.Name);
            while (reader.Next() is { } document)
            {
                using (document)
                {
                    var result = validator.Validate(document.RootElement, source.Name, index++);
                    tally.Orders++;
                    if (result.Valid) tally.Valid++;
                    sink.Write(result);
                }
                if (progress is not null && (index & 63) == 0) progress(reader.Position);
            }
            return true;
        }
        catch (JsonInputException e)
        {
            Report(env, sink, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Report(env, sink, new JsonInputException(source.Name, e.Message, inner: e));
        }
        return false;
    }

    private static void Report(CliEnvironment env, IResultSink sink, JsonInputException e)
    {
        sink.InputError(e);
        env.Out.Flush();
        env.Error.WriteLine("tldtool: cannot read " + e.Describe());
    }

    /// <summary>Parses --today.</summary>
    public static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private sealed class FixedClock(DateOnly today) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
    }
}
