using CoPrA.Rest;

namespace CoPrA.AdvancedTrade;

// Payment methods: the bank accounts and cards linked to the user.
public partial class AdvancedTradeClient
{
    /// <summary>Lists the user's payment methods (the SDK's <c>list_payment_methods</c>). Not paged.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The payment methods as sent.</returns>
    [CoinbaseEndpoint("GET", "/api/v3/brokerage/payment_methods")]
    public virtual Task<ListPaymentMethodsResponse> ListPaymentMethodsAsync(CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, AdvancedTradePaths.Prefix + "/payment_methods", null, null, AdvancedTradeJsonContext.Default.ListPaymentMethodsResponse, cancellationToken);

    /// <summary>Gets one payment method (the SDK's <c>get_payment_method</c>).</summary>
    /// <param name="paymentMethodId">The payment method's id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The answer as sent, holding the payment method.</returns>
    [CoinbaseEndpoint("GET", "/api/v3/brokerage/payment_methods/{payment_method_id}")]
    public virtual Task<GetPaymentMethodResponse> GetPaymentMethodAsync(string paymentMethodId, CancellationToken cancellationToken = default)
    {
        Check.Id(paymentMethodId, nameof(paymentMethodId));
        return SendAsync(HttpMethod.Get, AdvancedTradePaths.Prefix + "/payment_methods/" + UrlEncoding.Encode(paymentMethodId), null, null, AdvancedTradeJsonContext.Default.GetPaymentMethodResponse, cancellationToken);
    }
}
