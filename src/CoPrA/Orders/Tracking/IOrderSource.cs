namespace CoPrA.Orders.Tracking;

/// <summary>
/// The API-specific half of reconciling: looks one order up over REST and says what it found, in
/// the tracker's terms. The Exchange's is <see cref="ExchangeOrderSource"/>.
/// </summary>
internal interface IOrderSource
{
    /// <summary>
    /// The order as the server has it now, with every fill of it; null when the server does not know
    /// it (answers "not found"). Throws when the lookup itself fails.
    /// </summary>
    /// <param name="order">The tracked order: by <see cref="TrackedOrder.OrderId"/>, else by <see cref="TrackedOrder.ClientOrderId"/>.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    Task<OrderUpdate?> FetchAsync(TrackedOrder order, CancellationToken cancellationToken);
}
