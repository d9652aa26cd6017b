using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace TldToolkit.Client.Transport;

/// <summary>
/// The resilience pipeline of the registrar HTTP client: retries and per-attempt timeouts for
/// idempotent queries only. A request is a query when the transport marked it with
/// <see cref="IdempotentOption"/>; commands that change something (AddDomain, TransferDomain,
/// RenewDomain, ...) pass through untouched: never retried, never cut short by the attempt timeout.
/// </summary>
public static class RegistrarResilience
{
    /// <summary>The request option the transport sets on idempotent queries.</summary>
    public static readonly HttpRequestOptionsKey<bool> IdempotentOption = new("TldToolkit.Idempotent");

    /// <summary>Adds the query retry and attempt timeout to <paramref name="builder"/>.</summary>
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, RegistrarOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        var attempt = options.QueryAttemptTimeout < options.Timeout ? options.QueryAttemptTimeout : options.Timeout;
        if (options.QueryRetries > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.QueryRetries,
                Delay = options.QueryRetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = args => ValueTask.FromResult(
                    IsIdempotent(args.Context)
                    && !args.Context.CancellationToken.IsCancellationRequested
                    && (HttpClientResiliencePredicates.IsTransient(args.Outcome) || args.Outcome.Exception is TimeoutRejectedException)),
            });
        }
        builder.AddTimeout(new TimeoutStrategyOptions
        {
            TimeoutGenerator = args => ValueTask.FromResult(IsIdempotent(args.Context) ? attempt : Timeout.InfiniteTimeSpan),
        });
    }

    /// <summary>True when the request in <paramref name="context"/> is an idempotent query.</summary>
    public static bool IsIdempotent(ResilienceContext context) =>
        context.GetRequestMessage() is { } request && request.Options.TryGetValue(IdempotentOption, out var idempotent) && idempotent;
}
