using System.Text.Json.Serialization;

namespace CoPrA.AdvancedTrade;

/// <summary>A portfolio (<c>GET /portfolios</c>).</summary>
public sealed record Portfolio : ApiObject
{
    /// <summary>Name.</summary>
    public string? Name { get; init; }
    /// <summary>Portfolio id.</summary>
    public string Uuid { get; init => field = value ?? ""; } = "";
    /// <summary>Kind.</summary>
    public PortfolioType? Type { get; init; }
    /// <summary>Whether it was deleted.</summary>
    public bool? Deleted { get; init; }
}

/// <summary>The user's portfolios (<c>GET /portfolios</c>).</summary>
public sealed record ListPortfoliosResponse : ApiObject
{
    /// <summary>The portfolios.</summary>
    public List<Portfolio> Portfolios { get; init => field = value ?? []; } = [];
}

/// <summary>One portfolio, as created or edited (<c>POST /portfolios</c>, <c>PUT /portfolios/{portfolio_uuid}</c>).</summary>
public sealed record PortfolioResponse : ApiObject
{
    /// <summary>The portfolio.</summary>
    public Portfolio? Portfolio { get; init; }
}

/// <summary>Answer to moving funds between portfolios (<c>POST /portfolios/move_funds</c>).</summary>
public sealed record MovePortfolioFundsResponse : ApiObject
{
    /// <summary>Portfolio the funds left.</summary>
    public string? SourcePortfolioUuid { get; init; }
    /// <summary>Portfolio the funds went to.</summary>
    public string? TargetPortfolioUuid { get; init; }
}

/// <summary>A portfolio's balances and positions (<c>GET /portfolios/{portfolio_uuid}</c>).</summary>
public sealed record PortfolioBreakdownResponse : ApiObject
{
    /// <summary>The breakdown.</summary>
    public PortfolioBreakdown? Breakdown { get; init; }
}

/// <summary>Balances and positions of one portfolio.</summary>
public sealed record PortfolioBreakdown : ApiObject
{
    /// <summary>The portfolio.</summary>
    public Portfolio? Portfolio { get; init; }
    /// <summary>Totals.</summary>
    public PortfolioBalances? PortfolioBalances { get; init; }
    /// <summary>Spot positions.</summary>
    public List<SpotPosition> SpotPositions { get; init => field = value ?? []; } = [];
    /// <summary>Perpetual futures positions.</summary>
    public List<PortfolioPerpPosition> PerpPositions { get; init => field = value ?? []; } = [];
    /// <summary>Dated futures positions.</summary>
    public List<PortfolioFuturesPosition> FuturesPositions { get; init => field = value ?? []; } = [];
}

/// <summary>Totals of a portfolio.</summary>
public sealed record PortfolioBalances : ApiObject
{
    /// <summary>Total balance.</summary>
    public AdvancedTradeAmount? TotalBalance { get; init; }
    /// <summary>Futures balance.</summary>
    public AdvancedTradeAmount? TotalFuturesBalance { get; init; }
    /// <summary>Cash equivalents.</summary>
    public AdvancedTradeAmount? TotalCashEquivalentBalance { get; init; }
    /// <summary>Crypto balance.</summary>
    public AdvancedTradeAmount? TotalCryptoBalance { get; init; }
    /// <summary>Unrealized profit and loss of futures.</summary>
    public AdvancedTradeAmount? FuturesUnrealizedPnl { get; init; }
    /// <summary>Unrealized profit and loss of perpetuals.</summary>
    public AdvancedTradeAmount? PerpUnrealizedPnl { get; init; }
}

/// <summary>A spot position of a portfolio breakdown.</summary>
public sealed record SpotPosition : ApiObject
{
    /// <summary>Asset code.</summary>
    public string? Asset { get; init; }
    /// <summary>Account of the asset.</summary>
    public string? AccountUuid { get; init; }
    /// <summary>Balance in fiat.</summary>
    public decimal? TotalBalanceFiat { get; init; }
    /// <summary>Balance in the asset.</summary>
    public decimal? TotalBalanceCrypto { get; init; }
    /// <summary>Tradable amount in fiat.</summary>
    public decimal? AvailableToTradeFiat { get; init; }
    /// <summary>Share of the portfolio.</summary>
    public decimal? Allocation { get; init; }
    /// <summary>Change over one day.</summary>
    public decimal? OneDayChange { get; init; }
    /// <summary>Cost basis.</summary>
    public AdvancedTradeAmount? CostBasis { get; init; }
    /// <summary>Image of the asset.</summary>
    public string? AssetImgUrl { get; init; }
    /// <summary>Whether the asset is cash.</summary>
    public bool? IsCash { get; init; }
    /// <summary>Average entry price.</summary>
    public AdvancedTradeAmount? AverageEntryPrice { get; init; }
    /// <summary>Asset id.</summary>
    public string? AssetUuid { get; init; }
    /// <summary>Tradable amount in the asset.</summary>
    public decimal? AvailableToTradeCrypto { get; init; }
    /// <summary>Unrealized profit and loss.</summary>
    public decimal? UnrealizedPnl { get; init; }
    /// <summary>Transferable amount in fiat.</summary>
    public decimal? AvailableToTransferFiat { get; init; }
    /// <summary>Transferable amount in the asset.</summary>
    public decimal? AvailableToTransferCrypto { get; init; }
}

