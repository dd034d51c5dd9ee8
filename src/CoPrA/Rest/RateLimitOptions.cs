namespace CoPrA.Rest;

/// <summary>
/// Client-side token buckets that keep a client under Coinbase Exchange's REST limits: requests
/// wait (honouring cancellation) rather than fail with 429. Defaults are Coinbase's published
/// limits. The buckets belong to one <see cref="RestClient"/>; share the client to share them.
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

/// <summary>A token bucket: a sustained rate and a burst size.</summary>
/// <param name="RequestsPerSecond">Tokens added per second.</param>
/// <param name="Burst">Bucket size: requests allowed at once after a quiet spell.</param>
public sealed record RateLimit(double RequestsPerSecond, int Burst);
