using Microsoft.Extensions.Logging;

namespace CoPrA.Orders.Tracking;

/// <summary>Settings of an <see cref="OrderTracker"/>. Checked when the tracker is created.</summary>
public sealed class OrderTrackerOptions
{
    /// <summary>Where the tracker logs reconciles and failed lookups; none by default.</summary>
    public ILogger? Logger { get; set; }

    /// <summary>
    /// How many orders not tracked (yet) the tracker keeps feed messages for, so that an order
    /// whose messages arrive before the placement's answer is tracked from its first message; the
    /// oldest order's messages go first. 10,000 by default; at least 1.
    /// </summary>
    public int MaxUntrackedOrders { get; set; } = 10_000;

    /// <summary>Whether a reconnect of an attached feed starts a reconcile pass (in the background); true by default.</summary>
    public bool ReconcileOnReconnect { get; set; } = true;
}
