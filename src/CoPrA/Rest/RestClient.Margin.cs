namespace CoPrA.Rest;

// Futures margin settings (the spec's "Futures" tag): auto-loan and USDC collateral. Private.
public partial class RestClient
{
    /// <summary>Gets whether margin auto-loan is on.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/margin/auto-loan")]
    public virtual Task<MarginAutoLoan> MarginAutoLoanAsync(CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, "/margin/auto-loan", null, null, true, CoPrAJsonContext.Default.MarginAutoLoan, cancellationToken);

    /// <summary>Turns margin auto-loan on or off.</summary>
    /// <param name="autoLoan">Whether auto-loan should be on.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("POST", "/margin/auto-loan")]
    public virtual Task<MarginAutoLoan> SetMarginAutoLoanAsync(bool autoLoan, CancellationToken cancellationToken = default)
    {
        using var body = new JsonBody().Add("auto_loan", autoLoan);
        return SendAsync(HttpMethod.Post, "/margin/auto-loan", null, body.Build(), true, CoPrAJsonContext.Default.MarginAutoLoan, cancellationToken);
    }

    /// <summary>Gets whether USDC counts as margin collateral.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/margin/usdc")]
    public virtual Task<UsdcMargin> UsdcMarginAsync(CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, "/margin/usdc", null, null, true, CoPrAJsonContext.Default.UsdcMargin, cancellationToken);

    /// <summary>Lets USDC count as margin collateral, or stops it.</summary>
    /// <param name="enabled">Whether USDC margin should be enabled.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("POST", "/margin/usdc")]
    public virtual Task<UsdcMargin> SetUsdcMarginAsync(bool enabled, CancellationToken cancellationToken = default)
    {
        using var body = new JsonBody().Add("enabled", enabled);
        return SendAsync(HttpMethod.Post, "/margin/usdc", null, body.Build(), true, CoPrAJsonContext.Default.UsdcMargin, cancellationToken);
    }
}
