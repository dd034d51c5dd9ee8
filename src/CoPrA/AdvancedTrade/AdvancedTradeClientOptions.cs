using CoPrA.Rest;

namespace CoPrA.AdvancedTrade;

/// <summary>Settings of an <see cref="AdvancedTradeClient"/>.</summary>
public sealed class AdvancedTradeClientOptions : CoinbaseClientOptions
{
    /// <summary>Root of the API; <see cref="AdvancedTradeClient.ProductionUrl"/> by default. Paths start with <c>/api/v3/brokerage</c>.</summary>
    public string BaseUrl { get; set; } = AdvancedTradeClient.ProductionUrl;

    /// <summary>The CDP API key that signs requests; null for a client of public data only.</summary>
    public CdpApiKey? ApiKey { get; set; }

    /// <summary>
    /// The session to share with other Advanced Trade clients of the same key (its JWT signer, clock
    /// offset and rate-limit buckets), made with <see cref="CoinbaseSession(CdpApiKey, AdvancedTradeRateLimitOptions, TimeProvider)"/>.
    /// Null (the default) gives the client a session of its own made from <see cref="ApiKey"/>,
    /// <see cref="RateLimits"/> and <see cref="CoinbaseClientOptions.TimeProvider"/>; with a session,
    /// those must be left unset or agree with it.
    /// </summary>
    public CoinbaseSession? Session { get; set; }

    /// <summary>Client-side pacing under Advanced Trade's published rate limits.</summary>
    public AdvancedTradeRateLimitOptions RateLimits { get; set; } = new();

    /// <summary>
    /// Safe order placement (on by default): when the answer to <c>POST /orders</c> or
    /// <c>POST /orders/close_position</c> is lost, the order is looked up by its client_order_id in the
    /// product's recent orders before it is sent again with the same client_order_id. See docs/orders.md.
    /// </summary>
    public SafePlacementOptions SafePlacement { get; set; } = new();
}
