using System.Runtime.CompilerServices;

namespace CoPrA.Rest;

// Auto-pagination: walk a cursor-paginated list from the newest page to the oldest, following the
// CB-AFTER cursor. Arguments are checked by the page method when enumeration starts, before any request.
public partial class RestClient
{
    /// <summary>The page size the walkers ask for: the largest Coinbase allows, so that fewer requests are made.</summary>
    private const int WalkPageSize = 1000;

    /// <summary>
    /// Walks every page of a paginated list, newest first: fetches the first page, then the page
    /// after each page's <see cref="Page{T}.After"/> cursor, until a page is empty, has no After
    /// cursor, or repeats the cursor it was asked with. One request per page, made only when the
    /// items before it have been consumed; cancelling stops before the next item or request.
    /// </summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="fetchPage">Fetches one page: the After cursor (null for the first page) and a cancellation token.</param>
    /// <param name="cancellationToken">Cancels the walk; combined with the token given to <c>WithCancellation</c>.</param>
    /// <example><code>
    /// await foreach (var fill in RestClient.PaginateAsync((after, ct) => client.FillsAsync(productId: "BTC-USD", after: after, cancellationToken: ct)))
    /// </code></example>
    public static IAsyncEnumerable<T> PaginateAsync<T>(Func<string?, CancellationToken, Task<Page<T>>> fetchPage, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fetchPage);
        return WalkPagesAsync(fetchPage, cancellationToken);
    }

    /// <summary>Every public trade of a product, newest first, across all pages.</summary>
    /// <param name="productId">Product, for example <c>BTC-USD</c>.</param>
    /// <param name="limit">Page size, 1 to 1000.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    public virtual IAsyncEnumerable<Trade> AllTradesAsync(string productId, int limit = WalkPageSize, CancellationToken cancellationToken = default) =>
        WalkPagesAsync((after, ct) => TradesAsync(productId, limit, after: after, cancellationToken: ct), cancellationToken);

    /// <summary>Every fill of one order or one product, newest first, across all pages.</summary>
    /// <param name="orderId">Only this order's fills; give this or <paramref name="productId"/>.</param>
    /// <param name="productId">Only this product's fills; give this or <paramref name="orderId"/>.</param>
    /// <param name="limit">Page size, 1 to 1000.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    public virtual IAsyncEnumerable<Fill> AllFillsAsync(string? orderId = null, string? productId = null, int limit = WalkPageSize, CancellationToken cancellationToken = default) =>
        WalkPagesAsync((after, ct) => FillsAsync(orderId, productId, limit, after: after, cancellationToken: ct), cancellationToken);

    /// <summary>Every order with the given statuses, newest first, across all pages.</summary>
    /// <param name="status">Statuses to include; the server's default (open and pending) when null or empty.</param>
    /// <param name="productId">Only this product's orders.</param>
    /// <param name="limit">Page size, 1 to 1000.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    public virtual IAsyncEnumerable<Order> AllOrdersAsync(IEnumerable<OrderStatus>? status = null, string? productId = null, int limit = WalkPageSize, CancellationToken cancellationToken = default)
    {
        var statuses = status?.ToArray();
        return WalkPagesAsync((after, ct) => OrdersAsync(statuses, productId, limit, after: after, cancellationToken: ct), cancellationToken);
    }

    /// <summary>Every ledger entry of an account, newest first, across all pages.</summary>
    /// <param name="accountId">Account id.</param>
    /// <param name="limit">Page size, 1 to 1000.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    public virtual IAsyncEnumerable<LedgerEntry> AllAccountHistoryAsync(string accountId, int limit = WalkPageSize, CancellationToken cancellationToken = default) =>
        WalkPagesAsync((after, ct) => AccountHistoryAsync(accountId, limit, after: after, cancellationToken: ct), cancellationToken);

    /// <summary>Every hold on an account, newest first, across all pages.</summary>
    /// <param name="accountId">Account id.</param>
    /// <param name="limit">Page size, 1 to 1000.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    public virtual IAsyncEnumerable<Hold> AllHoldsAsync(string accountId, int limit = WalkPageSize, CancellationToken cancellationToken = default) =>
        WalkPagesAsync((after, ct) => HoldsAsync(accountId, limit, after: after, cancellationToken: ct), cancellationToken);

    /// <summary>Every transfer of one account, newest first, across all pages.</summary>
    /// <param name="accountId">Account id.</param>
    /// <param name="type">Only transfers of this kind.</param>
    /// <param name="limit">Page size, 1 to 1000.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    public virtual IAsyncEnumerable<Transfer> AllAccountTransfersAsync(string accountId, TransferType? type = null, int limit = WalkPageSize, CancellationToken cancellationToken = default) =>
        WalkPagesAsync((after, ct) => AccountTransfersAsync(accountId, type, limit, after: after, cancellationToken: ct), cancellationToken);

    /// <summary>Every transfer of the given kind, newest first, across all pages.</summary>
    /// <param name="type">Only transfers of this kind (the server lists deposits when none is given).</param>
    /// <param name="profileId">Only this profile's transfers.</param>
    /// <param name="currency">Only transfers of this currency.</param>
    /// <param name="limit">Page size, 1 to 1000.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    public virtual IAsyncEnumerable<Transfer> AllTransfersAsync(TransferType? type = null, string? profileId = null, string? currency = null, int limit = WalkPageSize, CancellationToken cancellationToken = default) =>
        WalkPagesAsync((after, ct) => TransfersAsync(profileId, type, currency: currency, limit: limit, after: after, cancellationToken: ct), cancellationToken);

    /// <summary>Every stablecoin conversion, newest first, across all pages.</summary>
    /// <param name="profileId">Only this profile's conversions.</param>
    /// <param name="limit">Page size, 1 to 1000.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    public virtual IAsyncEnumerable<Conversion> AllConversionsAsync(string? profileId = null, int limit = WalkPageSize, CancellationToken cancellationToken = default) =>
        WalkPagesAsync((after, ct) => ConversionsAsync(profileId, limit, after: after, cancellationToken: ct), cancellationToken);

    /// <summary>Every saved travel-rule entry, across all pages.</summary>
    /// <param name="address">Only the entry of this address.</param>
    /// <param name="limit">Page size, 1 to 1000.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    public virtual IAsyncEnumerable<TravelRule> AllTravelRulesAsync(string? address = null, int limit = WalkPageSize, CancellationToken cancellationToken = default) =>
        WalkPagesAsync((after, ct) => TravelRulesAsync(address, limit, after: after, cancellationToken: ct), cancellationToken);

    /// <summary>Every stake-wrap, newest first, across all pages.</summary>
    /// <param name="fromCurrency">Only wraps from this currency.</param>
    /// <param name="toCurrency">Only wraps into this currency.</param>
    /// <param name="status">Only wraps with this status.</param>
    /// <param name="limit">Page size, 1 to 1000.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    public virtual IAsyncEnumerable<StakeWrap> AllStakeWrapsAsync(string? fromCurrency = null, string? toCurrency = null, string? status = null, int limit = WalkPageSize, CancellationToken cancellationToken = default) =>
        WalkPagesAsync((after, ct) => StakeWrapsAsync(fromCurrency, toCurrency, status, limit, after: after, cancellationToken: ct), cancellationToken);

    /// <summary>Every wrapped-asset redeem, newest first, across all pages.</summary>
    /// <param name="fromCurrency">Only redeems from this currency.</param>
    /// <param name="toCurrency">Only redeems into this currency.</param>
    /// <param name="status">Only redeems with this status.</param>
    /// <param name="limit">Page size, 1 to 1000.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    public virtual IAsyncEnumerable<WrappedAssetRedeem> AllWrappedAssetRedeemsAsync(string? fromCurrency = null, string? toCurrency = null, string? status = null, int limit = WalkPageSize, CancellationToken cancellationToken = default) =>
        WalkPagesAsync((after, ct) => WrappedAssetRedeemsAsync(fromCurrency, toCurrency, status, limit, after: after, cancellationToken: ct), cancellationToken);

    private static async IAsyncEnumerable<T> WalkPagesAsync<T>(Func<string?, CancellationToken, Task<Page<T>>> fetchPage, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? after = null;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = await fetchPage(after, cancellationToken).ConfigureAwait(false);
            foreach (var item in page.Results)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return item;
            }

            // A server that answers the same cursor again would otherwise be walked forever.
            if (page.Results.Count == 0 || string.IsNullOrEmpty(page.After) || page.After == after)
            {
                yield break;
            }

            after = page.After;
        }
    }
}
