namespace CoPrA.Rest;

// Fills: the trades of the key's own orders. Private.
public partial class RestClient
{
    /// <summary>Lists fills of one order or one product, newest first, one page at a time.</summary>
    /// <param name="orderId">Only this order's fills; give this or <paramref name="productId"/>.</param>
    /// <param name="productId">Only this product's fills; give this or <paramref name="orderId"/>.</param>
    /// <param name="limit">Page size, 1 to 1000 (CoPrA's default 100).</param>
    /// <param name="before">Cursor: the page of newer fills than this trade id.</param>
    /// <param name="after">Cursor: the page of older fills than this trade id.</param>
    /// <param name="marketType">Only fills of this market; spot on the server by default.</param>
    /// <param name="startDate">Only fills at or after this time.</param>
    /// <param name="endDate">Only fills at or before this time.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">Neither or both of orderId and productId, or both cursors.</exception>
    [CoinbaseEndpoint("GET", "/fills")]
    public virtual Task<Page<Fill>> FillsAsync(
        string? orderId = null,
        string? productId = null,
        int limit = 100,
        string? before = null,
        string? after = null,
        MarketType? marketType = null,
        DateTimeOffset? startDate = null,
        DateTimeOffset? endDate = null,
        CancellationToken cancellationToken = default)
    {
        Check.Cursors(before, after);
        if (string.IsNullOrEmpty(orderId) && string.IsNullOrEmpty(productId))
        {
            throw new ArgumentException("Either order_id or product_id must be defined.", nameof(orderId));
        }

        if (!string.IsNullOrEmpty(orderId) && !string.IsNullOrEmpty(productId))
        {
            throw new ArgumentException("order_id or product_id cannot both be sent.", nameof(productId));
        }

        Check.Limit(limit);
        DefinedIfPresent(marketType, nameof(marketType));
        Check.DateRange(startDate, endDate);
        var query = new QueryBuilder()
            .AddPaging(limit, before, after)
            .AddIfPresent("order_id", orderId)
            .AddIfPresent("product_id", productId)
            .AddIfPresent("market_type", WireOrNull(marketType))
            .AddIfPresent("start_date", startDate)
            .AddIfPresent("end_date", endDate);
        return SendPageAsync("/fills", query, true, CoPrAJsonContext.Default.ListFill, cancellationToken);
    }
}
