namespace CoPrA;

/// <summary>Fee rates of one stablecoin conversion pair (<c>GET /conversions/fees</c>).</summary>
public sealed record ConversionFee : ApiObject
{
    /// <summary>Currency converted from.</summary>
    public string FromCurrency { get; init => field = value ?? ""; } = "";
    /// <summary>Currency converted to.</summary>
    public string ToCurrency { get; init => field = value ?? ""; } = "";
    /// <summary>Lowest fee rate, as a fraction.</summary>
    public decimal? MinFeeRate { get; init; }
    /// <summary>Net conversion volume of the last 30 days.</summary>
    public decimal? ThirtyDayNetVolume { get; init; }
    /// <summary>Fee rate tiers by amount.</summary>
    public IReadOnlyList<ConversionFeeTier>? FeeTiers { get; init; }
    /// <summary>Fee-free conversion credit left.</summary>
    public decimal? AvailableCredit { get; init; }
}

/// <summary>One tier of conversion fees: the rate for amounts in a range.</summary>
public sealed record ConversionFeeTier : ApiObject
{
    /// <summary>Lower end of the range.</summary>
    public decimal? FromAmount { get; init; }
    /// <summary>Upper end of the range.</summary>
    public decimal? ToAmount { get; init; }
    /// <summary>Fee rate in the range, as a fraction.</summary>
    public decimal? FeeRate { get; init; }
}
