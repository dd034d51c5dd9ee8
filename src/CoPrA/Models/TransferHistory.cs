using System.Text.Json.Serialization;

namespace CoPrA;

/// <summary>Kind of transfer, as a filter and in <see cref="Transfer.Type"/>.</summary>
[JsonConverter(typeof(WireEnumConverter<TransferType>))]
public enum TransferType
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary>Funds coming in from outside the exchange.</summary>
    [JsonStringEnumMemberName("deposit")] Deposit,
    /// <summary>Funds going out of the exchange.</summary>
    [JsonStringEnumMemberName("withdraw")] Withdraw,
    /// <summary>Funds coming in from another profile of the same user.</summary>
    [JsonStringEnumMemberName("internal_deposit")] InternalDeposit,
    /// <summary>Funds going out to another profile of the same user.</summary>
    [JsonStringEnumMemberName("internal_withdraw")] InternalWithdraw,
}

/// <summary>Kind of currency, a filter of <c>GET /transfers</c>.</summary>
[JsonConverter(typeof(WireEnumConverter<CurrencyType>))]
public enum CurrencyType
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary>Crypto currencies.</summary>
    [JsonStringEnumMemberName("crypto")] Crypto,
    /// <summary>Fiat currencies.</summary>
    [JsonStringEnumMemberName("fiat")] Fiat,
}

/// <summary>
/// A deposit, withdrawal or internal transfer (<c>GET /transfers</c>, <c>GET /accounts/{account_id}/transfers</c>).
/// Its times arrive as ISO 8601 or as <c>2020-03-12 00:14:12.397805+00</c>; both are read.
/// </summary>
public sealed record Transfer : ApiObject
{
    /// <summary>Transfer id.</summary>
    public string Id { get; init => field = value ?? ""; } = "";
    /// <summary>Kind of transfer.</summary>
    public TransferType Type { get; init; }
    /// <summary>When the transfer was created (the pagination cursor).</summary>
    [JsonConverter(typeof(LenientTimestampConverter))]
    public DateTimeOffset? CreatedAt { get; init; }
    /// <summary>When it completed.</summary>
    [JsonConverter(typeof(LenientTimestampConverter))]
    public DateTimeOffset? CompletedAt { get; init; }
    /// <summary>When it was cancelled.</summary>
    [JsonConverter(typeof(LenientTimestampConverter))]
    public DateTimeOffset? CanceledAt { get; init; }
    /// <summary>When it was processed.</summary>
    [JsonConverter(typeof(LenientTimestampConverter))]
    public DateTimeOffset? ProcessedAt { get; init; }
    /// <summary>Amount.</summary>
    public decimal Amount { get; init; }
    /// <summary>Currency.</summary>
    public string? Currency { get; init; }
    /// <summary>Where the funds came from or went to.</summary>
    public TransferDetails? Details { get; init; }
    /// <summary>The nonce the client sent with the transfer, if any.</summary>
    public string? UserNonce { get; init; }
}

/// <summary>The <c>details</c> object of a transfer; members not listed here stay in <see cref="ApiObject.ExtensionData"/>.</summary>
public sealed record TransferDetails : ApiObject
{
    /// <summary>Coinbase wallet of a Coinbase deposit or withdrawal.</summary>
    public string? CoinbaseAccountId { get; init; }
    /// <summary>Coinbase transaction of the transfer.</summary>
    public string? CoinbaseTransactionId { get; init; }
    /// <summary>Payment method of a bank transfer.</summary>
    public string? CoinbasePaymentMethodId { get; init; }
    /// <summary>Address of a crypto transfer.</summary>
    public string? CryptoAddress { get; init; }
    /// <summary>On-chain transaction hash of a crypto transfer.</summary>
    public string? CryptoTransactionHash { get; init; }
    /// <summary>Network of a crypto transfer.</summary>
    public string? Network { get; init; }
}

/// <summary>Estimated network fee of a crypto withdrawal (<c>GET /withdrawals/fee-estimate</c>).</summary>
public sealed record WithdrawalFeeEstimate : ApiObject
{
    /// <summary>Fee charged.</summary>
    public decimal? Fee { get; init; }
    /// <summary>Fee before any subsidy by Coinbase.</summary>
    public decimal? FeeBeforeSubsidy { get; init; }
}
