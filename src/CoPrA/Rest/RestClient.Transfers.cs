namespace CoPrA.Rest;

// Transfers: payment methods, Coinbase wallets, deposits and withdrawals. Private; these move
// money and are never retried automatically.
public partial class RestClient
{
    /// <summary>Lists the payment methods linked to the user.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/payment-methods")]
    public virtual async Task<IReadOnlyList<PaymentMethod>> PaymentMethodsAsync(CancellationToken cancellationToken = default) =>
        await SendAsync(HttpMethod.Get, "/payment-methods", null, null, true, CoPrAJsonContext.Default.ListPaymentMethod, cancellationToken).ConfigureAwait(false);

    /// <summary>Lists the Coinbase (retail) wallets linked to the user.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/coinbase-accounts")]
    public virtual async Task<IReadOnlyList<CoinbaseAccount>> CoinbaseAccountsAsync(CancellationToken cancellationToken = default) =>
        await SendAsync(HttpMethod.Get, "/coinbase-accounts", null, null, true, CoPrAJsonContext.Default.ListCoinbaseAccount, cancellationToken).ConfigureAwait(false);

    /// <summary>Deposits funds from a payment method.</summary>
    /// <param name="amount">Amount to deposit.</param>
    /// <param name="currency">Currency of the amount.</param>
    /// <param name="paymentMethodId">Payment method to pull from.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("POST", "/deposits/payment-method")]
    public virtual Task<TransferReceipt> DepositPaymentMethodAsync(decimal amount, string currency, string paymentMethodId, CancellationToken cancellationToken = default) =>
        MoveFundsAsync("/deposits/payment-method", amount, currency, "payment_method_id", paymentMethodId, nameof(paymentMethodId), null, cancellationToken);

    /// <summary>Deposits funds from a Coinbase wallet.</summary>
    /// <param name="amount">Amount to deposit.</param>
    /// <param name="currency">Currency of the amount.</param>
    /// <param name="coinbaseAccountId">Coinbase wallet to pull from.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("POST", "/deposits/coinbase-account")]
    public virtual Task<TransferReceipt> DepositCoinbaseAsync(decimal amount, string currency, string coinbaseAccountId, CancellationToken cancellationToken = default) =>
        MoveFundsAsync("/deposits/coinbase-account", amount, currency, "coinbase_account_id", coinbaseAccountId, nameof(coinbaseAccountId), null, cancellationToken);

    /// <summary>Withdraws funds to a payment method.</summary>
    /// <param name="amount">Amount to withdraw.</param>
    /// <param name="currency">Currency of the amount.</param>
    /// <param name="paymentMethodId">Payment method to pay into.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("POST", "/withdrawals/payment-method")]
    public virtual Task<TransferReceipt> WithdrawPaymentMethodAsync(decimal amount, string currency, string paymentMethodId, CancellationToken cancellationToken = default) =>
        MoveFundsAsync("/withdrawals/payment-method", amount, currency, "payment_method_id", paymentMethodId, nameof(paymentMethodId), null, cancellationToken);

    /// <summary>Withdraws funds to a Coinbase wallet.</summary>
    /// <param name="amount">Amount to withdraw.</param>
    /// <param name="currency">Currency of the amount.</param>
    /// <param name="coinbaseAccountId">Coinbase wallet to pay into.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("POST", "/withdrawals/coinbase-account")]
    public virtual Task<TransferReceipt> WithdrawCoinbaseAsync(decimal amount, string currency, string coinbaseAccountId, CancellationToken cancellationToken = default) =>
        MoveFundsAsync("/withdrawals/coinbase-account", amount, currency, "coinbase_account_id", coinbaseAccountId, nameof(coinbaseAccountId), null, cancellationToken);

    /// <summary>Withdraws funds to a crypto address.</summary>
    /// <param name="amount">Amount to withdraw.</param>
    /// <param name="currency">Currency of the amount.</param>
    /// <param name="cryptoAddress">Address to send to.</param>
    /// <param name="profileId">Profile to withdraw from; the key's profile when null.</param>
    /// <param name="destinationTag">Destination tag or memo, for currencies that use one (XRP, XLM, ...).</param>
    /// <param name="noDestinationTag">True to confirm that the address needs no destination tag.</param>
    /// <param name="nonce">Your own number that makes a retried request the same withdrawal, not a second one.</param>
    /// <param name="network">Network to send on, for currencies on several networks.</param>
    /// <param name="addNetworkFeeToTotal">True to pay the network fee on top of the amount instead of out of it.</param>
    /// <param name="isIntermediary">True to send through Coinbase as intermediary VASP.</param>
    /// <param name="travelRuleData">Travel-rule information, where the jurisdiction asks for it.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">An invalid argument, or a destination tag together with <paramref name="noDestinationTag"/>.</exception>
    [CoinbaseEndpoint("POST", "/withdrawals/crypto")]
    public virtual Task<TransferReceipt> WithdrawCryptoAsync(
        decimal amount,
        string currency,
        string cryptoAddress,
        string? profileId = null,
        string? destinationTag = null,
        bool? noDestinationTag = null,
        int? nonce = null,
        string? network = null,
        bool? addNetworkFeeToTotal = null,
        bool? isIntermediary = null,
        TravelRuleData? travelRuleData = null,
        CancellationToken cancellationToken = default)
    {
        Check.IdIfPresent(profileId, nameof(profileId));
        if (!string.IsNullOrEmpty(destinationTag) && noDestinationTag == true)
        {
            throw new ArgumentException("destination_tag cannot be sent with no_destination_tag true.", nameof(noDestinationTag));
        }

        travelRuleData?.Validate(nameof(travelRuleData));
        return MoveFundsAsync("/withdrawals/crypto", amount, currency, "crypto_address", cryptoAddress, nameof(cryptoAddress), body =>
        {
            body.AddIfPresent("profile_id", profileId)
                .AddIfPresent("destination_tag", destinationTag)
                .AddIfPresent("no_destination_tag", noDestinationTag)
                .AddIfPresent("nonce", nonce)
                .AddIfPresent("network", network)
                .AddIfPresent("add_network_fee_to_total", addNetworkFeeToTotal)
                .AddIfPresent("is_intermediary", isIntermediary)
                .AddIfPresent("travel_rule_data", travelRuleData);
        }, cancellationToken);
    }

