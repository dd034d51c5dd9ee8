namespace CoPrA.AdvancedTrade;

/// <summary>An Advanced Trade order (<c>GET /orders/historical/batch</c>, <c>GET /orders/historical/{order_id}</c>).</summary>
public sealed record AdvancedOrder : ApiObject
{
    /// <summary>Order id.</summary>
    public string OrderId { get; init => field = value ?? ""; } = "";
    /// <summary>Product, for example <c>BTC-USD</c>.</summary>
    public string? ProductId { get; init; }
    /// <summary>User that placed the order.</summary>
    public string? UserId { get; init; }
    /// <summary>The order's configuration: its kind, sizes and prices.</summary>
    public OrderConfiguration? OrderConfiguration { get; init; }
    /// <summary>Side.</summary>
    public OrderSide? Side { get; init; }
    /// <summary>The client's own id for the order.</summary>
    public string? ClientOrderId { get; init; }
    /// <summary>Status.</summary>
    public AdvancedOrderStatus? Status { get; init; }
    /// <summary>Time in force.</summary>
    public AdvancedTimeInForce? TimeInForce { get; init; }
    /// <summary>When the order was created.</summary>
    public DateTimeOffset? CreatedTime { get; init; }
    /// <summary>Percentage filled.</summary>
    public decimal? CompletionPercentage { get; init; }
    /// <summary>Size filled.</summary>
    public decimal? FilledSize { get; init; }
    /// <summary>Average price of the fills.</summary>
    public decimal? AverageFilledPrice { get; init; }
    /// <summary>Fee (deprecated by Coinbase in favour of <see cref="TotalFees"/>).</summary>
    public decimal? Fee { get; init; }
    /// <summary>Number of fills.</summary>
    public long? NumberOfFills { get; init; }
    /// <summary>Value filled, in the quote currency.</summary>
    public decimal? FilledValue { get; init; }
    /// <summary>Whether a cancel request is pending.</summary>
    public bool? PendingCancel { get; init; }
    /// <summary>Whether the order was sized in the quote currency.</summary>
    public bool? SizeInQuote { get; init; }
    /// <summary>Fees paid.</summary>
    public decimal? TotalFees { get; init; }
    /// <summary>Whether the size includes fees.</summary>
    public bool? SizeInclusiveOfFees { get; init; }
    /// <summary>Filled value after fees.</summary>
    public decimal? TotalValueAfterFees { get; init; }
    /// <summary>Trigger status of a stop or bracket order, for example <c>INVALID_ORDER_TYPE</c>.</summary>
    public string? TriggerStatus { get; init; }
    /// <summary>Order type.</summary>
    public AdvancedOrderType? OrderType { get; init; }
    /// <summary>Why the order was rejected.</summary>
    public string? RejectReason { get; init; }
    /// <summary>Whether the order has settled.</summary>
    public bool? Settled { get; init; }
    /// <summary>Product type.</summary>
    public ProductType? ProductType { get; init; }
    /// <summary>Rejection message.</summary>
    public string? RejectMessage { get; init; }
    /// <summary>Cancellation message.</summary>
    public string? CancelMessage { get; init; }
    /// <summary>Where the order was placed from.</summary>
    public OrderPlacementSource? OrderPlacementSource { get; init; }
    /// <summary>Funds still on hold for the order.</summary>
    public decimal? OutstandingHoldAmount { get; init; }
    /// <summary>Whether the order is a liquidation.</summary>
    public bool? IsLiquidation { get; init; }
    /// <summary>When the order last filled.</summary>
    public DateTimeOffset? LastFillTime { get; init; }
    /// <summary>Edits made to the order.</summary>
    public List<OrderEdit> EditHistory { get; init => field = value ?? []; } = [];
    /// <summary>Leverage of a derivatives order.</summary>
    public decimal? Leverage { get; init; }
    /// <summary>Margin type of a derivatives order.</summary>
    public MarginType? MarginType { get; init; }
    /// <summary>Portfolio of the order.</summary>
    public string? RetailPortfolioId { get; init; }
    /// <summary>Order this one originated from (for attached orders).</summary>
    public string? OriginatingOrderId { get; init; }
    /// <summary>Order attached to this one.</summary>
    public string? AttachedOrderId { get; init; }
}

/// <summary>One edit of an order (<c>edit_history</c>).</summary>
public sealed record OrderEdit : ApiObject
{
    /// <summary>New limit price.</summary>
    public decimal? Price { get; init; }
    /// <summary>New size.</summary>
    public decimal? Size { get; init; }
    /// <summary>When the edit was accepted.</summary>
    public DateTimeOffset? ReplaceAcceptTimestamp { get; init; }
}

