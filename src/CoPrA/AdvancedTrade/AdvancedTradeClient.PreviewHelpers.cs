using CoPrA.Rest;

namespace CoPrA.AdvancedTrade;

// The SDK's preview_* order helpers, and twins for the configurations it has no helper for: each builds
// its configuration with a factory of OrderConfiguration and previews it with PreviewOrderAsync.
public partial class AdvancedTradeClient
{
    /// <summary>
    /// Previews a market order, immediate or cancel: <c>market_market_ioc</c> (the SDK's <c>preview_market_order</c>) through <see cref="PreviewOrderAsync"/>: prices it without placing it.
    /// Give exactly one of <paramref name="quoteSize"/> and <paramref name="baseSize"/>.
    /// </summary>
    /// <param name="productId">Product, for example <c>BTC-USD</c>.</param>
    /// <param name="side">Buy or sell.</param>
    /// <param name="quoteSize">Amount of the quote currency to spend; give this or <paramref name="baseSize"/>, positive.</param>
    /// <param name="baseSize">Size in the base currency; give this or <paramref name="quoteSize"/>, positive.</param>
    /// <param name="leverage">Leverage of a derivatives order; positive.</param>
    /// <param name="marginType">Margin type of a derivatives order.</param>
    /// <param name="retailPortfolioId">Portfolio (deprecated by Coinbase: legacy keys only; a CDP key trades in its own portfolio).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">A parameter is not valid; nothing is sent.</exception>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders/preview")]
    public virtual Task<PreviewOrderResponse> PreviewMarketOrderAsync(
        string productId, OrderSide side, decimal? quoteSize = null, decimal? baseSize = null, decimal? leverage = null,
        MarginType? marginType = null, string? retailPortfolioId = null, CancellationToken cancellationToken = default)
        => PreviewOrderAsync(productId, side, OrderConfiguration.MarketIoc(quoteSize, baseSize), leverage, marginType, retailPortfolioId, attachedOrderConfiguration: null, cancellationToken: cancellationToken);

    /// <summary>Previews a buy market order, immediate or cancel: <c>market_market_ioc</c> (the SDK's <c>preview_market_order_buy</c>).</summary>
    /// <inheritdoc cref="PreviewMarketOrderAsync"/>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders/preview")]
    public virtual Task<PreviewOrderResponse> PreviewMarketOrderBuyAsync(
        string productId, decimal? quoteSize = null, decimal? baseSize = null, decimal? leverage = null, MarginType? marginType = null,
        string? retailPortfolioId = null, CancellationToken cancellationToken = default)
        => PreviewMarketOrderAsync(productId, OrderSide.Buy, quoteSize, baseSize, leverage, marginType, retailPortfolioId, cancellationToken);

    /// <summary>Previews a sell market order, immediate or cancel: <c>market_market_ioc</c> (the SDK's <c>preview_market_order_sell</c>). It takes a base size only, as the SDK's <c>market_order_sell</c> does.</summary>
    /// <inheritdoc cref="PreviewMarketOrderAsync"/>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders/preview")]
    public virtual Task<PreviewOrderResponse> PreviewMarketOrderSellAsync(
        string productId, decimal baseSize, decimal? leverage = null, MarginType? marginType = null, string? retailPortfolioId = null,
        CancellationToken cancellationToken = default)
        => PreviewMarketOrderAsync(productId, OrderSide.Sell, null, baseSize, leverage, marginType, retailPortfolioId, cancellationToken);

    /// <summary>
    /// Previews a limit order, immediate or cancel through smart order routing: <c>sor_limit_ioc</c> (the SDK's <c>preview_limit_order_ioc</c>) through <see cref="PreviewOrderAsync"/>: prices it without placing it.
    /// </summary>
    /// <param name="productId">Product, for example <c>BTC-USD</c>.</param>
    /// <param name="side">Buy or sell.</param>
    /// <param name="baseSize">Size in the base currency; positive.</param>
    /// <param name="limitPrice">Limit price; positive.</param>
    /// <param name="leverage">Leverage of a derivatives order; positive.</param>
    /// <param name="marginType">Margin type of a derivatives order.</param>
    /// <param name="retailPortfolioId">Portfolio (deprecated by Coinbase: legacy keys only; a CDP key trades in its own portfolio).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">A parameter is not valid; nothing is sent.</exception>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders/preview")]
    public virtual Task<PreviewOrderResponse> PreviewLimitOrderIocAsync(
        string productId, OrderSide side, decimal baseSize, decimal limitPrice, decimal? leverage = null, MarginType? marginType = null,
        string? retailPortfolioId = null, CancellationToken cancellationToken = default)
        => PreviewOrderAsync(productId, side, OrderConfiguration.LimitIoc(limitPrice, baseSize), leverage, marginType, retailPortfolioId, attachedOrderConfiguration: null, cancellationToken: cancellationToken);

