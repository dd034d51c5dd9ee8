namespace CoPrA.AdvancedTrade;

/// <summary>Summary of an INTX perpetuals portfolio (<c>GET /intx/portfolio/{portfolio_uuid}</c>).</summary>
public sealed record PerpsPortfolioSummaryResponse : ApiObject
{
    /// <summary>The portfolios.</summary>
    public List<PerpsPortfolio> Portfolios { get; init => field = value ?? []; } = [];
    /// <summary>Totals.</summary>
    public PerpsPortfolioSummary? Summary { get; init; }
}

/// <summary>An INTX perpetuals portfolio.</summary>
public sealed record PerpsPortfolio : ApiObject
{
    /// <summary>Portfolio id.</summary>
    public string? PortfolioUuid { get; init; }
    /// <summary>Collateral.</summary>
    public decimal? Collateral { get; init; }
    /// <summary>Position notional.</summary>
    public decimal? PositionNotional { get; init; }
    /// <summary>Notional of open positions.</summary>
    public decimal? OpenPositionNotional { get; init; }
    /// <summary>Pending fees.</summary>
    public decimal? PendingFees { get; init; }
    /// <summary>Borrowed amount.</summary>
    public decimal? Borrow { get; init; }
    /// <summary>Accrued interest.</summary>
    public decimal? AccruedInterest { get; init; }
    /// <summary>Rolling debt.</summary>
    public decimal? RollingDebt { get; init; }
    /// <summary>Initial margin of the portfolio.</summary>
    public decimal? PortfolioInitialMargin { get; init; }
    /// <summary>Initial margin notional.</summary>
    public AdvancedTradeAmount? PortfolioImNotional { get; init; }
    /// <summary>Maintenance margin of the portfolio.</summary>
    public decimal? PortfolioMaintenanceMargin { get; init; }
    /// <summary>Maintenance margin notional.</summary>
    public AdvancedTradeAmount? PortfolioMmNotional { get; init; }
    /// <summary>Liquidation percentage.</summary>
    public decimal? LiquidationPercentage { get; init; }
    /// <summary>Liquidation buffer.</summary>
    public decimal? LiquidationBuffer { get; init; }
    /// <summary>Margin type.</summary>
    public MarginType? MarginType { get; init; }
    /// <summary>Margin flags.</summary>
    public string? MarginFlags { get; init; }
    /// <summary>Liquidation status.</summary>
    public string? LiquidationStatus { get; init; }
    /// <summary>Unrealized profit and loss.</summary>
    public AdvancedTradeAmount? UnrealizedPnl { get; init; }
    /// <summary>Total balance.</summary>
    public AdvancedTradeAmount? TotalBalance { get; init; }
}

/// <summary>Totals of INTX perpetuals portfolios.</summary>
public sealed record PerpsPortfolioSummary : ApiObject
{
    /// <summary>Unrealized profit and loss.</summary>
    public AdvancedTradeAmount? UnrealizedPnl { get; init; }
    /// <summary>Buying power.</summary>
    public AdvancedTradeAmount? BuyingPower { get; init; }
    /// <summary>Total balance.</summary>
    public AdvancedTradeAmount? TotalBalance { get; init; }
    /// <summary>Most that can be withdrawn.</summary>
    public AdvancedTradeAmount? MaxWithdrawalAmount { get; init; }
}

/// <summary>An INTX perpetuals position.</summary>
public sealed record PerpsPosition : ApiObject
{
    /// <summary>Product.</summary>
    public string? ProductId { get; init; }
    /// <summary>Product id (uuid).</summary>
    public string? ProductUuid { get; init; }
    /// <summary>Portfolio id.</summary>
    public string? PortfolioUuid { get; init; }
    /// <summary>Symbol, for example <c>BTC-PERP-INTX</c>.</summary>
    public string? Symbol { get; init; }
    /// <summary>Volume-weighted average price.</summary>
    public AdvancedTradeAmount? Vwap { get; init; }
    /// <summary>Entry volume-weighted average price.</summary>
    public AdvancedTradeAmount? EntryVwap { get; init; }
    /// <summary>Side, for example <c>POSITION_SIDE_LONG</c>.</summary>
    public string? PositionSide { get; init; }
    /// <summary>Margin type.</summary>
    public MarginType? MarginType { get; init; }
    /// <summary>Net size.</summary>
    public decimal? NetSize { get; init; }
    /// <summary>Size of open buy orders.</summary>
    public decimal? BuyOrderSize { get; init; }
    /// <summary>Size of open sell orders.</summary>
    public decimal? SellOrderSize { get; init; }
    /// <summary>Initial margin contribution.</summary>
    public decimal? ImContribution { get; init; }
    /// <summary>Unrealized profit and loss.</summary>
    public AdvancedTradeAmount? UnrealizedPnl { get; init; }
    /// <summary>Mark price.</summary>
    public AdvancedTradeAmount? MarkPrice { get; init; }
    /// <summary>Liquidation price.</summary>
    public AdvancedTradeAmount? LiquidationPrice { get; init; }
    /// <summary>Leverage.</summary>
    public decimal? Leverage { get; init; }
    /// <summary>Initial margin notional.</summary>
    public AdvancedTradeAmount? ImNotional { get; init; }
    /// <summary>Maintenance margin notional.</summary>
    public AdvancedTradeAmount? MmNotional { get; init; }
    /// <summary>Position notional.</summary>
    public AdvancedTradeAmount? PositionNotional { get; init; }
    /// <summary>Aggregated profit and loss.</summary>
    public AdvancedTradeAmount? AggregatedPnl { get; init; }
}

