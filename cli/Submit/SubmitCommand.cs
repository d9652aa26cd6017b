using TldToolkit.Cli.Input;
using TldToolkit.Cli.Output;
using TldToolkit.Cli.Validate;
using TldToolkit.Client.Outcomes;
using TldToolkit.Orders.Json;
using TldToolkit.Validation;

namespace TldToolkit.Cli.Submit;

/// <summary>One order of a submit run: its validation result and how the registrar answered (or that nothing was sent).</summary>
internal sealed record SubmitResult(OrderResult Order, string Outcome, string Message, RegistrarOutcome? Registrar)
{
    public bool Accepted => Outcome is "success" or "pending";
}

/// <summary><c>tldtool submit FILE|DIR|- …</c>: validates every order and submits the valid ones.</summary>
internal static class SubmitCommand
{
    /// <summary>Why a run stops at the first order the registrar refuses to log in for.</summary>
    private const string LoginRefused = "the registrar refused the account's login or password; the remaining orders were not sent";

    public static async Task<int> RunAsync(CliEnvironment env, IReadOnlyList<string> inputs, string language, bool json, string? stateFile, CancellationToken cancellationToken)
    {
        // Ctrl+C stops the run between orders (or turns the order in flight into "unconfirmed"), never mid-way unprinted.
        using var stop = new StopSignals(cancellationToken);
        cancellationToken = stop.Token;
        var catalog = env.Catalog.Value;
        // With --json the reasons a target cannot be used go into the JSON too (and to standard error as ever).
        var problems = new StringWriter();
        await using var target = await RegistrarTarget.OpenAsync(catalog, stateFile, problems, cancellationToken).ConfigureAwait(false);
        env.Error.Write(problems.ToString());
        if (target is null)
        {
            if (json)
            {
                var lines = problems.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(line => line.StartsWith("tldtool: ", StringComparison.Ordinal) ? line["tldtool: ".Length..] : line).ToList();
                new JsonSubmitSink(env.Out, null).End(0, 0, false, lines);
                env.Out.Flush();
            }
            return ExitCodes.InputError;
        }
        env.Error.WriteLine("tldtool: submitting to the " + Shown.Of(target.Description));

        var validator = new OrderValidator(catalog, new ValidationContext(env.Clock), language);
        ISubmitSink sink = json ? new JsonSubmitSink(env.Out, target.Kind) : new PlainSubmitSink(env.Out, language);
        int orders = 0, accepted = 0;
        bool unreadable = false, interrupted = false, loginRefused = false;

        foreach (var source in InputSources.Expand(inputs, env))
        {
            if (interrupted || loginRefused) break;
            int index = 0;
            try
            {
                using var reader = new OrderStreamReader(source.Open(), source.Name);
                while (reader.Next() is { } document)
                {
                    using (document)
                    {
                        SubmitResult result;
                        try
                        {
                            result = await SubmitOneAsync(target, validator, document.RootElement, source.Name, index++, language, cancellationToken).ConfigureAwait(false);
                        }
                        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                        {
                            // Ctrl+C before this order's domain command left (a command already sent comes back
                            // as unconfirmed instead): it was not ordered. Stop here and print what was decided.
                            interrupted = true;
                            break;
                        }
                        catch (Exception e) when (e is not OutOfMemoryException)
                        {
                            // A bug (or a timeout not of our making): the command may have left, so the order is
                            // unconfirmed (sync settles it), never dropped, and the orders before and after it are reported.
                            result = Unexpected(validator, document.RootElement, source.Name, index - 1, language, e);
                        }
                        orders++;
                        if (result.Accepted) accepted++;
                        sink.Write(result);
                        env.Out.Flush(); // each decided order reaches the reader at once, whatever happens next
                        // A wrong password fails every order the same way: stop at the first (settings problem, exit 2).
                        loginRefused = result.Registrar?.Kind == OutcomeKind.AuthenticationFailed;
                    }
                    if (loginRefused) break;
                }
            }
            catch (JsonInputException e)
            {
                unreadable = true;
                Report(env, sink, e);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                unreadable = true;
                Report(env, sink, new JsonInputException(source.Name, e.Message, inner: e));
            }
        }

        sink.End(orders, accepted, interrupted, loginRefused ? [LoginRefused] : []);
        env.Out.Flush();
        if (loginRefused)
        {
            env.Error.WriteLine("tldtool: " + LoginRefused);
            return ExitCodes.InputError;
        }
        if (interrupted)
        {
            env.Error.WriteLine($"tldtool: interrupted; {orders} order(s) handled and printed, the rest not sent");
            return ExitCodes.Interrupted;
        }
        return unreadable ? ExitCodes.InputError : accepted == orders ? ExitCodes.Ok : ExitCodes.Invalid;
    }

    private static async Task<SubmitResult> SubmitOneAsync(RegistrarTarget target, OrderValidator validator, System.Text.Json.JsonElement element,
        string source, int index, string language, CancellationToken cancellationToken)
    {
        // The same checks and words as `tldtool validate`; an invalid order is never sent.
        var parsed = OrderJsonReader.ReadOrder(element);
        var result = validator.Validate(parsed, source, index);
        if (!result.Valid) return new SubmitResult(result, "validation-failed", Loc.Submit(language, "outcome.validation-failed"), null);

        var order = parsed.Order!; // a valid result: the order was read without problems
        var outcome = await target.Client.SubmitAsync(order, cancellationToken).ConfigureAwait(false);
        if (outcome.Kind == OutcomeKind.ValidationFailed)
        {
            // The client validates again (on its own clock); report its findings like ours.
            var errors = outcome.ValidationErrors.Select(e => new ResultError(e.Code, e.Path, e.Message(language))).ToList();
            result = result with { Errors = errors };
        }
        return new SubmitResult(result, OutcomeName(outcome.Kind), outcome.MessageIn(language), outcome);
    }

    private static SubmitResult Unexpected(OrderValidator validator, System.Text.Json.JsonElement element, string source, int index, string language, Exception e)
    {
        var order = validator.Validate(element, source, index);
        var message = Loc.Submit(language, "outcome.unconfirmed") + ": " + e.GetType().Name + ": " + Shown.Of(e.Message);
        return new SubmitResult(order, OutcomeName(OutcomeKind.Unconfirmed), message, null);
    }

    private static void Report(CliEnvironment env, ISubmitSink sink, JsonInputException e)
    {
        sink.InputError(e);
        env.Out.Flush();
        env.Error.WriteLine("tldtool: cannot read " + e.Describe());
    }

    /// <summary>The outcome as JSON and docs spell it: kebab-case of <see cref="OutcomeKind"/>.</summary>
    public static string OutcomeName(OutcomeKind kind) => kind switch
    {
        OutcomeKind.Success => "success",
        OutcomeKind.Pending => "pending",
        OutcomeKind.DomainNotAvailable => "domain-not-available",
        OutcomeKind.InvalidContactData => "invalid-contact-data",
        OutcomeKind.InsufficientFunds => "insufficient-funds",
        OutcomeKind.TldNotSupported => "tld-not-supported",
        OutcomeKind.AdditionalFieldInvalid => "additional-field-invalid",
        OutcomeKind.AuthenticationFailed => "authentication-failed",
        OutcomeKind.TemporaryFailure => "temporary-failure",
        OutcomeKind.ValidationFailed => "validation-failed",
        OutcomeKind.NotFound => "not-found",
        OutcomeKind.ProtocolError => "protocol-error",
        OutcomeKind.Rejected => "rejected",
        _ => "unconfirmed",
    };
}
