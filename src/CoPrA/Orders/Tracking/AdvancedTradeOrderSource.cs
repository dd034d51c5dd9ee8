using System.Net;
using CoPrA.AdvancedTrade;
using CoPrA.Rest;

namespace CoPrA.Orders.Tracking;

/// <summary>
/// Advanced Trade's REST lookup for reconciling: <c>GET .../orders/historical/{order_id}</c>, or, for
/// an order known only by its client order id, the product's orders listed until one has it
/// (Advanced Trade has no lookup by client order id); then the order's fills
/// (<c>GET .../orders/historical/fills?order_ids=</c>) when anything filled. A 404 means the server
/// does not know the order.
/// </summary>
internal sealed class AdvancedTradeOrderSource(AdvancedTradeClient client) : IOrderSource
{
    public async Task<OrderUpdate?> FetchAsync(TrackedOrder order, CancellationToken cancellationToken)
    {
        AdvancedOrder? found;
        if (order.OrderId is { } orderId)
        {
            try
            {
                found = (await client.GetOrderAsync(orderId, cancellationToken).ConfigureAwait(false)).Order;
            }
            catch (ApiRequestException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }
        }
        else
        {
            found = await FindByClientOrderIdAsync(order, cancellationToken).ConfigureAwait(false);
        }

        if (found is null || string.IsNullOrEmpty(found.OrderId))
        {
            return null;
        }

        List<AdvancedFill>? fills = null;
        if (found.FilledSize > 0)
        {
            fills = [];
            await foreach (var fill in client.GetAllFillsAsync(orderIds: [found.OrderId], cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                fills.Add(fill);
            }
        }

        return AdvancedTradeOrderUpdates.FromRest(found, fills);
    }

    private async Task<AdvancedOrder?> FindByClientOrderIdAsync(TrackedOrder order, CancellationToken cancellationToken)
    {
        string[]? products = order.ProductId.Length > 0 ? [order.ProductId] : null;
        await foreach (var listed in client.ListAllOrdersAsync(productIds: products, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (listed.ClientOrderId == order.ClientOrderId)
            {
                return listed;
            }
        }

        return null;
    }
}
