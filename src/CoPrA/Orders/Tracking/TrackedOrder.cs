namespace CoPrA.Orders.Tracking;

/// <summary>
/// What an <see cref="OrderTracker"/> knows about one order at one moment: an immutable snapshot,
/// replaced as news arrives (read the tracker again for the latest).
/// </summary>
public sealed record TrackedOrder
{
    /// <summary>The exchange's order id; null while the order is known only by its client order id.</summary>
    public string? OrderId { get; init; }

    /// <summary>The client order id (the Exchange's <c>client_oid</c>); null when neither the placement nor the feed gave one.</summary>
    public string? ClientOrderId { get; init; }

    /// <summary>The product; empty until an answer or message names it.</summary>
    public string ProductId { get; init; } = "";

    /// <summary>Buy or sell, once known.</summary>
    public Side? Side { get; init; }

    /// <summary>The order's size in the base currency, when it has one (a market order by funds has none).</summary>
    public decimal? Size { get; init; }

    /// <summary>The limit price, when it has one.</summary>
    public decimal? Price { get; init; }

    /// <summary>The funds of a market order by funds.</summary>
    public decimal? Funds { get; init; }

    /// <summary>The state in the normalised lifecycle.</summary>
    public TrackedOrderState State { get; init; }

    /// <summary>Whether the state is final: filled, cancelled, rejected or expired.</summary>
    public bool IsDone => State >= TrackedOrderState.Filled;

    /// <summary>How much has filled: the larger of what the exchange reported and the sum of <see cref="Fills"/>.</summary>
    public decimal FilledSize { get; init; }

    /// <summary>The quote value of the fills (price times size, summed); the larger of the reported and the summed value.</summary>
    public decimal ExecutedValue { get; init; }

    /// <summary>The average fill price, or null before the first fill.</summary>
    public decimal? AverageFillPrice => FilledSize > 0 ? ExecutedValue / FilledSize : null;

    /// <summary>Fees paid, in the quote currency; the larger of the reported and the summed value.</summary>
    public decimal Fees { get; init; }

    /// <summary>The fills, each trade once, in the order they became known.</summary>
    public IReadOnlyList<TrackedFill> Fills { get; init; } = [];

    /// <summary>When the exchange received the order, once known.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>The time of the latest message or answer applied.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>When the order reached its terminal state, once known.</summary>
    public DateTimeOffset? DoneAt { get; init; }
}
