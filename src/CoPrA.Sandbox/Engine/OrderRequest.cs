using CoPrA.Sandbox.Catalog;

namespace CoPrA.Sandbox.Engine;

/// <summary>A checked <c>POST /orders</c> body.</summary>
internal sealed record OrderRequest
{
    public required SandboxProduct Product { get; init; }

    public required Side Side { get; init; }

    /// <summary>The type as sent: limit, market or stop.</summary>
    public required OrderType Type { get; init; }

    /// <summary>Limit price; null for market orders (and stop orders without a price).</summary>
    public decimal? Price { get; init; }

    public decimal? Size { get; init; }

    public decimal? Funds { get; init; }

    public TimeInForce TimeInForce { get; init; } = TimeInForce.GoodTillCancelled;

    public CancelAfter? CancelAfter { get; init; }

    /// <summary>An exact expiry for a GTT order (Advanced Trade's <c>end_time</c>), instead of <see cref="CancelAfter"/>.</summary>
    public DateTimeOffset? ExpireTime { get; init; }

    public bool PostOnly { get; init; }

    public SelfTradePrevention Stp { get; init; } = SelfTradePrevention.DecreaseAndCancel;

    public StopType? Stop { get; init; }

    public decimal? StopPrice { get; init; }

    public string? ClientOid { get; init; }

    /// <summary>Whether the order trades at any price (no limit price).</summary>
    public bool IsMarket => Price is null;
}
