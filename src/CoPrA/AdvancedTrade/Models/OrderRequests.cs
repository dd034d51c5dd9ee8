using System.Text.Json.Serialization;

namespace CoPrA.AdvancedTrade;

/// <summary>Body of <c>POST /orders/preview</c>; null members are left out.</summary>
public record PreviewOrderRequest
{
    /// <summary>Product, for example <c>BTC-USD</c>.</summary>
    public required string ProductId { get; init; }
    /// <summary>Side.</summary>
    public required OrderSide Side { get; init; }
    /// <summary>What kind of order, with its sizes and prices.</summary>
    public required OrderConfiguration OrderConfiguration { get; init; }
    /// <summary>An order attached to this one (a size-less bracket).</summary>
    public AttachedOrderConfiguration? AttachedOrderConfiguration { get; init; }
    /// <summary>Leverage of a derivatives order (the server's default is 1.0); written as a string.</summary>
    public decimal? Leverage { get; init; }
    /// <summary>Margin type of a derivatives order (the server's default is cross).</summary>
    public MarginType? MarginType { get; init; }
    /// <summary>Portfolio of the order (deprecated: only legacy keys; CDP keys use the key's portfolio).</summary>
    public string? RetailPortfolioId { get; init; }
}

/// <summary>Body of <c>POST /orders</c>; null members are left out.</summary>
public sealed record CreateOrderRequest : PreviewOrderRequest
{
    /// <summary>The caller's unique id for the order: resending it guards against placing the order twice.</summary>
    [JsonPropertyOrder(-1)]
    public required string ClientOrderId { get; init; }
    /// <summary>Self-trade prevention id.</summary>
    [JsonPropertyOrder(1)]
    public string? SelfTradePreventionId { get; init; }
    /// <summary>Id of a preview this order follows.</summary>
    [JsonPropertyOrder(2)]
    public string? PreviewId { get; init; }
}
