namespace CoPrA.Rest;

// Wrapped assets (cbETH and the like): public figures, and the key's stake-wraps and redeems (private).
public partial class RestClient
{
    /// <summary>Lists the wrapped assets with their supply, conversion rate and yield.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/wrapped-assets")]
    public virtual async Task<IReadOnlyList<WrappedAsset>> WrappedAssetsAsync(CancellationToken cancellationToken = default) =>
        await SendWrappedAsync(HttpMethod.Get, "/wrapped-assets", null, false, CoPrAJsonContext.Default.WrappedAssetsEnvelope, envelope => envelope.WrappedAssets, "wrapped_assets", cancellationToken).ConfigureAwait(false);

    /// <summary>Gets one wrapped asset.</summary>
    /// <param name="wrappedAssetId">Wrapped asset symbol, for example <c>CBETH</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/wrapped-assets/{wrapped_asset_id}")]
    public virtual Task<WrappedAsset> WrappedAssetAsync(string wrappedAssetId, CancellationToken cancellationToken = default)
    {
        Check.Id(wrappedAssetId, nameof(wrappedAssetId));
        return SendAsync(HttpMethod.Get, ResourcePath("/wrapped-assets", wrappedAssetId), null, null, false, CoPrAJsonContext.Default.WrappedAsset, cancellationToken);
    }

    /// <summary>Gets the conversion rate between a wrapped asset and its underlying asset.</summary>
    /// <param name="wrappedAssetId">Wrapped asset symbol, for example <c>CBETH</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/wrapped-assets/{wrapped_asset_id}/conversion-rate")]
    public virtual Task<WrappedAssetConversionRate> WrappedAssetConversionRateAsync(string wrappedAssetId, CancellationToken cancellationToken = default)
    {
        Check.Id(wrappedAssetId, nameof(wrappedAssetId));
        return SendAsync(HttpMethod.Get, ResourcePath("/wrapped-assets", wrappedAssetId, "/conversion-rate"), null, null, false, CoPrAJsonContext.Default.WrappedAssetConversionRate, cancellationToken);
    }

    /// <summary>Stake-wraps an asset into its wrapped asset, for example ETH into CBETH.</summary>
    /// <param name="fromCurrency">Underlying currency, for example <c>ETH</c>.</param>
    /// <param name="toCurrency">Wrapped currency, for example <c>CBETH</c>.</param>
    /// <param name="amount">Amount of <paramref name="fromCurrency"/> to wrap.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("POST", "/wrapped-assets/stake-wrap")]
    public virtual Task<StakeWrap> CreateStakeWrapAsync(string fromCurrency, string toCurrency, decimal amount, CancellationToken cancellationToken = default)
    {
        Check.Id(fromCurrency, nameof(fromCurrency));
        Check.Id(toCurrency, nameof(toCurrency));
        Check.Positive(amount, nameof(amount));
        using var body = new JsonBody().Add("from_currency", fromCurrency).Add("to_currency", toCurrency).Add("amount", amount);
        return SendAsync(HttpMethod.Post, "/wrapped-assets/stake-wrap", null, body.Build(), true, CoPrAJsonContext.Default.StakeWrap, cancellationToken);
    }

    /// <summary>Lists the key's stake-wraps, newest first, one page at a time.</summary>
    /// <param name="fromCurrency">Only wraps from this currency, for example <c>ETH</c>.</param>
    /// <param name="toCurrency">Only wraps into this currency, for example <c>CBETH</c>.</param>
    /// <param name="status">Only wraps with this status.</param>
    /// <param name="limit">Page size, 1 to 1000 (100 by default).</param>
    /// <param name="before">Cursor: the page of newer wraps (a date).</param>
    /// <param name="after">Cursor: the page of older wraps (a date).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/wrapped-assets/stake-wrap")]
    public virtual Task<Page<StakeWrap>> StakeWrapsAsync(
        string? fromCurrency = null,
        string? toCurrency = null,
        string? status = null,
        int limit = 100,
        string? before = null,
        string? after = null,
        CancellationToken cancellationToken = default)
    {
        Check.Paging(limit, before, after);
        var query = new QueryBuilder().AddPaging(limit, before, after).AddIfPresent("from", fromCurrency).AddIfPresent("to", toCurrency).AddIfPresent("status", status);
        return SendPageAsync("/wrapped-assets/stake-wrap", query, true, CoPrAJsonContext.Default.ListStakeWrap, cancellationToken);
    }