    /// <summary>Previews a buy limit order, immediate or cancel through smart order routing: <c>sor_limit_ioc</c> (the SDK's <c>preview_limit_order_ioc_buy</c>).</summary>
    /// <inheritdoc cref="PreviewLimitOrderIocAsync"/>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders/preview")]
    public virtual Task<PreviewOrderResponse> PreviewLimitOrderIocBuyAsync(
        string productId, decimal baseSize, decimal limitPrice, decimal? leverage = null, MarginType? marginType = null,
        string? retailPortfolioId = null, CancellationToken cancellationToken = default)
        => PreviewLimitOrderIocAsync(productId, OrderSide.Buy, baseSize, limitPrice, leverage, marginType, retailPortfolioId, cancellationToken);

    /// <summary>Previews a sell limit order, immediate or cancel through smart order routing: <c>sor_limit_ioc</c> (the SDK's <c>preview_limit_order_ioc_sell</c>).</summary>
    /// <inheritdoc cref="PreviewLimitOrderIocAsync"/>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders/preview")]
    public virtual Task<PreviewOrderResponse> PreviewLimitOrderIocSellAsync(
        string productId, decimal baseSize, decimal limitPrice, decimal? leverage = null, MarginType? marginType = null,
        string? retailPortfolioId = null, CancellationToken cancellationToken = default)
        => PreviewLimitOrderIocAsync(productId, OrderSide.Sell, baseSize, limitPrice, leverage, marginType, retailPortfolioId, cancellationToken);

    /// <summary>
    /// Previews a limit order, good till cancelled: <c>limit_limit_gtc</c> (the SDK's <c>preview_limit_order_gtc</c>) through <see cref="PreviewOrderAsync"/>: prices it without placing it.
    /// </summary>
    /// <param name="productId">Product, for example <c>BTC-USD</c>.</param>
    /// <param name="side">Buy or sell.</param>
    /// <param name="baseSize">Size in the base currency; positive.</param>
    /// <param name="limitPrice">Limit price; positive.</param>
    /// <param name="postOnly">Whether the order may only add liquidity (default false).</param>
    /// <param name="leverage">Leverage of a derivatives order; positive.</param>
    /// <param name="marginType">Margin type of a derivatives order.</param>
    /// <param name="retailPortfolioId">Portfolio (deprecated by Coinbase: legacy keys only; a CDP key trades in its own portfolio).</param>
    /// <param name="attachedOrderConfiguration">A size-less take-profit/stop-loss bracket attached to the order (beyond the SDK; see <see cref="AttachedOrderConfiguration.TriggerBracket"/>).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">A parameter is not valid; nothing is sent.</exception>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders/preview")]
    public virtual Task<PreviewOrderResponse> PreviewLimitOrderGtcAsync(
        string productId, OrderSide side, decimal baseSize, decimal limitPrice, bool postOnly = false, decimal? leverage = null,
        MarginType? marginType = null, string? retailPortfolioId = null, AttachedOrderConfiguration? attachedOrderConfiguration = null,
        CancellationToken cancellationToken = default)
        => PreviewOrderAsync(productId, side, OrderConfiguration.LimitGtc(limitPrice, baseSize, postOnly: postOnly), leverage, marginType, retailPortfolioId, attachedOrderConfiguration: attachedOrderConfiguration, cancellationToken: cancellationToken);

    /// <summary>Previews a buy limit order, good till cancelled: <c>limit_limit_gtc</c> (the SDK's <c>preview_limit_order_gtc_buy</c>).</summary>
    /// <inheritdoc cref="PreviewLimitOrderGtcAsync"/>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders/preview")]
    public virtual Task<PreviewOrderResponse> PreviewLimitOrderGtcBuyAsync(
        string productId, decimal baseSize, decimal limitPrice, bool postOnly = false, decimal? leverage = null, MarginType? marginType = null,
        string? retailPortfolioId = null, AttachedOrderConfiguration? attachedOrderConfiguration = null,
        CancellationToken cancellationToken = default)
        => PreviewLimitOrderGtcAsync(productId, OrderSide.Buy, baseSize, limitPrice, postOnly, leverage, marginType, retailPortfolioId, attachedOrderConfiguration, cancellationToken);

    /// <summary>Previews a sell limit order, good till cancelled: <c>limit_limit_gtc</c> (the SDK's <c>preview_limit_order_gtc_sell</c>).</summary>
    /// <inheritdoc cref="PreviewLimitOrderGtcAsync"/>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders/preview")]
    public virtual Task<PreviewOrderResponse> PreviewLimitOrderGtcSellAsync(
        string productId, decimal baseSize, decimal limitPrice, bool postOnly = false, decimal? leverage = null, MarginType? marginType = null,
        string? retailPortfolioId = null, AttachedOrderConfiguration? attachedOrderConfiguration = null,
        CancellationToken cancellationToken = default)
        => PreviewLimitOrderGtcAsync(productId, OrderSide.Sell, baseSize, limitPrice, postOnly, leverage, marginType, retailPortfolioId, attachedOrderConfiguration, cancellationToken);

