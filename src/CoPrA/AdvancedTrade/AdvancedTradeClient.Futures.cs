using CoPrA.Rest;

namespace CoPrA.AdvancedTrade;

// US derivatives: futures at Coinbase Financial Markets (CFM), the SDK's futures.py.
public partial class AdvancedTradeClient
{
    private const string Cfm = AdvancedTradePaths.Prefix + "/cfm";

    /// <summary>
    /// Gets the balances and margin of the CFM futures account (the SDK's <c>get_futures_balance_summary</c>).
    /// </summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The answer as sent, the summary in <see cref="FuturesBalanceSummaryResponse.BalanceSummary"/>.</returns>
    [CoinbaseEndpoint("GET", "/api/v3/brokerage/cfm/balance_summary")]
    public virtual Task<FuturesBalanceSummaryResponse> GetFuturesBalanceSummaryAsync(CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, Cfm + "/balance_summary", null, null, AdvancedTradeJsonContext.Default.FuturesBalanceSummaryResponse, cancellationToken);

    /// <summary>Lists every open CFM futures position (the SDK's <c>list_futures_positions</c>). Not paged.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The answer as sent; an account without positions gives an empty list.</returns>
    [CoinbaseEndpoint("GET", "/api/v3/brokerage/cfm/positions")]
    public virtual Task<ListFuturesPositionsResponse> ListFuturesPositionsAsync(CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, Cfm + "/positions", null, null, AdvancedTradeJsonContext.Default.ListFuturesPositionsResponse, cancellationToken);

    /// <summary>Gets the position in one CFM futures product (the SDK's <c>get_futures_position</c>).</summary>
    /// <param name="productId">The futures product, for example <c>BIT-28JUL23-CDE</c>; not empty.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The answer as sent, the position in <see cref="GetFuturesPositionResponse.Position"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="productId"/> is empty, blank, <c>.</c> or <c>..</c>.</exception>
    [CoinbaseEndpoint("GET", "/api/v3/brokerage/cfm/positions/{product_id}")]
    public virtual Task<GetFuturesPositionResponse> GetFuturesPositionAsync(string productId, CancellationToken cancellationToken = default)
    {
        Check.Id(productId, nameof(productId));
        return SendAsync(HttpMethod.Get, Cfm + "/positions/" + UrlEncoding.Encode(productId), null, null, AdvancedTradeJsonContext.Default.GetFuturesPositionResponse, cancellationToken);
    }

    /// <summary>
    /// Schedules a sweep of USD from the CFM futures account to the Coinbase Inc. USD spot wallet (the
    /// SDK's <c>schedule_futures_sweep</c>). Sends <c>{"usd_amount": "..."}</c>, the amount as a decimal string.
    /// </summary>
    /// <param name="usdAmount">The USD amount to sweep; greater than zero.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The answer as sent; <see cref="FuturesSweepActionResponse.Success"/> says whether it was scheduled.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="usdAmount"/> is zero or less.</exception>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/cfm/sweeps/schedule")]
    public virtual Task<FuturesSweepActionResponse> ScheduleFuturesSweepAsync(decimal usdAmount, CancellationToken cancellationToken = default)
    {
        Check.Positive(usdAmount, nameof(usdAmount));
        using var body = new JsonBody();
        return SendAsync(HttpMethod.Post, Cfm + "/sweeps/schedule", null, body.Add("usd_amount", usdAmount).Build(), AdvancedTradeJsonContext.Default.FuturesSweepActionResponse, cancellationToken);
    }

    /// <summary>Lists the pending and processing sweeps from the CFM futures account (the SDK's <c>list_futures_sweeps</c>). Not paged.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The answer as sent; no sweeps gives an empty list.</returns>
    [CoinbaseEndpoint("GET", "/api/v3/brokerage/cfm/sweeps")]
    public virtual Task<ListFuturesSweepsResponse> ListFuturesSweepsAsync(CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, Cfm + "/sweeps", null, null, AdvancedTradeJsonContext.Default.ListFuturesSweepsResponse, cancellationToken);

    /// <summary>Cancels the pending sweep from the CFM futures account (the SDK's <c>cancel_pending_futures_sweep</c>): a DELETE without a body.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The answer as sent; <see cref="FuturesSweepActionResponse.Success"/> says whether it was cancelled.</returns>
    [CoinbaseEndpoint("DELETE", "/api/v3/brokerage/cfm/sweeps")]
    public virtual Task<FuturesSweepActionResponse> CancelPendingFuturesSweepAsync(CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Delete, Cfm + "/sweeps", null, null, AdvancedTradeJsonContext.Default.FuturesSweepActionResponse, cancellationToken);

    /// <summary>
    /// Gets whether the account takes the higher intraday leverage on futures on weekdays, 8 am to 4 pm ET
    /// (the SDK's <c>get_intraday_margin_setting</c>).
    /// </summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The answer as sent, the setting in <see cref="IntradayMarginSettingResponse.Setting"/>.</returns>
    [CoinbaseEndpoint("GET", "/api/v3/brokerage/cfm/intraday/margin_setting")]
    public virtual Task<IntradayMarginSettingResponse> GetIntradayMarginSettingAsync(CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, Cfm + "/intraday/margin_setting", null, null, AdvancedTradeJsonContext.Default.IntradayMarginSettingResponse, cancellationToken);

    /// <summary>
    /// Opts in to or out of intraday margin (the SDK's <c>set_intraday_margin_setting</c>). Sends
    /// <c>{"setting": "..."}</c>.
    /// </summary>
    /// <param name="setting">The setting, for example <see cref="IntradayMarginSetting.Intraday"/>; not the default value.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The answer as sent (an empty object).</returns>
    /// <exception cref="ArgumentException"><paramref name="setting"/> is the default (empty) value.</exception>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/cfm/intraday/margin_setting")]
    public virtual Task<EmptyResponse> SetIntradayMarginSettingAsync(IntradayMarginSetting setting, CancellationToken cancellationToken = default)
    {
        string wire = setting.ToString();
        ArgumentException.ThrowIfNullOrEmpty(wire, nameof(setting));
        using var body = new JsonBody();
        return SendAsync(HttpMethod.Post, Cfm + "/intraday/margin_setting", null, body.Add("setting", wire).Build(), AdvancedTradeJsonContext.Default.EmptyResponse, cancellationToken);
    }

    /// <summary>
    /// Gets the margin window in effect, which says whether intraday or overnight margin rates apply
    /// (the SDK's <c>get_current_margin_window</c>). Sends <c>margin_profile_type</c> on the query.
    /// </summary>
    /// <param name="marginProfileType">The margin profile asked about, for example <see cref="MarginProfileType.RetailRegular"/>; required, not the default value.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The answer as sent: the window and the kill-switch flags.</returns>
    /// <exception cref="ArgumentException"><paramref name="marginProfileType"/> is the default (empty) value.</exception>
    [CoinbaseEndpoint("GET", "/api/v3/brokerage/cfm/intraday/current_margin_window")]
    public virtual Task<CurrentMarginWindowResponse> GetCurrentMarginWindowAsync(MarginProfileType marginProfileType, CancellationToken cancellationToken = default)
    {
        string wire = marginProfileType.ToString();
        ArgumentException.ThrowIfNullOrEmpty(wire, nameof(marginProfileType));
        var query = new QueryBuilder().Add("margin_profile_type", wire);
        return SendAsync(HttpMethod.Get, Cfm + "/intraday/current_margin_window", query, null, AdvancedTradeJsonContext.Default.CurrentMarginWindowResponse, cancellationToken);
    }
}
