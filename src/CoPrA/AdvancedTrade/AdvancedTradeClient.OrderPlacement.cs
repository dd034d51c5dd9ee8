using System.Text;
using CoPrA.Rest;

namespace CoPrA.AdvancedTrade;

// Creating and previewing orders: the two calls every order helper goes through.
public partial class AdvancedTradeClient
{
    private const string OrdersPath = AdvancedTradePaths.Prefix + "/orders";
    private const string PreviewPath = AdvancedTradePaths.Prefix + "/orders/preview";

    /// <summary>
    /// Places an order (the SDK's <c>create_order</c>). A refusal, which Advanced Trade answers with
    /// HTTP 200 and <c>success: false</c>, throws <see cref="OrderRejectedException"/>, so a returned
    /// answer is always an accepted order (accepted is not filled: read its status).
    /// When the answer is lost (a timeout, a dropped connection, a 502, 503 or 504, an unreadable
    /// 2xx body), the order is looked up by its client order id among the product's recent orders
    /// before it is sent again with the same id (<see cref="AdvancedTradeClientOptions.SafePlacement"/>).
    /// An order found that way is returned as a recovered answer built from the order: <c>success</c>
    /// true, <c>order_id</c>, <c>success_response</c> (order id, product, side, client order id) and the
    /// order configuration, without the deprecated <c>failure_reason</c> or any other field the lost
    /// answer would have had.
    /// </summary>
    /// <param name="clientOrderId">The caller's unique id for the order; null or empty generates one (32 hex digits, as the SDK does), found on the answer's <c>success_response</c> and on a rejection. Reusing an id is what guards against placing an order twice.</param>
    /// <param name="productId">Product, for example <c>BTC-USD</c>.</param>
    /// <param name="side">Buy or sell.</param>
    /// <param name="orderConfiguration">What kind of order, with its sizes and prices (see the factories on <see cref="OrderConfiguration"/>).</param>
    /// <param name="selfTradePreventionId">Self-trade prevention id.</param>
    /// <param name="leverage">Leverage of a derivatives order; positive.</param>
    /// <param name="marginType">Margin type of a derivatives order.</param>
    /// <param name="retailPortfolioId">Portfolio (deprecated by Coinbase: legacy keys only; a CDP key trades in its own portfolio).</param>
    /// <param name="previewId">Id of the preview this order follows (beyond the SDK).</param>
    /// <param name="attachedOrderConfiguration">A size-less take-profit/stop-loss bracket attached to the order (beyond the SDK).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="OrderRejectedException">Advanced Trade refused the order.</exception>
    /// <exception cref="OrderOutcomeUnknownException">The answer was lost and the lookups failed, or every attempt's answer was lost: the order may exist.</exception>
    /// <exception cref="OrderPlacementCanceledException">The caller cancelled after the order may have been sent.</exception>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders")]
    public virtual Task<CreateOrderResponse> CreateOrderAsync(
        string? clientOrderId,
        string productId,
        OrderSide side,
        OrderConfiguration orderConfiguration,
        string? selfTradePreventionId = null,
        decimal? leverage = null,
        MarginType? marginType = null,
        string? retailPortfolioId = null,
        string? previewId = null,
        AttachedOrderConfiguration? attachedOrderConfiguration = null,
        CancellationToken cancellationToken = default)
    {
        CheckOrder(productId, side, orderConfiguration, leverage, attachedOrderConfiguration);
        Check.IdIfPresent(selfTradePreventionId, nameof(selfTradePreventionId));
        Check.IdIfPresent(retailPortfolioId, nameof(retailPortfolioId));
        Check.IdIfPresent(previewId, nameof(previewId));
        var request = new CreateOrderRequest
        {
            ClientOrderId = string.IsNullOrEmpty(clientOrderId) ? NewClientOrderId() : CheckedClientOrderId(clientOrderId),
            ProductId = productId,
            Side = side,
            OrderConfiguration = orderConfiguration,
            AttachedOrderConfiguration = attachedOrderConfiguration,
            SelfTradePreventionId = selfTradePreventionId,
            Leverage = leverage,
            MarginType = marginType,
            RetailPortfolioId = retailPortfolioId,
            PreviewId = previewId,
        };
        return PlaceAsync(OrdersPath, JsonBody.Of(request), request.ClientOrderId, productId, AdvancedTradeJsonContext.Default.CreateOrderResponse, cancellationToken);
    }

