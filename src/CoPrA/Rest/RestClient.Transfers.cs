namespace CoPrA.Rest;

// Transfers: payment methods, Coinbase wallets, deposits and withdrawals. Private; these move
// money and are never retried automatically.
public sealed partial class RestClient
{
    /// <summary>Lists the payment methods linked to the user.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/payment-methods")]
    public async Task<IReadOnlyList<PaymentMethod>> PaymentMethodsAsync(CancellationToken cancellationToken = default) =>
        await SendAsync(HttpMethod.Get, "/payment-methods", null, null, true, CoPrAJsonContext.Default.ListPaymentMethod, cancellationToken).ConfigureAwait(false);

    /// <summary>Lists the Coinbase (retail) wallets linked to the user.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/coinbase-accounts")]
    public async Task<IReadOnlyList<CoinbaseAccount>> CoinbaseAccountsAsync(CancellationToken cancellationToken = default) =>
        await SendAsync(HttpMethod.Get, "/coinbase-accounts", null, null, true, CoPrAJsonContext.Default.ListCoinbaseAccount, cancellationToken).ConfigureAwait(false);

    /// <summary>Deposits funds from a payment method.</summary>
    /// <param name="amount">Amount to deposit.</param>
    /// <param name="currency">Currency of the amount.</param>
    /// <param name="paymentMethodId">Payment method to pull from.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("POST", "/deposits/payment-method")]
    public Task<TransferReceipt> DepositPaymentMethodAsync(decimal amount, string currency, string paymentMethodId, CancellationToken cancellationToken = default) =>
        MoveFundsAsync("/deposits/payment-method", amount, currency, "payment_method_id", paymentMethodId, nameof(paymentMethodId), cancellationToken);

    /// <summary>Deposits funds from a Coinbase wallet.</summary>
    /// <param name="amount">Amount to deposit.</param>
    /// <param name="currency">Currency of the amount.</param>
    /// <param name="coinbaseAccountId">Coinbase wallet to pull from.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("POST", "/deposits/coinbase-account")]
    public Task<TransferReceipt> DepositCoinbaseAsync(decimal amount, string currency, string coinbaseAccountId, CancellationToken cancellationToken = default) =>
        MoveFundsAsync("/deposits/coinbase-account", amount, currency, "coinbase_account_id", coinbaseAccountId, nameof(coinbaseAccountId), cancellationToken);

    /// <summary>Withdraws funds to a payment method.</summary>
    /// <param name="amount">Amount to withdraw.</param>
    /// <param name="currency">Currency of the amount.</param>
    /// <param name="paymentMethodId">Payment method to pay into.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("POST", "/withdrawals/payment-method")]
    public Task<TransferReceipt> WithdrawPaymentMethodAsync(decimal amount, string currency, string paymentMethodId, CancellationToken cancellationToken = default) =>
        MoveFundsAsync("/withdrawals/payment-method", amount, currency, "payment_method_id", paymentMethodId, nameof(paymentMethodId), cancellationToken);

    /// <summary>Withdraws funds to a Coinbase wallet.</summary>
    /// <param name="amount">Amount to withdraw.</param>
    /// <param name="currency">Currency of the amount.</param>
    /// <param name="coinbaseAccountId">Coinbase wallet to pay into.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("POST", "/withdrawals/coinbase-account")]
    public Task<TransferReceipt> WithdrawCoinbaseAsync(decimal amount, string currency, string coinbaseAccountId, CancellationToken cancellationToken = default) =>
        MoveFundsAsync("/withdrawals/coinbase-account", amount, currency, "coinbase_account_id", coinbaseAccountId, nameof(coinbaseAccountId), cancellationToken);

    /// <summary>Withdraws funds to a crypto address.</summary>
    /// <param name="amount">Amount to withdraw.</param>
    /// <param name="currency">Currency of the amount.</param>
    /// <param name="cryptoAddress">Address to send to.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("POST", "/withdrawals/crypto")]
    public Task<TransferReceipt> WithdrawCryptoAsync(decimal amount, string currency, string cryptoAddress, CancellationToken cancellationToken = default) =>
        MoveFundsAsync("/withdrawals/crypto", amount, currency, "crypto_address", cryptoAddress, nameof(cryptoAddress), cancellationToken);

    /// <summary>The shape all of CoPrA's deposits and withdrawals share: amount, currency and one target id.</summary>
    private Task<TransferReceipt> MoveFundsAsync(string path, decimal amount, string currency, string targetKey, string target, string targetParam, CancellationToken cancellationToken)
    {
        Check.Positive(amount, nameof(amount));
        Check.Id(currency, nameof(currency));
        Check.Id(target, targetParam);
        using var body = new JsonBody().Add("amount", amount).Add("currency", currency).Add(targetKey, target);
        return SendAsync(HttpMethod.Post, path, null, body.Build(), true, CoPrAJsonContext.Default.TransferReceipt, cancellationToken);
    }
}
