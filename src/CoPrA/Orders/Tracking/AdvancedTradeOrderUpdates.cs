using CoPrA.AdvancedTrade;

namespace CoPrA.Orders.Tracking;

/// <summary>
/// Advanced Trade's half of the lifecycle: which <c>status</c> means which <see cref="TrackedOrderState"/>
/// (the table in docs/orders.md), and the user channel's orders and the REST answers as updates.
/// The channel reports running totals (<c>cumulative_quantity</c>, <c>avg_price</c>, <c>total_fees</c>),
/// never single trades, so its updates carry figures and no fills: fills come from REST.
/// </summary>
internal static class AdvancedTradeOrderUpdates
{
    /// <summary>The state a status shows; null for CANCEL_QUEUED (the cancel may still lose to a fill) and for statuses this version does not know.</summary>
    public static TrackedOrderState? State(AdvancedOrderStatus? status) => status?.ToString() switch
    {
        "PENDING" or "QUEUED" => TrackedOrderState.Pending,
        "OPEN" => TrackedOrderState.Open, // partially filled once anything filled: the lifecycle does that
        "FILLED" => TrackedOrderState.Filled,
        "CANCELLED" => TrackedOrderState.Cancelled,
        "EXPIRED" => TrackedOrderState.Expired,
        "FAILED" => TrackedOrderState.Rejected,
        _ => null,
    };

    /// <summary>One order of a <c>user</c> event.</summary>
    public static OrderUpdate FromFeed(UserOrderUpdate order, DateTimeOffset? time)
    {
        var state = State(order.Status);
        return new OrderUpdate
        {
            OrderId = NullIfEmpty(order.OrderId),
            ClientOrderId = NullIfEmpty(order.ClientOrderId),
            ProductId = order.ProductId,
            Side = ToSide(order.OrderSide),
            Price = order.LimitPrice,
            State = state,
            FilledSize = order.CumulativeQuantity,
            ExecutedValue = order.CumulativeQuantity * order.AvgPrice,
            Fees = order.TotalFees,
            Time = time,
            CreatedAt = order.CreationTime,
            DoneAt = state >= TrackedOrderState.Filled ? time : null,
        };
    }

    /// <summary>A placement's answer: the ids, product and side, and the size and price it was sent with.</summary>
    public static OrderUpdate FromPlacement(CreateOrderResponse response)
    {
        var success = response.SuccessResponse;
        var (size, price, funds) = Amounts(response.OrderConfiguration);
        return new OrderUpdate
        {
            OrderId = NullIfEmpty(response.OrderId ?? success?.OrderId),
            ClientOrderId = NullIfEmpty(success?.ClientOrderId),
            ProductId = success?.ProductId,
            Side = ToSide(success?.Side),
            Size = size,
            Price = price,
            Funds = funds,
        };
    }

    /// <summary>An order as <c>GET .../orders/historical/{order_id}</c> or the listing answers it, with the fills listed for it.</summary>
    public static OrderUpdate FromRest(AdvancedOrder order, IReadOnlyList<AdvancedFill>? fills = null)
    {
        var state = State(order.Status);
        var (size, price, funds) = Amounts(order.OrderConfiguration);
        return new OrderUpdate
        {
            OrderId = NullIfEmpty(order.OrderId),
            ClientOrderId = NullIfEmpty(order.ClientOrderId),
            ProductId = order.ProductId,
            Side = ToSide(order.Side),
            Size = size,
            Price = price,
            Funds = funds,
            State = state,
            FilledSize = order.FilledSize,
            ExecutedValue = order.FilledValue ?? order.FilledSize * order.AverageFilledPrice,
            Fees = order.TotalFees,
            Fills = fills is null ? [] : [.. fills.Where(fill => !string.IsNullOrEmpty(fill.TradeId)).Select(Fill)],
            Time = order.LastFillTime ?? order.CreatedTime,
            CreatedAt = order.CreatedTime,
        };
    }

    private static TrackedFill Fill(AdvancedFill fill) => new(
        fill.TradeId!,
        fill.Price ?? 0,
        fill.Size ?? 0,
        fill.Commission ?? 0,
        fill.LiquidityIndicator switch
        {
            "MAKER" => Liquidity.Maker,
            "TAKER" => Liquidity.Taker,
            _ => Liquidity.Unknown,
        },
        fill.TradeTime ?? fill.SequenceTimestamp ?? default);

    /// <summary>The base size, limit price and quote size of whichever variant the configuration holds.</summary>
    private static (decimal? Size, decimal? Price, decimal? Funds) Amounts(OrderConfiguration? configuration)
    {
        OrderVariant? variant = configuration is null ? null
            : configuration.MarketMarketIoc ?? configuration.MarketMarketFok ?? configuration.SorLimitIoc
              ?? configuration.LimitLimitGtc ?? configuration.LimitLimitGtd ?? configuration.LimitLimitFok
              ?? configuration.TwapLimitGtd ?? configuration.StopLimitStopLimitGtc ?? configuration.StopLimitStopLimitGtd
              ?? configuration.TriggerBracketGtc ?? (OrderVariant?)configuration.TriggerBracketGtd;
        decimal? price = variant switch
        {
            LimitPricedVariant limit => limit.LimitPrice,
            StopLimitStopLimitGtc stopLimit => stopLimit.LimitPrice,
            TriggerBracketGtc bracket => bracket.LimitPrice,
            _ => null,
        };
        decimal? funds = variant is QuoteOrBaseSizedVariant and not LimitPricedVariant ? ((QuoteOrBaseSizedVariant)variant).QuoteSize : null;
        return (variant?.BaseSize, price, funds);
    }

    private static Side? ToSide(OrderSide? side) =>
        side == OrderSide.Buy ? CoPrA.Side.Buy : side == OrderSide.Sell ? CoPrA.Side.Sell : null;

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
