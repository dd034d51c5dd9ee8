using CoPrA.Rest;

namespace CoPrA.AdvancedTrade;

/// <summary>
/// Client-side token buckets that keep an <see cref="AdvancedTradeClient"/> under Advanced Trade's
/// REST limits (requests wait rather than fail with 429). They belong to the client's
/// <see cref="CoinbaseSession"/>: clients given one session share them.
/// </summary>
public sealed class AdvancedTradeRateLimitOptions
{
    /// <summary>Whether requests are paced. On by default.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Public endpoints (<c>/api/v3/brokerage/market/...</c> and <c>/time</c>): 10 requests per second per IP, burst 10.</summary>
    public RateLimit Public { get; set; } = new(10, 10);

    /// <summary>Every other endpoint: 30 requests per second per user, burst 30.</summary>
    public RateLimit Private { get; set; } = new(30, 30);

    internal AdvancedTradeRateLimitOptions Copy() => new() { Enabled = Enabled, Public = Public, Private = Private };

    internal bool SameAs(AdvancedTradeRateLimitOptions other) => Enabled == other.Enabled && Public == other.Public && Private == other.Private;
}
