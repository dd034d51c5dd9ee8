using System.Net;


namespace CoPrA.Rest;

// Cancel-all: CoPrA's DELETE /orders and, with stop: true, the emergency sweep. The sweep pages
// through every live order, cancels each with retries (cancelling twice is harmless), and lists
// again afterwards: it returns only when nothing is left, and otherwise says what is.
public partial class RestClient
{
    /// <summary>The statuses <see cref="CancelAllAsync"/> with <c>stop: true</c> sweeps, as in CoPrA.</summary>
    private static readonly OrderStatus[] CancellableStatuses = [OrderStatus.Active, OrderStatus.Open, OrderStatus.Pending];

    /// <summary>The sweep's page size, CoPrA's: its sweep read one page of this size and missed the rest.</summary>
    private const int SweepPageSize = 100;

    /// <summary>
    /// Cancels every open order, or those of one product, with one <c>DELETE /orders</c> as CoPrA
    /// does (stop orders stay). With <paramref name="stop"/>, the emergency cancel: it also pages
    /// through every order listed as active, open or pending (stop orders among them), cancels those
    /// of the product one by one, and lists them again to check that none is left. The bulk cancel,
    /// each single cancel and each listing are retried on 429, 5xx and network errors with the
    /// client's <see cref="CoinbaseClientOptions.Retry"/> settings; an order the exchange answers is not
    /// found or already done counts as gone.
    /// </summary>
    /// <param name="productId">Only this product's orders (matched ignoring case in the sweep); all products when null.</param>
    /// <param name="stop">Also cancel stop orders and anything else the bulk cancel left, and check that nothing is left.</param>
    /// <param name="profileId">Only this profile's orders (the sweep lists and cancels on it too); the key's default profile when null.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>The ids of the cancelled orders.</returns>
    /// <exception cref="ArgumentException"><paramref name="productId"/> or <paramref name="profileId"/> is empty or white space (nothing is sent).</exception>
    /// <exception cref="CancelAllIncompleteException">
    /// With <paramref name="stop"/>: an order is still live afterwards, or a request failed for good.
    /// It lists the ids cancelled, the ids still live and each failure's reason.
    /// </exception>
    /// <exception cref="ApiRequestException">Without <paramref name="stop"/>: the exchange refused the cancel-all.</exception>
    [CoinbaseEndpoint("DELETE", "/orders")]
    public virtual async Task<IReadOnlyList<string>> CancelAllAsync(string? productId = null, bool stop = false, string? profileId = null, CancellationToken cancellationToken = default)
    {
        Check.IdIfPresent(productId, nameof(productId));
        Check.IdIfPresent(profileId, nameof(profileId));
        var query = new QueryBuilder().AddIfPresent("product_id", productId).AddIfPresent("profile_id", profileId);
        if (!stop)
        {
            return await SendIdListAsync(HttpMethod.Delete, "/orders", query, cancellationToken).ConfigureAwait(false);
        }

        var cancelled = new List<string>();
        var failures = new List<CancelFailure>();
        try
        {
            cancelled.AddRange(await _pipeline.RetryIdempotentAsync(HttpMethod.Delete, "/orders", ct => SendIdListAsync(HttpMethod.Delete, "/orders", query, ct), cancellationToken).ConfigureAwait(false));
        }
        catch (Exception ex) when (IsRequestFailure(ex))
        {
            // The sweep below cancels one by one whatever the bulk cancel left.
            failures.Add(new CancelFailure(null, "DELETE /orders: " + ex.Message, ex));
        }

        foreach (string id in await LiveOrderIdsAsync(productId, profileId, failures, cancellationToken).ConfigureAwait(false) ?? [])
        {
            try
            {
                await _pipeline.RetryIdempotentAsync(HttpMethod.Delete, OrderPath(id), ct => CancelAsync(id, profileId, cancellationToken: ct), cancellationToken).ConfigureAwait(false);
                cancelled.Add(id);
            }
            catch (ApiRequestException ex) when (IsGone(ex))
            {
                // Filled, cancelled or purged since the listing: nothing left to cancel.
            }
            catch (Exception ex) when (IsRequestFailure(ex))
            {
                failures.Add(new CancelFailure(id, $"DELETE {OrderPath(id)}: {ex.Message}", ex));
            }
        }

        // When the check itself fails, the orders whose cancel failed are the ones known to be live.
        var stillLive = await LiveOrderIdsAsync(productId, profileId, failures, cancellationToken).ConfigureAwait(false)
            ?? [.. failures.Where(failure => failure.OrderId is not null).Select(failure => failure.OrderId!)];
        var distinct = cancelled.Distinct().ToList();
        if (stillLive.Count > 0 || failures.Count > 0)
        {
            throw new CancelAllIncompleteException(distinct, stillLive, failures);
        }

        return distinct;
    }

    /// <summary>
    /// The ids of every order listed as active, open or pending, of the product when one is given
    /// (ignoring case) and on the profile when one is given, across all pages; null when the listing
    /// failed, which is added to <paramref name="failures"/>.
    /// </summary>
    private async Task<List<string>?> LiveOrderIdsAsync(string? productId, string? profileId, List<CancelFailure> failures, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        try
        {
            var orders = WalkPagesAsync((after, ct) => OrdersAsync(CancellableStatuses, null, SweepPageSize, after: after, profileId: profileId, cancellationToken: ct), cancellationToken);
            await foreach (var order in orders.ConfigureAwait(false))
            {
                if (productId is null || string.Equals(order.ProductId, productId, StringComparison.OrdinalIgnoreCase))
                {
                    ids.Add(order.Id);
                }
            }

            return ids;
        }
        catch (Exception ex) when (IsRequestFailure(ex))
        {
            failures.Add(new CancelFailure(null, "GET /orders: " + ex.Message, ex));
            return null;
        }
    }

    /// <summary>An answer saying the order is no longer live: not found (or purged), or already done.</summary>
    private static bool IsGone(ApiRequestException exception) =>
        exception.StatusCode == HttpStatusCode.NotFound
        || exception.ServerMessage.Contains("not found", StringComparison.OrdinalIgnoreCase)
        || exception.ServerMessage.Contains("already done", StringComparison.OrdinalIgnoreCase);

    /// <summary>A request that failed on the exchange's side or on the way; argument, credential and cancellation errors are not.</summary>
    private static bool IsRequestFailure(Exception exception) =>
        exception is ApiRequestException or HttpRequestException or TimeoutException or IOException;
}
