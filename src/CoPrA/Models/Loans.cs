using System.Text.Json;
using System.Text.Json.Serialization;
using CoPrA.Rest;

namespace CoPrA;

/// <summary>Loan status.</summary>
[JsonConverter(typeof(WireEnumConverter<LoanStatus>))]
public enum LoanStatus
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary>Requested, not yet funded.</summary>
    [JsonStringEnumMemberName("loan_pending")] Pending,
    /// <summary>Funded and outstanding.</summary>
    [JsonStringEnumMemberName("loan_active")] Active,
    /// <summary>Cancelled before funding.</summary>
    [JsonStringEnumMemberName("loan_canceled")] Canceled,
    /// <summary>Repaid and closed.</summary>
    [JsonStringEnumMemberName("loan_closed")] Closed,
}

/// <summary>Whether a loan's interest has been paid.</summary>
[JsonConverter(typeof(WireEnumConverter<LoanPaymentStatus>))]
public enum LoanPaymentStatus
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary>Not stated (the API's <c>STATUS_UNSPECIFIED</c>).</summary>
    [JsonStringEnumMemberName("STATUS_UNSPECIFIED")] Unspecified,
    /// <summary>Paid.</summary>
    [JsonStringEnumMemberName("PAID_PAYMENT")] Paid,
    /// <summary>Due.</summary>
    [JsonStringEnumMemberName("PAYABLE_PAYMENT")] Payable,
    /// <summary>Overdue.</summary>
    [JsonStringEnumMemberName("OVERDUE_PAYMENT")] Overdue,
}

/// <summary>Progress of a loan repayment.</summary>
[JsonConverter(typeof(WireEnumConverter<RepaymentStatus>))]
public enum RepaymentStatus
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary>Not set (the API's <c>REPAYMENT_UNSET</c>).</summary>
    [JsonStringEnumMemberName("REPAYMENT_UNSET")] Unset,
    /// <summary>Pending.</summary>
    [JsonStringEnumMemberName("REPAYMENT_PENDING")] Pending,
    /// <summary>Completed.</summary>
    [JsonStringEnumMemberName("REPAYMENT_COMPLETED")] Completed,
    /// <summary>Cancelled.</summary>
    [JsonStringEnumMemberName("REPAYMENT_CANCELLED")] Cancelled,
    /// <summary>Expired.</summary>
    [JsonStringEnumMemberName("REPAYMENT_EXPIRED")] Expired,
    /// <summary>Committed.</summary>
    [JsonStringEnumMemberName("REPAYMENT_COMMITTED")] Committed,
    /// <summary>Rejected.</summary>
    [JsonStringEnumMemberName("REPAYMENT_REJECTED")] Rejected,
}

/// <summary>What a loan repayment pays.</summary>
[JsonConverter(typeof(WireEnumConverter<RepaymentType>))]
public enum RepaymentType
{
    /// <summary>A value this version does not know.</summary>
    Unknown = 0,
    /// <summary>Not set (the API's <c>REPAYMENT_TYPE_UNSET</c>).</summary>
    [JsonStringEnumMemberName("REPAYMENT_TYPE_UNSET")] Unset,
    /// <summary>Principal returned by the borrower.</summary>
    [JsonStringEnumMemberName("PRINCIPAL_RETURN")] PrincipalReturn,
    /// <summary>Principal recalled by the lender.</summary>
    [JsonStringEnumMemberName("PRINCIPAL_RECALL")] PrincipalRecall,
    /// <summary>Interest.</summary>
    [JsonStringEnumMemberName("INTEREST_PAYMENT")] InterestPayment,
}

/// <summary>A loan (<c>GET /loans</c>, <c>POST /loans/open</c>).</summary>
public sealed record Loan : ApiObject
{
    /// <summary>Loan id.</summary>
    public string Id { get; init => field = value ?? ""; } = "";
    /// <summary>Currency borrowed.</summary>
    public string? Currency { get; init; }
    /// <summary>Amount borrowed.</summary>
    public decimal? PrincipalAmount { get; init; }
    /// <summary>Principal not yet repaid.</summary>
    public decimal? OutstandingPrincipalAmount { get; init; }
    /// <summary>Interest rate, as a fraction per year.</summary>
    public decimal? InterestRate { get; init; }
    /// <summary>Currency interest is paid in.</summary>
    public string? InterestCurrency { get; init; }
    /// <summary>Status.</summary>
    public LoanStatus Status { get; init; }
    /// <summary>When the loan took effect.</summary>
    public DateTimeOffset? EffectiveAt { get; init; }
    /// <summary>When it was closed.</summary>
    public DateTimeOffset? ClosedAt { get; init; }
    /// <summary>Start of the term.</summary>
    public DateTimeOffset? TermStartDate { get; init; }
    /// <summary>End of the term.</summary>
    public DateTimeOffset? TermEndDate { get; init; }
}

