using CoPrA.Rest;

namespace CoPrA.AdvancedTrade;

// Products and market data, signed (higher rate limit, and the key's view of products). The public
// variants in AdvancedTradeClient.Public.cs build the same queries under /market.
public partial class AdvancedTradeClient
{
    /// <summary>
    /// Lists products (the SDK's <c>get_products</c>). Paged by offset: ask again with
    /// <paramref name="offset"/> advanced by the page's size until fewer come back.
    /// </summary>
    /// <param name="limit">Products per page, at least 1; all when null.</param>
    /// <param name="offset">How many products to skip; none when null.</param>
    /// <param name="productType">Only products of this type (<see cref="ProductType.Spot"/>, <see cref="ProductType.Future"/>); all when null.</param>
    /// <param name="productIds">Only these products, sent as repeated <c>product_ids</c>; all when null.</param>
    /// <param name="contractExpiryType">Only futures of this expiry type; all when null.</param>
    /// <param name="expiringContractStatus">Only futures in this expiry status; the server's default (unexpired) when null.</param>
    /// <param name="getTradabilityStatus">Whether to include whether each product can be traded by the user (view_only); always sent, false by default.</param>
    /// <param name="getAllProducts">Whether to include products that are not tradable; always sent, false by default.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The page as sent: products and num_products.</returns>
    [CoinbaseEndpoint("GET", "/api/v3/brokerage/products")]
    public virtual Task<ListProductsResponse> GetProductsAsync(
        int? limit = null,
        int? offset = null,
        ProductType? productType = null,
        IEnumerable<string>? productIds = null,
        ContractExpiryType? contractExpiryType = null,
        ExpiringContractStatus? expiringContractStatus = null,
        bool getTradabilityStatus = false,
        bool getAllProducts = false,
        CancellationToken cancellationToken = default)
    {
        var query = ProductsQuery(limit, offset, productType, productIds, contractExpiryType, expiringContractStatus)
            .AddIfPresent("get_tradability_status", getTradabilityStatus)
            .AddIfPresent("get_all_products", getAllProducts);
        return SendAsync(HttpMethod.Get, AdvancedTradePaths.Prefix + "/products", query, null, AdvancedTradeJsonContext.Default.ListProductsResponse, cancellationToken);
    }

    /// <summary>Gets one product (the SDK's <c>get_product</c>).</summary>
    /// <param name="productId">The product, for example <c>BTC-USD</c>.</param>
    /// <param name="getTradabilityStatus">Whether to include whether the user can trade it (view_only); always sent, false by default.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The product object as sent.</returns>
    [CoinbaseEndpoint("GET", "/api/v3/brokerage/products/{product_id}")]
    public virtual Task<GetProductResponse> GetProductAsync(string productId, bool getTradabilityStatus = false, CancellationToken cancellationToken = default)
    {
        Check.Id(productId, nameof(productId));
        var query = new QueryBuilder().AddIfPresent("get_tradability_status", getTradabilityStatus);
        return SendAsync(HttpMethod.Get, AdvancedTradePaths.Product(AdvancedTradePaths.Prefix, productId, null), query, null, AdvancedTradeJsonContext.Default.GetProductResponse, cancellationToken);
    }

    /// <summary>Gets a product's order book, bids and asks aggregated by price (the SDK's <c>get_product_book</c>).</summary>
    /// <param name="productId">The product, for example <c>BTC-USD</c>.</param>
    /// <param name="limit">Price levels per side, at least 1; the server's default when null.</param>
    /// <param name="aggregationPriceIncrement">Price step to aggregate levels into, greater than zero; the product's price increment when null.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The pricebook, last, mid-market and spread as sent.</returns>
    [CoinbaseEndpoint("GET", "/api/v3/brokerage/product_book")]
    public virtual Task<ProductBookResponse> GetProductBookAsync(string productId, int? limit = null, decimal? aggregationPriceIncrement = null, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, AdvancedTradePaths.Prefix + "/product_book", ProductBookQuery(productId, limit, aggregationPriceIncrement), null, AdvancedTradeJsonContext.Default.ProductBookResponse, cancellationToken);

    /// <summary>Gets the best bid and ask of products (the SDK's <c>get_best_bid_ask</c>).</summary>
    /// <param name="productIds">The products, sent as repeated <c>product_ids</c>; every product when null.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>One pricebook per product, each with its best level per side.</returns>
    [CoinbaseEndpoint("GET", "/api/v3/brokerage/best_bid_ask")]
    public virtual Task<BestBidAskResponse> GetBestBidAskAsync(IEnumerable<string>? productIds = null, CancellationToken cancellationToken = default)
    {
        var query = new QueryBuilder().AddAll("product_ids", productIds, nameof(productIds));
        return SendAsync(HttpMethod.Get, AdvancedTradePaths.Prefix + "/best_bid_ask", query, null, AdvancedTradeJsonContext.Default.BestBidAskResponse, cancellationToken);
    }

