namespace CoPrA.Rest;

// Order placement's shared step: every order goes out with a client_oid, and the answer carries it.
public partial class RestClient
{
    /// <summary>The caller's client_oid, or a new UUID v4 (lowercase, as the exchange documents it) when none or an empty one is given.</summary>
    private static string ClientOidOrNew(string? clientOid) => string.IsNullOrEmpty(clientOid) ? Guid.NewGuid().ToString("D") : clientOid;

    /// <summary>
    /// POSTs an order body (safely: a lost answer is looked up by client_oid before any resend) and
    /// returns the order with the client_oid that was sent, when the server's answer left it out
    /// (only that returned record is filled in; nothing else changes).
    /// </summary>
    private async Task<Order> PlaceOrderAsync(string body, string clientOid, CancellationToken cancellationToken)
    {
        var order = await SendOrderSafelyAsync(body, clientOid, cancellationToken).ConfigureAwait(false);
        return order.ClientOid is null ? order with { ClientOid = clientOid } : order;
    }
}
