namespace CoPrA.Rest;

// Market data: products, books, tickers, trades, candles, stats, currencies and time. Public:
// never signed, even on a client with credentials (as in CoPrA).
public partial class RestClient
{
    /// <summary>The granularities, in seconds, that <see cref="HistoricRatesAsync"/> accepts.</summary>
    public static IReadOnlyList<int> Granularities { get; } = [60, 300, 900, 3600, 21600, 86400];

    /// <summary>Lists the products (trading pairs) available.</summary>
    /// <param name="type">Only products of this type, as the exchange names them; every product when null.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/products")]
    public virtual async Task<IReadOnlyList<Product>> ProductsAsync(string? type = null, CancellationToken cancellationToken = default)
    {
        Check.IdIfPresent(type, nameof(type));
        var query = new QueryBuilder().AddIfPresent("type", type);
        return await SendAsync(HttpMethod.Get, "/products", query, null, false, CoPrAJsonContext.Default.ListProduct, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Lists the products (the signature before the type filter; calls written as <c>ProductsAsync(token)</c> keep compiling).</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    public virtual Task<IReadOnlyList<Product>> ProductsAsync(CancellationToken cancellationToken) => ProductsAsync(null, cancellationToken);

    /// <summary>Gets the order book of a product.</summary>
    /// <param name="productId">Product, for example <c>BTC-USD</c>.</param>
    /// <param name="level">1: best bid and ask; 2: the full book aggregated by price; 3: the full book, order by order.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not 1, 2 or 3.</exception>
    [CoinbaseEndpoint("GET", "/products/{product_id}/book")]
    public virtual Task<OrderBook> OrderBookAsync(string productId, int level = 1, CancellationToken cancellationToken = default)
    {
        Check.Id(productId, nameof(productId));
        if (level is < 1 or > 3)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "level must be 1, 2, or 3");
        }

        return SendAsync(HttpMethod.Get, ProductPath(productId, "/book"), new QueryBuilder().Add("level", level), null, false, CoPrAJsonContext.Default.OrderBook, cancellationToken);
    }

    /// <summary>Gets the last trade, best bid and ask and 24-hour volume of a product.</summary>
    /// <param name="productId">Product, for example <c>BTC-USD</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/products/{product_id}/ticker")]
    public virtual Task<ProductTicker> TickerAsync(string productId, CancellationToken cancellationToken = default)
    {
        Check.Id(productId, nameof(productId));
        return SendAsync(HttpMethod.Get, ProductPath(productId, "/ticker"), null, null, false, CoPrAJsonContext.Default.ProductTicker, cancellationToken);
    }

    /// <summary>Lists the latest trades of a product, newest first, one page at a time.</summary>
    /// <param name="productId">Product, for example <c>BTC-USD</c>.</param>
    /// <param name="limit">Page size, 1 to 1000 (CoPrA's default 100).</param>
    /// <param name="before">Cursor: the page of newer trades than this trade id.</param>
    /// <param name="after">Cursor: the page of older trades than this trade id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">Both <paramref name="before"/> and <paramref name="after"/> are given.</exception>
    [CoinbaseEndpoint("GET", "/products/{product_id}/trades")]
    public virtual Task<Page<Trade>> TradesAsync(string productId, int limit = 100, string? before = null, string? after = null, CancellationToken cancellationToken = default)
    {
        Check.Id(productId, nameof(productId));
        Check.Paging(limit, before, after);
        return SendPageAsync(ProductPath(productId, "/trades"), new QueryBuilder().AddPaging(limit, before, after), false, CoPrAJsonContext.Default.ListTrade, cancellationToken);
    }

