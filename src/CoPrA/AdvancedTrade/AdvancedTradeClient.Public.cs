using CoPrA.Rest;

namespace CoPrA.AdvancedTrade;

// Public market data under /market and the server's clock: no key needed (signed anyway when the
// client has one, as the SDK does). Same queries as the signed variants in AdvancedTradeClient.Products.cs.
public partial class AdvancedTradeClient
{
    /// <summary>
    /// Lists products without authentication (the SDK's <c>get_public_products</c>). Paged by offset:
    /// ask again with <paramref name="offset"/> advanced by the page's size until fewer come back.
    /// </summary>
    /// <param name="limit">Products per page, at least 1; all when null.</param>
    /// <param name="offset">How many products to skip; none when null.</param>
    /// <param name="productType">Only products of this type; all when null.</param>
    /// <param name="productIds">Only these products, sent as repeated <c>product_ids</c>; all when null.</param>
    /// <param name="contractExpiryType">Only futures of this expiry type; all when null.</param>
    /// <param name="expiringContractStatus">Only futures in this expiry status; the server's default (unexpired) when null.</param>
    /// <param name="getAllProducts">Whether to include products that are not tradable; always sent, false by default.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The page as sent: products and num_products.</returns>
    [CoinbaseEndpoint("GET", "/api/v3/brokerage/market/products")]
    public virtual Task<ListProductsResponse> GetPublicProductsAsync(
        int? limit = null,
        int? offset = null,
        ProductType? productType = null,
        IEnumerable<string>? productIds = null,
        ContractExpiryType? contractExpiryType = null,
        ExpiringContractStatus? expiringContractStatus = null,
        bool getAllProducts = false,
        CancellationToken cancellationToken = default)
    {
        var query = ProductsQuery(limit, offset, productType, productIds, contractExpiryType, expiringContractStatus)
            .AddIfPresent("get_all_products", getAllProducts);
        return SendAsync(HttpMethod.Get, AdvancedTradePaths.Market + "/products", query, null, AdvancedTradeJsonContext.Default.ListProductsResponse, cancellationToken);
    }

    /// <summary>Gets one product without authentication (the SDK's <c>get_public_product</c>).</summary>
    /// <param name="productId">The product, for example <c>BTC-USD</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The product object as sent.</returns>
    [CoinbaseEndpoint("GET", "/api/v3/brokerage/market/products/{product_id}")]
    public virtual Task<GetProductResponse> GetPublicProductAsync(string productId, CancellationToken cancellationToken = default)
    {
        Check.Id(productId, nameof(productId));
        return SendAsync(HttpMethod.Get, AdvancedTradePaths.Product(AdvancedTradePaths.Market, productId, null), null, null, AdvancedTradeJsonContext.Default.GetProductResponse, cancellationToken);
    }

    /// <summary>Gets a product's order book without authentication (the SDK's <c>get_public_product_book</c>).</summary>
    /// <param name="productId">The product, for example <c>BTC-USD</c>.</param>
    /// <param name="limit">Price levels per side, at least 1; the server's default when null.</param>
    /// <param name="aggregationPriceIncrement">Price step to aggregate levels into, greater than zero; the product's price increment when null.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The pricebook, last, mid-market and spread as sent.</returns>
    [CoinbaseEndpoint("GET", "/api/v3/brokerage/market/product_book")]
    public virtual Task<ProductBookResponse> GetPublicProductBookAsync(string productId, int? limit = null, decimal? aggregationPriceIncrement = null, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, AdvancedTradePaths.Market + "/product_book", ProductBookQuery(productId, limit, aggregationPriceIncrement), null, AdvancedTradeJsonContext.Default.ProductBookResponse, cancellationToken);

    /// <summary>
    /// Gets a product's candles without authentication (the SDK's <c>get_public_candles</c>), newest
    /// first. The server answers at most 350 candles: a window that holds more is refused here, before sending.
    /// </summary>
    /// <param name="productId">The product, for example <c>BTC-USD</c>.</param>
    /// <param name="start">Start of the window, sent as Unix seconds.</param>
    /// <param name="end">End of the window, after <paramref name="start"/>, sent as Unix seconds.</param>
    /// <param name="granularity">Candle width, for example <see cref="Granularity.OneHour"/>.</param>
    /// <param name="limit">Most candles to return, 1 to 350; the server's default when null.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The candles as sent.</returns>
    [CoinbaseEndpoint("GET", "/api/v3/brokerage/market/products/{product_id}/candles")]
    public virtual Task<CandlesResponse> GetPublicCandlesAsync(string productId, DateTimeOffset start, DateTimeOffset end, Granularity granularity, int? limit = null, CancellationToken cancellationToken = default) =>
        SendCandlesAsync(AdvancedTradePaths.Market, productId, start, end, granularity, limit, cancellationToken);

    /// <summary>Gets a product's latest trades and best bid and ask without authentication (the SDK's <c>get_public_market_trades</c>).</summary>
    /// <param name="productId">The product, for example <c>BTC-USD</c>.</param>
    /// <param name="limit">Most trades to return, at least 1 (required by the API).</param>
    /// <param name="start">Only trades after this instant, sent as Unix seconds; no bound when null.</param>
    /// <param name="end">Only trades before this instant, sent as Unix seconds; now when null.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The trades, best bid and best ask as sent.</returns>
    [CoinbaseEndpoint("GET", "/api/v3/brokerage/market/products/{product_id}/ticker")]
    public virtual Task<MarketTradesResponse> GetPublicMarketTradesAsync(string productId, int limit, DateTimeOffset? start = null, DateTimeOffset? end = null, CancellationToken cancellationToken = default) =>
        SendMarketTradesAsync(AdvancedTradePaths.Market, productId, limit, start, end, cancellationToken);

    /// <summary>
    /// Gets the server's clock (the SDK's <c>get_unix_time</c>) as ISO 8601 text and Unix seconds and
    /// milliseconds. <see cref="SyncTimeAsync"/> uses the same endpoint to correct the tokens' times.
    /// </summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The time as sent.</returns>
    [CoinbaseEndpoint("GET", "/api/v3/brokerage/time")]
    public virtual Task<ServerTimeResponse> GetUnixTimeAsync(CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, AdvancedTradePaths.Time, null, null, AdvancedTradeJsonContext.Default.ServerTimeResponse, cancellationToken);
}