/// <summary>A page of orders (<c>GET /orders/historical/batch</c>).</summary>
public sealed record ListOrdersResponse : ApiObject
{
    /// <summary>The orders of this page.</summary>
    public List<AdvancedOrder> Orders { get; init => field = value ?? []; } = [];
    /// <summary>Sequence number (sent as a string or a number).</summary>
    public long? Sequence { get; init; }
    /// <summary>Whether another page follows.</summary>
    public bool? HasNext { get; init; }
    /// <summary>Cursor to send for the next page.</summary>
    public string? Cursor { get; init; }
}

/// <summary>One order (<c>GET /orders/historical/{order_id}</c>).</summary>
public sealed record GetOrderResponse : ApiObject
{
    /// <summary>The order.</summary>
    public AdvancedOrder? Order { get; init; }
}

/// <summary>A fill of an order (<c>GET /orders/historical/fills</c>).</summary>
public sealed record AdvancedFill : ApiObject
{
    /// <summary>Fill id.</summary>
    public string EntryId { get; init => field = value ?? ""; } = "";
    /// <summary>Trade id.</summary>
    public string? TradeId { get; init; }
    /// <summary>Order that filled.</summary>
    public string? OrderId { get; init; }
    /// <summary>When the trade happened.</summary>
    public DateTimeOffset? TradeTime { get; init; }
    /// <summary>Kind of trade, for example <c>FILL</c>.</summary>
    public string? TradeType { get; init; }
    /// <summary>Price.</summary>
    public decimal? Price { get; init; }
    /// <summary>Size.</summary>
    public decimal? Size { get; init; }
    /// <summary>Commission paid.</summary>
    public decimal? Commission { get; init; }
    /// <summary>Product.</summary>
    public string? ProductId { get; init; }
    /// <summary>When the fill was sequenced.</summary>
    public DateTimeOffset? SequenceTimestamp { get; init; }
    /// <summary>Whether the fill made or took liquidity, for example <c>MAKER</c>.</summary>
    public string? LiquidityIndicator { get; init; }
    /// <summary>Whether the size is in the quote currency.</summary>
    public bool? SizeInQuote { get; init; }
    /// <summary>User of the order.</summary>
    public string? UserId { get; init; }
    /// <summary>Side.</summary>
    public OrderSide? Side { get; init; }
    /// <summary>Portfolio of the order.</summary>
    public string? RetailPortfolioId { get; init; }
}

/// <summary>A page of fills (<c>GET /orders/historical/fills</c>); there is no <c>has_next</c>, an empty cursor ends the list.</summary>
public sealed record ListFillsResponse : ApiObject
{
    /// <summary>The fills of this page.</summary>
    public List<AdvancedFill> Fills { get; init => field = value ?? []; } = [];
    /// <summary>Cursor to send for the next page.</summary>
    public string? Cursor { get; init; }
}

/// <summary>
/// Answer to creating an order (<c>POST /orders</c>). Coinbase answers HTTP 200 even when it rejects
/// the order: only an explicit <c>success: false</c> is a rejection, with the reason in <see cref="ErrorResponse"/>.
/// </summary>
public record CreateOrderResponse : ApiObject
{
    /// <summary>Whether the order was accepted (not whether it filled); null when the server left it out.</summary>
    public bool? Success { get; init; }
    /// <summary>Deprecated; typically <c>UNKNOWN_FAILURE_REASON</c> even on success.</summary>
    public string? FailureReason { get; init; }
    /// <summary>Order id; empty when rejected.</summary>
    public string? OrderId { get; init; }
    /// <summary>Details of an accepted order.</summary>
    public CreateOrderSuccess? SuccessResponse { get; init; }
    /// <summary>Why the order was rejected.</summary>
    public CreateOrderError? ErrorResponse { get; init; }
    /// <summary>The order's configuration as the server understood it.</summary>
    public OrderConfiguration? OrderConfiguration { get; init; }
}

/// <summary>Answer to closing a position (<c>POST /orders/close_position</c>): shaped like <see cref="CreateOrderResponse"/>.</summary>
public sealed record ClosePositionResponse : CreateOrderResponse;

/// <summary>The <c>success_response</c> of an accepted order.</summary>
public sealed record CreateOrderSuccess : ApiObject
{
    /// <summary>Order id.</summary>
    public string? OrderId { get; init; }
    /// <summary>Product.</summary>
    public string? ProductId { get; init; }
    /// <summary>Side.</summary>
    public OrderSide? Side { get; init; }
    /// <summary>The client's own id for the order.</summary>
    public string? ClientOrderId { get; init; }
    /// <summary>Id of the attached order, if one was attached.</summary>
    public string? AttachedOrderId { get; init; }
}