    /// <summary>Gets one stake-wrap.</summary>
    /// <param name="stakeWrapId">Stake-wrap id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/wrapped-assets/stake-wrap/{stake_wrap_id}")]
    public virtual Task<StakeWrap> StakeWrapAsync(string stakeWrapId, CancellationToken cancellationToken = default)
    {
        Check.Id(stakeWrapId, nameof(stakeWrapId));
        return SendAsync(HttpMethod.Get, ResourcePath("/wrapped-assets/stake-wrap", stakeWrapId), null, null, true, CoPrAJsonContext.Default.StakeWrap, cancellationToken);
    }

    /// <summary>Redeems a wrapped asset into its underlying asset, for example CBETH into ETH.</summary>
    /// <param name="fromCurrency">Wrapped currency, for example <c>CBETH</c>.</param>
    /// <param name="toCurrency">Underlying currency, for example <c>ETH</c>.</param>
    /// <param name="amount">Amount of <paramref name="fromCurrency"/> to redeem.</param>
    /// <param name="idem">Idempotency key (a UUID you choose) so that a repeated request redeems once.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("POST", "/wrapped-assets/redeem")]
    public virtual Task<WrappedAssetRedeem> RedeemWrappedAssetAsync(string fromCurrency, string toCurrency, decimal amount, string? idem = null, CancellationToken cancellationToken = default)
    {
        Check.Id(fromCurrency, nameof(fromCurrency));
        Check.Id(toCurrency, nameof(toCurrency));
        Check.Positive(amount, nameof(amount));
        using var body = new JsonBody().Add("from_currency", fromCurrency).Add("to_currency", toCurrency).Add("amount", amount).AddIfPresent("idem", idem);
        return SendWrappedAsync(HttpMethod.Post, "/wrapped-assets/redeem", body.Build(), true, CoPrAJsonContext.Default.RedeemEnvelope, envelope => envelope.Redeem, "redeem", cancellationToken);
    }

    /// <summary>Lists the key's redeems, newest first, one page at a time.</summary>
    /// <param name="fromCurrency">Only redeems from this currency, for example <c>CBETH</c>.</param>
    /// <param name="toCurrency">Only redeems into this currency, for example <c>ETH</c>.</param>
    /// <param name="status">Only redeems with this status.</param>
    /// <param name="limit">Page size, 1 to 1000 (100 by default).</param>
    /// <param name="before">Cursor: the page of newer redeems (a date).</param>
    /// <param name="after">Cursor: the page of older redeems (a date).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/wrapped-assets/redeem")]
    public virtual Task<Page<WrappedAssetRedeem>> WrappedAssetRedeemsAsync(
        string? fromCurrency = null,
        string? toCurrency = null,
        string? status = null,
        int limit = 100,
        string? before = null,
        string? after = null,
        CancellationToken cancellationToken = default)
    {
        Check.Paging(limit, before, after);
        var query = new QueryBuilder().AddPaging(limit, before, after).AddIfPresent("from_currency", fromCurrency).AddIfPresent("to_currency", toCurrency).AddIfPresent("status", status);
        return SendPageAsync("/wrapped-assets/redeem", query, true, CoPrAJsonContext.Default.ListWrappedAssetRedeem, cancellationToken);
    }

    /// <summary>Gets one redeem.</summary>
    /// <param name="redeemId">Redeem id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/wrapped-assets/redeem/{redeem_id}")]
    public virtual Task<WrappedAssetRedeem> WrappedAssetRedeemAsync(string redeemId, CancellationToken cancellationToken = default)
    {
        Check.Id(redeemId, nameof(redeemId));
        return SendAsync(HttpMethod.Get, ResourcePath("/wrapped-assets/redeem", redeemId), null, null, true, CoPrAJsonContext.Default.WrappedAssetRedeem, cancellationToken);
    }
}
