namespace CoPrA.Rest;

// Accounts: balances, ledger and holds of the key's profile. Private.
public partial class RestClient
{
    /// <summary>Lists the trading accounts of the key's profile.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/accounts")]
    public virtual async Task<IReadOnlyList<Account>> AccountsAsync(CancellationToken cancellationToken = default) =>
        await SendAsync(HttpMethod.Get, "/accounts", null, null, true, CoPrAJsonContext.Default.ListAccount, cancellationToken).ConfigureAwait(false);

    /// <summary>Gets one trading account.</summary>
    /// <param name="accountId">Account id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/accounts/{account_id}")]
    public virtual Task<Account> AccountAsync(string accountId, CancellationToken cancellationToken = default)
    {
        Check.Id(accountId, nameof(accountId));
        return SendAsync(HttpMethod.Get, AccountPath(accountId), null, null, true, CoPrAJsonContext.Default.Account, cancellationToken);
    }

    /// <summary>Lists an account's ledger (activity), newest first, one page at a time.</summary>
    /// <param name="accountId">Account id.</param>
    /// <param name="limit">Page size, 1 to 1000 (CoPrA's default 100).</param>
    /// <param name="before">Cursor: the page of newer entries.</param>
    /// <param name="after">Cursor: the page of older entries.</param>
    /// <param name="startDate">Only entries at or after this time.</param>
    /// <param name="endDate">Only entries at or before this time.</param>
    /// <param name="profileId">Profile of the account; the key's profile when null.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/accounts/{account_id}/ledger")]
    public virtual Task<Page<LedgerEntry>> AccountHistoryAsync(
        string accountId,
        int limit = 100,
        string? before = null,
        string? after = null,
        DateTimeOffset? startDate = null,
        DateTimeOffset? endDate = null,
        string? profileId = null,
        CancellationToken cancellationToken = default)
    {
        Check.Id(accountId, nameof(accountId));
        Check.Paging(limit, before, after);
        Check.DateRange(startDate, endDate);
        Check.IdIfPresent(profileId, nameof(profileId));
        var query = new QueryBuilder()
            .AddPaging(limit, before, after)
            .AddIfPresent("start_date", startDate)
            .AddIfPresent("end_date", endDate)
            .AddIfPresent("profile_id", profileId);
        return SendPageAsync(AccountPath(accountId, "/ledger"), query, true, CoPrAJsonContext.Default.ListLedgerEntry, cancellationToken);
    }

    /// <summary>Lists the holds on an account, one page at a time.</summary>
    /// <param name="accountId">Account id.</param>
    /// <param name="limit">Page size, 1 to 1000 (CoPrA's default 100).</param>
    /// <param name="before">Cursor: the page of newer holds.</param>
    /// <param name="after">Cursor: the page of older holds.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/accounts/{account_id}/holds")]
    public virtual Task<Page<Hold>> HoldsAsync(string accountId, int limit = 100, string? before = null, string? after = null, CancellationToken cancellationToken = default)
    {
        Check.Id(accountId, nameof(accountId));
        Check.Paging(limit, before, after);
        return SendPageAsync(AccountPath(accountId, "/holds"), new QueryBuilder().AddPaging(limit, before, after), true, CoPrAJsonContext.Default.ListHold, cancellationToken);
    }

    /// <summary>Lists the deposits and withdrawals of one account, newest first, one page at a time.</summary>
    /// <param name="accountId">Account id.</param>
    /// <param name="type">Only transfers of this kind.</param>
    /// <param name="limit">Page size, 1 to 1000 (the API's default 100).</param>
    /// <param name="before">Cursor: the page of newer transfers (a date).</param>
    /// <param name="after">Cursor: the page of older transfers (a date).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [CoinbaseEndpoint("GET", "/accounts/{account_id}/transfers")]
    public virtual Task<Page<Transfer>> AccountTransfersAsync(string accountId, TransferType? type = null, int limit = 100, string? before = null, string? after = null, CancellationToken cancellationToken = default)
    {
        Check.Id(accountId, nameof(accountId));
        Check.Paging(limit, before, after);
        DefinedIfPresent(type, nameof(type));
        var query = new QueryBuilder().AddPaging(limit, before, after).AddIfPresent("type", WireOrNull(type));
        return SendPageAsync(AccountPath(accountId, "/transfers"), query, true, CoPrAJsonContext.Default.ListTransfer, cancellationToken);
    }

    private static string AccountPath(string accountId, string suffix = "") => "/accounts/" + UrlEncoding.Encode(accountId) + suffix;
}