    /// <summary>
    /// Previews a limit order, good till <paramref name="endTime"/>: <c>limit_limit_gtd</c> (the SDK's <c>preview_limit_order_gtd</c>) through <see cref="PreviewOrderAsync"/>: prices it without placing it.
    /// </summary>
    /// <param name="productId">Product, for example <c>BTC-USD</c>.</param>
    /// <param name="side">Buy or sell.</param>
    /// <param name="baseSize">Size in the base currency; positive.</param>
    /// <param name="limitPrice">Limit price; positive.</param>
    /// <param name="endTime">When the order expires; sent as RFC 3339 in UTC.</param>
    /// <param name="postOnly">Whether the order may only add liquidity (default false).</param>
    /// <param name="leverage">Leverage of a derivatives order; positive.</param>
    /// <param name="marginType">Margin type of a derivatives order.</param>
    /// <param name="retailPortfolioId">Portfolio (deprecated by Coinbase: legacy keys only; a CDP key trades in its own portfolio).</param>
    /// <param name="attachedOrderConfiguration">A size-less take-profit/stop-loss bracket attached to the order (beyond the SDK; see <see cref="AttachedOrderConfiguration.TriggerBracket"/>).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">A parameter is not valid; nothing is sent.</exception>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders/preview")]
    public virtual Task<PreviewOrderResponse> PreviewLimitOrderGtdAsync(
        string productId, OrderSide side, decimal baseSize, decimal limitPrice, DateTimeOffset endTime, bool postOnly = false,
        decimal? leverage = null, MarginType? marginType = null, string? retailPortfolioId = null,
        AttachedOrderConfiguration? attachedOrderConfiguration = null, CancellationToken cancellationToken = default)
        => PreviewOrderAsync(productId, side, OrderConfiguration.LimitGtd(limitPrice, endTime, baseSize, postOnly: postOnly), leverage, marginType, retailPortfolioId, attachedOrderConfiguration: attachedOrderConfiguration, cancellationToken: cancellationToken);

    /// <summary>Previews a buy limit order, good till <paramref name="endTime"/>: <c>limit_limit_gtd</c> (the SDK's <c>preview_limit_order_gtd_buy</c>).</summary>
    /// <inheritdoc cref="PreviewLimitOrderGtdAsync"/>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders/preview")]
    public virtual Task<PreviewOrderResponse> PreviewLimitOrderGtdBuyAsync(
        string productId, decimal baseSize, decimal limitPrice, DateTimeOffset endTime, bool postOnly = false, decimal? leverage = null,
        MarginType? marginType = null, string? retailPortfolioId = null, AttachedOrderConfiguration? attachedOrderConfiguration = null,
        CancellationToken cancellationToken = default)
        => PreviewLimitOrderGtdAsync(productId, OrderSide.Buy, baseSize, limitPrice, endTime, postOnly, leverage, marginType, retailPortfolioId, attachedOrderConfiguration, cancellationToken);

    /// <summary>Previews a sell limit order, good till <paramref name="endTime"/>: <c>limit_limit_gtd</c> (the SDK's <c>preview_limit_order_gtd_sell</c>).</summary>
    /// <inheritdoc cref="PreviewLimitOrderGtdAsync"/>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders/preview")]
    public virtual Task<PreviewOrderResponse> PreviewLimitOrderGtdSellAsync(
        string productId, decimal baseSize, decimal limitPrice, DateTimeOffset endTime, bool postOnly = false, decimal? leverage = null,
        MarginType? marginType = null, string? retailPortfolioId = null, AttachedOrderConfiguration? attachedOrderConfiguration = null,
        CancellationToken cancellationToken = default)
        => PreviewLimitOrderGtdAsync(productId, OrderSide.Sell, baseSize, limitPrice, endTime, postOnly, leverage, marginType, retailPortfolioId, attachedOrderConfiguration, cancellationToken);