/// <summary>The <c>error_response</c> of a rejected order. Codes are open-ended and kept as text.</summary>
public sealed record CreateOrderError : ApiObject
{
    /// <summary>Error code, for example <c>INSUFFICIENT_FUND</c>.</summary>
    public string? Error { get; init; }
    /// <summary>Message.</summary>
    public string? Message { get; init; }
    /// <summary>Details.</summary>
    public string? ErrorDetails { get; init; }
    /// <summary>Preview failure code, for example <c>PREVIEW_INSUFFICIENT_FUND</c>.</summary>
    public string? PreviewFailureReason { get; init; }
    /// <summary>New-order failure code, for example <c>INSUFFICIENT_FUND</c>.</summary>
    public string? NewOrderFailureReason { get; init; }
}

/// <summary>Answer to previewing an order (<c>POST /orders/preview</c>).</summary>
public sealed record PreviewOrderResponse : ApiObject
{
    /// <summary>Total the order would cost.</summary>
    public decimal? OrderTotal { get; init; }
    /// <summary>Commission that would be charged (an amount, not a rate).</summary>
    public decimal? CommissionTotal { get; init; }
    /// <summary>What would make the order fail, for example <c>PREVIEW_INSUFFICIENT_FUND</c> (open-ended codes).</summary>
    public List<string> Errs { get; init => field = value ?? []; } = [];
    /// <summary>Warnings (open-ended codes).</summary>
    public List<string> Warning { get; init => field = value ?? []; } = [];
    /// <summary>Size in the quote currency.</summary>
    public decimal? QuoteSize { get; init; }
    /// <summary>Size in the base currency.</summary>
    public decimal? BaseSize { get; init; }
    /// <summary>Best bid.</summary>
    public decimal? BestBid { get; init; }
    /// <summary>Best ask.</summary>
    public decimal? BestAsk { get; init; }
    /// <summary>Whether the order uses the whole tradable balance.</summary>
    public bool? IsMax { get; init; }
    /// <summary>Margin the order would use.</summary>
    public decimal? OrderMarginTotal { get; init; }
    /// <summary>Leverage.</summary>
    public decimal? Leverage { get; init; }
    /// <summary>Long leverage.</summary>
    public decimal? LongLeverage { get; init; }
    /// <summary>Short leverage.</summary>
    public decimal? ShortLeverage { get; init; }
    /// <summary>Expected slippage.</summary>
    public decimal? Slippage { get; init; }
    /// <summary>Preview id, which a create request may quote.</summary>
    public string? PreviewId { get; init; }
    /// <summary>Current liquidation buffer.</summary>
    public decimal? CurrentLiquidationBuffer { get; init; }
    /// <summary>Liquidation buffer after the order.</summary>
    public decimal? ProjectedLiquidationBuffer { get; init; }
    /// <summary>Maximum leverage.</summary>
    public decimal? MaxLeverage { get; init; }
    /// <summary>Expected profit and loss of a bracket (an estimate without fees and slippage).</summary>
    public PnlConfiguration? PnlConfiguration { get; init; }
    /// <summary>How a TWAP order would be sliced.</summary>
    public TwapBucketMetadata? TwapBucketMetadata { get; init; }
    /// <summary>Position notional limit.</summary>
    public decimal? PositionNotionalLimit { get; init; }
    /// <summary>Maximum notional at the requested leverage.</summary>
    public decimal? MaxNotionalAtRequestedLeverage { get; init; }
    /// <summary>Margin ratios before and after the order.</summary>
    public MarginRatioData? MarginRatioData { get; init; }
    /// <summary>Breakdown of the commission.</summary>
    public CommissionDetailTotal? CommissionDetailTotal { get; init; }
}

/// <summary>The <c>pnl_configuration</c> of an order preview.</summary>
public sealed record PnlConfiguration : ApiObject
{
    /// <summary>Expected results of a bracket's two legs.</summary>
    public TriggerBracketPnl? TriggerBracketPnl { get; init; }
}

/// <summary>Expected results of a bracket's legs.</summary>
public sealed record TriggerBracketPnl : ApiObject
{
    /// <summary>Profit if the take-profit leg fills.</summary>
    public decimal? TakeProfitPnl { get; init; }
    /// <summary>Loss if the stop leg fills.</summary>
    public decimal? StopLossPnl { get; init; }
}