    /// <summary>
    /// Gets a product's candles between two instants (the SDK's <c>get_candles</c>), newest first.
    /// The server answers at most 350 candles: a window that holds more is refused here, before sending.
    /// </summary>
    /// <param name="productId">The product, for example <c>BTC-USD</c>.</param>
    /// <param name="start">Start of the window, sent as Unix seconds.</param>
    /// <param name="end">End of the window, after <paramref name="start"/>, sent as Unix seconds.</param>
    /// <param name="granularity">Candle width, for example <see cref="Granularity.OneHour"/>.</param>
    /// <param name="limit">Most candles to return, 1 to 350; the server's default when null.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The candles as sent.</returns>
    [CoinbaseEndpoint("GET", "/api/v3/brokerage/products/{product_id}/candles")]
    public virtual Task<CandlesResponse> GetCandlesAsync(string productId, DateTimeOffset start, DateTimeOffset end, Granularity granularity, int? limit = null, CancellationToken cancellationToken = default) =>
        SendCandlesAsync(AdvancedTradePaths.Prefix, productId, start, end, granularity, limit, cancellationToken);

    /// <summary>
    /// Gets a product's latest trades and its best bid and ask (the SDK's <c>get_market_trades</c>).
    /// No cursor: narrow the window with <paramref name="start"/> and <paramref name="end"/>.
    /// </summary>
    /// <param name="productId">The product, for example <c>BTC-USD</c>.</param>
    /// <param name="limit">Most trades to return, at least 1 (required by the API).</param>
    /// <param name="start">Only trades after this instant, sent as Unix seconds; no bound when null.</param>
    /// <param name="end">Only trades before this instant, sent as Unix seconds; now when null.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The trades, best bid and best ask as sent.</returns>
    [CoinbaseEndpoint("GET", "/api/v3/brokerage/products/{product_id}/ticker")]
    public virtual Task<MarketTradesResponse> GetMarketTradesAsync(string productId, int limit, DateTimeOffset? start = null, DateTimeOffset? end = null, CancellationToken cancellationToken = default) =>
        SendMarketTradesAsync(AdvancedTradePaths.Prefix, productId, limit, start, end, cancellationToken);

    /// <summary>The query of a product list, without the flags the two variants send differently.</summary>
    private static QueryBuilder ProductsQuery(int? limit, int? offset, ProductType? productType, IEnumerable<string>? productIds, ContractExpiryType? contractExpiryType, ExpiringContractStatus? expiringContractStatus)
    {
        Check.Limit(limit, nameof(limit));
        if (offset < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), offset, "offset cannot be negative.");
        }

        var query = new QueryBuilder()
            .AddIfPresent("limit", limit)
            .AddIfPresent("offset", offset)
            .AddIfPresent("product_type", productType?.ToString());
        return query.AddAll("product_ids", productIds, nameof(productIds))
            .AddIfPresent("contract_expiry_type", contractExpiryType?.ToString())
            .AddIfPresent("expiring_contract_status", expiringContractStatus?.ToString());
    }

    private static QueryBuilder ProductBookQuery(string productId, int? limit, decimal? aggregationPriceIncrement)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(productId);
        Check.Limit(limit, nameof(limit));
        Check.PositiveIfPresent(aggregationPriceIncrement, nameof(aggregationPriceIncrement));
        return new QueryBuilder()
            .Add("product_id", productId)
            .AddIfPresent("limit", limit)
            .AddIfPresent("aggregation_price_increment", aggregationPriceIncrement);
    }

    private Task<CandlesResponse> SendCandlesAsync(string root, string productId, DateTimeOffset start, DateTimeOffset end, Granularity granularity, int? limit, CancellationToken cancellationToken)
    {
        Check.Id(productId, nameof(productId));
        Check.CandleWindow(start, end, granularity, limit);
        var query = new QueryBuilder()
            .AddUnixSeconds("start", start)
            .AddUnixSeconds("end", end)
            .Add("granularity", granularity.ToString())
            .AddIfPresent("limit", limit);
        return SendAsync(HttpMethod.Get, AdvancedTradePaths.Product(root, productId, "/candles"), query, null, AdvancedTradeJsonContext.Default.CandlesResponse, cancellationToken);
    }

    private Task<MarketTradesResponse> SendMarketTradesAsync(string root, string productId, int limit, DateTimeOffset? start, DateTimeOffset? end, CancellationToken cancellationToken)
    {
        Check.Id(productId, nameof(productId));
        Check.Limit(limit, nameof(limit));
        Check.EndAfterStart(start, end);

        var query = new QueryBuilder()
            .AddIfPresent("limit", limit)
            .AddUnixSeconds("start", start)
            .AddUnixSeconds("end", end);
        return SendAsync(HttpMethod.Get, AdvancedTradePaths.Product(root, productId, "/ticker"), query, null, AdvancedTradeJsonContext.Default.MarketTradesResponse, cancellationToken);
    }
}