    /// <summary>
    /// Previews a limit order, fill or kill: <c>limit_limit_fok</c> (the SDK's <c>preview_limit_order_fok</c>) through <see cref="PreviewOrderAsync"/>: prices it without placing it.
    /// </summary>
    /// <param name="productId">Product, for example <c>BTC-USD</c>.</param>
    /// <param name="side">Buy or sell.</param>
    /// <param name="baseSize">Size in the base currency; positive.</param>
    /// <param name="limitPrice">Limit price; positive.</param>
    /// <param name="leverage">Leverage of a derivatives order; positive.</param>
    /// <param name="marginType">Margin type of a derivatives order.</param>
    /// <param name="retailPortfolioId">Portfolio (deprecated by Coinbase: legacy keys only; a CDP key trades in its own portfolio).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">A parameter is not valid; nothing is sent.</exception>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders/preview")]
    public virtual Task<PreviewOrderResponse> PreviewLimitOrderFokAsync(
        string productId, OrderSide side, decimal baseSize, decimal limitPrice, decimal? leverage = null, MarginType? marginType = null,
        string? retailPortfolioId = null, CancellationToken cancellationToken = default)
        => PreviewOrderAsync(productId, side, OrderConfiguration.LimitFok(limitPrice, baseSize), leverage, marginType, retailPortfolioId, attachedOrderConfiguration: null, cancellationToken: cancellationToken);

    /// <summary>Previews a buy limit order, fill or kill: <c>limit_limit_fok</c> (the SDK's <c>preview_limit_order_fok_buy</c>).</summary>
    /// <inheritdoc cref="PreviewLimitOrderFokAsync"/>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders/preview")]
    public virtual Task<PreviewOrderResponse> PreviewLimitOrderFokBuyAsync(
        string productId, decimal baseSize, decimal limitPrice, decimal? leverage = null, MarginType? marginType = null,
        string? retailPortfolioId = null, CancellationToken cancellationToken = default)
        => PreviewLimitOrderFokAsync(productId, OrderSide.Buy, baseSize, limitPrice, leverage, marginType, retailPortfolioId, cancellationToken);

    /// <summary>Previews a sell limit order, fill or kill: <c>limit_limit_fok</c> (the SDK's <c>preview_limit_order_fok_sell</c>).</summary>
    /// <inheritdoc cref="PreviewLimitOrderFokAsync"/>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders/preview")]
    public virtual Task<PreviewOrderResponse> PreviewLimitOrderFokSellAsync(
        string productId, decimal baseSize, decimal limitPrice, decimal? leverage = null, MarginType? marginType = null,
        string? retailPortfolioId = null, CancellationToken cancellationToken = default)
        => PreviewLimitOrderFokAsync(productId, OrderSide.Sell, baseSize, limitPrice, leverage, marginType, retailPortfolioId, cancellationToken);

    /// <summary>
    /// Previews a stop-limit order, good till cancelled: <c>stop_limit_stop_limit_gtc</c> (the SDK's <c>preview_stop_limit_order_gtc</c>) through <see cref="PreviewOrderAsync"/>: prices it without placing it.
    /// </summary>
    /// <param name="productId">Product, for example <c>BTC-USD</c>.</param>
    /// <param name="side">Buy or sell.</param>
    /// <param name="baseSize">Size in the base currency; positive.</param>
    /// <param name="limitPrice">Limit price; positive.</param>
    /// <param name="stopPrice">Price that triggers the order; positive.</param>
    /// <param name="stopDirection">Whether the price must rise (<see cref="StopDirection.StopUp"/>) or fall (<see cref="StopDirection.StopDown"/>) to the stop price; required.</param>
    /// <param name="leverage">Leverage of a derivatives order; positive.</param>
    /// <param name="marginType">Margin type of a derivatives order.</param>
    /// <param name="retailPortfolioId">Portfolio (deprecated by Coinbase: legacy keys only; a CDP key trades in its own portfolio).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">A parameter is not valid; nothing is sent.</exception>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders/preview")]
    public virtual Task<PreviewOrderResponse> PreviewStopLimitOrderGtcAsync(
        string productId, OrderSide side, decimal baseSize, decimal limitPrice, decimal stopPrice, StopDirection stopDirection,
        decimal? leverage = null, MarginType? marginType = null, string? retailPortfolioId = null, CancellationToken cancellationToken = default)
        => PreviewOrderAsync(productId, side, OrderConfiguration.StopLimitGtc(baseSize, limitPrice, stopPrice, stopDirection), leverage, marginType, retailPortfolioId, attachedOrderConfiguration: null, cancellationToken: cancellationToken);

    /// <summary>Previews a buy stop-limit order, good till cancelled: <c>stop_limit_stop_limit_gtc</c> (the SDK's <c>preview_stop_limit_order_gtc_buy</c>).</summary>
    /// <inheritdoc cref="PreviewStopLimitOrderGtcAsync"/>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders/preview")]
    public virtual Task<PreviewOrderResponse> PreviewStopLimitOrderGtcBuyAsync(
        string productId, decimal baseSize, decimal limitPrice, decimal stopPrice, StopDirection stopDirection, decimal? leverage = null,
        MarginType? marginType = null, string? retailPortfolioId = null, CancellationToken cancellationToken = default)
        => PreviewStopLimitOrderGtcAsync(productId, OrderSide.Buy, baseSize, limitPrice, stopPrice, stopDirection, leverage, marginType, retailPortfolioId, cancellationToken);

