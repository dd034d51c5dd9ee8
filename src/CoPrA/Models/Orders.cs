namespace CoPrA;

/// <summary>An order (<c>POST /orders</c>, <c>GET /orders</c>, <c>GET /orders/{order_id}</c>).</summary>
public sealed record Order : ApiObject
{
    /// <summary>Order id.</summary>
    public string Id { get; init => field = value ?? ""; } = "";
    /// <summary>Product.</summary>
    public string ProductId { get; init => field = value ?? ""; } = "";
    /// <summary>Profile that placed the order.</summary>
    public string? ProfileId { get; init; }
    /// <summary>Side.</summary>
    public Side Side { get; init; }
    /// <summary>Type: limit, market or stop.</summary>
    public OrderType Type { get; init; }
    /// <summary>Limit price.</summary>
    public decimal? Price { get; init; }
    /// <summary>Size in the base currency.</summary>
    public decimal? Size { get; init; }
    /// <summary>Funds in the quote currency, after fees are reserved.</summary>
    public decimal? Funds { get; init; }
    /// <summary>Funds as specified by the client.</summary>
    public decimal? SpecifiedFunds { get; init; }
    /// <summary>Time in force.</summary>
    public TimeInForce? TimeInForce { get; init; }
    /// <summary>Expiry of a GTT order.</summary>
    public DateTimeOffset? ExpireTime { get; init; }
    /// <summary>Whether the order may only add liquidity.</summary>
    public bool? PostOnly { get; init; }
    /// <summary>Self-trade prevention flag.</summary>
    public SelfTradePrevention? Stp { get; init; }
    /// <summary>Stop direction of a stop order.</summary>
    public StopType? Stop { get; init; }
    /// <summary>Trigger price of a stop order.</summary>
    public decimal? StopPrice { get; init; }
    /// <summary>Limit price of a take-profit/stop-loss order.</summary>
    public decimal? StopLimitPrice { get; init; }
    /// <summary>When the order was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }
    /// <summary>When the order finished.</summary>
    public DateTimeOffset? DoneAt { get; init; }
    /// <summary>Why the order finished: filled, canceled and others.</summary>
    public string? DoneReason { get; init; }
    /// <summary>Why the order was rejected.</summary>
    public string? RejectReason { get; init; }
    /// <summary>Fees paid so far.</summary>
    public decimal? FillFees { get; init; }
    /// <summary>Size filled so far.</summary>
    public decimal? FilledSize { get; init; }
    /// <summary>Value filled so far in the quote currency.</summary>
    public decimal? ExecutedValue { get; init; }
    /// <summary>Status.</summary>
    public OrderStatus Status { get; init; }
    /// <summary>Whether the order's funds have settled.</summary>
    public bool? Settled { get; init; }
    /// <summary>The client's own id for the order.</summary>
    public string? ClientOid { get; init; }
    /// <summary>Market type: spot or rfq.</summary>
    public string? MarketType { get; init; }
}

/// <summary>A fill: part or all of an order that traded (<c>GET /fills</c>).</summary>
public sealed record Fill : ApiObject
{
    /// <summary>Trade id (the pagination cursor).</summary>
    public long TradeId { get; init; }
    /// <summary>Product.</summary>
    public string ProductId { get; init => field = value ?? ""; } = "";
    /// <summary>Order that filled.</summary>
    public string OrderId { get; init => field = value ?? ""; } = "";
    /// <summary>User.</summary>
    public string? UserId { get; init; }
    /// <summary>Profile.</summary>
    public string? ProfileId { get; init; }
    /// <summary>Maker, taker or other.</summary>
    public Liquidity Liquidity { get; init; }
    /// <summary>Price.</summary>
    public decimal Price { get; init; }
    /// <summary>Size.</summary>
    public decimal Size { get; init; }
    /// <summary>Fee paid.</summary>
    public decimal Fee { get; init; }
    /// <summary>When the fill happened.</summary>
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>Side of the order that filled.</summary>
    public Side Side { get; init; }
    /// <summary>Whether the fill has settled.</summary>
    public bool? Settled { get; init; }
    /// <summary>Value in USD.</summary>
    public decimal? UsdVolume { get; init; }
    /// <summary>Market type: spot or rfq.</summary>
    public string? MarketType { get; init; }
    /// <summary>Currency that funded the fill.</summary>
    public string? FundingCurrency { get; init; }
}
