using CoPrA.Rest;

namespace CoPrA.AdvancedTrade;

// Data API: what the key itself may do.
public partial class AdvancedTradeClient
{
    /// <summary>Gets the permissions of the client's key and the portfolio it is tied to (the SDK's <c>get_api_key_permissions</c>).</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>can_view, can_trade, can_transfer, portfolio_uuid and portfolio_type as sent.</returns>
    [CoinbaseEndpoint("GET", "/api/v3/brokerage/key_permissions")]
    public virtual Task<KeyPermissionsResponse> GetApiKeyPermissionsAsync(CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, AdvancedTradePaths.Prefix + "/key_permissions", null, null, AdvancedTradeJsonContext.Default.KeyPermissionsResponse, cancellationToken);
}
