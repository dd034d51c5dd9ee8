using System.Net;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Text.Json.Serialization.Metadata;
using CoPrA.Diagnostics;
using CoPrA.Rest;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace CoPrA.Http;

// Retries of idempotent requests.
internal sealed partial class HttpPipeline
{
    private static readonly ResiliencePropertyKey<string> RequestPathKey = new("CoPrA.RequestPath");
    private static readonly ResiliencePropertyKey<string> RequestMethodKey = new("CoPrA.RequestMethod");

    /// <summary>
    /// Failures worth another try: rate limiting, server errors, timeouts, broken connections. A 429
    /// whose Retry-After is longer than <paramref name="maxDelay"/> is not retried: retrying sooner
    /// than the server asked would only earn another 429.
    /// </summary>
    /// <param name="exception">The failure.</param>
    /// <param name="maxDelay">The longest wait the retry options allow.</param>
    public static bool ShouldRetry(Exception exception, TimeSpan maxDelay) => exception switch
    {
        RateLimitExceededException { RetryAfter: { } retryAfter } => retryAfter <= maxDelay,
        RateLimitExceededException => true,
        ApiRequestException api => (int)api.StatusCode >= 500 && api.StatusCode != HttpStatusCode.NotImplemented,
        HttpRequestException or TimeoutException or IOException => true,
        _ => false,
    };

    /// <summary>
    /// Sends a GET with retries, anything else once (only GET is idempotent: an order or transfer
    /// whose answer was lost may have been accepted). The first attempt runs outside the retry
    /// pipeline, so that a request that succeeds costs none of the pipeline's allocations; a
    /// failure worth retrying is then replayed as the pipeline's first attempt, so that checks,
    /// delays, logs and the number of retries are exactly those of the pipeline.
    /// </summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<PipelineReply<T>> SendWithRetriesAsync<T>(PipelineRequest request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        if (request.Method != HttpMethod.Get || _retryPipeline == ResiliencePipeline.Empty)
        {
            return await SendOnceAsync(request, typeInfo, cancellationToken).ConfigureAwait(false);
        }

        ExceptionDispatchInfo firstFailure;
        try
        {
            // The pipeline checks the token before every attempt; so does its hoisted first one.
            cancellationToken.ThrowIfCancellationRequested();
            return await SendOnceAsync(request, typeInfo, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ShouldRetry(ex, _maxRetryDelay))
        {
            // A failure the pipeline would wait out and retry: a caller who has cancelled meanwhile
            // gets the cancellation, as the pipeline's own wait would give it.
            cancellationToken.ThrowIfCancellationRequested();
            firstFailure = ExceptionDispatchInfo.Capture(ex);
        }

        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(RequestPathKey, request.Path);
        try
        {
            return await _retryPipeline.ExecuteAsync(
                static (ctx, state) =>
                {
                    if (Interlocked.Exchange(ref state.FirstFailure.Value, null) is { } first)
                    {
                        first.Throw();
                    }

                    return state.Pipeline.SendOnceAsync(state.Request, state.TypeInfo, ctx.CancellationToken);
                },
                context,
                (Pipeline: this, Request: request, TypeInfo: typeInfo, FirstFailure: new StrongBox<ExceptionDispatchInfo?>(firstFailure))).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>
    /// Runs a request that is safe to repeat (a cancel, a lookup) under the retry pipeline, as GETs
    /// are; each attempt is sent, and signed, afresh.
    /// </summary>
    /// <param name="method">The HTTP method, for the retry log.</param>
    /// <param name="path">The path, for the retry log.</param>
    /// <param name="send">Sends one attempt.</param>
    /// <param name="cancellationToken">Cancels the attempts and the waits.</param>
    public async Task<T> RetryIdempotentAsync<T>(HttpMethod method, string path, Func<CancellationToken, Task<T>> send, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(RequestMethodKey, method.Method);
        context.Properties.Set(RequestPathKey, path);
        try
        {
            return await _retryPipeline.ExecuteAsync(static async (ctx, send) => await send(ctx.CancellationToken).ConfigureAwait(false), context, send).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private static ResiliencePipeline BuildRetryPipeline(RetryOptions options, TimeProvider timeProvider, ILogger logger, string serverAddress)
    {
        if (!options.Enabled || options.MaxRetries <= 0)
        {
            return ResiliencePipeline.Empty;
        }

        return new ResiliencePipelineBuilder { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                ShouldHandle = new PredicateBuilder().Handle<Exception>(ex => ShouldRetry(ex, options.MaxDelay)),
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Exception is RateLimitExceededException { RetryAfter: { } retryAfter }
                        ? (TimeSpan?)RetryAfterDelay(retryAfter, args.AttemptNumber, options)
                        : null),
                OnRetry = args =>
                {
                    string method = args.Context.Properties.GetValue(RequestMethodKey, "GET");
                    Log.Retrying(logger, method, args.Context.Properties.GetValue(RequestPathKey, "?"), args.RetryDelay.TotalMilliseconds, args.AttemptNumber + 1, args.Outcome.Exception?.Message ?? "no answer");
                    CoPrATelemetry.Retries.Add(1, new KeyValuePair<string, object?>("http.request.method", method), new KeyValuePair<string, object?>("server.address", serverAddress));
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    /// <summary>
    /// The wait before retrying a 429 that carried Retry-After: never shorter than the server asked,
    /// nor than the backoff step (<c>BaseDelay × 2^attempt</c>, capped at <c>MaxDelay</c>).
    /// </summary>
    private static TimeSpan RetryAfterDelay(TimeSpan retryAfter, int attempt, RetryOptions options)
    {
        double backoffTicks = Math.Min(options.BaseDelay.Ticks * Math.Pow(2, attempt), options.MaxDelay.Ticks);
        return TimeSpan.FromTicks(Math.Max(retryAfter.Ticks, (long)backoffTicks));
    }
}
