namespace CoPrA.AdvancedTrade;

/// <summary>Balance summary of the CFM futures account (<c>GET /cfm/balance_summary</c>).</summary>
public sealed record FuturesBalanceSummaryResponse : ApiObject
{
    /// <summary>The summary.</summary>
    public FuturesBalanceSummary? BalanceSummary { get; init; }
}

/// <summary>Balances and margin of the CFM futures account.</summary>
public sealed record FuturesBalanceSummary : ApiObject
{
    /// <summary>Buying power for futures.</summary>
    public AdvancedTradeAmount? FuturesBuyingPower { get; init; }
    /// <summary>Total USD balance.</summary>
    public AdvancedTradeAmount? TotalUsdBalance { get; init; }
    /// <summary>USD balance at Coinbase Inc. (spot).</summary>
    public AdvancedTradeAmount? CbiUsdBalance { get; init; }
    /// <summary>USD balance at the futures commission merchant.</summary>
    public AdvancedTradeAmount? CfmUsdBalance { get; init; }
    /// <summary>Held for open orders.</summary>
    public AdvancedTradeAmount? TotalOpenOrdersHoldAmount { get; init; }
    /// <summary>Unrealized profit and loss.</summary>
    public AdvancedTradeAmount? UnrealizedPnl { get; init; }
    /// <summary>Realized profit and loss today.</summary>
    public AdvancedTradeAmount? DailyRealizedPnl { get; init; }
    /// <summary>Initial margin.</summary>
    public AdvancedTradeAmount? InitialMargin { get; init; }
    /// <summary>Available margin.</summary>
    public AdvancedTradeAmount? AvailableMargin { get; init; }
    /// <summary>Liquidation threshold.</summary>
    public AdvancedTradeAmount? LiquidationThreshold { get; init; }
    /// <summary>Liquidation buffer.</summary>
    public AdvancedTradeAmount? LiquidationBufferAmount { get; init; }
    /// <summary>Liquidation buffer in percent.</summary>
    public decimal? LiquidationBufferPercentage { get; init; }
    /// <summary>Margin figures of the intraday window.</summary>
    public MarginWindowMeasure? IntradayMarginWindowMeasure { get; init; }
    /// <summary>Margin figures of the overnight window.</summary>
    public MarginWindowMeasure? OvernightMarginWindowMeasure { get; init; }
}

/// <summary>Margin figures of one margin window.</summary>
public sealed record MarginWindowMeasure : ApiObject
{
    /// <summary>Window, for example <c>FCM_MARGIN_WINDOW_TYPE_INTRADAY</c>.</summary>
    public string? MarginWindowType { get; init; }
    /// <summary>Margin level, for example <c>MARGIN_LEVEL_TYPE_BASE</c>.</summary>
    public string? MarginLevel { get; init; }
    /// <summary>Initial margin.</summary>
    public decimal? InitialMargin { get; init; }
    /// <summary>Maintenance margin.</summary>
    public decimal? MaintenanceMargin { get; init; }
    /// <summary>Liquidation buffer in percent.</summary>
    public decimal? LiquidationBufferPercentage { get; init; }
    /// <summary>Total hold.</summary>
    public decimal? TotalHold { get; init; }
    /// <summary>Buying power for futures.</summary>
    public decimal? FuturesBuyingPower { get; init; }
}

/// <summary>A CFM futures position (<c>GET /cfm/positions</c>).</summary>
public sealed record FuturesPosition : ApiObject
{
    /// <summary>Product.</summary>
    public string ProductId { get; init => field = value ?? ""; } = "";
    /// <summary>When the contract expires.</summary>
    public DateTimeOffset? ExpirationTime { get; init; }
    /// <summary>Side, for example <c>LONG</c>.</summary>
    public string? Side { get; init; }
    /// <summary>Number of contracts.</summary>
    public decimal? NumberOfContracts { get; init; }
    /// <summary>Current price.</summary>
    public decimal? CurrentPrice { get; init; }
    /// <summary>Average entry price.</summary>
    public decimal? AvgEntryPrice { get; init; }
    /// <summary>Unrealized profit and loss.</summary>
    public decimal? UnrealizedPnl { get; init; }
    /// <summary>Realized profit and loss today.</summary>
    public decimal? DailyRealizedPnl { get; init; }
}

/// <summary>The CFM futures positions (<c>GET /cfm/positions</c>).</summary>
public sealed record ListFuturesPositionsResponse : ApiObject
{
    /// <summary>The positions.</summary>
    public List<FuturesPosition> Positions { get; init => field = value ?? []; } = [];
}

/// <summary>One CFM futures position (<c>GET /cfm/positions/{product_id}</c>).</summary>
public sealed record GetFuturesPositionResponse : ApiObject
{
    /// <summary>The position.</summary>
    public FuturesPosition? Position { get; init; }
}

/// <summary>A sweep of USD from the futures account to spot (<c>GET /cfm/sweeps</c>).</summary>
public sealed record FuturesSweep : ApiObject
{
    /// <summary>Sweep id.</summary>
    public string Id { get; init => field = value ?? ""; } = "";
    /// <summary>Amount asked for.</summary>
    public AdvancedTradeAmount? RequestedAmount { get; init; }
    /// <summary>Whether everything is swept.</summary>
    public bool? ShouldSweepAll { get; init; }
    /// <summary>Status.</summary>
    public FuturesSweepStatus? Status { get; init; }
    /// <summary>When the sweep is scheduled.</summary>
    public DateTimeOffset? ScheduledTime { get; init; }
}

/// <summary>The pending and processing sweeps (<c>GET /cfm/sweeps</c>).</summary>
public sealed record ListFuturesSweepsResponse : ApiObject
{
    /// <summary>The sweeps.</summary>
    public List<FuturesSweep> Sweeps { get; init => field = value ?? []; } = [];
}

/// <summary>Answer to scheduling or cancelling a sweep (<c>POST /cfm/sweeps/schedule</c>, <c>DELETE /cfm/sweeps</c>).</summary>
public sealed record FuturesSweepActionResponse : ApiObject
{
    /// <summary>Whether it was done; null when the server left it out.</summary>
    public bool? Success { get; init; }
}

/// <summary>The intraday margin setting (<c>GET /cfm/intraday/margin_setting</c>).</summary>
public sealed record IntradayMarginSettingResponse : ApiObject
{
    /// <summary>The setting.</summary>
    public IntradayMarginSetting? Setting { get; init; }
}

/// <summary>The current margin window (<c>GET /cfm/intraday/current_margin_window</c>).</summary>
public sealed record CurrentMarginWindowResponse : ApiObject
{
    /// <summary>The window.</summary>
    public MarginWindow? MarginWindow { get; init; }
    /// <summary>Whether the intraday margin kill switch is on.</summary>
    public bool? IsIntradayMarginKillswitchEnabled { get; init; }
    /// <summary>Whether the intraday margin enrollment kill switch is on.</summary>
    public bool? IsIntradayMarginEnrollmentKillswitchEnabled { get; init; }
}

/// <summary>A margin window.</summary>
public sealed record MarginWindow : ApiObject
{
    /// <summary>Window, for example <c>FCM_MARGIN_WINDOW_TYPE_INTRADAY</c>.</summary>
    public string? MarginWindowType { get; init; }
    /// <summary>When the window ends.</summary>
    public DateTimeOffset? EndTime { get; init; }
}
