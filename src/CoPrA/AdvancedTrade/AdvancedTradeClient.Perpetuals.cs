using CoPrA.Rest;

namespace CoPrA.AdvancedTrade;

// International derivatives: perpetual futures on Coinbase International Exchange (INTX), the SDK's perpetuals.py.
public partial class AdvancedTradeClient
{
    private const string Intx = AdvancedTradePaths.Prefix + "/intx";

    /// <summary>
    /// Allocates more funds to an isolated position in an INTX perpetuals portfolio (the SDK's
    /// <c>allocate_portfolio</c>). Sends <c>portfolio_uuid</c>, <c>symbol</c>, <c>amount</c> (a decimal
    /// string) and <c>currency</c> in the body.
    /// </summary>
    /// <param name="portfolioUuid">The perpetuals portfolio; not empty.</param>
    /// <param name="symbol">The position's product, for example <c>BTC-PERP-INTX</c>; not empty.</param>
    /// <param name="amount">The amount to allocate; greater than zero.</param>
    /// <param name="currency">The currency of <paramref name="amount"/>, for example <c>USDC</c>; not empty.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The answer as sent (an empty object).</returns>
    /// <exception cref="ArgumentException">An id, the symbol or the currency is empty or blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is zero or less.</exception>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/intx/allocate")]
    public virtual Task<EmptyResponse> AllocatePortfolioAsync(string portfolioUuid, string symbol, decimal amount, string currency, CancellationToken cancellationToken = default)
    {
        Check.Id(portfolioUuid, nameof(portfolioUuid));
        Check.Id(symbol, nameof(symbol));
        Check.Positive(amount, nameof(amount));
        ArgumentException.ThrowIfNullOrWhiteSpace(currency);
        using var body = new JsonBody();
        string json = body.Add("portfolio_uuid", portfolioUuid).Add("symbol", symbol).Add("amount", amount).Add("currency", currency).Build();
        return SendAsync(HttpMethod.Post, Intx + "/allocate", null, json, AdvancedTradeJsonContext.Default.EmptyResponse, cancellationToken);
    }

    /// <summary>Gets the summary of an INTX perpetuals portfolio (the SDK's <c>get_perps_portfolio_summary</c>).</summary>
    /// <param name="portfolioUuid">The perpetuals portfolio; not empty.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The answer as sent: the portfolios and their totals.</returns>
    /// <exception cref="ArgumentException"><paramref name="portfolioUuid"/> is empty, blank, <c>.</c> or <c>..</c>.</exception>
    [CoinbaseEndpoint("GET", "/api/v3/brokerage/intx/portfolio/{portfolio_uuid}")]
    public virtual Task<PerpsPortfolioSummaryResponse> GetPerpsPortfolioSummaryAsync(string portfolioUuid, CancellationToken cancellationToken = default) =>
        GetIntxAsync("/portfolio/", portfolioUuid, AdvancedTradeJsonContext.Default.PerpsPortfolioSummaryResponse, cancellationToken);

    /// <summary>Lists the open positions of an INTX perpetuals portfolio (the SDK's <c>list_perps_positions</c>). Not paged.</summary>
    /// <param name="portfolioUuid">The perpetuals portfolio; not empty.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The answer as sent: the positions and their totals.</returns>
    /// <exception cref="ArgumentException"><paramref name="portfolioUuid"/> is empty, blank, <c>.</c> or <c>..</c>.</exception>
    [CoinbaseEndpoint("GET", "/api/v3/brokerage/intx/positions/{portfolio_uuid}")]
    public virtual Task<ListPerpsPositionsResponse> ListPerpsPositionsAsync(string portfolioUuid, CancellationToken cancellationToken = default) =>
        GetIntxAsync("/positions/", portfolioUuid, AdvancedTradeJsonContext.Default.ListPerpsPositionsResponse, cancellationToken);

