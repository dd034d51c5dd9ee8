namespace CoPrA.Orders.Tracking;

/// <summary>A tracked order moved forward in its lifecycle.</summary>
/// <param name="order">The order after the change.</param>
/// <param name="oldState">The state before.</param>
public sealed class OrderStateChangedEventArgs(TrackedOrder order, TrackedOrderState oldState) : EventArgs
{
    /// <summary>The order after the change.</summary>
    public TrackedOrder Order { get; } = order;

    /// <summary>The state before.</summary>
    public TrackedOrderState OldState { get; } = oldState;

    /// <summary>The state now (the order's).</summary>
    public TrackedOrderState NewState => Order.State;
}
