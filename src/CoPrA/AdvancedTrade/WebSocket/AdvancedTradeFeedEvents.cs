using System.Text.Json.Serialization;

namespace CoPrA.AdvancedTrade;

/// <summary>One entry of a feed message's <c>events</c>.</summary>
public abstract record AdvancedTradeFeedEvent : ApiObject
{
    /// <summary><c>snapshot</c> (the first after subscribing) or <c>update</c>; empty when absent (heartbeats).</summary>
    public string Type { get; init => field = value ?? ""; } = "";
}

/// <summary>A <c>heartbeats</c> event.</summary>
public sealed record HeartbeatsEvent : AdvancedTradeFeedEvent
{
    /// <summary>The server's time as it writes it (not always a standard format, so kept as text).</summary>
    public string CurrentTime { get; init => field = value ?? ""; } = "";

    /// <summary>The heartbeat's number (sent as a string or a number).</summary>
    public long HeartbeatCounter { get; init; }
}

/// <summary>A <c>candles</c> event.</summary>
public sealed record CandlesEvent : AdvancedTradeFeedEvent
{
    /// <summary>The candles.</summary>
    public List<FeedCandle> Candles { get; init => field = value ?? []; } = [];
}

/// <summary>One five-minute candle.</summary>
public sealed record FeedCandle : ApiObject
{
    /// <summary>Start of the bucket, in Unix seconds.</summary>
    public long Start { get; init; }
    /// <summary>Highest price.</summary>
    public decimal High { get; init; }
    /// <summary>Lowest price.</summary>
    public decimal Low { get; init; }
    /// <summary>First price.</summary>
    public decimal Open { get; init; }
    /// <summary>Last price.</summary>
    public decimal Close { get; init; }
    /// <summary>Volume traded.</summary>
    public decimal Volume { get; init; }
    /// <summary>Product.</summary>
    public string ProductId { get; init => field = value ?? ""; } = "";
}

/// <summary>A <c>status</c> event.</summary>
public sealed record StatusEvent : AdvancedTradeFeedEvent
{
    /// <summary>The products.</summary>
    public List<FeedProductStatus> Products { get; init => field = value ?? []; } = [];
}

/// <summary>One product of a <c>status</c> event.</summary>
public sealed record FeedProductStatus : ApiObject
{
    /// <summary>Product type, for example <c>SPOT</c>.</summary>
    public ProductType? ProductType { get; init; }
    /// <summary>Product id.</summary>
    public string Id { get; init => field = value ?? ""; } = "";
    /// <summary>Base currency.</summary>
    public string? BaseCurrency { get; init; }
    /// <summary>Quote currency.</summary>
    public string? QuoteCurrency { get; init; }
    /// <summary>Smallest size step.</summary>
    public decimal? BaseIncrement { get; init; }
    /// <summary>Smallest price step.</summary>
    public decimal? QuoteIncrement { get; init; }
    /// <summary>Display name.</summary>
    public string? DisplayName { get; init; }
    /// <summary>Status, for example <c>online</c>.</summary>
    public string? Status { get; init; }
    /// <summary>Status message.</summary>
    public string? StatusMessage { get; init; }
    /// <summary>Smallest market order funds.</summary>
    public decimal? MinMarketFunds { get; init; }
}

/// <summary>A <c>ticker</c> or <c>ticker_batch</c> event.</summary>
public sealed record TickerEvent : AdvancedTradeFeedEvent
{
    /// <summary>The tickers.</summary>
    public List<FeedTicker> Tickers { get; init => field = value ?? []; } = [];
}

/// <summary>One product's ticker.</summary>
public sealed record FeedTicker : ApiObject
{
    /// <summary>Ticker type, <c>ticker</c>.</summary>
    public string? Type { get; init; }
    /// <summary>Product.</summary>
    public string ProductId { get; init => field = value ?? ""; } = "";
    /// <summary>Last trade price.</summary>
    public decimal Price { get; init; }
    /// <summary>Volume over 24 hours.</summary>
    [JsonPropertyName("volume_24_h")]
    public decimal? Volume24H { get; init; }
    /// <summary>Lowest price over 24 hours.</summary>
    [JsonPropertyName("low_24_h")]
    public decimal? Low24H { get; init; }
    /// <summary>Highest price over 24 hours.</summary>
    [JsonPropertyName("high_24_h")]
    public decimal? High24H { get; init; }
    /// <summary>Lowest price over 52 weeks.</summary>
    [JsonPropertyName("low_52_w")]
    public decimal? Low52W { get; init; }
    /// <summary>Highest price over 52 weeks.</summary>
    [JsonPropertyName("high_52_w")]
    public decimal? High52W { get; init; }
    /// <summary>Price change over 24 hours, in percent.</summary>
    [JsonPropertyName("price_percent_chg_24_h")]
    public decimal? PricePercentChange24H { get; init; }
    /// <summary>Best bid.</summary>
    public decimal? BestBid { get; init; }
    /// <summary>Best ask.</summary>
    public decimal? BestAsk { get; init; }
    /// <summary>Size at the best bid.</summary>
    public decimal? BestBidQuantity { get; init; }
    /// <summary>Size at the best ask.</summary>
    public decimal? BestAskQuantity { get; init; }
}

