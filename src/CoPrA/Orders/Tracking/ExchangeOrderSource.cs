using System.Net;
using CoPrA.Rest;

namespace CoPrA.Orders.Tracking;

/// <summary>
/// The Exchange's REST lookup for reconciling: <c>GET /orders/{id}</c> (or <c>client:{client_oid}</c>
/// for an order known only by its client order id), then its fills (<c>GET /fills?order_id=</c>) when
/// anything filled. A 404 means the server does not know the order.
/// </summary>
internal sealed class ExchangeOrderSource(RestClient rest) : IOrderSource
{
    public async Task<OrderUpdate?> FetchAsync(TrackedOrder order, CancellationToken cancellationToken)
    {
        string id = order.OrderId ?? "client:" + order.ClientOrderId;
        Order found;
        try
        {
            found = await rest.GetOrderAsync(id, cancellationToken).ConfigureAwait(false);
        }
        catch (ApiRequestException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        List<Fill>? fills = null;
        if (found.FilledSize > 0 && !string.IsNullOrEmpty(found.Id))
        {
            fills = [];
            await foreach (var fill in rest.AllFillsAsync(orderId: found.Id, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                fills.Add(fill);
            }
        }

        return ExchangeOrderUpdates.FromRest(found, fills);
    }
}
