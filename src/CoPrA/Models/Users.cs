using System.Text.Json.Serialization;

namespace CoPrA;

/// <summary>Withdrawal limits of a user (<c>GET /users/{user_id}/exchange-limits</c>).</summary>
public sealed record ExchangeLimits : ApiObject
{
    /// <summary>Transfer limits by kind.</summary>
    public TransferLimits? TransferLimits { get; init; }
    /// <summary>Currency the limits are expressed in.</summary>
    public string? LimitCurrency { get; init; }
}

/// <summary>The <c>transfer_limits</c> object of <see cref="ExchangeLimits"/>.</summary>
public sealed record TransferLimits : ApiObject
{
    /// <summary>Withdrawal limits by currency code.</summary>
    public IReadOnlyDictionary<string, CurrencyTransferLimit>? ExchangeWithdraw { get; init; }
}

/// <summary>A transfer limit of one currency.</summary>
public sealed record CurrencyTransferLimit : ApiObject
{
    /// <summary>Largest amount per period.</summary>
    public decimal? Max { get; init; }
    /// <summary>Amount left in the current period.</summary>
    public decimal? Remaining { get; init; }
    /// <summary>Length of the period in days.</summary>
    public long? PeriodInDays { get; init; }
}

/// <summary>Trading volumes of the user and its members (<c>GET /users/{user_id}/trading-volumes</c>).</summary>
public sealed record TradingVolumes : ApiObject
{
    /// <summary>Volumes of all the user's members together.</summary>
    public AggregatedVolumes? AggregatedData { get; init; }
    /// <summary>Volumes of each member.</summary>
    public IReadOnlyList<IndividualVolumes>? IndividualData { get; init; }
}

/// <summary>The <c>aggregated_data</c> object of <see cref="TradingVolumes"/>.</summary>
public sealed record AggregatedVolumes : ApiObject
{
    /// <summary>The volumes.</summary>
    public VolumeMetrics? ActivityMetrics { get; init; }
}

/// <summary>One member's entry in <see cref="TradingVolumes.IndividualData"/>.</summary>
public sealed record IndividualVolumes : ApiObject
{
    /// <summary>The member's email.</summary>
    public string? Email { get; init; }
    /// <summary>The member's volumes.</summary>
    public VolumeMetrics? ActivityMetrics { get; init; }
}

/// <summary>
/// Maker, taker and total volumes with their share of the exchange and rank. Dates and ranks are
/// kept as the server writes them; the API documents them only as strings.
/// </summary>
public sealed record VolumeMetrics : ApiObject
{
    /// <summary>Start of the period.</summary>
    public string? StartDate { get; init; }
    /// <summary>End of the period.</summary>
    public string? EndDate { get; init; }
    /// <summary>Maker volume in USD.</summary>
    public decimal? MakerVolumeNotionalUsd { get; init; }
    /// <summary>Maker volume as a percentage of the exchange's.</summary>
    public decimal? MakerVolumeRelativePercentage { get; init; }
    /// <summary>Taker volume in USD.</summary>
    public decimal? TakerVolumeNotionalUsd { get; init; }
    /// <summary>Taker volume as a percentage of the exchange's.</summary>
    public decimal? TakerVolumeRelativePercentage { get; init; }
    /// <summary>Total volume in USD.</summary>
    public decimal? TotalExchangeVolumeNotionalUsd { get; init; }
    /// <summary>Total volume as a percentage of the exchange's.</summary>
    public decimal? TotalExchangeVolumeRelativePercentage { get; init; }
    /// <summary>Rank by maker volume.</summary>
    public string? MakerRank { get; init; }
    /// <summary>Rank by taker volume.</summary>
    public string? TakerRank { get; init; }
    /// <summary>Rank by total volume.</summary>
    public string? TotalExchangeVolumeRank { get; init; }
    /// <summary>Adjusted maker volume in USD.</summary>
    public decimal? AdjustedMakerVolumeNotionalUsd { get; init; }
    /// <summary>Adjusted maker volume as a percentage of the exchange's.</summary>
    public decimal? AdjustedMakerVolumeRelativePercentage { get; init; }
    /// <summary>Adjusted total volume in USD.</summary>
    public decimal? AdjustedTotalExchangeVolumeNotionalUsd { get; init; }
    /// <summary>Adjusted total volume as a percentage of the exchange's.</summary>
    public decimal? AdjustedTotalExchangeVolumeRelativePercentage { get; init; }
    /// <summary>Rank by adjusted maker volume.</summary>
    public string? AdjustedMakerVolumeRank { get; init; }
    /// <summary>Rank by adjusted total volume.</summary>
    public string? AdjustedTotalExchangeVolumeRank { get; init; }
    /// <summary>Liquidity programme tier (aggregated data only).</summary>
    public string? LiquidityProgramTier { get; init; }
    /// <summary>Next liquidity programme tier (aggregated data only).</summary>
    public string? NextLiquidityProgramTier { get; init; }
}

/// <summary>How a user's trades settle.</summary>
[JsonConverter(typeof(WireEnumConverter<SettlementPreference>))]
public enum SettlementPreference
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary>Settle in USD.</summary>
    [JsonStringEnumMemberName("USD")] Usd,
    /// <summary>Settle in USDC.</summary>
    [JsonStringEnumMemberName("USDC")] Usdc,
    /// <summary>No preference.</summary>
    [JsonStringEnumMemberName("opt-out")] OptOut,
}

/// <summary>A user's settlement preference (<c>POST /users/{user_id}/settlement-preferences</c>).</summary>
public sealed record UserSettlementPreference : ApiObject
{
    /// <summary>The preference now in force.</summary>
    public SettlementPreference SettlementPreference { get; init; }
}