    /// <summary>Gets candles (historic rates) of a product, newest first; at most 300 per request.</summary>
    /// <param name="productId">Product, for example <c>BTC-USD</c>.</param>
    /// <param name="granularity">Candle width in seconds: 60, 300, 900, 3600, 21600 or 86400.</param>
    /// <param name="start">Start of the range; needs <paramref name="end"/>.</param>
    /// <param name="end">End of the range; needs <paramref name="start"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">An unknown granularity, or only one of start and end.</exception>
    [CoinbaseEndpoint("GET", "/products/{product_id}/candles")]
    public virtual async Task<IReadOnlyList<Candle>> HistoricRatesAsync(string productId, int granularity = 3600, DateTimeOffset? start = null, DateTimeOffset? end = null, CancellationToken cancellationToken = default)
    {
        Check.Id(productId, nameof(productId));
        if (!Granularities.Contains(granularity))
        {
            throw new ArgumentOutOfRangeException(nameof(granularity), granularity, $"invalid granularity {granularity}");
        }

        if (start is not null && end is null)
        {
            throw new ArgumentException("end must be set if start is.", nameof(end));
        }

        if (end is not null && start is null)
        {
            throw new ArgumentException("start must be set if end is.", nameof(start));
        }

        if (start > end)
        {
            throw new ArgumentException("start must not be later than end.", nameof(start));
        }

        var query = new QueryBuilder().Add("granularity", granularity).AddIfPresent("start", start).AddIfPresent("end", end);
        return await SendAsync(HttpMethod.Get, ProductPath(productId, "/candles"), query, null, false, CoPrAJsonContext.Default.ListCandle, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Gets the 24-hour and 30-day statistics of a product.</summary>
    /// <param name="productId">Product, for example <c>BTC-USD</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/products/{product_id}/stats")]
    public virtual Task<ProductStats> Get24HourStatsAsync(string productId, CancellationToken cancellationToken = default)
    {
        Check.Id(productId, nameof(productId));
        return SendAsync(HttpMethod.Get, ProductPath(productId, "/stats"), null, null, false, CoPrAJsonContext.Default.ProductStats, cancellationToken);
    }

    /// <summary>Lists known currencies.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/currencies")]
    public virtual async Task<IReadOnlyList<Currency>> CurrenciesAsync(CancellationToken cancellationToken = default) =>
        await SendAsync(HttpMethod.Get, "/currencies", null, null, false, CoPrAJsonContext.Default.ListCurrency, cancellationToken).ConfigureAwait(false);

    /// <summary>Gets the API server's time.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/time")]
    public virtual Task<ServerTime> ServerTimeAsync(CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, "/time", null, null, false, CoPrAJsonContext.Default.ServerTime, cancellationToken);

    /// <summary>Gets one product (trading pair).</summary>
    /// <param name="productId">Product, for example <c>BTC-USD</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/products/{product_id}")]
    public virtual Task<Product> ProductAsync(string productId, CancellationToken cancellationToken = default)
    {
        Check.Id(productId, nameof(productId));
        return SendAsync(HttpMethod.Get, ProductPath(productId), null, null, false, CoPrAJsonContext.Default.Product, cancellationToken);
    }

    /// <summary>Gets the 24-hour and 30-day volumes of every product, by market type (spot, RFQ, conversion).</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/products/volume-summary")]
    public virtual async Task<IReadOnlyList<ProductVolume>> VolumeSummaryAsync(CancellationToken cancellationToken = default) =>
        await SendAsync(HttpMethod.Get, "/products/volume-summary", null, null, false, CoPrAJsonContext.Default.ListProductVolume, cancellationToken).ConfigureAwait(false);

    /// <summary>Gets one currency, with its networks and withdrawal limits.</summary>
    /// <param name="currencyId">Currency code, for example <c>BTC</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/currencies/{currency_id}")]
    public virtual Task<Currency> CurrencyAsync(string currencyId, CancellationToken cancellationToken = default)
    {
        Check.Id(currencyId, nameof(currencyId));
        return SendAsync(HttpMethod.Get, ResourcePath("/currencies", currencyId), null, null, false, CoPrAJsonContext.Default.Currency, cancellationToken);
    }

    private static string ProductPath(string productId, string suffix = "") => "/products/" + UrlEncoding.Encode(productId) + suffix;
}
