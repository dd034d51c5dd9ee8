namespace CoPrA.Rest;

// Coinbase (retail) wallets beyond CoPrA's listing: deposit addresses. Private (Transfer permission).
public partial class RestClient
{
    /// <summary>Generates a one-time crypto deposit address for a Coinbase wallet.</summary>
    /// <param name="accountId">Coinbase wallet id, from <see cref="CoinbaseAccountsAsync"/>.</param>
    /// <param name="profileId">Profile the deposit is for; the key's profile when null.</param>
    /// <param name="network">Network of the address, for currencies on several networks.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("POST", "/coinbase-accounts/{account_id}/addresses")]
    public virtual Task<DepositAddress> GenerateCryptoAddressAsync(string accountId, string? profileId = null, string? network = null, CancellationToken cancellationToken = default)
    {
        Check.Id(accountId, nameof(accountId));
        using var body = new JsonBody().Add("account_id", accountId).AddIfPresent("profile_id", profileId).AddIfPresent("network", network);
        return SendAsync(HttpMethod.Post, ResourcePath("/coinbase-accounts", accountId, "/addresses"), null, body.Build(), true, CoPrAJsonContext.Default.DepositAddress, cancellationToken);
    }
}
