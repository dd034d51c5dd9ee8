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

    /// <summary>
    /// How long after a reconcile pass (a reconnect's, a gap's or one asked for with
    /// <c>ReconcileAsync</c>) an order given to <c>Track</c> is still looked up once over REST: its
    /// placement may have been answered after the pass looked, with its feed news lost in the gap.
    /// Orders tracked while a pass waits or runs are covered too. 2 seconds by default; zero or
    /// more, at most 10 minutes.
    /// </summary>
    public TimeSpan ReconcileSettleTime { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Clock for <see cref="ReconcileSettleTime"/>; <see cref="TimeProvider.System"/> when null.</summary>
    public TimeProvider? TimeProvider { get; set; }
}
