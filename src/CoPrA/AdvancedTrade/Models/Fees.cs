namespace CoPrA.AdvancedTrade;

/// <summary>The user's volumes, fees and fee tier (<c>GET /transaction_summary</c>).</summary>
public sealed record TransactionSummaryResponse : ApiObject
{
    /// <summary>Total volume over the tier's period.</summary>
    public decimal? TotalVolume { get; init; }
    /// <summary>Total fees over the period.</summary>
    public decimal? TotalFees { get; init; }
    /// <summary>The fee tier.</summary>
    public FeeTier? FeeTier { get; init; }
    /// <summary>Margin rate.</summary>
    public RateValue? MarginRate { get; init; }
    /// <summary>Goods and services tax.</summary>
    public GoodsAndServicesTax? GoodsAndServicesTax { get; init; }
    /// <summary>Volume on Advanced Trade only.</summary>
    public decimal? AdvancedTradeOnlyVolumes { get; init; }
    /// <summary>Fees on Advanced Trade only.</summary>
    public decimal? AdvancedTradeOnlyFees { get; init; }
    /// <summary>Volume on Coinbase Pro.</summary>
    public decimal? CoinbaseProVolume { get; init; }
    /// <summary>Fees on Coinbase Pro.</summary>
    public decimal? CoinbaseProFees { get; init; }
    /// <summary>Total balance.</summary>
    public decimal? TotalBalance { get; init; }
    /// <summary>Whether a promotional fee applies.</summary>
    public bool? HasPromoFee { get; init; }
}

/// <summary>A fee tier.</summary>
public sealed record FeeTier : ApiObject
{
    /// <summary>Name of the tier.</summary>
    public string? PricingTier { get; init; }
    /// <summary>Lower volume bound in USD.</summary>
    public decimal? UsdFrom { get; init; }
    /// <summary>Upper volume bound in USD.</summary>
    public decimal? UsdTo { get; init; }
    /// <summary>Taker fee rate (0.006 is 0.6%).</summary>
    public decimal? TakerFeeRate { get; init; }
    /// <summary>Maker fee rate.</summary>
    public decimal? MakerFeeRate { get; init; }
    /// <summary>Lower bound of assets on platform.</summary>
    public decimal? AopFrom { get; init; }
    /// <summary>Upper bound of assets on platform.</summary>
    public decimal? AopTo { get; init; }
}

/// <summary>A rate nested as <c>{"value": "0.1"}</c>.</summary>
public sealed record RateValue : ApiObject
{
    /// <summary>The rate.</summary>
    public decimal? Value { get; init; }
}

/// <summary>Goods and services tax applied to fees.</summary>
public sealed record GoodsAndServicesTax : ApiObject
{
    /// <summary>Tax rate.</summary>
    public decimal? Rate { get; init; }
    /// <summary>Kind, for example <c>INCLUSIVE</c> or <c>EXCLUSIVE</c>.</summary>
    public string? Type { get; init; }
}
