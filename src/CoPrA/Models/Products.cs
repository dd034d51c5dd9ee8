using System.Text.Json.Serialization;

namespace CoPrA;

/// <summary>A trading pair (<c>GET /products</c>, <c>GET /products/{product_id}</c>).</summary>
public sealed record Product : ApiObject
{
    /// <summary>Product id, for example <c>BTC-USD</c>.</summary>
    public string Id { get; init => field = value ?? ""; } = "";
    /// <summary>Base currency.</summary>
    public string BaseCurrency { get; init => field = value ?? ""; } = "";
    /// <summary>Quote currency.</summary>
    public string QuoteCurrency { get; init => field = value ?? ""; } = "";
    /// <summary>Price increment in the quote currency.</summary>
    public decimal? QuoteIncrement { get; init; }
    /// <summary>Size increment in the base currency.</summary>
    public decimal? BaseIncrement { get; init; }
    /// <summary>Display name, for example <c>BTC/USD</c>.</summary>
    public string? DisplayName { get; init; }
    /// <summary>Smallest notional value of an order.</summary>
    public decimal? MinMarketFunds { get; init; }
    /// <summary>Whether margin trading is enabled.</summary>
    public bool? MarginEnabled { get; init; }
    /// <summary>Only post-only orders are accepted.</summary>
    public bool? PostOnly { get; init; }
    /// <summary>Only limit orders are accepted.</summary>
    public bool? LimitOnly { get; init; }
    /// <summary>Only cancellations are accepted.</summary>
    public bool? CancelOnly { get; init; }
    /// <summary>Status: online, offline, internal or delisted.</summary>
    public string? Status { get; init; }
    /// <summary>Explanation of the status.</summary>
    public string? StatusMessage { get; init; }
    /// <summary>Whether trading is disabled.</summary>
    public bool? TradingDisabled { get; init; }
    /// <summary>Whether this is a stablecoin/fiat pair.</summary>
    public bool? FxStablecoin { get; init; }
    /// <summary>Largest slippage allowed for market orders, as a fraction.</summary>
    public decimal? MaxSlippagePercentage { get; init; }
    /// <summary>Whether the product is in auction mode.</summary>
    public bool? AuctionMode { get; init; }
    /// <summary>Percentage above the best bid that a buy may not exceed.</summary>
    public decimal? HighBidLimitPercentage { get; init; }
}

/// <summary>An order book snapshot (<c>GET /products/{product_id}/book</c>).</summary>
public sealed record OrderBook : ApiObject
{
    /// <summary>Feed sequence number the snapshot corresponds to.</summary>
    public long Sequence { get; init; }
    /// <summary>Bids, best first.</summary>
    public IReadOnlyList<BookLevel> Bids { get; init => field = value ?? []; } = [];
    /// <summary>Asks, best first.</summary>
    public IReadOnlyList<BookLevel> Asks { get; init => field = value ?? []; } = [];
    /// <summary>Snapshot time.</summary>
    public DateTimeOffset? Time { get; init; }
    /// <summary>Whether the product is in auction mode.</summary>
    public bool? AuctionMode { get; init; }
    /// <summary>Auction details while the product is in auction mode.</summary>
    public Auction? Auction { get; init; }
}

/// <summary>
/// One book row. Levels 1 and 2 carry an order count (<c>[price, size, num_orders]</c>); level 3
/// carries one order's id (<c>[price, size, order_id]</c>).
/// </summary>
/// <param name="Price">Price.</param>
/// <param name="Size">Size at that price (level 1/2) or of that order (level 3).</param>
/// <param name="NumOrders">Number of orders at the level (level 1 and 2).</param>
/// <param name="OrderId">The order's id (level 3).</param>
[JsonConverter(typeof(BookLevelConverter))]
public sealed record BookLevel(decimal Price, decimal Size, int? NumOrders = null, string? OrderId = null);

/// <summary>Auction state of a product in auction mode.</summary>
public sealed record Auction : ApiObject
{
    /// <summary>Indicative open price.</summary>
    public decimal? OpenPrice { get; init; }
    /// <summary>Indicative open size.</summary>
    public decimal? OpenSize { get; init; }
    /// <summary>Best bid price.</summary>
    public decimal? BestBidPrice { get; init; }
    /// <summary>Best bid size.</summary>
    public decimal? BestBidSize { get; init; }
    /// <summary>Best ask price.</summary>
    public decimal? BestAskPrice { get; init; }
    /// <summary>Best ask size.</summary>
    public decimal? BestAskSize { get; init; }
    /// <summary>Auction state, for example <c>collection</c>.</summary>
    public string? AuctionState { get; init; }
    /// <summary>Whether the auction can open.</summary>
    public string? CanOpen { get; init; }
    /// <summary>Time of the auction state.</summary>
    public DateTimeOffset? Time { get; init; }
}

