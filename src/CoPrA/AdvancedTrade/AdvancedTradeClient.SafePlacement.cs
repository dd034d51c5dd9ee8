using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using CoPrA.Http;
using CoPrA.Orders;
using CoPrA.Rest;

namespace CoPrA.AdvancedTrade;

// Safe placement: an order whose answer was lost is looked up among the product's recent orders by
// its client_order_id before it is sent again with the same client_order_id (see SafePlacer).
public partial class AdvancedTradeClient
{
    /// <summary>
    /// How far before the send the lookup lists orders from: Advanced Trade has no lookup by client
    /// order id, so the product's orders since then (newest first, every status) are searched. Wide
    /// enough for a clock the session has not yet corrected.
    /// </summary>
    private static readonly TimeSpan LookupLookback = TimeSpan.FromMinutes(5);

    private readonly SafePlacer _placement;

    /// <summary>
    /// Sends an order-placing request; when its answer is lost (a timeout, a dropped connection, a
    /// 502/503/504, an unreadable 2xx body), looks the order up and returns what it found, else sends
    /// it again with the same client_order_id, as <see cref="AdvancedTradeClientOptions.SafePlacement"/> says.
    /// </summary>
    private async Task<PipelineReply<TResponse>> SendPlacementSafelyAsync<TResponse>(string path, string body, string clientOrderId, string productId, JsonTypeInfo<TResponse> typeInfo, CancellationToken cancellationToken)
        where TResponse : CreateOrderResponse, new()
    {
        var since = _session.TimeProvider.GetUtcNow() + _session.ClockOffset - LookupLookback;

        // Boxed: the placer's "not found" is a null reference.
        var box = await _placement.PlaceAsync(
            clientOrderId,
            async token => new StrongBox<PipelineReply<TResponse>>(await SendPlacementAsync(path, body, typeInfo, token).ConfigureAwait(false)),
            token => FindPlacedAsync<TResponse>(clientOrderId, productId, since, token),
            found => found.Value!.Value.OrderId,
            cancellationToken).ConfigureAwait(false);
        return box.Value;
    }

    /// <summary>Sends once; a 2xx answer without a body is an unreadable answer (the order may exist).</summary>
    private async Task<PipelineReply<TResponse>> SendPlacementAsync<TResponse>(string path, string body, JsonTypeInfo<TResponse> typeInfo, CancellationToken cancellationToken)
    {
        var reply = await SendForReplyAsync(HttpMethod.Post, path, null, body, typeInfo, keepHeaders: true, cancellationToken).ConfigureAwait(false);
        return reply.WithValue();
    }

    /// <summary>
    /// Looks for the order among the product's orders created since <paramref name="since"/>, every
    /// status, page after page. Found: an answer built from it (see <see cref="CreateOrderAsync"/>).
    /// </summary>
    private async Task<StrongBox<PipelineReply<TResponse>>?> FindPlacedAsync<TResponse>(string clientOrderId, string productId, DateTimeOffset since, CancellationToken cancellationToken)
        where TResponse : CreateOrderResponse, new()
    {
        await foreach (var order in ListAllOrdersAsync(productIds: [productId], startDate: since, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (order.ClientOrderId == clientOrderId)
            {
                var recovered = new TResponse
                {
                    Success = true,
                    OrderId = order.OrderId,
                    SuccessResponse = new CreateOrderSuccess { OrderId = order.OrderId, ProductId = order.ProductId, Side = order.Side, ClientOrderId = order.ClientOrderId, AttachedOrderId = order.AttachedOrderId },
                    OrderConfiguration = order.OrderConfiguration,
                };
                return new StrongBox<PipelineReply<TResponse>>(new PipelineReply<TResponse>(recovered, 200, ResponseHeaders.None, []));
            }
        }

        return null;
    }
}
