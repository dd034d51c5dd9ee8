namespace CoPrA.Orders.Tracking;

/// <summary>
/// One piece of news about an order, in the tracker's own terms: what an API adapter makes of a
/// feed message or a REST answer. Null means "this update says nothing about it".
/// </summary>
internal sealed record OrderUpdate
{
    public string? OrderId { get; init; }

    public string? ClientOrderId { get; init; }

    public string? ProductId { get; init; }

    public Side? Side { get; init; }

    public decimal? Size { get; init; }

    public decimal? Price { get; init; }

    public decimal? Funds { get; init; }

    /// <summary>The state the news shows; applied only if it is further on than the order's.</summary>
    public TrackedOrderState? State { get; init; }

    /// <summary>Cumulative figures as the server reports them (REST, Advanced Trade's user channel).</summary>
    public decimal? FilledSize { get; init; }

    public decimal? ExecutedValue { get; init; }

    public decimal? Fees { get; init; }

    /// <summary>
    /// The size left unfilled as the server reports it (the Exchange's <c>done</c>): with the order's
    /// size it shows how much filled. Only a hint that fills were missed, never taken as a figure.
    /// </summary>
    public decimal? RemainingSize { get; init; }

    public IReadOnlyList<TrackedFill> Fills { get; init; } = [];

    public DateTimeOffset? Time { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public DateTimeOffset? DoneAt { get; init; }
}