    /// <summary>Previews a sell stop-limit order, good till cancelled: <c>stop_limit_stop_limit_gtc</c> (the SDK's <c>preview_stop_limit_order_gtc_sell</c>).</summary>
    /// <inheritdoc cref="PreviewStopLimitOrderGtcAsync"/>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders/preview")]
    public virtual Task<PreviewOrderResponse> PreviewStopLimitOrderGtcSellAsync(
        string productId, decimal baseSize, decimal limitPrice, decimal stopPrice, StopDirection stopDirection, decimal? leverage = null,
        MarginType? marginType = null, string? retailPortfolioId = null, CancellationToken cancellationToken = default)
        => PreviewStopLimitOrderGtcAsync(productId, OrderSide.Sell, baseSize, limitPrice, stopPrice, stopDirection, leverage, marginType, retailPortfolioId, cancellationToken);

    /// <summary>
    /// Previews a stop-limit order, good till <paramref name="endTime"/>: <c>stop_limit_stop_limit_gtd</c> (the SDK's <c>preview_stop_limit_order_gtd</c>) through <see cref="PreviewOrderAsync"/>: prices it without placing it.
    /// </summary>
    /// <param name="productId">Product, for example <c>BTC-USD</c>.</param>
    /// <param name="side">Buy or sell.</param>
    /// <param name="baseSize">Size in the base currency; positive.</param>
    /// <param name="limitPrice">Limit price; positive.</param>
    /// <param name="stopPrice">Price that triggers the order; positive.</param>
    /// <param name="endTime">When the order expires; sent as RFC 3339 in UTC.</param>
    /// <param name="stopDirection">Whether the price must rise (<see cref="StopDirection.StopUp"/>) or fall (<see cref="StopDirection.StopDown"/>) to the stop price; required.</param>
    /// <param name="leverage">Leverage of a derivatives order; positive.</param>
    /// <param name="marginType">Margin type of a derivatives order.</param>
    /// <param name="retailPortfolioId">Portfolio (deprecated by Coinbase: legacy keys only; a CDP key trades in its own portfolio).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">A parameter is not valid; nothing is sent.</exception>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders/preview")]
    public virtual Task<PreviewOrderResponse> PreviewStopLimitOrderGtdAsync(
        string productId, OrderSide side, decimal baseSize, decimal limitPrice, decimal stopPrice, DateTimeOffset endTime,
        StopDirection stopDirection, decimal? leverage = null, MarginType? marginType = null, string? retailPortfolioId = null,
        CancellationToken cancellationToken = default)
        => PreviewOrderAsync(productId, side, OrderConfiguration.StopLimitGtd(baseSize, limitPrice, stopPrice, endTime, stopDirection), leverage, marginType, retailPortfolioId, attachedOrderConfiguration: null, cancellationToken: cancellationToken);

    /// <summary>Previews a buy stop-limit order, good till <paramref name="endTime"/>: <c>stop_limit_stop_limit_gtd</c> (the SDK's <c>preview_stop_limit_order_gtd_buy</c>).</summary>
    /// <inheritdoc cref="PreviewStopLimitOrderGtdAsync"/>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders/preview")]
    public virtual Task<PreviewOrderResponse> PreviewStopLimitOrderGtdBuyAsync(
        string productId, decimal baseSize, decimal limitPrice, decimal stopPrice, DateTimeOffset endTime, StopDirection stopDirection,
        decimal? leverage = null, MarginType? marginType = null, string? retailPortfolioId = null, CancellationToken cancellationToken = default)
        => PreviewStopLimitOrderGtdAsync(productId, OrderSide.Buy, baseSize, limitPrice, stopPrice, endTime, stopDirection, leverage, marginType, retailPortfolioId, cancellationToken);

    /// <summary>Previews a sell stop-limit order, good till <paramref name="endTime"/>: <c>stop_limit_stop_limit_gtd</c> (the SDK's <c>preview_stop_limit_order_gtd_sell</c>).</summary>
    /// <inheritdoc cref="PreviewStopLimitOrderGtdAsync"/>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders/preview")]
    public virtual Task<PreviewOrderResponse> PreviewStopLimitOrderGtdSellAsync(
        string productId, decimal baseSize, decimal limitPrice, decimal stopPrice, DateTimeOffset endTime, StopDirection stopDirection,
        decimal? leverage = null, MarginType? marginType = null, string? retailPortfolioId = null, CancellationToken cancellationToken = default)
        => PreviewStopLimitOrderGtdAsync(productId, OrderSide.Sell, baseSize, limitPrice, stopPrice, endTime, stopDirection, leverage, marginType, retailPortfolioId, cancellationToken);