    /// <summary>Lists deposits and withdrawals of the key's profile (or another), newest first, one page at a time.</summary>
    /// <param name="profileId">Only this profile's transfers.</param>
    /// <param name="type">Only transfers of this kind (the server lists deposits when none is given).</param>
    /// <param name="currencyType">Only crypto or only fiat transfers.</param>
    /// <param name="transferReason">Only transfers made for this reason, for example <c>usdc_reward</c>.</param>
    /// <param name="currency">Only transfers of this currency.</param>
    /// <param name="limit">Page size, 1 to 1000 (the API's default 30).</param>
    /// <param name="before">Cursor: the page of newer transfers (a date).</param>
    /// <param name="after">Cursor: the page of older transfers (a date).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/transfers")]
    public virtual Task<Page<Transfer>> TransfersAsync(
        string? profileId = null,
        TransferType? type = null,
        CurrencyType? currencyType = null,
        string? transferReason = null,
        string? currency = null,
        int limit = 30,
        string? before = null,
        string? after = null,
        CancellationToken cancellationToken = default)
    {
        Check.Paging(limit, before, after);
        DefinedIfPresent(type, nameof(type));
        DefinedIfPresent(currencyType, nameof(currencyType));
        var query = new QueryBuilder()
            .AddPaging(limit, before, after)
            .AddIfPresent("profile_id", profileId)
            .AddIfPresent("type", WireOrNull(type))
            .AddIfPresent("currency_type", WireOrNull(currencyType))
            .AddIfPresent("transfer_reason", transferReason)
            .AddIfPresent("currency", currency);
        return SendPageAsync("/transfers", query, true, CoPrAJsonContext.Default.ListTransfer, cancellationToken);
    }

    /// <summary>Gets one deposit or withdrawal.</summary>
    /// <param name="transferId">Transfer id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/transfers/{transfer_id}")]
    public virtual Task<Transfer> TransferAsync(string transferId, CancellationToken cancellationToken = default)
    {
        Check.Id(transferId, nameof(transferId));
        return SendAsync(HttpMethod.Get, ResourcePath("/transfers", transferId), null, null, true, CoPrAJsonContext.Default.Transfer, cancellationToken);
    }

    /// <summary>Sends the travel-rule information of a transfer (who sent the funds and from where).</summary>
    /// <param name="transferId">Transfer id.</param>
    /// <param name="travelRule">The originator and VASP details; name and country are required.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">A required field is missing or a country code is malformed.</exception>
    [CoinbaseEndpoint("POST", "/transfers/{transfer_id}/travel-rules")]
    public virtual Task<TransferTravelRuleResult> SubmitTransferTravelRuleAsync(string transferId, TransferTravelRuleRequest travelRule, CancellationToken cancellationToken = default)
    {
        Check.Id(transferId, nameof(transferId));
        ArgumentNullException.ThrowIfNull(travelRule);
        travelRule.Validate(nameof(travelRule));
        using var body = new JsonBody().Add("transfer_id", transferId).AddMembers(travelRule);
        return SendAsync(HttpMethod.Post, ResourcePath("/transfers", transferId, "/travel-rules"), null, body.Build(), true, CoPrAJsonContext.Default.TransferTravelRuleResult, cancellationToken);
    }

    /// <summary>Estimates the network fee of a crypto withdrawal.</summary>
    /// <param name="currency">Currency to withdraw.</param>
    /// <param name="cryptoAddress">Address to send to.</param>
    /// <param name="network">Network to send on, for currencies on several networks.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/withdrawals/fee-estimate")]
    public virtual Task<WithdrawalFeeEstimate> WithdrawalFeeEstimateAsync(string currency, string cryptoAddress, string? network = null, CancellationToken cancellationToken = default)
    {
        Check.Id(currency, nameof(currency));
        Check.Id(cryptoAddress, nameof(cryptoAddress));
        var query = new QueryBuilder().Add("currency", currency).Add("crypto_address", cryptoAddress).AddIfPresent("network", network);
        return SendAsync(HttpMethod.Get, "/withdrawals/fee-estimate", query, null, true, CoPrAJsonContext.Default.WithdrawalFeeEstimate, cancellationToken);
    }

    /// <summary>The shape all of CoPrA's deposits and withdrawals share: amount, currency and one target id, then any optional members.</summary>
    private Task<TransferReceipt> MoveFundsAsync(string path, decimal amount, string currency, string targetKey, string target, string targetParam, Action<JsonBody>? addOptional, CancellationToken cancellationToken)
    {
        Check.Positive(amount, nameof(amount));
        Check.Id(currency, nameof(currency));
        Check.Id(target, targetParam);
        using var body = new JsonBody().Add("amount", amount).Add("currency", currency).Add(targetKey, target);
        addOptional?.Invoke(body);
        return SendAsync(HttpMethod.Post, path, null, body.Build(), true, CoPrAJsonContext.Default.TransferReceipt, cancellationToken);
    }
}
