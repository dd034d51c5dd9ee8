namespace CoPrA.Orders.Tracking;

/// <summary>One fill of a tracked order; fills are told apart by <see cref="TradeId"/>, so one reported twice counts once.</summary>
/// <param name="TradeId">The trade's id, as text (the Exchange's trade ids are numbers, Advanced Trade's are not).</param>
/// <param name="Price">The price it traded at.</param>
/// <param name="Size">How much traded, in the base currency.</param>
/// <param name="Fee">
/// The fee, in the quote currency: as reported by REST, or computed from the fee rate a feed
/// message carries (0 when it carries none; a reconcile does not replace a fill already known).
/// </param>
/// <param name="Liquidity">Whether the order was the maker or the taker.</param>
/// <param name="Time">When it traded.</param>
public sealed record TrackedFill(string TradeId, decimal Price, decimal Size, decimal Fee, Liquidity Liquidity, DateTimeOffset Time);
