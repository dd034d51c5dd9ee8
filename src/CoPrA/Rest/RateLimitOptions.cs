namespace CoPrA.Rest;

/// <summary>
/// Client-side token buckets that keep a client under Coinbase Exchange's REST limits: requests
/// wait (honouring cancellation) rather than fail with 429. Defaults are Coinbase's published
/// limits. The buckets belong to the client's <see cref="CoinbaseSession"/>: clients given one
/// session share them.
/// </summary>
public sealed class RateLimitOptions
{
    /// <summary>Whether requests are paced. On by default.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Public endpoints: 10 requests per second, burst 15 (per IP at Coinbase).</summary>
    public RateLimit Public { get; set; } = new(10, 15);

    /// <summary>Private endpoints: 15 requests per second, burst 30 (per profile at Coinbase).</summary>
    public RateLimit Private { get; set; } = new(15, 30);

    /// <summary>Private <c>/fills</c>: 10 requests per second, burst 20 (per profile at Coinbase).</summary>
    public RateLimit Fills { get; set; } = new(10, 20);
}

/// <summary>
/// A token bucket: a sustained rate and a burst size. Both are checked when set, by the
/// constructor and by <c>with</c>, so that a limit no request could pass is refused at once.
/// </summary>
/// <param name="RequestsPerSecond">Tokens added per second: finite and positive.</param>
/// <param name="Burst">Bucket size: requests allowed at once after a quiet spell; at least 1.</param>
/// <exception cref="ArgumentOutOfRangeException">The rate is NaN, infinite, zero or negative, or the burst is less than 1.</exception>
public sealed record RateLimit(double RequestsPerSecond, int Burst)
{
    private readonly double _requestsPerSecond = CheckRate(RequestsPerSecond);
    private readonly int _burst = CheckBurst(Burst);

    /// <summary>Tokens added per second: finite and positive.</summary>
    public double RequestsPerSecond
    {
        get => _requestsPerSecond;
        init => _requestsPerSecond = CheckRate(value);
    }

    /// <summary>Bucket size: requests allowed at once after a quiet spell; at least 1.</summary>
    public int Burst
    {
        get => _burst;
        init => _burst = CheckBurst(value);
    }

    private static double CheckRate(double value) =>
        double.IsFinite(value) && value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(RequestsPerSecond), value, "A rate limit needs a finite, positive number of requests per second.");

    private static int CheckBurst(int value) =>
        value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(Burst), value, "A rate limit needs a burst of at least 1.");
}
