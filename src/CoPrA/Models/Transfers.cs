namespace CoPrA;

/// <summary>A payment method linked to the user (<c>GET /payment-methods</c>).</summary>
public sealed record PaymentMethod : ApiObject
{
    /// <summary>Payment method id.</summary>
    public string Id { get; init => field = value ?? ""; } = "";
    /// <summary>Kind, for example <c>ach_bank_account</c>.</summary>
    public string? Type { get; init; }
    /// <summary>Name.</summary>
    public string? Name { get; init; }
    /// <summary>Currency.</summary>
    public string? Currency { get; init; }
    /// <summary>Whether it is the primary method for buys.</summary>
    public bool? PrimaryBuy { get; init; }
    /// <summary>Whether it is the primary method for sells.</summary>
    public bool? PrimarySell { get; init; }
    /// <summary>Whether it can buy.</summary>
    public bool? AllowBuy { get; init; }
    /// <summary>Whether it can sell.</summary>
    public bool? AllowSell { get; init; }
    /// <summary>Whether it can deposit.</summary>
    public bool? AllowDeposit { get; init; }
    /// <summary>Whether it can withdraw.</summary>
    public bool? AllowWithdraw { get; init; }
}

/// <summary>A Coinbase (retail) wallet linked to the user (<c>GET /coinbase-accounts</c>).</summary>
public sealed record CoinbaseAccount : ApiObject
{
    /// <summary>Wallet id.</summary>
    public string Id { get; init => field = value ?? ""; } = "";
    /// <summary>Name.</summary>
    public string? Name { get; init; }
    /// <summary>Balance.</summary>
    public decimal? Balance { get; init; }
    /// <summary>Currency.</summary>
    public string? Currency { get; init; }
    /// <summary>Kind: wallet or fiat.</summary>
    public string? Type { get; init; }
    /// <summary>Whether it is the primary wallet.</summary>
    public bool? Primary { get; init; }
    /// <summary>Whether it is active.</summary>
    public bool? Active { get; init; }
    /// <summary>Whether it is available on the consumer app.</summary>
    public bool? AvailableOnConsumer { get; init; }
    /// <summary>Balance on hold.</summary>
    public decimal? HoldBalance { get; init; }
    /// <summary>Currency of the hold.</summary>
    public string? HoldCurrency { get; init; }
}

/// <summary>The receipt of a deposit or withdrawal.</summary>
public sealed record TransferReceipt : ApiObject
{
    /// <summary>Transfer id.</summary>
    public string Id { get; init => field = value ?? ""; } = "";
    /// <summary>Amount.</summary>
    public decimal Amount { get; init; }
    /// <summary>Currency.</summary>
    public string Currency { get; init => field = value ?? ""; } = "";
    /// <summary>When the funds arrive.</summary>
    public DateTimeOffset? PayoutAt { get; init; }
    /// <summary>Fee charged.</summary>
    public decimal? Fee { get; init; }
    /// <summary>Amount before the fee.</summary>
    public decimal? Subtotal { get; init; }
}

/// <summary>A stablecoin conversion (<c>POST /conversions</c>).</summary>
public sealed record Conversion : ApiObject
{
    /// <summary>Conversion id.</summary>
    public string Id { get; init => field = value ?? ""; } = "";
    /// <summary>Amount converted.</summary>
    public decimal Amount { get; init; }
    /// <summary>Source account.</summary>
    public string? FromAccountId { get; init; }
    /// <summary>Destination account.</summary>
    public string? ToAccountId { get; init; }
    /// <summary>Source currency.</summary>
    public string? From { get; init; }
    /// <summary>Destination currency.</summary>
    public string? To { get; init; }
    /// <summary>Fee charged.</summary>
    public decimal? FeeAmount { get; init; }
    /// <summary>When the conversion happened.</summary>
    public DateTimeOffset? CreatedAt { get; init; }
}