    /// <summary>Gets one open position of an INTX perpetuals portfolio (the SDK's <c>get_perps_position</c>).</summary>
    /// <param name="portfolioUuid">The perpetuals portfolio; not empty.</param>
    /// <param name="symbol">The position's product, for example <c>BTC-PERP-INTX</c>; not empty.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The answer as sent, the position in <see cref="GetPerpsPositionResponse.Position"/>.</returns>
    /// <exception cref="ArgumentException">An argument is empty, blank, <c>.</c> or <c>..</c>.</exception>
    [CoinbaseEndpoint("GET", "/api/v3/brokerage/intx/positions/{portfolio_uuid}/{symbol}")]
    public virtual Task<GetPerpsPositionResponse> GetPerpsPositionAsync(string portfolioUuid, string symbol, CancellationToken cancellationToken = default)
    {
        Check.Id(portfolioUuid, nameof(portfolioUuid));
        Check.Id(symbol, nameof(symbol));
        string path = Intx + "/positions/" + UrlEncoding.Encode(portfolioUuid) + "/" + UrlEncoding.Encode(symbol);
        return SendAsync(HttpMethod.Get, path, null, null, AdvancedTradeJsonContext.Default.GetPerpsPositionResponse, cancellationToken);
    }

    /// <summary>Gets the asset balances of an INTX perpetuals portfolio (the SDK's <c>get_perps_portfolio_balances</c>).</summary>
    /// <param name="portfolioUuid">The perpetuals portfolio; not empty.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The answer as sent: one entry of balances per portfolio.</returns>
    /// <exception cref="ArgumentException"><paramref name="portfolioUuid"/> is empty, blank, <c>.</c> or <c>..</c>.</exception>
    [CoinbaseEndpoint("GET", "/api/v3/brokerage/intx/balances/{portfolio_uuid}")]
    public virtual Task<PerpsPortfolioBalancesResponse> GetPerpsPortfolioBalancesAsync(string portfolioUuid, CancellationToken cancellationToken = default) =>
        GetIntxAsync("/balances/", portfolioUuid, AdvancedTradeJsonContext.Default.PerpsPortfolioBalancesResponse, cancellationToken);

    /// <summary>
    /// Turns multi-asset collateral on or off for an INTX perpetuals portfolio (the SDK's
    /// <c>opt_in_or_out_multi_asset_collateral</c>). Sends <c>portfolio_uuid</c> and
    /// <c>multi_asset_collateral_enabled</c> (a JSON boolean) in the body.
    /// </summary>
    /// <param name="portfolioUuid">The perpetuals portfolio; not empty.</param>
    /// <param name="multiAssetCollateralEnabled">True to opt in, false to opt out.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The answer as sent; <see cref="MultiAssetCollateralResponse.CrossCollateralEnabled"/> is the new state.</returns>
    /// <exception cref="ArgumentException"><paramref name="portfolioUuid"/> is empty, blank, <c>.</c> or <c>..</c>.</exception>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/intx/multi_asset_collateral")]
    public virtual Task<MultiAssetCollateralResponse> OptInOrOutMultiAssetCollateralAsync(string portfolioUuid, bool multiAssetCollateralEnabled, CancellationToken cancellationToken = default)
    {
        Check.Id(portfolioUuid, nameof(portfolioUuid));
        using var body = new JsonBody();
        string json = body.Add("portfolio_uuid", portfolioUuid).Add("multi_asset_collateral_enabled", multiAssetCollateralEnabled).Build();
        return SendAsync(HttpMethod.Post, Intx + "/multi_asset_collateral", null, json, AdvancedTradeJsonContext.Default.MultiAssetCollateralResponse, cancellationToken);
    }

    /// <summary>A GET of an INTX resource addressed by one portfolio id.</summary>
    private Task<T> GetIntxAsync<T>(string resource, string portfolioUuid, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        Check.Id(portfolioUuid, nameof(portfolioUuid));
        return SendAsync(HttpMethod.Get, Intx + resource + UrlEncoding.Encode(portfolioUuid), null, null, typeInfo, cancellationToken);
    }
}