/// <summary>Collateral and borrowable assets (<c>GET /loans/assets</c>).</summary>
public sealed record LoanAssets : ApiObject
{
    /// <summary>Collateral assets by currency, as the server describes them.</summary>
    public IReadOnlyDictionary<string, JsonElement>? CollateralAssets { get; init; }
    /// <summary>Diversification ratio of the collateral.</summary>
    public decimal? DiversificationRatio { get; init; }
    /// <summary>Currencies that can be borrowed.</summary>
    public IReadOnlyList<string>? BorrowableAssets { get; init; }
}

/// <summary>Interest owed on the loans of one currency (<c>GET /loans/interest</c>).</summary>
public sealed record LoanInterestSummary : ApiObject
{
    /// <summary>Currency.</summary>
    public string? Currency { get; init; }
    /// <summary>Interest accrued this month and not yet due.</summary>
    public decimal? CurrentOwed { get; init; }
    /// <summary>Date of the last payment.</summary>
    public DateTimeOffset? LastPaymentDate { get; init; }
    /// <summary>Payment status.</summary>
    public LoanPaymentStatus? PaymentStatus { get; init; }
    /// <summary>Amount of the last payment.</summary>
    public decimal? LastPaymentAmount { get; init; }
    /// <summary>Interest of earlier months now due.</summary>
    public decimal? PriorPeriodOverdue { get; init; }
    /// <summary>When the current interest is due.</summary>
    public DateTimeOffset? CurrentInterestDueDate { get; init; }
}

/// <summary>One day's interest charge on a loan (<c>GET /loans/interest/{loan_id}</c>).</summary>
public sealed record LoanInterestCharge : ApiObject
{
    /// <summary>Day of the charge.</summary>
    public DateTimeOffset? Date { get; init; }
    /// <summary>Currency.</summary>
    public string? Currency { get; init; }
    /// <summary>Principal the interest accrued on.</summary>
    public decimal? PrincipalAmount { get; init; }
    /// <summary>Interest rate applied.</summary>
    public decimal? InterestRate { get; init; }
    /// <summary>Interest accrued.</summary>
    public decimal? InterestAccrued { get; init; }
}

/// <summary>An interest rate of a loan from a given time (<c>GET /loans/interest/history/{loan_id}</c>).</summary>
public sealed record LoanInterestRate : ApiObject
{
    /// <summary>Interest rate.</summary>
    public decimal? InterestRate { get; init; }
    /// <summary>When the rate took effect.</summary>
    public DateTimeOffset? EffectiveAt { get; init; }
}

/// <summary>An amount in its own currency and in the notional (USD) value.</summary>
public sealed record LoanAmount : ApiObject
{
    /// <summary>Amount in its own currency.</summary>
    public decimal? Native { get; init; }
    /// <summary>Notional value.</summary>
    public decimal? Notional { get; init; }
}

/// <summary>The state of the lending account: loans, collateral and margins.</summary>
public sealed record LendingMetrics : ApiObject
{
    /// <summary>Value of the open loans.</summary>
    public decimal? OpenLoanValue { get; init; }
    /// <summary>Value of the collateral.</summary>
    public decimal? CollateralValue { get; init; }
    /// <summary>Collateral as a percentage of the loans.</summary>
    public decimal? CollateralizationPercentage { get; init; }
    /// <summary>Value that can still be borrowed.</summary>
    public decimal? AvailableToBorrow { get; init; }
    /// <summary>What can still be borrowed, by currency.</summary>
    public IReadOnlyDictionary<string, LoanAmount>? AvailablePerAsset { get; init; }
    /// <summary>Whether withdrawals are restricted.</summary>
    public bool? WithdrawalRestricted { get; init; }
    /// <summary>Credit limit.</summary>
    public decimal? CreditLimitValue { get; init; }
    /// <summary>Credit left.</summary>
    public decimal? AvailableCreditValue { get; init; }
    /// <summary>Collateralisation counting open loans only.</summary>
    public decimal? CollateralizationPercentageOpenOnly { get; init; }
    /// <summary>Value of pending loans.</summary>
    public decimal? PendingLoanValue { get; init; }
    /// <summary>Initial margin percentage.</summary>
    public decimal? InitialMarginPercentage { get; init; }
    /// <summary>Minimum margin percentage.</summary>
    public decimal? MinimumMarginPercentage { get; init; }
    /// <summary>Margin percentage above which collateral unlocks.</summary>
    public decimal? UnlockMarginPercentage { get; init; }
}

