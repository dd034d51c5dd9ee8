namespace CoPrA.Rest;

// Loans: borrowing against collateral, interest and repayments. Private; Coinbase limits /loans*
// to 10 requests per second per profile. Opening and repaying are never retried automatically.
public partial class RestClient
{
    /// <summary>Lists the key's loans, or the ones asked for.</summary>
    /// <param name="ids">Only these loans; all when null or empty. Each id is sent as its own <c>ids</c> parameter.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/loans")]
    public virtual async Task<IReadOnlyList<Loan>> LoansAsync(IEnumerable<string>? ids = null, CancellationToken cancellationToken = default)
    {
        var query = new QueryBuilder();
        foreach (string id in ids ?? [])
        {
            Check.Id(id, nameof(ids));
            query.Add("ids", id);
        }

        return await SendAsync(HttpMethod.Get, "/loans", query, null, true, CoPrAJsonContext.Default.ListLoan, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Gets the assets accepted as collateral and the assets that can be borrowed.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/loans/assets")]
    public virtual Task<LoanAssets> LoanAssetsAsync(CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, "/loans/assets", null, null, true, CoPrAJsonContext.Default.LoanAssets, cancellationToken);

    /// <summary>Gets the interest owed, per currency.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/loans/interest")]
    public virtual async Task<IReadOnlyList<LoanInterestSummary>> LoanInterestSummariesAsync(CancellationToken cancellationToken = default) =>
        await SendAsync(HttpMethod.Get, "/loans/interest", null, null, true, CoPrAJsonContext.Default.ListLoanInterestSummary, cancellationToken).ConfigureAwait(false);

    /// <summary>Lists the interest charged on a loan, day by day.</summary>
    /// <param name="loanId">Loan id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/loans/interest/{loan_id}")]
    public virtual async Task<IReadOnlyList<LoanInterestCharge>> LoanInterestChargesAsync(string loanId, CancellationToken cancellationToken = default)
    {
        Check.Id(loanId, nameof(loanId));
        return await SendAsync(HttpMethod.Get, ResourcePath("/loans/interest", loanId), null, null, true, CoPrAJsonContext.Default.ListLoanInterestCharge, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Lists the interest rates a loan has had.</summary>
    /// <param name="loanId">Loan id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/loans/interest/history/{loan_id}")]
    public virtual async Task<IReadOnlyList<LoanInterestRate>> LoanInterestHistoryAsync(string loanId, CancellationToken cancellationToken = default)
    {
        Check.Id(loanId, nameof(loanId));
        return await SendAsync(HttpMethod.Get, ResourcePath("/loans/interest/history", loanId), null, null, true, CoPrAJsonContext.Default.ListLoanInterestRate, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Gets the lending overview: loans, collateral, margins and what can still be borrowed.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/loans/lending-overview")]
    public virtual Task<LendingOverview> LendingOverviewAsync(CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, "/loans/lending-overview", null, null, true, CoPrAJsonContext.Default.LendingOverview, cancellationToken);

    /// <summary>Previews the lending account before and after a new loan.</summary>
    /// <param name="currency">Currency to borrow.</param>
    /// <param name="nativeAmount">Amount to borrow.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/loans/loan-preview")]
    public virtual Task<LoanPreview> LoanPreviewAsync(string currency, decimal nativeAmount, CancellationToken cancellationToken = default)
    {
        Check.Id(currency, nameof(currency));
        Check.Positive(nativeAmount, nameof(nativeAmount));
        var query = new QueryBuilder().Add("currency", currency).Add("native_amount", JsonFormat.Decimal(nativeAmount));
        return SendAsync(HttpMethod.Get, "/loans/loan-preview", query, null, true, CoPrAJsonContext.Default.LoanPreview, cancellationToken);
    }

    /// <summary>Opens a loan.</summary>
    /// <param name="loan">Currency, amount and, when accepting a quote, its id, rate and term.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">A missing currency, an amount not above zero, a negative rate or a term that ends before it starts.</exception>
    [CoinbaseEndpoint("POST", "/loans/open")]
    public virtual Task<Loan> OpenLoanAsync(OpenLoanRequest loan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(loan);
        loan.Validate(nameof(loan));
        return SendWrappedAsync(HttpMethod.Post, "/loans/open", JsonBody.Of(loan), true, CoPrAJsonContext.Default.LoanEnvelope, envelope => envelope.Loan, "loan", cancellationToken);
    }

    /// <summary>Lists the currencies that can be borrowed now, with their limits and rates.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/loans/options")]
    public virtual async Task<IReadOnlyList<LoanOption>> LoanOptionsAsync(CancellationToken cancellationToken = default) =>
        await SendAsync(HttpMethod.Get, "/loans/options", null, null, true, CoPrAJsonContext.Default.ListLoanOption, cancellationToken).ConfigureAwait(false);

    /// <summary>Pays interest owed in one currency.</summary>
    /// <param name="currency">Currency of the interest.</param>
    /// <param name="nativeAmount">Amount to pay.</param>
    /// <param name="fromProfileId">Profile to pay from; the key's profile when null.</param>
    /// <param name="idem">Idempotency key (a UUID you choose) so that a repeated request pays once.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("POST", "/loans/repay-interest")]
    public virtual Task<LoanRepayment> RepayLoanInterestAsync(string currency, decimal nativeAmount, string? fromProfileId = null, string? idem = null, CancellationToken cancellationToken = default)
    {
        Check.Id(currency, nameof(currency));
        Check.Positive(nativeAmount, nameof(nativeAmount));
        using var body = new JsonBody().AddIfPresent("idem", idem).AddIfPresent("from_profile_id", fromProfileId).Add("currency", currency).Add("native_amount", nativeAmount);
        return SendWrappedAsync(HttpMethod.Post, "/loans/repay-interest", body.Build(), true, CoPrAJsonContext.Default.RepaymentEnvelope, envelope => envelope.Repayment, "repayment", cancellationToken);
    }

    /// <summary>Repays principal of a loan.</summary>
    /// <param name="loanId">Loan id.</param>
    /// <param name="currency">Currency of the loan.</param>
    /// <param name="nativeAmount">Amount to repay.</param>
    /// <param name="fromProfileId">Profile to pay from; the key's profile when null.</param>
    /// <param name="idem">Idempotency key (a UUID you choose) so that a repeated request pays once.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("POST", "/loans/repay-principal")]
    public virtual Task<LoanRepayment> RepayLoanPrincipalAsync(string loanId, string currency, decimal nativeAmount, string? fromProfileId = null, string? idem = null, CancellationToken cancellationToken = default)
    {
        Check.Id(loanId, nameof(loanId));
        Check.Id(currency, nameof(currency));
        Check.Positive(nativeAmount, nameof(nativeAmount));
        using var body = new JsonBody()
            .Add("loan_id", loanId)
            .AddIfPresent("idem", idem)
            .AddIfPresent("from_profile_id", fromProfileId)
            .Add("currency", currency)
            .Add("native_amount", nativeAmount);
        return SendWrappedAsync(HttpMethod.Post, "/loans/repay-principal", body.Build(), true, CoPrAJsonContext.Default.RepaymentEnvelope, envelope => envelope.Repayment, "repayment", cancellationToken);
    }

    /// <summary>Previews the lending account before and after repaying principal of a loan.</summary>
    /// <param name="loanId">Loan id.</param>
    /// <param name="currency">Currency of the loan.</param>
    /// <param name="nativeAmount">Amount to repay.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/loans/repayment-preview")]
    public virtual Task<LoanPreview> RepaymentPreviewAsync(string loanId, string currency, decimal nativeAmount, CancellationToken cancellationToken = default)
    {
        Check.Id(loanId, nameof(loanId));
        Check.Id(currency, nameof(currency));
        Check.Positive(nativeAmount, nameof(nativeAmount));
        var query = new QueryBuilder().Add("loan_id", loanId).Add("currency", currency).Add("native_amount", JsonFormat.Decimal(nativeAmount));
        return SendAsync(HttpMethod.Get, "/loans/repayment-preview", query, null, true, CoPrAJsonContext.Default.LoanPreview, cancellationToken);
    }
}
