namespace CoPrA.AdvancedTrade;

/// <summary>A convert quote or trade (<c>POST /convert/quote</c>, <c>GET</c>/<c>POST /convert/trade/{trade_id}</c>).</summary>
public sealed record ConvertTradeResponse : ApiObject
{
    /// <summary>The trade.</summary>
    public ConvertTrade? Trade { get; init; }
}

/// <summary>A conversion between two of the user's accounts.</summary>
public sealed record ConvertTrade : ApiObject
{
    /// <summary>Trade id (used to commit a quote).</summary>
    public string Id { get; init => field = value ?? ""; } = "";
    /// <summary>Status, for example <c>TRADE_STATUS_CREATED</c>.</summary>
    public string? Status { get; init; }
    /// <summary>Amount the user entered.</summary>
    public AdvancedTradeAmount? UserEnteredAmount { get; init; }
    /// <summary>Amount converted.</summary>
    public AdvancedTradeAmount? Amount { get; init; }
    /// <summary>Subtotal before fees.</summary>
    public AdvancedTradeAmount? Subtotal { get; init; }
    /// <summary>Total after fees.</summary>
    public AdvancedTradeAmount? Total { get; init; }
    /// <summary>Fees.</summary>
    public List<ConvertFee> Fees { get; init => field = value ?? []; } = [];
    /// <summary>Total fee.</summary>
    public ConvertFee? TotalFee { get; init; }
    /// <summary>Source currency code.</summary>
    public string? SourceCurrency { get; init; }
    /// <summary>Target currency code.</summary>
    public string? TargetCurrency { get; init; }
    /// <summary>Source account.</summary>
    public string? SourceId { get; init; }
    /// <summary>Target account.</summary>
    public string? TargetId { get; init; }
    /// <summary>Exchange rate.</summary>
    public AdvancedTradeAmount? ExchangeRate { get; init; }
    /// <summary>User's reference.</summary>
    public string? UserReference { get; init; }
    /// <summary>Total fee without tax.</summary>
    public ConvertFee? TotalFeeWithoutTax { get; init; }
}

/// <summary>A fee of a conversion.</summary>
public sealed record ConvertFee : ApiObject
{
    /// <summary>Title.</summary>
    public string? Title { get; init; }
    /// <summary>Description.</summary>
    public string? Description { get; init; }
    /// <summary>Amount.</summary>
    public AdvancedTradeAmount? Amount { get; init; }
    /// <summary>Label.</summary>
    public string? Label { get; init; }
}
