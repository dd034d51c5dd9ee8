namespace CoPrA;

/// <summary>A wrapped asset such as cbETH (<c>GET /wrapped-assets</c>, <c>GET /wrapped-assets/{wrapped_asset_id}</c>).</summary>
public sealed record WrappedAsset : ApiObject
{
    /// <summary>Symbol of the wrapped asset, for example <c>CBETH</c>.</summary>
    public string Id { get; init => field = value ?? ""; } = "";
    /// <summary>Amount wrapped by customers, less amount unwrapped, outside Coinbase.</summary>
    public decimal? CirculatingSupply { get; init; }
    /// <summary>Total token supply.</summary>
    public decimal? TotalSupply { get; init; }
    /// <summary>Units of the underlying asset per unit of the wrapped asset.</summary>
    public decimal? ConversionRate { get; init; }
    /// <summary>Yearly yield of the underlying asset.</summary>
    public decimal? Apy { get; init; }
    /// <summary>Estimated days to redeem.</summary>
    public decimal? RedeemTimeEstimateDays { get; init; }
}

/// <summary>The conversion rate of a wrapped asset (<c>GET /wrapped-assets/{wrapped_asset_id}/conversion-rate</c>).</summary>
public sealed record WrappedAssetConversionRate : ApiObject
{
    /// <summary>Units of the underlying asset per unit of the wrapped asset.</summary>
    public decimal Amount { get; init; }
}

/// <summary>
/// A conversion between a wrapped asset and its underlying asset, in either direction: the
/// shared shape of <see cref="StakeWrap"/> and <see cref="WrappedAssetRedeem"/>.
/// </summary>
public abstract record WrappedAssetConversion : ApiObject
{
    /// <summary>Conversion id.</summary>
    public string Id { get; init => field = value ?? ""; } = "";
    /// <summary>Amount taken.</summary>
    public decimal? FromAmount { get; init; }
    /// <summary>Amount given.</summary>
    public decimal? ToAmount { get; init; }
    /// <summary>Account debited.</summary>
    public string? FromAccountId { get; init; }
    /// <summary>Account credited.</summary>
    public string? ToAccountId { get; init; }
    /// <summary>Currency taken.</summary>
    public string? FromCurrency { get; init; }
    /// <summary>Currency given.</summary>
    public string? ToCurrency { get; init; }
    /// <summary>Status as the server names it, for example <c>pending</c> or <c>completed</c>.</summary>
    public string? Status { get; init; }
    /// <summary>Rate applied.</summary>
    public decimal? ConversionRate { get; init; }
    /// <summary>When it was requested (the pagination cursor).</summary>
    public DateTimeOffset? CreatedAt { get; init; }
    /// <summary>When it completed.</summary>
    public DateTimeOffset? CompletedAt { get; init; }
    /// <summary>When it was cancelled.</summary>
    public DateTimeOffset? CanceledAt { get; init; }
}

/// <summary>A stake-wrap: an underlying asset converted into its wrapped asset, for example ETH into cbETH.</summary>
public sealed record StakeWrap : WrappedAssetConversion;

/// <summary>A redeem: a wrapped asset converted back into its underlying asset, for example cbETH into ETH.</summary>
public sealed record WrappedAssetRedeem : WrappedAssetConversion
{
    /// <summary>The idempotency key sent with the request.</summary>
    public string? Idem { get; init; }
}

/// <summary>The answer of <c>GET /wrapped-assets</c>: <c>{"wrapped_assets": [...]}</c>.</summary>
internal sealed record WrappedAssetsEnvelope : ApiObject
{
    public List<WrappedAsset>? WrappedAssets { get; init; }
}

/// <summary>The answer of <c>POST /wrapped-assets/redeem</c>: <c>{"redeem": {...}}</c>.</summary>
internal sealed record RedeemEnvelope : ApiObject
{
    public WrappedAssetRedeem? Redeem { get; init; }
}