    /// <summary>
    /// Prices an order without placing it (the SDK's <c>preview_order</c>): totals, commission, the
    /// book's best prices, and in <c>errs</c> what would make the order fail. Nothing is placed, so a
    /// preview with errors is returned, not thrown.
    /// </summary>
    /// <param name="productId">Product, for example <c>BTC-USD</c>.</param>
    /// <param name="side">Buy or sell.</param>
    /// <param name="orderConfiguration">What kind of order, with its sizes and prices.</param>
    /// <param name="leverage">Leverage of a derivatives order; positive.</param>
    /// <param name="marginType">Margin type of a derivatives order.</param>
    /// <param name="retailPortfolioId">Portfolio (deprecated by Coinbase: legacy keys only).</param>
    /// <param name="attachedOrderConfiguration">A size-less bracket attached to the order (beyond the SDK).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders/preview")]
    public virtual Task<PreviewOrderResponse> PreviewOrderAsync(
        string productId,
        OrderSide side,
        OrderConfiguration orderConfiguration,
        decimal? leverage = null,
        MarginType? marginType = null,
        string? retailPortfolioId = null,
        AttachedOrderConfiguration? attachedOrderConfiguration = null,
        CancellationToken cancellationToken = default)
    {
        CheckOrder(productId, side, orderConfiguration, leverage, attachedOrderConfiguration);
        Check.IdIfPresent(retailPortfolioId, nameof(retailPortfolioId));
        var request = new PreviewOrderRequest
        {
            ProductId = productId,
            Side = side,
            OrderConfiguration = orderConfiguration,
            AttachedOrderConfiguration = attachedOrderConfiguration,
            Leverage = leverage,
            MarginType = marginType,
            RetailPortfolioId = retailPortfolioId,
        };
        return SendAsync(HttpMethod.Post, PreviewPath, null, JsonBody.Of(request), AdvancedTradeJsonContext.Default.PreviewOrderResponse, cancellationToken);
    }

    /// <summary>A client order id as the SDK makes one: a random UUID as 32 lowercase hex digits.</summary>
    internal static string NewClientOrderId() => Guid.NewGuid().ToString("N");

    /// <summary>
    /// Sends an order-placing request (create, close position) and reads its answer: an explicit
    /// <c>success: false</c> throws <see cref="OrderRejectedException"/>; an answer without the field
    /// is returned as it came. A lost answer is looked up before the order is sent again (safe placement).
    /// </summary>
    internal async Task<TResponse> PlaceAsync<TResponse>(string path, string body, string clientOrderId, string productId, System.Text.Json.Serialization.Metadata.JsonTypeInfo<TResponse> typeInfo, CancellationToken cancellationToken)
        where TResponse : CreateOrderResponse, new()
    {
        var reply = await SendPlacementSafelyAsync(path, body, clientOrderId, productId, typeInfo, cancellationToken).ConfigureAwait(false);
        if (reply.Value.Success == false)
        {
            throw new OrderRejectedException(reply.Value, clientOrderId, Encoding.UTF8.GetString(reply.Content), reply.Headers);
        }

        return reply.Value;
    }

    private static void CheckOrder(string productId, OrderSide side, OrderConfiguration orderConfiguration, decimal? leverage, AttachedOrderConfiguration? attachedOrderConfiguration)
    {
        Check.Id(productId, nameof(productId));
        if (side == default)
        {
            throw new ArgumentException("side must be given: OrderSide.Buy or OrderSide.Sell.", nameof(side));
        }

        ArgumentNullException.ThrowIfNull(orderConfiguration);
        orderConfiguration.Validate(nameof(orderConfiguration));
        attachedOrderConfiguration?.Validate(nameof(attachedOrderConfiguration));
        Check.PositiveIfPresent(leverage, nameof(leverage));
    }

    private static string CheckedClientOrderId(string clientOrderId)
    {
        Check.Id(clientOrderId, nameof(clientOrderId));
        return clientOrderId;
    }
}
