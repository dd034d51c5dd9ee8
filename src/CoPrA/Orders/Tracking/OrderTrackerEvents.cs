namespace CoPrA.Orders.Tracking;

/// <summary>Where the core sends its events: the public tracker raises them as its own, with itself as the sender.</summary>
internal sealed record OrderTrackerEvents(
    Action<OrderStateChangedEventArgs> StateChanged,
    Action<OrderFilledEventArgs> Filled,
    Action<OrdersReconciledEventArgs> Reconciled);
