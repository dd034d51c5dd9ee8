using System.Net;
using CoPrA.Orders;

namespace CoPrA.Rest;

// Safe placement: an order whose answer was lost is looked up by its client_oid before it is sent
// again, so that a timeout or a dropped connection neither duplicates nor loses it (see SafePlacer).
public partial class RestClient
{
    private readonly SafePlacer _placement;

    /// <summary>
    /// Sends the order; when its answer is lost, looks it up by client_oid (at once, then again
    /// after the settle delay) and returns it if found, else sends it again with the same
    /// client_oid, up to <see cref="SafePlacementOptions.MaxAttempts"/> times.
    /// </summary>
    private Task<Order> SendOrderSafelyAsync(string body, string clientOid, CancellationToken cancellationToken) =>
        _placement.PlaceAsync(
            clientOid,
            token => SendAsync(HttpMethod.Post, "/orders", null, body, true, CoPrAJsonContext.Default.Order, token),
            token => LookUpAsync(clientOid, token),
            order => order.Id,
            cancellationToken);

    /// <summary>One lookup by client_oid (a GET, with the client's retries); null on 404.</summary>
    private async Task<Order?> LookUpAsync(string clientOid, CancellationToken cancellationToken)
    {
        try
        {
            return await SendAsync(HttpMethod.Get, OrderPath("client:" + clientOid), null, null, true, CoPrAJsonContext.Default.Order, cancellationToken).ConfigureAwait(false);
        }
        catch (ApiRequestException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }
}