/// <summary>The last trade and best quotes of a product (<c>GET /products/{product_id}/ticker</c>).</summary>
public sealed record ProductTicker : ApiObject
{
    /// <summary>Id of the last trade.</summary>
    public long TradeId { get; init; }
    /// <summary>Last trade price.</summary>
    public decimal Price { get; init; }
    /// <summary>Last trade size.</summary>
    public decimal Size { get; init; }
    /// <summary>Best bid.</summary>
    public decimal? Bid { get; init; }
    /// <summary>Best ask.</summary>
    public decimal? Ask { get; init; }
    /// <summary>24-hour volume in the base currency.</summary>
    public decimal? Volume { get; init; }
    /// <summary>24-hour RFQ volume.</summary>
    public decimal? RfqVolume { get; init; }
    /// <summary>24-hour conversions volume.</summary>
    public decimal? ConversionsVolume { get; init; }
    /// <summary>Time of the last trade.</summary>
    public DateTimeOffset? Time { get; init; }
}

/// <summary>A public trade (<c>GET /products/{product_id}/trades</c>).</summary>
public sealed record Trade : ApiObject
{
    /// <summary>Trade id (the pagination cursor).</summary>
    public long TradeId { get; init; }
    /// <summary>Time of the trade.</summary>
    public DateTimeOffset Time { get; init; }
    /// <summary>Price.</summary>
    public decimal Price { get; init; }
    /// <summary>Size.</summary>
    public decimal Size { get; init; }
    /// <summary>The maker's side.</summary>
    public Side Side { get; init; }
}

/// <summary>One candle (<c>GET /products/{product_id}/candles</c>), sent as <c>[time, low, high, open, close, volume]</c>.</summary>
/// <param name="Time">Start of the interval.</param>
/// <param name="Low">Lowest price.</param>
/// <param name="High">Highest price.</param>
/// <param name="Open">First price.</param>
/// <param name="Close">Last price.</param>
/// <param name="Volume">Volume in the base currency.</param>
[JsonConverter(typeof(CandleConverter))]
public sealed record Candle(DateTimeOffset Time, decimal Low, decimal High, decimal Open, decimal Close, decimal Volume);

/// <summary>24-hour and 30-day statistics of a product (<c>GET /products/{product_id}/stats</c>).</summary>
public sealed record ProductStats : ApiObject
{
    /// <summary>Price 24 hours ago.</summary>
    public decimal? Open { get; init; }
    /// <summary>24-hour high.</summary>
    public decimal? High { get; init; }
    /// <summary>24-hour low.</summary>
    public decimal? Low { get; init; }
    /// <summary>Last price.</summary>
    public decimal? Last { get; init; }
    /// <summary>24-hour volume in the base currency.</summary>
    public decimal? Volume { get; init; }
    /// <summary>30-day volume in the base currency.</summary>
    [JsonPropertyName("volume_30day")]
    public decimal? Volume30Day { get; init; }
    /// <summary>24-hour RFQ volume.</summary>
    [JsonPropertyName("rfq_volume_24hour")]
    public decimal? RfqVolume24Hour { get; init; }
    /// <summary>30-day RFQ volume.</summary>
    [JsonPropertyName("rfq_volume_30day")]
    public decimal? RfqVolume30Day { get; init; }
    /// <summary>24-hour conversions volume.</summary>
    [JsonPropertyName("conversions_volume_24hour")]
    public decimal? ConversionsVolume24Hour { get; init; }
    /// <summary>30-day conversions volume.</summary>
    [JsonPropertyName("conversions_volume_30day")]
    public decimal? ConversionsVolume30Day { get; init; }
}

/// <summary>The server's clock (<c>GET /time</c>).</summary>
public sealed record ServerTime : ApiObject
{
    /// <summary>Server time as an ISO 8601 instant.</summary>
    public DateTimeOffset Iso { get; init; }
    /// <summary>Server time in Unix seconds with a fraction.</summary>
    public decimal Epoch { get; init; }
}
