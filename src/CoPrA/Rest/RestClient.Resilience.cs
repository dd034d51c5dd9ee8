using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace CoPrA.Rest;

// Retries of idempotent requests and the clock synchronisation that keeps signatures valid.
public sealed partial class RestClient
{
    private static readonly ResiliencePropertyKey<string> RequestPathKey = new("CoPrA.RequestPath");

    /// <summary>
    /// Learns the offset between the local clock and the server's from <c>GET /time</c> and applies
    /// it to every signature from now on. The client also does this by itself, once, when the
    /// server answers "request timestamp expired".
    /// </summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>Server time minus local time.</returns>
    public async Task<TimeSpan> SyncTimeAsync(CancellationToken cancellationToken = default)
    {
        long started = _timeProvider.GetTimestamp();
        var sentAt = _timeProvider.GetUtcNow();
        var server = await ServerTimeAsync(cancellationToken).ConfigureAwait(false);

        // The server read its clock about half-way through the round trip.
        var localMidpoint = sentAt + (_timeProvider.GetElapsedTime(started) / 2);
        var serverNow = server.Epoch > 0 ? DateTimeOffset.FromUnixTimeMilliseconds((long)(server.Epoch * 1000)) : server.Iso;
        var offset = serverNow - localMidpoint;
        if (Signer is not null)
        {
            Signer.ClockOffset = offset;
        }

        Log.ClockSynced(_logger, offset.TotalMilliseconds);
        return offset;
    }

    private static ResiliencePipeline BuildRetryPipeline(RetryOptions options, TimeProvider timeProvider, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
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
                ShouldHandle = new PredicateBuilder().Handle<Exception>(IsTransient),
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Exception is RateLimitExceededException { RetryAfter: { } retryAfter }
                        ? (TimeSpan?)TimeSpan.FromTicks(Math.Clamp(retryAfter.Ticks, 0, options.MaxDelay.Ticks))
                        : null),
                OnRetry = args =>
                {
                    Log.Retrying(logger, args.Context.Properties.GetValue(RequestPathKey, "?"), args.RetryDelay.TotalMilliseconds, args.AttemptNumber + 1, args.Outcome.Exception?.Message ?? "no answer");
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    /// <summary>Failures worth another try: rate limiting, server errors, timeouts, broken connections.</summary>
    private static bool IsTransient(Exception exception) => exception switch
    {
        RateLimitExceededException => true,
        ApiRequestException api => (int)api.StatusCode >= 500 && api.StatusCode != HttpStatusCode.NotImplemented,
        HttpRequestException or TimeoutException or IOException => true,
        _ => false,
    };
}
