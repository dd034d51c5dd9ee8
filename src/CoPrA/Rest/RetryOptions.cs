namespace CoPrA.Rest;

/// <summary>
/// Automatic retries of idempotent requests (GET only) on 429, 5xx, timeouts and network errors,
/// with exponential backoff and jitter. POST and DELETE are never retried automatically: an order
/// or a transfer might have been accepted even though the answer was lost. The one exception is
/// <see cref="RestClient.CancelAllAsync"/> with <c>stop: true</c>, whose cancels are safe to repeat.
/// </summary>
public sealed class RetryOptions
{
    /// <summary>Whether GET requests are retried. On by default.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Retries after the first attempt (3 by default).</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Delay before the first retry; doubles on each retry, with jitter (250 ms by default).</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Longest backoff delay between two attempts (30 s by default). A 429 whose Retry-After is
    /// longer than this is not retried: its <see cref="RateLimitExceededException"/> is thrown.
    /// </summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);
}