/// <summary>The <c>twap_bucket_metadata</c> of an order preview.</summary>
public sealed record TwapBucketMetadata : ApiObject
{
    /// <summary>Duration of one slice, as the server writes it (for example <c>300s</c>).</summary>
    public string? BucketDuration { get; init; }
    /// <summary>Size of one slice.</summary>
    public decimal? BucketSize { get; init; }
    /// <summary>Number of slices (sent as a string or a number).</summary>
    public long? NumberBuckets { get; init; }
    /// <summary>When slicing starts.</summary>
    public DateTimeOffset? StartTime { get; init; }
    /// <summary>When slicing ends.</summary>
    public DateTimeOffset? EndTime { get; init; }
}

/// <summary>The <c>margin_ratio_data</c> of an order preview.</summary>
public sealed record MarginRatioData : ApiObject
{
    /// <summary>Margin ratio now.</summary>
    public decimal? CurrentMarginRatio { get; init; }
    /// <summary>Margin ratio after the order.</summary>
    public decimal? ProjectedMarginRatio { get; init; }
}

/// <summary>The <c>commission_detail_total</c> of an order preview.</summary>
public sealed record CommissionDetailTotal : ApiObject
{
    /// <summary>Total commission.</summary>
    public decimal? TotalCommission { get; init; }
    /// <summary>Goods and services tax part.</summary>
    public decimal? GstCommission { get; init; }
    /// <summary>Withholding part.</summary>
    public decimal? WithholdingCommission { get; init; }
    /// <summary>Client part.</summary>
    public decimal? ClientCommission { get; init; }
}

/// <summary>Answer to editing an order (<c>POST /orders/edit</c>).</summary>
public sealed record EditOrderResponse : ApiObject
{
    /// <summary>Whether the edit was accepted; null when the server left it out.</summary>
    public bool? Success { get; init; }
    /// <summary>Details of an accepted edit.</summary>
    public EditOrderSuccess? SuccessResponse { get; init; }
    /// <summary>Why the edit was rejected.</summary>
    public EditOrderError? ErrorResponse { get; init; }
    /// <summary>Reasons the edit failed.</summary>
    public List<EditOrderFailure> Errors { get; init => field = value ?? []; } = [];
}

/// <summary>The <c>success_response</c> of an accepted edit.</summary>
public sealed record EditOrderSuccess : ApiObject
{
    /// <summary>Order id.</summary>
    public string? OrderId { get; init; }
}

/// <summary>The <c>error_response</c> of a rejected edit.</summary>
public sealed record EditOrderError : ApiObject
{
    /// <summary>Details.</summary>
    public string? ErrorDetails { get; init; }
    /// <summary>Failure code (open-ended).</summary>
    public string? EditOrderFailureReason { get; init; }
}

/// <summary>One entry of <c>errors</c> of an edit or edit preview.</summary>
public sealed record EditOrderFailure : ApiObject
{
    /// <summary>Edit failure code (open-ended).</summary>
    public string? EditFailureReason { get; init; }
    /// <summary>Preview failure code (open-ended).</summary>
    public string? PreviewFailureReason { get; init; }
}

/// <summary>Answer to previewing an edit (<c>POST /orders/edit_preview</c>).</summary>
public sealed record EditOrderPreviewResponse : ApiObject
{
    /// <summary>Reasons the edit would fail.</summary>
    public List<EditOrderFailure> Errors { get; init => field = value ?? []; } = [];
    /// <summary>Expected slippage.</summary>
    public decimal? Slippage { get; init; }
    /// <summary>Total the edited order would cost.</summary>
    public decimal? OrderTotal { get; init; }
    /// <summary>Commission that would be charged.</summary>
    public decimal? CommissionTotal { get; init; }
    /// <summary>Size in the quote currency.</summary>
    public decimal? QuoteSize { get; init; }
    /// <summary>Size in the base currency.</summary>
    public decimal? BaseSize { get; init; }
    /// <summary>Best bid.</summary>
    public decimal? BestBid { get; init; }
    /// <summary>Best ask.</summary>
    public decimal? BestAsk { get; init; }
    /// <summary>Average price of the fills so far.</summary>
    public decimal? AverageFilledPrice { get; init; }
}

/// <summary>Answer to cancelling orders (<c>POST /orders/batch_cancel</c>): one result per order.</summary>
public sealed record CancelOrdersResponse : ApiObject
{
    /// <summary>One result per order id sent.</summary>
    public List<CancelOrderResult> Results { get; init => field = value ?? []; } = [];
}

/// <summary>Result of cancelling one order.</summary>
public sealed record CancelOrderResult : ApiObject
{
    /// <summary>Whether the cancel was accepted; null when the server left it out.</summary>
    public bool? Success { get; init; }
    /// <summary>Why it failed (open-ended code).</summary>
    public string? FailureReason { get; init; }
    /// <summary>Order id.</summary>
    public string? OrderId { get; init; }
}
