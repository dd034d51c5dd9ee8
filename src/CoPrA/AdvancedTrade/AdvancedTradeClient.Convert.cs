using CoPrA.Rest;

namespace CoPrA.AdvancedTrade;

// Convert: quote a conversion between two of the user's accounts, then commit it by its trade id.
public partial class AdvancedTradeClient
{
    private const string ConvertTradePath = AdvancedTradePaths.Prefix + "/convert/trade/";

    /// <summary>
    /// Asks for a quote to convert funds from one account to another (the SDK's
    /// <c>create_convert_quote</c>). Nothing moves until <see cref="CommitConvertTradeAsync"/> commits the quote's trade id.
    /// </summary>
    /// <param name="fromAccount">The account the funds leave (its uuid, or the currency as the API accepts).</param>
    /// <param name="toAccount">The account the funds go to.</param>
    /// <param name="amount">The amount to convert, in the source account's currency, greater than zero.</param>
    /// <param name="userIncentiveId">An incentive to apply; sent inside <c>trade_incentive_metadata</c>, which is left out when this and <paramref name="codeVal"/> are null.</param>
    /// <param name="codeVal">An incentive code; sent inside <c>trade_incentive_metadata</c> when given.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The quoted trade as sent: its id, amounts, fees and exchange rate.</returns>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/convert/quote")]
    public virtual Task<ConvertTradeResponse> CreateConvertQuoteAsync(string fromAccount, string toAccount, decimal amount, string? userIncentiveId = null, string? codeVal = null, CancellationToken cancellationToken = default)
    {
        CheckConvertAccounts(fromAccount, toAccount);
        Check.Positive(amount, nameof(amount));
        string body;
        using (var json = new JsonBody())
        {
            json.Add("from_account", fromAccount).Add("to_account", toAccount).Add("amount", amount);
            if (userIncentiveId is not null || codeVal is not null)
            {
                json.StartObject("trade_incentive_metadata").AddIfNotNull("user_incentive_id", userIncentiveId).AddIfNotNull("code_val", codeVal).EndObject();
            }

            body = json.Build();
        }

        return SendAsync(HttpMethod.Post, AdvancedTradePaths.Prefix + "/convert/quote", null, body, AdvancedTradeJsonContext.Default.ConvertTradeResponse, cancellationToken);
    }

    /// <summary>Gets a convert trade (the SDK's <c>get_convert_trade</c>).</summary>
    /// <param name="tradeId">The trade id from <see cref="CreateConvertQuoteAsync"/>.</param>
    /// <param name="fromAccount">The account the funds leave, as quoted.</param>
    /// <param name="toAccount">The account the funds go to, as quoted.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The trade as sent.</returns>
    [CoinbaseEndpoint("GET", "/api/v3/brokerage/convert/trade/{trade_id}")]
    public virtual Task<ConvertTradeResponse> GetConvertTradeAsync(string tradeId, string fromAccount, string toAccount, CancellationToken cancellationToken = default)
    {
        Check.Id(tradeId, nameof(tradeId));
        CheckConvertAccounts(fromAccount, toAccount);
        var query = new QueryBuilder().Add("from_account", fromAccount).Add("to_account", toAccount);
        return SendAsync(HttpMethod.Get, ConvertTradePath + UrlEncoding.Encode(tradeId), query, null, AdvancedTradeJsonContext.Default.ConvertTradeResponse, cancellationToken);
    }

    /// <summary>
    /// Commits a quoted convert trade (the SDK's <c>commit_convert_trade</c>). Moves money: never
    /// retried by the client.
    /// </summary>
    /// <param name="tradeId">The trade id from <see cref="CreateConvertQuoteAsync"/>.</param>
    /// <param name="fromAccount">The account the funds leave, as quoted.</param>
    /// <param name="toAccount">The account the funds go to, as quoted.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The committed trade as sent.</returns>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/convert/trade/{trade_id}")]
    public virtual Task<ConvertTradeResponse> CommitConvertTradeAsync(string tradeId, string fromAccount, string toAccount, CancellationToken cancellationToken = default)
    {
        Check.Id(tradeId, nameof(tradeId));
        CheckConvertAccounts(fromAccount, toAccount);
        string body;
        using (var json = new JsonBody())
        {
            body = json.Add("from_account", fromAccount).Add("to_account", toAccount).Build();
        }

        return SendAsync(HttpMethod.Post, ConvertTradePath + UrlEncoding.Encode(tradeId), null, body, AdvancedTradeJsonContext.Default.ConvertTradeResponse, cancellationToken);
    }

    private static void CheckConvertAccounts(string fromAccount, string toAccount)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fromAccount);
        ArgumentException.ThrowIfNullOrWhiteSpace(toAccount);
    }
}
