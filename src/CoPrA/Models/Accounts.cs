namespace CoPrA;

/// <summary>A trading account: one currency in one profile (<c>GET /accounts</c>).</summary>
public sealed record Account : ApiObject
{
    /// <summary>Account id.</summary>
    public string Id { get; init => field = value ?? ""; } = "";
    /// <summary>Currency code.</summary>
    public string Currency { get; init => field = value ?? ""; } = "";
    /// <summary>Total funds.</summary>
    public decimal Balance { get; init; }
    /// <summary>Funds on hold for open orders and transfers.</summary>
    public decimal Hold { get; init; }
    /// <summary>Funds available to trade or withdraw.</summary>
    public decimal Available { get; init; }
    /// <summary>Profile the account belongs to.</summary>
    public string? ProfileId { get; init; }
    /// <summary>Whether the account can trade.</summary>
    public bool? TradingEnabled { get; init; }
    /// <summary>Deposits not yet credited.</summary>
    public decimal? PendingDeposit { get; init; }
    /// <summary>Display name.</summary>
    public string? DisplayName { get; init; }
}

/// <summary>One ledger entry of an account (<c>GET /accounts/{account_id}/ledger</c>).</summary>
public sealed record LedgerEntry : ApiObject
{
    /// <summary>Entry id (the pagination cursor).</summary>
    public string Id { get; init => field = value ?? ""; } = "";
    /// <summary>When the entry was made.</summary>
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>Signed amount.</summary>
    public decimal Amount { get; init; }
    /// <summary>Balance after the entry.</summary>
    public decimal Balance { get; init; }
    /// <summary>Kind: transfer, match, fee, conversion, rebate and others.</summary>
    public string? Type { get; init; }
    /// <summary>What caused the entry.</summary>
    public LedgerDetails? Details { get; init; }
}

/// <summary>The <c>details</c> object of a ledger entry.</summary>
public sealed record LedgerDetails : ApiObject
{
    /// <summary>Order that caused a match or fee.</summary>
    public string? OrderId { get; init; }
    /// <summary>Trade of a match or fee.</summary>
    public string? TradeId { get; init; }
    /// <summary>Product of a match or fee.</summary>
    public string? ProductId { get; init; }
    /// <summary>Transfer that caused a transfer entry.</summary>
    public string? TransferId { get; init; }
    /// <summary>Kind of transfer.</summary>
    public string? TransferType { get; init; }
}

/// <summary>A hold on an account's funds (<c>GET /accounts/{account_id}/holds</c>).</summary>
public sealed record Hold : ApiObject
{
    /// <summary>Hold id.</summary>
    public string Id { get; init => field = value ?? ""; } = "";
    /// <summary>Account the hold is on.</summary>
    public string? AccountId { get; init; }
    /// <summary>When the hold was placed (the pagination cursor).</summary>
    public DateTimeOffset? CreatedAt { get; init; }
    /// <summary>When the hold last changed.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }
    /// <summary>Amount held.</summary>
    public decimal? Amount { get; init; }
    /// <summary>Kind: order, transfer and others.</summary>
    public string? Type { get; init; }
    /// <summary>Id of the order or transfer holding the funds.</summary>
    public string? Ref { get; init; }
}
