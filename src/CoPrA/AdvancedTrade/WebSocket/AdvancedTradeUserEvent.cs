using System.Text.Json;

namespace CoPrA.AdvancedTrade;

/// <summary>A <c>user</c> event: the key owner's orders (a snapshot comes in batches of 50) and positions.</summary>
public sealed record UserEvent : AdvancedTradeFeedEvent
{
    /// <summary>Orders that changed (every open order for a snapshot).</summary>
    public List<UserOrderUpdate> Orders { get; init => field = value ?? []; } = [];

    /// <summary>Futures positions, when sent.</summary>
    public UserPositions? Positions { get; init; }
}

/// <summary>One order as the <c>user</c> channel reports it.</summary>
public sealed record UserOrderUpdate : ApiObject
{
    /// <summary>Order id.</summary>
    public string OrderId { get; init => field = value ?? ""; } = "";
    /// <summary>The client's own id for the order.</summary>
    public string? ClientOrderId { get; init; }
    /// <summary>Product.</summary>
    public string? ProductId { get; init; }
    /// <summary>Product type.</summary>
    public ProductType? ProductType { get; init; }
    /// <summary>Status, for example <c>OPEN</c>, <c>FILLED</c>, <c>CANCELLED</c>.</summary>
    public AdvancedOrderStatus? Status { get; init; }
    /// <summary>Side.</summary>
    public OrderSide? OrderSide { get; init; }
    /// <summary>Order type.</summary>
    public AdvancedOrderType? OrderType { get; init; }
    /// <summary>Time in force.</summary>
    public AdvancedTimeInForce? TimeInForce { get; init; }
    /// <summary>Size filled so far.</summary>
    public decimal? CumulativeQuantity { get; init; }
    /// <summary>Size still open.</summary>
    public decimal? LeavesQuantity { get; init; }
    /// <summary>Average price of the fills.</summary>
    public decimal? AvgPrice { get; init; }
    /// <summary>Limit price.</summary>
    public decimal? LimitPrice { get; init; }
    /// <summary>Stop price.</summary>
    public decimal? StopPrice { get; init; }
    /// <summary>Value filled.</summary>
    public decimal? FilledValue { get; init; }
    /// <summary>Fees so far.</summary>
    public decimal? TotalFees { get; init; }
    /// <summary>Value after fees.</summary>
    public decimal? TotalValueAfterFees { get; init; }
    /// <summary>Percentage filled.</summary>
    public decimal? CompletionPercentage { get; init; }
    /// <summary>Number of fills.</summary>
    public int? NumberOfFills { get; init; }
    /// <summary>Amount on hold for the order.</summary>
    public decimal? OutstandingHoldAmount { get; init; }
    /// <summary>Whether the order only makes liquidity.</summary>
    public bool? PostOnly { get; init; }
    /// <summary>Why the order was cancelled, if it was.</summary>
    public string? CancelReason { get; init; }
    /// <summary>Why the order was rejected, if it was.</summary>
    public string? RejectReason { get; init; }
    /// <summary>Contract expiry type (futures).</summary>
    public ContractExpiryType? ContractExpiryType { get; init; }
    /// <summary>Portfolio of the order.</summary>
    public string? RetailPortfolioId { get; init; }
    /// <summary>Who manages the order's risk.</summary>
    public string? RiskManagedBy { get; init; }
    /// <summary>State of a stop trigger.</summary>
    public string? TriggerStatus { get; init; }
    /// <summary>When the order was created.</summary>
    public DateTimeOffset? CreationTime { get; init; }
    /// <summary>When the order ends (good-till-date).</summary>
    public DateTimeOffset? EndTime { get; init; }
    /// <summary>When the order starts (TWAP).</summary>
    public DateTimeOffset? StartTime { get; init; }
}

/// <summary>The key owner's futures positions, as the server sends them.</summary>
public sealed record UserPositions : ApiObject
{
    /// <summary>Perpetual futures positions.</summary>
    public List<JsonElement> PerpetualFuturesPositions { get; init => field = value ?? []; } = [];

    /// <summary>Expiring futures positions.</summary>
    public List<JsonElement> ExpiringFuturesPositions { get; init => field = value ?? []; } = [];
}