/// <summary>The lending overview and the loans (<c>GET /loans/lending-overview</c>).</summary>
public sealed record LendingOverview : ApiObject
{
    /// <summary>The state of the lending account.</summary>
    public LendingMetrics? Overview { get; init; }
    /// <summary>The loans.</summary>
    public IReadOnlyList<Loan>? Loans { get; init; }
}

/// <summary>The lending account before and after a new loan or a repayment (<c>GET /loans/loan-preview</c>, <c>GET /loans/repayment-preview</c>).</summary>
public sealed record LoanPreview : ApiObject
{
    /// <summary>The state now.</summary>
    public LendingMetrics? Before { get; init; }
    /// <summary>The state afterwards.</summary>
    public LendingMetrics? After { get; init; }
}

/// <summary>A currency that can be borrowed, with its limit and rate (<c>GET /loans/options</c>).</summary>
public sealed record LoanOption : ApiObject
{
    /// <summary>Currency.</summary>
    public string? Currency { get; init; }
    /// <summary>Largest principal that can be borrowed.</summary>
    public LoanAmount? MaxPrincipalAmount { get; init; }
    /// <summary>Interest rate offered.</summary>
    public decimal? InterestRate { get; init; }
}

/// <summary>A repayment of principal or interest (<c>POST /loans/repay-principal</c>, <c>POST /loans/repay-interest</c>).</summary>
public sealed record LoanRepayment : ApiObject
{
    /// <summary>Repayment id.</summary>
    public string Id { get; init => field = value ?? ""; } = "";
    /// <summary>Loan repaid (principal repayments).</summary>
    public string? LoanId { get; init; }
    /// <summary>Amount repaid.</summary>
    public decimal? NativeAmount { get; init; }
    /// <summary>Amount first requested (principal repayments).</summary>
    public decimal? InitialNativeAmount { get; init; }
    /// <summary>Progress.</summary>
    public RepaymentStatus Status { get; init; }
    /// <summary>What is repaid.</summary>
    public RepaymentType Type { get; init; }
}

/// <summary>A new loan to open (<c>POST /loans/open</c>).</summary>
/// <param name="Currency">Currency to borrow.</param>
/// <param name="NativeAmount">Amount to borrow, greater than zero.</param>
public sealed record OpenLoanRequest(string Currency, decimal NativeAmount) : IJsonBodyPart
{
    /// <summary>Loan id, when opening one quoted before.</summary>
    public string? LoanId { get; init; }
    /// <summary>Interest rate accepted, as a fraction per year.</summary>
    public decimal? InterestRate { get; init; }
    /// <summary>Start of the term.</summary>
    public DateTimeOffset? TermStartDate { get; init; }
    /// <summary>End of the term.</summary>
    public DateTimeOffset? TermEndDate { get; init; }
    /// <summary>Profile to credit; the key's profile when null.</summary>
    public string? ProfileId { get; init; }

    internal void Validate(string paramName)
    {
        Check.Required(Currency, nameof(Currency), paramName);
        Check.Positive(NativeAmount, nameof(NativeAmount), paramName);
        if (InterestRate < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, InterestRate, "InterestRate must not be negative.");
        }

        if (TermStartDate > TermEndDate)
        {
            throw new ArgumentException("TermStartDate must not be later than TermEndDate.", paramName);
        }
    }

    void IJsonBodyPart.WriteTo(JsonBody body) =>
        body.AddIfPresent("loan_id", LoanId)
            .Add("currency", Currency)
            .Add("native_amount", NativeAmount)
            .AddIfPresent("interest_rate", InterestRate)
            .AddIfPresent("term_start_date", TermStartDate)
            .AddIfPresent("term_end_date", TermEndDate)
            .AddIfPresent("profile_id", ProfileId);
}

/// <summary>The answer of <c>POST /loans/open</c>: <c>{"loan": {...}}</c>.</summary>
internal sealed record LoanEnvelope : ApiObject
{
    public Loan? Loan { get; init; }
}

/// <summary>The answer of the repay endpoints: <c>{"repayment": {...}}</c>.</summary>
internal sealed record RepaymentEnvelope : ApiObject
{
    public LoanRepayment? Repayment { get; init; }
}
