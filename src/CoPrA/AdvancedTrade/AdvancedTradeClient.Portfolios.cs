using CoPrA.Rest;

namespace CoPrA.AdvancedTrade;

// Portfolios: list, create, rename, delete, their breakdown, and moving funds between them.
public partial class AdvancedTradeClient
{
    private const string PortfoliosPath = AdvancedTradePaths.Prefix + "/portfolios";

    /// <summary>Lists the user's portfolios (the SDK's <c>get_portfolios</c>). Not paged.</summary>
    /// <param name="portfolioType">Only portfolios of this type (DEFAULT, CONSUMER, INTX); all when null.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The portfolios as sent.</returns>
    [CoinbaseEndpoint("GET", "/api/v3/brokerage/portfolios")]
    public virtual Task<ListPortfoliosResponse> GetPortfoliosAsync(PortfolioType? portfolioType = null, CancellationToken cancellationToken = default)
    {
        var query = new QueryBuilder().AddIfPresent("portfolio_type", portfolioType?.ToString());
        return SendAsync(HttpMethod.Get, PortfoliosPath, query, null, AdvancedTradeJsonContext.Default.ListPortfoliosResponse, cancellationToken);
    }

    /// <summary>Creates a portfolio (the SDK's <c>create_portfolio</c>).</summary>
    /// <param name="name">The new portfolio's name.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The answer as sent, holding the new portfolio and its uuid.</returns>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/portfolios")]
    public virtual Task<PortfolioResponse> CreatePortfolioAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return SendAsync(HttpMethod.Post, PortfoliosPath, null, NameBody(name), AdvancedTradeJsonContext.Default.PortfolioResponse, cancellationToken);
    }

    /// <summary>Gets a portfolio's balances and positions (the SDK's <c>get_portfolio_breakdown</c>).</summary>
    /// <param name="portfolioUuid">The portfolio's uuid.</param>
    /// <param name="currency">Currency to value the balances in, for example <c>USD</c>; the user's native currency when null.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The breakdown as sent.</returns>
    [CoinbaseEndpoint("GET", "/api/v3/brokerage/portfolios/{portfolio_uuid}")]
    public virtual Task<PortfolioBreakdownResponse> GetPortfolioBreakdownAsync(string portfolioUuid, string? currency = null, CancellationToken cancellationToken = default)
    {
        Check.Id(portfolioUuid, nameof(portfolioUuid));
        Check.NotBlank(currency, nameof(currency));
        var query = new QueryBuilder().AddIfPresent("currency", currency);
        return SendAsync(HttpMethod.Get, PortfolioPath(portfolioUuid), query, null, AdvancedTradeJsonContext.Default.PortfolioBreakdownResponse, cancellationToken);
    }

    /// <summary>
    /// Moves funds from one portfolio to another (the SDK's <c>move_portfolio_funds</c>). Moves money:
    /// never retried by the client.
    /// </summary>
    /// <param name="value">The amount to move, greater than zero.</param>
    /// <param name="currency">The amount's currency, for example <c>USD</c>.</param>
    /// <param name="sourcePortfolioUuid">The portfolio the funds leave.</param>
    /// <param name="targetPortfolioUuid">The portfolio the funds go to; not the source.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The source and target uuids as sent.</returns>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/portfolios/move_funds")]
    public virtual Task<MovePortfolioFundsResponse> MovePortfolioFundsAsync(decimal value, string currency, string sourcePortfolioUuid, string targetPortfolioUuid, CancellationToken cancellationToken = default)
    {
        Check.Positive(value, nameof(value));
        ArgumentException.ThrowIfNullOrWhiteSpace(currency);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourcePortfolioUuid);
        ArgumentException.ThrowIfNullOrWhiteSpace(targetPortfolioUuid);
        if (string.Equals(sourcePortfolioUuid, targetPortfolioUuid, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException("targetPortfolioUuid must differ from sourcePortfolioUuid.", nameof(targetPortfolioUuid));
        }

        string body;
        using (var json = new JsonBody())
        {
            body = json
                .StartObject("funds").Add("value", value).Add("currency", currency).EndObject()
                .Add("source_portfolio_uuid", sourcePortfolioUuid)
                .Add("target_portfolio_uuid", targetPortfolioUuid)
                .Build();
        }

        return SendAsync(HttpMethod.Post, PortfoliosPath + "/move_funds", null, body, AdvancedTradeJsonContext.Default.MovePortfolioFundsResponse, cancellationToken);
    }

    /// <summary>Renames a portfolio (the SDK's <c>edit_portfolio</c>).</summary>
    /// <param name="portfolioUuid">The portfolio's uuid.</param>
    /// <param name="name">The portfolio's new name.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The answer as sent, holding the renamed portfolio.</returns>
    [CoinbaseEndpoint("PUT", "/api/v3/brokerage/portfolios/{portfolio_uuid}")]
    public virtual Task<PortfolioResponse> EditPortfolioAsync(string portfolioUuid, string name, CancellationToken cancellationToken = default)
    {
        Check.Id(portfolioUuid, nameof(portfolioUuid));
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return SendAsync(HttpMethod.Put, PortfolioPath(portfolioUuid), null, NameBody(name), AdvancedTradeJsonContext.Default.PortfolioResponse, cancellationToken);
    }

    /// <summary>Deletes a portfolio (the SDK's <c>delete_portfolio</c>); the server refuses to delete one that holds funds.</summary>
    /// <param name="portfolioUuid">The portfolio's uuid.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The empty answer as sent.</returns>
    [CoinbaseEndpoint("DELETE", "/api/v3/brokerage/portfolios/{portfolio_uuid}")]
    public virtual Task<EmptyResponse> DeletePortfolioAsync(string portfolioUuid, CancellationToken cancellationToken = default)
    {
        Check.Id(portfolioUuid, nameof(portfolioUuid));
        return SendAsync(HttpMethod.Delete, PortfolioPath(portfolioUuid), null, null, AdvancedTradeJsonContext.Default.EmptyResponse, cancellationToken);
    }

    private static string PortfolioPath(string portfolioUuid) => PortfoliosPath + "/" + UrlEncoding.Encode(portfolioUuid);

    private static string NameBody(string name)
    {
        using var json = new JsonBody();
        return json.Add("name", name).Build();
    }
}