/// <summary>An amount in the user's native currency and in the raw currency, as perpetual positions nest them (camelCase on the wire).</summary>
public sealed record NativeAndRawAmount : ApiObject
{
    /// <summary>In the user's native currency.</summary>
    [JsonPropertyName("userNativeCurrency")]
    public AdvancedTradeAmount? UserNativeCurrency { get; init; }
    /// <summary>In the raw currency.</summary>
    [JsonPropertyName("rawCurrency")]
    public AdvancedTradeAmount? RawCurrency { get; init; }
}

/// <summary>A perpetual futures position of a portfolio breakdown.</summary>
public sealed record PortfolioPerpPosition : ApiObject
{
    /// <summary>Product.</summary>
    public string? ProductId { get; init; }
    /// <summary>Product id (uuid).</summary>
    public string? ProductUuid { get; init; }
    /// <summary>Symbol.</summary>
    public string? Symbol { get; init; }
    /// <summary>Volume-weighted average price.</summary>
    public NativeAndRawAmount? Vwap { get; init; }
    /// <summary>Side, for example <c>FUTURES_POSITION_SIDE_LONG</c>.</summary>
    public string? PositionSide { get; init; }
    /// <summary>Net size.</summary>
    public decimal? NetSize { get; init; }
    /// <summary>Size of open buy orders.</summary>
    public decimal? BuyOrderSize { get; init; }
    /// <summary>Size of open sell orders.</summary>
    public decimal? SellOrderSize { get; init; }
    /// <summary>Initial margin contribution.</summary>
    public decimal? ImContribution { get; init; }
    /// <summary>Unrealized profit and loss.</summary>
    public NativeAndRawAmount? UnrealizedPnl { get; init; }
    /// <summary>Mark price.</summary>
    public NativeAndRawAmount? MarkPrice { get; init; }
    /// <summary>Liquidation price.</summary>
    public NativeAndRawAmount? LiquidationPrice { get; init; }
    /// <summary>Leverage.</summary>
    public decimal? Leverage { get; init; }
    /// <summary>Initial margin notional.</summary>
    public NativeAndRawAmount? ImNotional { get; init; }
    /// <summary>Maintenance margin notional.</summary>
    public NativeAndRawAmount? MmNotional { get; init; }
    /// <summary>Position notional.</summary>
    public NativeAndRawAmount? PositionNotional { get; init; }
    /// <summary>Margin type.</summary>
    public MarginType? MarginType { get; init; }
    /// <summary>Liquidation buffer.</summary>
    public decimal? LiquidationBuffer { get; init; }
    /// <summary>Liquidation percentage.</summary>
    public decimal? LiquidationPercentage { get; init; }
}

/// <summary>A dated futures position of a portfolio breakdown.</summary>
public sealed record PortfolioFuturesPosition : ApiObject
{
    /// <summary>Product.</summary>
    public string? ProductId { get; init; }
    /// <summary>Contract size.</summary>
    public decimal? ContractSize { get; init; }
    /// <summary>Side, for example <c>FUTURES_POSITION_SIDE_LONG</c>.</summary>
    public string? Side { get; init; }
    /// <summary>Number of contracts.</summary>
    public decimal? Amount { get; init; }
    /// <summary>Average entry price.</summary>
    public decimal? AvgEntryPrice { get; init; }
    /// <summary>Current price.</summary>
    public decimal? CurrentPrice { get; init; }
    /// <summary>Unrealized profit and loss.</summary>
    public decimal? UnrealizedPnl { get; init; }
    /// <summary>Expiry.</summary>
    public DateTimeOffset? Expiry { get; init; }
    /// <summary>Underlying asset.</summary>
    public string? UnderlyingAsset { get; init; }
    /// <summary>Image of the asset.</summary>
    public string? AssetImgUrl { get; init; }
    /// <summary>Product name.</summary>
    public string? ProductName { get; init; }
    /// <summary>Venue.</summary>
    public string? Venue { get; init; }
    /// <summary>Notional value.</summary>
    public decimal? NotionalValue { get; init; }
}
