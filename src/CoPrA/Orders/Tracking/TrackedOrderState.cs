namespace CoPrA.Orders.Tracking;

/// <summary>
/// Where a tracked order is in its life, the same for every API. The order of the values is the
/// order of the lifecycle: a tracked order only ever moves forward, and the four terminal states
/// (<see cref="Filled"/>, <see cref="Cancelled"/>, <see cref="Rejected"/>, <see cref="Expired"/>) are final.
/// </summary>
public enum TrackedOrderState
{
    /// <summary>Sent or received by the exchange, not yet on the book (a stop order waiting for its trigger too).</summary>
    Pending = 0,

    /// <summary>Resting on the book with nothing filled.</summary>
    Open = 1,

    /// <summary>Part of it filled, the rest still live.</summary>
    PartiallyFilled = 2,

    /// <summary>Done: filled (a market order that filled anything and then ran out counts as filled too).</summary>
    Filled = 3,

    /// <summary>Done: cancelled, by the caller, self-trade prevention or the exchange; it may have filled in part.</summary>
    Cancelled = 4,

    /// <summary>Done: refused by the exchange (for example a post-only order that would have crossed).</summary>
    Rejected = 5,

    /// <summary>Done: its time in force ran out (a good-till-time order past its time, the unfilled rest of an IOC or FOK order).</summary>
    Expired = 6,
}
