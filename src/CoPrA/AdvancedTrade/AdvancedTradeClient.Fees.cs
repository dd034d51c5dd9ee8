using CoPrA.Rest;

namespace CoPrA.AdvancedTrade;

// Fees: the user's fee tier and 30-day volume.
public partial class AdvancedTradeClient
{
    /// <summary>Gets the user's fee tier, volume and fees (the SDK's <c>get_transaction_summary</c>).</summary>
    /// <param name="productType">Summarise only products of this type; all when null.</param>
    /// <param name="contractExpiryType">Summarise only futures of this expiry type; all when null.</param>
    /// <param name="productVenue">Summarise only this venue (<see cref="ProductVenue.Cbe"/>, FCM, INTX); all when null.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The summary as sent.</returns>
    [CoinbaseEndpoint("GET", "/api/v3/brokerage/transaction_summary")]
    public virtual Task<TransactionSummaryResponse> GetTransactionSummaryAsync(ProductType? productType = null, ContractExpiryType? contractExpiryType = null, ProductVenue? productVenue = null, CancellationToken cancellationToken = default)
    {
        var query = new QueryBuilder()
            .AddIfPresent("product_type", productType?.ToString())
            .AddIfPresent("contract_expiry_type", contractExpiryType?.ToString())
            .AddIfPresent("product_venue", productVenue?.ToString());
        return SendAsync(HttpMethod.Get, AdvancedTradePaths.Prefix + "/transaction_summary", query, null, AdvancedTradeJsonContext.Default.TransactionSummaryResponse, cancellationToken);
    }
}
