namespace CoPrA.AdvancedTrade;

/// <summary>A product's order book (<c>GET /product_book</c>, <c>GET /market/product_book</c>).</summary>
public sealed record ProductBookResponse : ApiObject
{
    /// <summary>The book.</summary>
    public Pricebook? Pricebook { get; init; }
    /// <summary>Last trade price.</summary>
    public decimal? Last { get; init; }
    /// <summary>Mid-market price.</summary>
    public decimal? MidMarket { get; init; }
    /// <summary>Spread in basis points.</summary>
    public decimal? SpreadBps { get; init; }
    /// <summary>Spread in the quote currency.</summary>
    public decimal? SpreadAbsolute { get; init; }
}

/// <summary>Bids and asks of one product.</summary>
public sealed record Pricebook : ApiObject
{
    /// <summary>Product.</summary>
    public string ProductId { get; init => field = value ?? ""; } = "";
    /// <summary>Bids, best first.</summary>
    public List<PricebookLevel> Bids { get; init => field = value ?? []; } = [];
    /// <summary>Asks, best first.</summary>
    public List<PricebookLevel> Asks { get; init => field = value ?? []; } = [];
    /// <summary>Time of the book.</summary>
    public DateTimeOffset? Time { get; init; }
}

/// <summary>One price level of a book: the total size at a price.</summary>
public sealed record PricebookLevel : ApiObject
{
    /// <summary>Price.</summary>
    public decimal Price { get; init; }
    /// <summary>Total size at the price.</summary>
    public decimal Size { get; init; }
}

/// <summary>Best bid and ask of products (<c>GET /best_bid_ask</c>).</summary>
public sealed record BestBidAskResponse : ApiObject
{
    /// <summary>One book per product, each with its best levels.</summary>
    public List<Pricebook> Pricebooks { get; init => field = value ?? []; } = [];
}

/// <summary>Candles of a product (<c>GET /products/{product_id}/candles</c>), newest first.</summary>
public sealed record CandlesResponse : ApiObject
{
    /// <summary>The candles.</summary>
    public List<AdvancedCandle> Candles { get; init => field = value ?? []; } = [];
}

/// <summary>One candle.</summary>
public sealed record AdvancedCandle : ApiObject
{
    /// <summary>Start of the candle in Unix seconds (sent as a string).</summary>
    public long? Start { get; init; }
    /// <summary>Lowest price.</summary>
    public decimal? Low { get; init; }
    /// <summary>Highest price.</summary>
    public decimal? High { get; init; }
    /// <summary>Opening price.</summary>
    public decimal? Open { get; init; }
    /// <summary>Closing price.</summary>
    public decimal? Close { get; init; }
    /// <summary>Volume in the base currency.</summary>
    public decimal? Volume { get; init; }
}

/// <summary>Recent trades of a product (<c>GET /products/{product_id}/ticker</c>).</summary>
public sealed record MarketTradesResponse : ApiObject
{
    /// <summary>The trades.</summary>
    public List<MarketTrade> Trades { get; init => field = value ?? []; } = [];
    /// <summary>Best bid.</summary>
    public decimal? BestBid { get; init; }
    /// <summary>Best ask.</summary>
    public decimal? BestAsk { get; init; }
}

/// <summary>One public trade.</summary>
public sealed record MarketTrade : ApiObject
{
    /// <summary>Trade id.</summary>
    public string TradeId { get; init => field = value ?? ""; } = "";
    /// <summary>Product.</summary>
    public string? ProductId { get; init; }
    /// <summary>Price.</summary>
    public decimal? Price { get; init; }
    /// <summary>Size.</summary>
    public decimal? Size { get; init; }
    /// <summary>When the trade happened.</summary>
    public DateTimeOffset? Time { get; init; }
    /// <summary>Side of the taker.</summary>
    public OrderSide? Side { get; init; }
    /// <summary>Best bid at the time.</summary>
    public decimal? Bid { get; init; }
    /// <summary>Best ask at the time.</summary>
    public decimal? Ask { get; init; }
    /// <summary>Venue.</summary>
    public string? Exchange { get; init; }
}