/// <summary>A <c>level2</c> event (channel <c>l2_data</c>).</summary>
public sealed record Level2Event : AdvancedTradeFeedEvent
{
    /// <summary>Product.</summary>
    public string ProductId { get; init => field = value ?? ""; } = "";
    /// <summary>The changed levels (every level for a snapshot).</summary>
    public List<Level2Update> Updates { get; init => field = value ?? []; } = [];
}

/// <summary>One price level's new total size.</summary>
public sealed record Level2Update : ApiObject
{
    /// <summary>The side the server writes: <c>bid</c> or <c>offer</c>.</summary>
    public string Side { get; init => field = value ?? ""; } = "";
    /// <summary>When the level changed.</summary>
    public DateTimeOffset? EventTime { get; init; }
    /// <summary>The level's price.</summary>
    public decimal PriceLevel { get; init; }
    /// <summary>The new total size at the price (not a change); 0 removes the level.</summary>
    public decimal NewQuantity { get; init; }

    /// <summary>Whether this is the bid side (otherwise <c>offer</c>, the asks).</summary>
    [JsonIgnore]
    public bool IsBid => Side == "bid";
}

/// <summary>A <c>market_trades</c> event.</summary>
public sealed record MarketTradesEvent : AdvancedTradeFeedEvent
{
    /// <summary>The trades.</summary>
    public List<FeedTrade> Trades { get; init => field = value ?? []; } = [];
}

/// <summary>One trade.</summary>
public sealed record FeedTrade : ApiObject
{
    /// <summary>Trade id.</summary>
    public string TradeId { get; init => field = value ?? ""; } = "";
    /// <summary>Product.</summary>
    public string ProductId { get; init => field = value ?? ""; } = "";
    /// <summary>Price.</summary>
    public decimal Price { get; init; }
    /// <summary>Size.</summary>
    public decimal Size { get; init; }
    /// <summary>The taker's side, <c>BUY</c> or <c>SELL</c>.</summary>
    public OrderSide? Side { get; init; }
    /// <summary>When it happened.</summary>
    public DateTimeOffset? Time { get; init; }
}

/// <summary>A <c>futures_balance_summary</c> event.</summary>
public sealed record FuturesBalanceSummaryEvent : AdvancedTradeFeedEvent
{
    /// <summary>The summary.</summary>
    public FeedFuturesBalanceSummary? FcmBalanceSummary { get; init; }
}

/// <summary>The futures balance summary of the key's owner.</summary>
public sealed record FeedFuturesBalanceSummary : ApiObject
{
    /// <summary>Buying power for futures.</summary>
    public decimal? FuturesBuyingPower { get; init; }
    /// <summary>Total USD balance.</summary>
    public decimal? TotalUsdBalance { get; init; }
    /// <summary>USD balance at Coinbase Inc.</summary>
    public decimal? CbiUsdBalance { get; init; }
    /// <summary>USD balance at the futures commission merchant.</summary>
    public decimal? CfmUsdBalance { get; init; }
    /// <summary>Held for open orders.</summary>
    public decimal? TotalOpenOrdersHoldAmount { get; init; }
    /// <summary>Unrealised profit and loss.</summary>
    public decimal? UnrealizedPnl { get; init; }
    /// <summary>Realised profit and loss of the day.</summary>
    public decimal? DailyRealizedPnl { get; init; }
    /// <summary>Initial margin.</summary>
    public decimal? InitialMargin { get; init; }
    /// <summary>Available margin.</summary>
    public decimal? AvailableMargin { get; init; }
    /// <summary>Liquidation threshold.</summary>
    public decimal? LiquidationThreshold { get; init; }
    /// <summary>Liquidation buffer amount.</summary>
    public decimal? LiquidationBufferAmount { get; init; }
    /// <summary>Liquidation buffer percentage.</summary>
    public decimal? LiquidationBufferPercentage { get; init; }
    /// <summary>The intraday margin window measure, as the server sends it.</summary>
    public System.Text.Json.JsonElement? IntradayMarginWindowMeasure { get; init; }
    /// <summary>The overnight margin window measure, as the server sends it.</summary>
    public System.Text.Json.JsonElement? OvernightMarginWindowMeasure { get; init; }
}

/// <summary>A <c>subscriptions</c> event: what the connection is subscribed to now.</summary>
public sealed record SubscriptionsEvent : AdvancedTradeFeedEvent
{
    /// <summary>Product ids by channel name.</summary>
    public Dictionary<string, List<string>> Subscriptions { get; init => field = value ?? []; } = [];
}