    /// <summary>
    /// Previews a bracket order, good till cancelled: a take-profit limit and a stop-loss trigger: <c>trigger_bracket_gtc</c> (the SDK's <c>preview_trigger_bracket_order_gtc</c>) through <see cref="PreviewOrderAsync"/>: prices it without placing it.
    /// </summary>
    /// <param name="productId">Product, for example <c>BTC-USD</c>.</param>
    /// <param name="side">Buy or sell.</param>
    /// <param name="baseSize">Size in the base currency; positive.</param>
    /// <param name="limitPrice">Limit price; positive.</param>
    /// <param name="stopTriggerPrice">Price that triggers the stop-loss leg; positive.</param>
    /// <param name="leverage">Leverage of a derivatives order; positive.</param>
    /// <param name="marginType">Margin type of a derivatives order.</param>
    /// <param name="retailPortfolioId">Portfolio (deprecated by Coinbase: legacy keys only; a CDP key trades in its own portfolio).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">A parameter is not valid; nothing is sent.</exception>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders/preview")]
    public virtual Task<PreviewOrderResponse> PreviewTriggerBracketOrderGtcAsync(
        string productId, OrderSide side, decimal baseSize, decimal limitPrice, decimal stopTriggerPrice, decimal? leverage = null,
        MarginType? marginType = null, string? retailPortfolioId = null, CancellationToken cancellationToken = default)
        => PreviewOrderAsync(productId, side, OrderConfiguration.BracketGtc(baseSize, limitPrice, stopTriggerPrice), leverage, marginType, retailPortfolioId, attachedOrderConfiguration: null, cancellationToken: cancellationToken);

    /// <summary>Previews a buy bracket order, good till cancelled: a take-profit limit and a stop-loss trigger: <c>trigger_bracket_gtc</c> (the SDK's <c>preview_trigger_bracket_order_gtc_buy</c>).</summary>
    /// <inheritdoc cref="PreviewTriggerBracketOrderGtcAsync"/>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders/preview")]
    public virtual Task<PreviewOrderResponse> PreviewTriggerBracketOrderGtcBuyAsync(
        string productId, decimal baseSize, decimal limitPrice, decimal stopTriggerPrice, decimal? leverage = null, MarginType? marginType = null,
        string? retailPortfolioId = null, CancellationToken cancellationToken = default)
        => PreviewTriggerBracketOrderGtcAsync(productId, OrderSide.Buy, baseSize, limitPrice, stopTriggerPrice, leverage, marginType, retailPortfolioId, cancellationToken);

    /// <summary>Previews a sell bracket order, good till cancelled: a take-profit limit and a stop-loss trigger: <c>trigger_bracket_gtc</c> (the SDK's <c>preview_trigger_bracket_order_gtc_sell</c>).</summary>
    /// <inheritdoc cref="PreviewTriggerBracketOrderGtcAsync"/>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders/preview")]
    public virtual Task<PreviewOrderResponse> PreviewTriggerBracketOrderGtcSellAsync(
        string productId, decimal baseSize, decimal limitPrice, decimal stopTriggerPrice, decimal? leverage = null, MarginType? marginType = null,
        string? retailPortfolioId = null, CancellationToken cancellationToken = default)
        => PreviewTriggerBracketOrderGtcAsync(productId, OrderSide.Sell, baseSize, limitPrice, stopTriggerPrice, leverage, marginType, retailPortfolioId, cancellationToken);

    /// <summary>
    /// Previews a bracket order, good till <paramref name="endTime"/>: <c>trigger_bracket_gtd</c> (the SDK's <c>preview_trigger_bracket_order_gtd</c>) through <see cref="PreviewOrderAsync"/>: prices it without placing it.
    /// </summary>
    /// <param name="productId">Product, for example <c>BTC-USD</c>.</param>
    /// <param name="side">Buy or sell.</param>
    /// <param name="baseSize">Size in the base currency; positive.</param>
    /// <param name="limitPrice">Limit price; positive.</param>
    /// <param name="stopTriggerPrice">Price that triggers the stop-loss leg; positive.</param>
    /// <param name="endTime">When the order expires; sent as RFC 3339 in UTC.</param>
    /// <param name="leverage">Leverage of a derivatives order; positive.</param>
    /// <param name="marginType">Margin type of a derivatives order.</param>
    /// <param name="retailPortfolioId">Portfolio (deprecated by Coinbase: legacy keys only; a CDP key trades in its own portfolio).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">A parameter is not valid; nothing is sent.</exception>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders/preview")]
    public virtual Task<PreviewOrderResponse> PreviewTriggerBracketOrderGtdAsync(
        string productId, OrderSide side, decimal baseSize, decimal limitPrice, decimal stopTriggerPrice, DateTimeOffset endTime,
        decimal? leverage = null, MarginType? marginType = null, string? retailPortfolioId = null, CancellationToken cancellationToken = default)
        => PreviewOrderAsync(productId, side, OrderConfiguration.BracketGtd(baseSize, limitPrice, stopTriggerPrice, endTime), leverage, marginType, retailPortfolioId, attachedOrderConfiguration: null, cancellationToken: cancellationToken);

