using System.Globalization;
using CoPrA.WebSocket;

namespace CoPrA.Orders.Tracking;

/// <summary>
/// The Exchange's half of the lifecycle: which feed message and which REST order status means
/// which <see cref="TrackedOrderState"/> (the table in docs/orders.md).
/// </summary>
internal static class ExchangeOrderUpdates
{
    /// <summary>The feed's cancel_reason for an order whose time in force ran out (GTT past its time, the rest of an IOC or FOK).</summary>
    private const string TimeInForceCancelReason = "101";

    /// <summary>The updates a feed message carries: none, one, or two for a match (maker and taker).</summary>
    public static IEnumerable<OrderUpdate> FromFeed(FeedMessage message)
    {
        switch (message)
        {
            case ReceivedMessage received:
                yield return new OrderUpdate
                {
                    OrderId = received.OrderId,
                    ClientOrderId = string.IsNullOrEmpty(received.ClientOid) ? null : received.ClientOid,
                    ProductId = received.ProductId,
                    Side = received.Side,
                    Size = received.Size,
                    Price = received.Price,
                    Funds = received.Funds,
                    State = TrackedOrderState.Pending,
                    Time = received.Time,
                    CreatedAt = received.Time,
                };
                break;
            case OpenMessage open:
                yield return new OrderUpdate { OrderId = open.OrderId, ProductId = open.ProductId, State = TrackedOrderState.Open, Time = open.Time };
                break;
            case MatchMessage match:
                yield return Fill(match, match.MakerOrderId, Liquidity.Maker, match.MakerFeeRate);
                yield return Fill(match, match.TakerOrderId, Liquidity.Taker, match.TakerFeeRate);
                break;
            case DoneMessage done:
                yield return new OrderUpdate { OrderId = done.OrderId, ProductId = done.ProductId, State = DoneState(done), RemainingSize = done.RemainingSize, Time = done.Time, DoneAt = done.Time };
                break;
            case ChangeMessage change:
                yield return new OrderUpdate { OrderId = change.OrderId, ProductId = change.ProductId, Time = change.Time };
                break;
            case ActivateMessage activate:
                yield return new OrderUpdate
                {
                    OrderId = activate.OrderId,
                    ProductId = activate.ProductId,
                    Side = activate.Side,
                    Size = activate.Size,
                    Funds = activate.Funds,
                    State = TrackedOrderState.Pending,
                    Time = activate.Timestamp,
                };
                break;
        }
    }

    /// <summary>An order as REST answers it (placement or lookup), with the fills listed for it.</summary>
    public static OrderUpdate FromRest(Order order, IReadOnlyList<Fill>? fills = null) => new()
    {
        OrderId = string.IsNullOrEmpty(order.Id) ? null : order.Id,
        ClientOrderId = string.IsNullOrEmpty(order.ClientOid) ? null : order.ClientOid,
        ProductId = order.ProductId,
        Side = order.Side,
        Size = order.Size,
        Price = order.Price,
        Funds = order.Funds,
        State = RestState(order),
        FilledSize = order.FilledSize,
        ExecutedValue = order.ExecutedValue,
        Fees = order.FillFees,
        Fills = fills is null ? [] : [.. fills.Select(Fill)],
        Time = order.DoneAt ?? order.CreatedAt,
        CreatedAt = order.CreatedAt,
        DoneAt = order.DoneAt,
    };

    /// <summary>The state a REST order's status shows; null for a status this version does not know.</summary>
    public static TrackedOrderState? RestState(Order order) => order.Status switch
    {
        OrderStatus.Pending or OrderStatus.Received or OrderStatus.Active => TrackedOrderState.Pending,
        OrderStatus.Open => order.FilledSize > 0 ? TrackedOrderState.PartiallyFilled : TrackedOrderState.Open,
        OrderStatus.Rejected => TrackedOrderState.Rejected,
        OrderStatus.Done when order.DoneReason == "filled" => TrackedOrderState.Filled,
        OrderStatus.Done when order.DoneReason == "canceled" => RanOutOfTime(order) ? TrackedOrderState.Expired : TrackedOrderState.Cancelled,
        _ => null,
    };

    // REST has no cancel_reason: a limit order cancelled because of its time in force is told by the time in force.
    private static bool RanOutOfTime(Order order) =>
        order.Type == OrderType.Limit
        && (order.TimeInForce is TimeInForce.ImmediateOrCancel or TimeInForce.FillOrKill
            || (order.TimeInForce == TimeInForce.GoodTillTime && order.ExpireTime is { } expires && order.DoneAt >= expires));

    private static TrackedOrderState? DoneState(DoneMessage done) => done.Reason switch
    {
        DoneReason.Filled => TrackedOrderState.Filled,
        DoneReason.Canceled when done.CancelReason?.StartsWith(TimeInForceCancelReason, StringComparison.Ordinal) == true => TrackedOrderState.Expired,
        DoneReason.Canceled => TrackedOrderState.Cancelled,
        _ => null,
    };

    private static OrderUpdate Fill(MatchMessage match, string orderId, Liquidity liquidity, decimal? feeRate) => new()
    {
        OrderId = orderId,
        ProductId = match.ProductId,
        Fills = [new TrackedFill(match.TradeId.ToString(CultureInfo.InvariantCulture), match.Price, match.Size, match.Price * match.Size * (feeRate ?? 0), liquidity, match.Time)],
        Time = match.Time,
    };

    private static TrackedFill Fill(Fill fill) =>
        new(fill.TradeId.ToString(CultureInfo.InvariantCulture), fill.Price, fill.Size, fill.Fee, fill.Liquidity, fill.CreatedAt);
}
