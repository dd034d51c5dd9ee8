using System.Text.Json.Serialization;
using CoPrA.Rest;

namespace CoPrA.AdvancedTrade;

/// <summary>Body of <c>POST /orders/preview</c>; null members are left out.</summary>
public record PreviewOrderRequest : IJsonBodyPart
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

    void IJsonBodyPart.WriteTo(JsonBody body) => WriteMembers(body);

    /// <summary>
    /// Writes the members in the order the JSON contract gives them. The order configurations are
    /// models the client also reads: they go through their contract, so a variant kept from an answer
    /// is sent as it came.
    /// </summary>
    internal virtual void WriteMembers(JsonBody body)
    {
        body.Add("product_id", ProductId)
            .Add("side", Side.ToString())
            .AddIfPresent("order_configuration", OrderConfiguration, AdvancedTradeJsonContext.Default.OrderConfiguration)
            .AddIfPresent("attached_order_configuration", AttachedOrderConfiguration, AdvancedTradeJsonContext.Default.AttachedOrderConfiguration)
            .AddIfPresent("leverage", Leverage);
        if (MarginType is { } marginType)
        {
            body.Add("margin_type", marginType.ToString());
        }

        body.AddIfNotNull("retail_portfolio_id", RetailPortfolioId);
    }
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

    internal override void WriteMembers(JsonBody body)
    {
        body.Add("client_order_id", ClientOrderId);
        base.WriteMembers(body);
        body.AddIfNotNull("self_trade_prevention_id", SelfTradePreventionId).AddIfNotNull("preview_id", PreviewId);
    }
}