/// <summary>The positions of an INTX portfolio (<c>GET /intx/positions/{portfolio_uuid}</c>).</summary>
public sealed record ListPerpsPositionsResponse : ApiObject
{
    /// <summary>The positions.</summary>
    public List<PerpsPosition> Positions { get; init => field = value ?? []; } = [];
    /// <summary>Totals.</summary>
    public PerpsPositionSummary? Summary { get; init; }
}

/// <summary>Totals of INTX positions.</summary>
public sealed record PerpsPositionSummary : ApiObject
{
    /// <summary>Aggregated profit and loss.</summary>
    public AdvancedTradeAmount? AggregatedPnl { get; init; }
}

/// <summary>One INTX position (<c>GET /intx/positions/{portfolio_uuid}/{symbol}</c>).</summary>
public sealed record GetPerpsPositionResponse : ApiObject
{
    /// <summary>The position.</summary>
    public PerpsPosition? Position { get; init; }
}

/// <summary>Asset balances of an INTX portfolio (<c>GET /intx/balances/{portfolio_uuid}</c>).</summary>
public sealed record PerpsPortfolioBalancesResponse : ApiObject
{
    /// <summary>One entry per portfolio.</summary>
    public List<PerpsPortfolioBalances> PortfolioBalances { get; init => field = value ?? []; } = [];
}

/// <summary>Asset balances of one INTX portfolio.</summary>
public sealed record PerpsPortfolioBalances : ApiObject
{
    /// <summary>Portfolio id.</summary>
    public string? PortfolioUuid { get; init; }
    /// <summary>The balances.</summary>
    public List<PerpsBalance> Balances { get; init => field = value ?? []; } = [];
    /// <summary>Whether the margin limit is reached.</summary>
    public bool? IsMarginLimitReached { get; init; }
}

/// <summary>Balance of one asset in an INTX portfolio.</summary>
public sealed record PerpsBalance : ApiObject
{
    /// <summary>The asset.</summary>
    public PerpsAsset? Asset { get; init; }
    /// <summary>Quantity.</summary>
    public decimal? Quantity { get; init; }
    /// <summary>Held.</summary>
    public decimal? Hold { get; init; }
    /// <summary>Held for transfers.</summary>
    public decimal? TransferHold { get; init; }
    /// <summary>Collateral value.</summary>
    public decimal? CollateralValue { get; init; }
    /// <summary>Collateral weight.</summary>
    public decimal? CollateralWeight { get; init; }
    /// <summary>Most that can be withdrawn.</summary>
    public decimal? MaxWithdrawAmount { get; init; }
    /// <summary>Loan.</summary>
    public decimal? Loan { get; init; }
    /// <summary>Collateral required for the loan, in USD.</summary>
    public decimal? LoanCollateralRequirementUsd { get; init; }
    /// <summary>Pledged quantity.</summary>
    public decimal? PledgedQuantity { get; init; }
}

/// <summary>An asset of an INTX balance.</summary>
public sealed record PerpsAsset : ApiObject
{
    /// <summary>Asset id.</summary>
    public string? AssetId { get; init; }
    /// <summary>Asset uuid.</summary>
    public string? AssetUuid { get; init; }
    /// <summary>Asset name, for example <c>USDC</c>.</summary>
    public string? AssetName { get; init; }
    /// <summary>Status.</summary>
    public string? Status { get; init; }
    /// <summary>Collateral weight.</summary>
    public decimal? CollateralWeight { get; init; }
    /// <summary>Collateral limit of the account.</summary>
    public decimal? AccountCollateralLimit { get; init; }
    /// <summary>Whether the ecosystem collateral limit is breached.</summary>
    public bool? EcosystemCollateralLimitBreached { get; init; }
}

/// <summary>Answer to opting in or out of multi-asset collateral (<c>POST /intx/multi_asset_collateral</c>).</summary>
public sealed record MultiAssetCollateralResponse : ApiObject
{
    /// <summary>Whether cross collateral is now enabled.</summary>
    public bool? CrossCollateralEnabled { get; init; }
}
