using CoPrA.Rest;

namespace CoPrA.AdvancedTrade;

// Accounts: the user's brokerage accounts, one per currency and portfolio. Cursor-paged.
public partial class AdvancedTradeClient
{
    /// <summary>
    /// Lists one page of the user's accounts (the SDK's <c>get_accounts</c>). Follow
    /// <see cref="ListAccountsResponse.Cursor"/> while <see cref="ListAccountsResponse.HasNext"/> is
    /// true, or use <see cref="GetAllAccountsAsync"/>.
    /// </summary>
    /// <param name="limit">Accounts per page, at least 1; the server's default (49) when null.</param>
    /// <param name="cursor">The <c>cursor</c> of the previous page; null for the first page.</param>
    /// <param name="retailPortfolioId">Only the accounts of this portfolio; the key's portfolio when null.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The page as sent: accounts, has_next, cursor and size.</returns>
    [CoinbaseEndpoint("GET", "/api/v3/brokerage/accounts")]
    public virtual Task<ListAccountsResponse> GetAccountsAsync(int? limit = null, string? cursor = null, string? retailPortfolioId = null, CancellationToken cancellationToken = default)
    {
        CheckAccountPaging(limit, retailPortfolioId);
        var query = new QueryBuilder().AddIfPresent("limit", limit).AddIfPresent("cursor", cursor).AddIfPresent("retail_portfolio_id", retailPortfolioId);
        return SendAsync(HttpMethod.Get, AdvancedTradePaths.Prefix + "/accounts", query, null, AdvancedTradeJsonContext.Default.ListAccountsResponse, cancellationToken);
    }

    /// <summary>
    /// Walks every page of <see cref="GetAccountsAsync"/> and yields each account; a page is fetched
    /// only when the previous one is used up. Arguments are checked when this is called.
    /// </summary>
    /// <param name="limit">Accounts per page, at least 1; the server's default when null.</param>
    /// <param name="retailPortfolioId">Only the accounts of this portfolio; the key's portfolio when null.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    public virtual IAsyncEnumerable<AdvancedAccount> GetAllAccountsAsync(int? limit = null, string? retailPortfolioId = null, CancellationToken cancellationToken = default)
    {
        CheckAccountPaging(limit, retailPortfolioId);
        return WalkCursorAsync(
            (cursor, token) => GetAccountsAsync(limit, cursor, retailPortfolioId, token),
            page => page.Accounts,
            page => page.HasNext == true ? page.Cursor : null,
            cancellationToken);
    }

    /// <summary>Gets one account by its UUID (the SDK's <c>get_account</c>).</summary>
    /// <param name="accountUuid">The account's UUID.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The answer as sent, holding the account.</returns>
    [CoinbaseEndpoint("GET", "/api/v3/brokerage/accounts/{account_uuid}")]
    public virtual Task<GetAccountResponse> GetAccountAsync(string accountUuid, CancellationToken cancellationToken = default)
    {
        Check.Id(accountUuid, nameof(accountUuid));
        return SendAsync(HttpMethod.Get, AdvancedTradePaths.Prefix + "/accounts/" + UrlEncoding.Encode(accountUuid), null, null, AdvancedTradeJsonContext.Default.GetAccountResponse, cancellationToken);
    }

    private static void CheckAccountPaging(int? limit, string? retailPortfolioId)
    {
        Check.Limit(limit, nameof(limit));
        Check.NotBlank(retailPortfolioId, nameof(retailPortfolioId));
    }
}
