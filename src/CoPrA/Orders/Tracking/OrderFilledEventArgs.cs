namespace CoPrA.Orders.Tracking;

/// <summary>A tracked order got a fill it did not have (raised once per trade id).</summary>
/// <param name="order">The order with the fill added.</param>
/// <param name="fill">The new fill.</param>
public sealed class OrderFilledEventArgs(TrackedOrder order, TrackedFill fill) : EventArgs
{
    /// <summary>The order with the fill added.</summary>
    public TrackedOrder Order { get; } = order;

    /// <summary>The new fill.</summary>
    public TrackedFill Fill { get; } = fill;
}