    /// <summary>Previews a buy bracket order, good till <paramref name="endTime"/>: <c>trigger_bracket_gtd</c> (the SDK's <c>preview_trigger_bracket_order_gtd_buy</c>).</summary>
    /// <inheritdoc cref="PreviewTriggerBracketOrderGtdAsync"/>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders/preview")]
    public virtual Task<PreviewOrderResponse> PreviewTriggerBracketOrderGtdBuyAsync(
        string productId, decimal baseSize, decimal limitPrice, decimal stopTriggerPrice, DateTimeOffset endTime, decimal? leverage = null,
        MarginType? marginType = null, string? retailPortfolioId = null, CancellationToken cancellationToken = default)
        => PreviewTriggerBracketOrderGtdAsync(productId, OrderSide.Buy, baseSize, limitPrice, stopTriggerPrice, endTime, leverage, marginType, retailPortfolioId, cancellationToken);

    /// <summary>Previews a sell bracket order, good till <paramref name="endTime"/>: <c>trigger_bracket_gtd</c> (the SDK's <c>preview_trigger_bracket_order_gtd_sell</c>).</summary>
    /// <inheritdoc cref="PreviewTriggerBracketOrderGtdAsync"/>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders/preview")]
    public virtual Task<PreviewOrderResponse> PreviewTriggerBracketOrderGtdSellAsync(
        string productId, decimal baseSize, decimal limitPrice, decimal stopTriggerPrice, DateTimeOffset endTime, decimal? leverage = null,
        MarginType? marginType = null, string? retailPortfolioId = null, CancellationToken cancellationToken = default)
        => PreviewTriggerBracketOrderGtdAsync(productId, OrderSide.Sell, baseSize, limitPrice, stopTriggerPrice, endTime, leverage, marginType, retailPortfolioId, cancellationToken);

    /// <summary>
    /// Previews a market order, fill or kill: <c>market_market_fok</c> (beyond the SDK, which has no helper for it) through <see cref="PreviewOrderAsync"/>: prices it without placing it.
    /// Give exactly one of <paramref name="quoteSize"/> and <paramref name="baseSize"/>.
    /// </summary>
    /// <param name="productId">Product, for example <c>BTC-USD</c>.</param>
    /// <param name="side">Buy or sell.</param>
    /// <param name="quoteSize">Amount of the quote currency to spend; give this or <paramref name="baseSize"/>, positive.</param>
    /// <param name="baseSize">Size in the base currency; give this or <paramref name="quoteSize"/>, positive.</param>
    /// <param name="leverage">Leverage of a derivatives order; positive.</param>
    /// <param name="marginType">Margin type of a derivatives order.</param>
    /// <param name="retailPortfolioId">Portfolio (deprecated by Coinbase: legacy keys only; a CDP key trades in its own portfolio).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">A parameter is not valid; nothing is sent.</exception>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders/preview")]
    public virtual Task<PreviewOrderResponse> PreviewMarketOrderFokAsync(
        string productId, OrderSide side, decimal? quoteSize = null, decimal? baseSize = null, decimal? leverage = null,
        MarginType? marginType = null, string? retailPortfolioId = null, CancellationToken cancellationToken = default)
        => PreviewOrderAsync(productId, side, OrderConfiguration.MarketFok(quoteSize, baseSize), leverage, marginType, retailPortfolioId, attachedOrderConfiguration: null, cancellationToken: cancellationToken);

    /// <summary>Previews a buy market order, fill or kill: <c>market_market_fok</c> (beyond the SDK).</summary>
    /// <inheritdoc cref="PreviewMarketOrderFokAsync"/>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders/preview")]
    public virtual Task<PreviewOrderResponse> PreviewMarketOrderFokBuyAsync(
        string productId, decimal? quoteSize = null, decimal? baseSize = null, decimal? leverage = null, MarginType? marginType = null,
        string? retailPortfolioId = null, CancellationToken cancellationToken = default)
        => PreviewMarketOrderFokAsync(productId, OrderSide.Buy, quoteSize, baseSize, leverage, marginType, retailPortfolioId, cancellationToken);

