namespace CoPrA.AdvancedTrade;

/// <summary>One currency account of the user (<c>GET /accounts</c>, <c>GET /accounts/{account_uuid}</c>).</summary>
public sealed record AdvancedAccount : ApiObject
{
    /// <summary>Account id.</summary>
    public string Uuid { get; init => field = value ?? ""; } = "";
    /// <summary>Display name.</summary>
    public string? Name { get; init; }
    /// <summary>Currency code.</summary>
    public string? Currency { get; init; }
    /// <summary>Funds available to trade.</summary>
    public AdvancedTradeAmount? AvailableBalance { get; init; }
    /// <summary>Whether this is the default account for its currency.</summary>
    public bool? Default { get; init; }
    /// <summary>Whether the account is active.</summary>
    public bool? Active { get; init; }
    /// <summary>When the account was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }
    /// <summary>When the account was last updated.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }
    /// <summary>When the account was deleted.</summary>
    public DateTimeOffset? DeletedAt { get; init; }
    /// <summary>Account type, for example <c>ACCOUNT_TYPE_CRYPTO</c> or <c>ACCOUNT_TYPE_FIAT</c>.</summary>
    public string? Type { get; init; }
    /// <summary>Whether the account is ready to trade.</summary>
    public bool? Ready { get; init; }
    /// <summary>Funds on hold.</summary>
    public AdvancedTradeAmount? Hold { get; init; }
    /// <summary>Portfolio the account belongs to.</summary>
    public string? RetailPortfolioId { get; init; }
    /// <summary>Platform, for example <c>ACCOUNT_PLATFORM_CONSUMER</c>.</summary>
    public string? Platform { get; init; }
}

/// <summary>A page of accounts (<c>GET /accounts</c>).</summary>
public sealed record ListAccountsResponse : ApiObject
{
    /// <summary>The accounts of this page.</summary>
    public List<AdvancedAccount> Accounts { get; init => field = value ?? []; } = [];
    /// <summary>Whether another page follows.</summary>
    public bool? HasNext { get; init; }
    /// <summary>Cursor to send for the next page.</summary>
    public string? Cursor { get; init; }
    /// <summary>Number of accounts in this page.</summary>
    public int? Size { get; init; }
}

/// <summary>One account (<c>GET /accounts/{account_uuid}</c>).</summary>
public sealed record GetAccountResponse : ApiObject
{
    /// <summary>The account.</summary>
    public AdvancedAccount? Account { get; init; }
}
