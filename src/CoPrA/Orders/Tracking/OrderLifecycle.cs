namespace CoPrA.Orders.Tracking;

/// <summary>
/// The normalised lifecycle's rules, pure: how one update changes one tracked order. States only
/// move forward (pending, open, partially filled, then one terminal state, which is final), so a
/// late, repeated or out-of-order update never moves an order back; fills count once per trade id;
/// cumulative figures take the larger of what was reported and what the fills add up to.
/// </summary>
internal static class OrderLifecycle
{
    /// <summary>Starts an order from the first update about it.</summary>
    public static TrackedOrder Start(OrderUpdate update) =>
        Apply(new TrackedOrder { OrderId = update.OrderId, ClientOrderId = update.ClientOrderId, State = TrackedOrderState.Pending }, update).Order;

    /// <summary>The order after <paramref name="update"/>, and the fills it did not have.</summary>
    public static (TrackedOrder Order, IReadOnlyList<TrackedFill> NewFills) Apply(TrackedOrder order, OrderUpdate update)
    {
        var newFills = NewFills(order.Fills, update.Fills);
        var fills = newFills.Count == 0 ? order.Fills : [.. order.Fills, .. newFills];
        decimal filled = Max(order.FilledSize, update.FilledSize, fills.Sum(f => f.Size));
        var next = order with
        {
            OrderId = order.OrderId ?? update.OrderId,
            ClientOrderId = order.ClientOrderId ?? update.ClientOrderId,
            ProductId = order.ProductId.Length > 0 ? order.ProductId : update.ProductId ?? "",
            Side = order.Side ?? update.Side,
            Size = update.Size ?? order.Size,
            Price = update.Price ?? order.Price,
            Funds = update.Funds ?? order.Funds,
            FilledSize = filled,
            ExecutedValue = Max(order.ExecutedValue, update.ExecutedValue, fills.Sum(f => f.Price * f.Size)),
            Fees = Max(order.Fees, update.Fees, fills.Sum(f => f.Fee)),
            Fills = fills,
            State = NextState(order.State, update.State, filled),
            CreatedAt = order.CreatedAt ?? update.CreatedAt,
            UpdatedAt = Later(order.UpdatedAt, update.Time ?? update.DoneAt ?? update.CreatedAt),
        };
        return (next.IsDone ? next with { DoneAt = order.DoneAt ?? update.DoneAt ?? update.Time } : next, newFills);
    }

    /// <summary>
    /// Whether the order, after <paramref name="update"/>, has had more filled than its known fills
    /// add up to: a running total ahead of them (Advanced Trade, a REST answer), or a remaining size
    /// that leaves more filled than that (the Exchange's <c>done</c> after a <c>match</c> was lost).
    /// Its fills must then be fetched.
    /// </summary>
    public static bool FillsBehind(TrackedOrder order, OrderUpdate update)
    {
        decimal known = order.Fills.Sum(fill => fill.Size);
        return order.FilledSize > known
            || (update.RemainingSize is { } remaining && order.Size is { } size && size - remaining > known);
    }

    /// <summary>The state after an update: further on only, and partially filled once anything filled.</summary>
    private static TrackedOrderState NextState(TrackedOrderState current, TrackedOrderState? shown, decimal filled)
    {
        if (current >= TrackedOrderState.Filled)
        {
            return current; // final
        }

        var next = shown is { } state && Rank(state) > Rank(current) ? state : current;
        return filled > 0 && next < TrackedOrderState.PartiallyFilled ? TrackedOrderState.PartiallyFilled : next;
    }

    // The terminal states share one rank: none replaces another.
    private static int Rank(TrackedOrderState state) => Math.Min((int)state, (int)TrackedOrderState.Filled);

    private static List<TrackedFill> NewFills(IReadOnlyList<TrackedFill> known, IReadOnlyList<TrackedFill> reported)
    {
        var added = new List<TrackedFill>();
        foreach (var fill in reported)
        {
            if (!known.Any(k => k.TradeId == fill.TradeId) && !added.Any(a => a.TradeId == fill.TradeId))
            {
                added.Add(fill);
            }
        }

        return added;
    }

    private static decimal Max(decimal current, decimal? reported, decimal summed) => Math.Max(Math.Max(current, reported ?? 0), summed);

    private static DateTimeOffset? Later(DateTimeOffset? current, DateTimeOffset? time) =>
        current is null || (time is { } t && t > current) ? time ?? current : current;
}