    /// <summary>Previews a sell market order, fill or kill: <c>market_market_fok</c> (beyond the SDK). It takes a base size only, as the SDK's <c>market_order_sell</c> does.</summary>
    /// <inheritdoc cref="PreviewMarketOrderFokAsync"/>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders/preview")]
    public virtual Task<PreviewOrderResponse> PreviewMarketOrderFokSellAsync(
        string productId, decimal baseSize, decimal? leverage = null, MarginType? marginType = null, string? retailPortfolioId = null,
        CancellationToken cancellationToken = default)
        => PreviewMarketOrderFokAsync(productId, OrderSide.Sell, null, baseSize, leverage, marginType, retailPortfolioId, cancellationToken);

    /// <summary>
    /// Previews a time-weighted average price order: limit slices from <paramref name="startTime"/> to <paramref name="endTime"/>: <c>twap_limit_gtd</c> (beyond the SDK, which has no helper for it) through <see cref="PreviewOrderAsync"/>: prices it without placing it.
    /// </summary>
    /// <param name="productId">Product, for example <c>BTC-USD</c>.</param>
    /// <param name="side">Buy or sell.</param>
    /// <param name="limitPrice">Limit price; positive.</param>
    /// <param name="startTime">When slicing starts; sent as RFC 3339 in UTC.</param>
    /// <param name="endTime">When the order expires; sent as RFC 3339 in UTC.</param>
    /// <param name="numberBuckets">Number of slices; positive.</param>
    /// <param name="baseSize">Size in the base currency; give this or <paramref name="quoteSize"/>, positive.</param>
    /// <param name="quoteSize">Amount of the quote currency to spend; give this or <paramref name="baseSize"/>, positive.</param>
    /// <param name="bucketSize">Size of one slice; positive if given.</param>
    /// <param name="bucketDuration">Duration of one slice, a positive whole number of seconds if given.</param>
    /// <param name="leverage">Leverage of a derivatives order; positive.</param>
    /// <param name="marginType">Margin type of a derivatives order.</param>
    /// <param name="retailPortfolioId">Portfolio (deprecated by Coinbase: legacy keys only; a CDP key trades in its own portfolio).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">A parameter is not valid; nothing is sent.</exception>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders/preview")]
    public virtual Task<PreviewOrderResponse> PreviewTwapLimitGtdAsync(
        string productId, OrderSide side, decimal limitPrice, DateTimeOffset startTime, DateTimeOffset endTime, long numberBuckets,
        decimal? baseSize = null, decimal? quoteSize = null, decimal? bucketSize = null, TimeSpan? bucketDuration = null, decimal? leverage = null,
        MarginType? marginType = null, string? retailPortfolioId = null, CancellationToken cancellationToken = default)
        => PreviewOrderAsync(productId, side, OrderConfiguration.TwapGtd(limitPrice, startTime, endTime, numberBuckets, baseSize, quoteSize, bucketSize, bucketDuration), leverage, marginType, retailPortfolioId, attachedOrderConfiguration: null, cancellationToken: cancellationToken);

    /// <summary>Previews a buy time-weighted average price order: limit slices from <paramref name="startTime"/> to <paramref name="endTime"/>: <c>twap_limit_gtd</c> (beyond the SDK).</summary>
    /// <inheritdoc cref="PreviewTwapLimitGtdAsync"/>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders/preview")]
    public virtual Task<PreviewOrderResponse> PreviewTwapLimitGtdBuyAsync(
        string productId, decimal limitPrice, DateTimeOffset startTime, DateTimeOffset endTime, long numberBuckets, decimal? baseSize = null,
        decimal? quoteSize = null, decimal? bucketSize = null, TimeSpan? bucketDuration = null, decimal? leverage = null,
        MarginType? marginType = null, string? retailPortfolioId = null, CancellationToken cancellationToken = default)
        => PreviewTwapLimitGtdAsync(productId, OrderSide.Buy, limitPrice, startTime, endTime, numberBuckets, baseSize, quoteSize, bucketSize, bucketDuration, leverage, marginType, retailPortfolioId, cancellationToken);

    /// <summary>Previews a sell time-weighted average price order: limit slices from <paramref name="startTime"/> to <paramref name="endTime"/>: <c>twap_limit_gtd</c> (beyond the SDK).</summary>
    /// <inheritdoc cref="PreviewTwapLimitGtdAsync"/>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders/preview")]
    public virtual Task<PreviewOrderResponse> PreviewTwapLimitGtdSellAsync(
        string productId, decimal limitPrice, DateTimeOffset startTime, DateTimeOffset endTime, long numberBuckets, decimal? baseSize = null,
        decimal? quoteSize = null, decimal? bucketSize = null, TimeSpan? bucketDuration = null, decimal? leverage = null,
        MarginType? marginType = null, string? retailPortfolioId = null, CancellationToken cancellationToken = default)
        => PreviewTwapLimitGtdAsync(productId, OrderSide.Sell, limitPrice, startTime, endTime, numberBuckets, baseSize, quoteSize, bucketSize, bucketDuration, leverage, marginType, retailPortfolioId, cancellationToken);
}
