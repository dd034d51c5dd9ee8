namespace CoPrA;

/// <summary>A currency (<c>GET /currencies</c>, <c>GET /currencies/{currency_id}</c>).</summary>
public sealed record Currency : ApiObject
{
    /// <summary>Currency code, for example <c>BTC</c>.</summary>
    public string Id { get; init => field = value ?? ""; } = "";
    /// <summary>Name, for example <c>Bitcoin</c>.</summary>
    public string? Name { get; init; }
    /// <summary>Smallest unit.</summary>
    public decimal? MinSize { get; init; }
    /// <summary>Status, for example <c>online</c>.</summary>
    public string? Status { get; init; }
    /// <summary>Status message.</summary>
    public string? Message { get; init; }
    /// <summary>Largest precision.</summary>
    public decimal? MaxPrecision { get; init; }
    /// <summary>Currencies this one converts to.</summary>
    public IReadOnlyList<string>? ConvertibleTo { get; init; }
    /// <summary>Details: type, symbol, confirmations, networks.</summary>
    public CurrencyDetails? Details { get; init; }
    /// <summary>Default network.</summary>
    public string? DefaultNetwork { get; init; }
    /// <summary>Networks the currency can move on.</summary>
    public IReadOnlyList<CurrencyNetwork>? SupportedNetworks { get; init; }
    /// <summary>Display name.</summary>
    public string? DisplayName { get; init; }
}

/// <summary>The <c>details</c> object of a currency.</summary>
public sealed record CurrencyDetails : ApiObject
{
    /// <summary><c>crypto</c> or <c>fiat</c>.</summary>
    public string? Type { get; init; }
    /// <summary>Symbol, for example <c>₿</c>.</summary>
    public string? Symbol { get; init; }
    /// <summary>Confirmations needed for a deposit.</summary>
    public int? NetworkConfirmations { get; init; }
    /// <summary>Sort order.</summary>
    public int? SortOrder { get; init; }
    /// <summary>Explorer link for an address.</summary>
    public string? CryptoAddressLink { get; init; }
    /// <summary>Explorer link for a transaction.</summary>
    public string? CryptoTransactionLink { get; init; }
    /// <summary>Payment methods that can push this currency.</summary>
    public IReadOnlyList<string>? PushPaymentMethods { get; init; }
    /// <summary>Smallest withdrawal.</summary>
    public decimal? MinWithdrawalAmount { get; init; }
    /// <summary>Largest withdrawal.</summary>
    public decimal? MaxWithdrawalAmount { get; init; }
}

/// <summary>One network a currency moves on.</summary>
public sealed record CurrencyNetwork : ApiObject
{
    /// <summary>Network id, for example <c>ethereum</c>.</summary>
    public string Id { get; init => field = value ?? ""; } = "";
    /// <summary>Network name.</summary>
    public string? Name { get; init; }
    /// <summary>Status, for example <c>online</c>.</summary>
    public string? Status { get; init; }
    /// <summary>Token contract address, when there is one.</summary>
    public string? ContractAddress { get; init; }
    /// <summary>Smallest withdrawal.</summary>
    public decimal? MinWithdrawalAmount { get; init; }
    /// <summary>Largest withdrawal.</summary>
    public decimal? MaxWithdrawalAmount { get; init; }
    /// <summary>Confirmations needed for a deposit.</summary>
    public int? NetworkConfirmations { get; init; }
    /// <summary>Typical processing time.</summary>
    public int? ProcessingTimeSeconds { get; init; }
}
