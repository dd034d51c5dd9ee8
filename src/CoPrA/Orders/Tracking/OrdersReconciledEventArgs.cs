namespace CoPrA.Orders.Tracking;

/// <summary>A reconcile pass ended: every order that was not done has been looked up over REST.</summary>
/// <param name="reason">Why it ran: <c>reconnect</c>, <c>gap</c> or <c>request</c>.</param>
/// <param name="checkedCount">Orders looked up.</param>
/// <param name="changedCount">Of them, orders whose state or fills changed.</param>
/// <param name="failedCount">Of them, orders whose lookup failed (they are tried again by the next pass).</param>
public sealed class OrdersReconciledEventArgs(string reason, int checkedCount, int changedCount, int failedCount) : EventArgs
{
    /// <summary>Why it ran: <c>reconnect</c>, <c>gap</c> or <c>request</c>.</summary>
    public string Reason { get; } = reason;

    /// <summary>Orders looked up.</summary>
    public int CheckedCount { get; } = checkedCount;

    /// <summary>Of them, orders whose state or fills changed.</summary>
    public int ChangedCount { get; } = changedCount;

    /// <summary>Of them, orders whose lookup failed (they are tried again by the next pass).</summary>
    public int FailedCount { get; } = failedCount;
}
