using CoPrA.Rest;

namespace CoPrA.AdvancedTrade;

// The SDK's order helpers, and helpers for the configurations it has none for: each builds its
// configuration with a factory of OrderConfiguration and places it with CreateOrderAsync, which
// checks the rest, generates a missing client order id and throws on a refusal.
public partial class AdvancedTradeClient
{
    /// <summary>
    /// Places a market order, immediate or cancel: <c>market_market_ioc</c> (the SDK's <c>market_order</c>) through <see cref="CreateOrderAsync"/>.
    /// Give exactly one of <paramref name="quoteSize"/> and <paramref name="baseSize"/>.
    /// </summary>
    /// <param name="clientOrderId">The caller's unique id for the order; null or empty generates one (32 hex digits, as the SDK does). Reusing an id guards against placing an order twice.</param>
    /// <param name="productId">Product, for example <c>BTC-USD</c>.</param>
    /// <param name="side">Buy or sell.</param>
    /// <param name="quoteSize">Amount of the quote currency to spend; give this or <paramref name="baseSize"/>, positive.</param>
    /// <param name="baseSize">Size in the base currency; give this or <paramref name="quoteSize"/>, positive.</param>
    /// <param name="selfTradePreventionId">Self-trade prevention id.</param>
    /// <param name="leverage">Leverage of a derivatives order; positive.</param>
    /// <param name="marginType">Margin type of a derivatives order.</param>
    /// <param name="retailPortfolioId">Portfolio (deprecated by Coinbase: legacy keys only; a CDP key trades in its own portfolio).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">A parameter is not valid; nothing is sent.</exception>
    /// <exception cref="OrderRejectedException">Advanced Trade refused the order.</exception>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders")]
    public virtual Task<CreateOrderResponse> MarketOrderAsync(
        string? clientOrderId, string productId, OrderSide side, decimal? quoteSize = null, decimal? baseSize = null,
        string? selfTradePreventionId = null, decimal? leverage = null, MarginType? marginType = null, string? retailPortfolioId = null,
        CancellationToken cancellationToken = default)
        => CreateOrderAsync(clientOrderId, productId, side, OrderConfiguration.MarketIoc(quoteSize, baseSize), selfTradePreventionId, leverage, marginType, retailPortfolioId, previewId: null, attachedOrderConfiguration: null, cancellationToken: cancellationToken);

    /// <summary>Places a buy market order, immediate or cancel: <c>market_market_ioc</c> (the SDK's <c>market_order_buy</c>).</summary>
    /// <inheritdoc cref="MarketOrderAsync"/>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders")]
    public virtual Task<CreateOrderResponse> MarketOrderBuyAsync(
        string? clientOrderId, string productId, decimal? quoteSize = null, decimal? baseSize = null, string? selfTradePreventionId = null,
        decimal? leverage = null, MarginType? marginType = null, string? retailPortfolioId = null, CancellationToken cancellationToken = default)
        => MarketOrderAsync(clientOrderId, productId, OrderSide.Buy, quoteSize, baseSize, selfTradePreventionId, leverage, marginType, retailPortfolioId, cancellationToken);

    /// <summary>Places a sell market order, immediate or cancel: <c>market_market_ioc</c> (the SDK's <c>market_order_sell</c>). It takes a base size only, as the SDK's <c>market_order_sell</c> does.</summary>
    /// <inheritdoc cref="MarketOrderAsync"/>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders")]
    public virtual Task<CreateOrderResponse> MarketOrderSellAsync(
        string? clientOrderId, string productId, decimal baseSize, string? selfTradePreventionId = null, decimal? leverage = null,
        MarginType? marginType = null, string? retailPortfolioId = null, CancellationToken cancellationToken = default)
        => MarketOrderAsync(clientOrderId, productId, OrderSide.Sell, null, baseSize, selfTradePreventionId, leverage, marginType, retailPortfolioId, cancellationToken);

    /// <summary>
    /// Places a limit order, immediate or cancel through smart order routing: <c>sor_limit_ioc</c> (the SDK's <c>limit_order_ioc</c>) through <see cref="CreateOrderAsync"/>.
    /// </summary>
    /// <param name="clientOrderId">The caller's unique id for the order; null or empty generates one (32 hex digits, as the SDK does). Reusing an id guards against placing an order twice.</param>
    /// <param name="productId">Product, for example <c>BTC-USD</c>.</param>
    /// <param name="side">Buy or sell.</param>
    /// <param name="baseSize">Size in the base currency; positive.</param>
    /// <param name="limitPrice">Limit price; positive.</param>
    /// <param name="selfTradePreventionId">Self-trade prevention id.</param>
    /// <param name="leverage">Leverage of a derivatives order; positive.</param>
    /// <param name="marginType">Margin type of a derivatives order.</param>
    /// <param name="retailPortfolioId">Portfolio (deprecated by Coinbase: legacy keys only; a CDP key trades in its own portfolio).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">A parameter is not valid; nothing is sent.</exception>
    /// <exception cref="OrderRejectedException">Advanced Trade refused the order.</exception>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders")]
    public virtual Task<CreateOrderResponse> LimitOrderIocAsync(
        string? clientOrderId, string productId, OrderSide side, decimal baseSize, decimal limitPrice, string? selfTradePreventionId = null,
        decimal? leverage = null, MarginType? marginType = null, string? retailPortfolioId = null, CancellationToken cancellationToken = default)
        => CreateOrderAsync(clientOrderId, productId, side, OrderConfiguration.LimitIoc(limitPrice, baseSize), selfTradePreventionId, leverage, marginType, retailPortfolioId, previewId: null, attachedOrderConfiguration: null, cancellationToken: cancellationToken);

    /// <summary>Places a buy limit order, immediate or cancel through smart order routing: <c>sor_limit_ioc</c> (the SDK's <c>limit_order_ioc_buy</c>).</summary>
    /// <inheritdoc cref="LimitOrderIocAsync"/>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders")]
    public virtual Task<CreateOrderResponse> LimitOrderIocBuyAsync(
        string? clientOrderId, string productId, decimal baseSize, decimal limitPrice, string? selfTradePreventionId = null,
        decimal? leverage = null, MarginType? marginType = null, string? retailPortfolioId = null, CancellationToken cancellationToken = default)
        => LimitOrderIocAsync(clientOrderId, productId, OrderSide.Buy, baseSize, limitPrice, selfTradePreventionId, leverage, marginType, retailPortfolioId, cancellationToken);

    /// <summary>Places a sell limit order, immediate or cancel through smart order routing: <c>sor_limit_ioc</c> (the SDK's <c>limit_order_ioc_sell</c>).</summary>
    /// <inheritdoc cref="LimitOrderIocAsync"/>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders")]
    public virtual Task<CreateOrderResponse> LimitOrderIocSellAsync(
        string? clientOrderId, string productId, decimal baseSize, decimal limitPrice, string? selfTradePreventionId = null,
        decimal? leverage = null, MarginType? marginType = null, string? retailPortfolioId = null, CancellationToken cancellationToken = default)
        => LimitOrderIocAsync(clientOrderId, productId, OrderSide.Sell, baseSize, limitPrice, selfTradePreventionId, leverage, marginType, retailPortfolioId, cancellationToken);

    /// <summary>
    /// Places a limit order, good till cancelled: <c>limit_limit_gtc</c> (the SDK's <c>limit_order_gtc</c>) through <see cref="CreateOrderAsync"/>.
    /// </summary>
    /// <param name="clientOrderId">The caller's unique id for the order; null or empty generates one (32 hex digits, as the SDK does). Reusing an id guards against placing an order twice.</param>
    /// <param name="productId">Product, for example <c>BTC-USD</c>.</param>
    /// <param name="side">Buy or sell.</param>
    /// <param name="baseSize">Size in the base currency; positive.</param>
    /// <param name="limitPrice">Limit price; positive.</param>
    /// <param name="postOnly">Whether the order may only add liquidity (default false).</param>
    /// <param name="selfTradePreventionId">Self-trade prevention id.</param>
    /// <param name="leverage">Leverage of a derivatives order; positive.</param>
    /// <param name="marginType">Margin type of a derivatives order.</param>
    /// <param name="retailPortfolioId">Portfolio (deprecated by Coinbase: legacy keys only; a CDP key trades in its own portfolio).</param>
    /// <param name="attachedOrderConfiguration">A size-less take-profit/stop-loss bracket attached to the order (beyond the SDK; see <see cref="AttachedOrderConfiguration.TriggerBracket"/>).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">A parameter is not valid; nothing is sent.</exception>
    /// <exception cref="OrderRejectedException">Advanced Trade refused the order.</exception>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders")]
    public virtual Task<CreateOrderResponse> LimitOrderGtcAsync(
        string? clientOrderId, string productId, OrderSide side, decimal baseSize, decimal limitPrice, bool postOnly = false,
        string? selfTradePreventionId = null, decimal? leverage = null, MarginType? marginType = null, string? retailPortfolioId = null,
        AttachedOrderConfiguration? attachedOrderConfiguration = null, CancellationToken cancellationToken = default)
        => CreateOrderAsync(clientOrderId, productId, side, OrderConfiguration.LimitGtc(limitPrice, baseSize, postOnly: postOnly), selfTradePreventionId, leverage, marginType, retailPortfolioId, previewId: null, attachedOrderConfiguration: attachedOrderConfiguration, cancellationToken: cancellationToken);

    /// <summary>Places a buy limit order, good till cancelled: <c>limit_limit_gtc</c> (the SDK's <c>limit_order_gtc_buy</c>).</summary>
    /// <inheritdoc cref="LimitOrderGtcAsync"/>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders")]
    public virtual Task<CreateOrderResponse> LimitOrderGtcBuyAsync(
        string? clientOrderId, string productId, decimal baseSize, decimal limitPrice, bool postOnly = false, string? selfTradePreventionId = null,
        decimal? leverage = null, MarginType? marginType = null, string? retailPortfolioId = null,
        AttachedOrderConfiguration? attachedOrderConfiguration = null, CancellationToken cancellationToken = default)
        => LimitOrderGtcAsync(clientOrderId, productId, OrderSide.Buy, baseSize, limitPrice, postOnly, selfTradePreventionId, leverage, marginType, retailPortfolioId, attachedOrderConfiguration, cancellationToken);

    /// <summary>Places a sell limit order, good till cancelled: <c>limit_limit_gtc</c> (the SDK's <c>limit_order_gtc_sell</c>).</summary>
    /// <inheritdoc cref="LimitOrderGtcAsync"/>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders")]
    public virtual Task<CreateOrderResponse> LimitOrderGtcSellAsync(
        string? clientOrderId, string productId, decimal baseSize, decimal limitPrice, bool postOnly = false, string? selfTradePreventionId = null,
        decimal? leverage = null, MarginType? marginType = null, string? retailPortfolioId = null,
        AttachedOrderConfiguration? attachedOrderConfiguration = null, CancellationToken cancellationToken = default)
        => LimitOrderGtcAsync(clientOrderId, productId, OrderSide.Sell, baseSize, limitPrice, postOnly, selfTradePreventionId, leverage, marginType, retailPortfolioId, attachedOrderConfiguration, cancellationToken);

    /// <summary>
    /// Places a limit order, good till <paramref name="endTime"/>: <c>limit_limit_gtd</c> (the SDK's <c>limit_order_gtd</c>) through <see cref="CreateOrderAsync"/>.
    /// </summary>
    /// <param name="clientOrderId">The caller's unique id for the order; null or empty generates one (32 hex digits, as the SDK does). Reusing an id guards against placing an order twice.</param>
    /// <param name="productId">Product, for example <c>BTC-USD</c>.</param>
    /// <param name="side">Buy or sell.</param>
    /// <param name="baseSize">Size in the base currency; positive.</param>
    /// <param name="limitPrice">Limit price; positive.</param>
    /// <param name="endTime">When the order expires; sent as RFC 3339 in UTC.</param>
    /// <param name="postOnly">Whether the order may only add liquidity (default false).</param>
    /// <param name="selfTradePreventionId">Self-trade prevention id.</param>
    /// <param name="leverage">Leverage of a derivatives order; positive.</param>
    /// <param name="marginType">Margin type of a derivatives order.</param>
    /// <param name="retailPortfolioId">Portfolio (deprecated by Coinbase: legacy keys only; a CDP key trades in its own portfolio).</param>
    /// <param name="attachedOrderConfiguration">A size-less take-profit/stop-loss bracket attached to the order (beyond the SDK; see <see cref="AttachedOrderConfiguration.TriggerBracket"/>).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">A parameter is not valid; nothing is sent.</exception>
    /// <exception cref="OrderRejectedException">Advanced Trade refused the order.</exception>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders")]
    public virtual Task<CreateOrderResponse> LimitOrderGtdAsync(
        string? clientOrderId, string productId, OrderSide side, decimal baseSize, decimal limitPrice, DateTimeOffset endTime, bool postOnly = false,
        string? selfTradePreventionId = null, decimal? leverage = null, MarginType? marginType = null, string? retailPortfolioId = null,
        AttachedOrderConfiguration? attachedOrderConfiguration = null, CancellationToken cancellationToken = default)
        => CreateOrderAsync(clientOrderId, productId, side, OrderConfiguration.LimitGtd(limitPrice, endTime, baseSize, postOnly: postOnly), selfTradePreventionId, leverage, marginType, retailPortfolioId, previewId: null, attachedOrderConfiguration: attachedOrderConfiguration, cancellationToken: cancellationToken);

    /// <summary>Places a buy limit order, good till <paramref name="endTime"/>: <c>limit_limit_gtd</c> (the SDK's <c>limit_order_gtd_buy</c>).</summary>
    /// <inheritdoc cref="LimitOrderGtdAsync"/>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders")]
    public virtual Task<CreateOrderResponse> LimitOrderGtdBuyAsync(
        string? clientOrderId, string productId, decimal baseSize, decimal limitPrice, DateTimeOffset endTime, bool postOnly = false,
        string? selfTradePreventionId = null, decimal? leverage = null, MarginType? marginType = null, string? retailPortfolioId = null,
        AttachedOrderConfiguration? attachedOrderConfiguration = null, CancellationToken cancellationToken = default)
        => LimitOrderGtdAsync(clientOrderId, productId, OrderSide.Buy, baseSize, limitPrice, endTime, postOnly, selfTradePreventionId, leverage, marginType, retailPortfolioId, attachedOrderConfiguration, cancellationToken);

    /// <summary>Places a sell limit order, good till <paramref name="endTime"/>: <c>limit_limit_gtd</c> (the SDK's <c>limit_order_gtd_sell</c>).</summary>
    /// <inheritdoc cref="LimitOrderGtdAsync"/>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders")]
    public virtual Task<CreateOrderResponse> LimitOrderGtdSellAsync(
        string? clientOrderId, string productId, decimal baseSize, decimal limitPrice, DateTimeOffset endTime, bool postOnly = false,
        string? selfTradePreventionId = null, decimal? leverage = null, MarginType? marginType = null, string? retailPortfolioId = null,
        AttachedOrderConfiguration? attachedOrderConfiguration = null, CancellationToken cancellationToken = default)
        => LimitOrderGtdAsync(clientOrderId, productId, OrderSide.Sell, baseSize, limitPrice, endTime, postOnly, selfTradePreventionId, leverage, marginType, retailPortfolioId, attachedOrderConfiguration, cancellationToken);

    /// <summary>
    /// Places a limit order, fill or kill: <c>limit_limit_fok</c> (the SDK's <c>limit_order_fok</c>) through <see cref="CreateOrderAsync"/>.
    /// </summary>
    /// <param name="clientOrderId">The caller's unique id for the order; null or empty generates one (32 hex digits, as the SDK does). Reusing an id guards against placing an order twice.</param>
    /// <param name="productId">Product, for example <c>BTC-USD</c>.</param>
    /// <param name="side">Buy or sell.</param>
    /// <param name="baseSize">Size in the base currency; positive.</param>
    /// <param name="limitPrice">Limit price; positive.</param>
    /// <param name="selfTradePreventionId">Self-trade prevention id.</param>
    /// <param name="leverage">Leverage of a derivatives order; positive.</param>
    /// <param name="marginType">Margin type of a derivatives order.</param>
    /// <param name="retailPortfolioId">Portfolio (deprecated by Coinbase: legacy keys only; a CDP key trades in its own portfolio).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">A parameter is not valid; nothing is sent.</exception>
    /// <exception cref="OrderRejectedException">Advanced Trade refused the order.</exception>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders")]
    public virtual Task<CreateOrderResponse> LimitOrderFokAsync(
        string? clientOrderId, string productId, OrderSide side, decimal baseSize, decimal limitPrice, string? selfTradePreventionId = null,
        decimal? leverage = null, MarginType? marginType = null, string? retailPortfolioId = null, CancellationToken cancellationToken = default)
        => CreateOrderAsync(clientOrderId, productId, side, OrderConfiguration.LimitFok(limitPrice, baseSize), selfTradePreventionId, leverage, marginType, retailPortfolioId, previewId: null, attachedOrderConfiguration: null, cancellationToken: cancellationToken);

    /// <summary>Places a buy limit order, fill or kill: <c>limit_limit_fok</c> (the SDK's <c>limit_order_fok_buy</c>).</summary>
    /// <inheritdoc cref="LimitOrderFokAsync"/>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders")]
    public virtual Task<CreateOrderResponse> LimitOrderFokBuyAsync(
        string? clientOrderId, string productId, decimal baseSize, decimal limitPrice, string? selfTradePreventionId = null,
        decimal? leverage = null, MarginType? marginType = null, string? retailPortfolioId = null, CancellationToken cancellationToken = default)
        => LimitOrderFokAsync(clientOrderId, productId, OrderSide.Buy, baseSize, limitPrice, selfTradePreventionId, leverage, marginType, retailPortfolioId, cancellationToken);

    /// <summary>Places a sell limit order, fill or kill: <c>limit_limit_fok</c> (the SDK's <c>limit_order_fok_sell</c>).</summary>
    /// <inheritdoc cref="LimitOrderFokAsync"/>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders")]
    public virtual Task<CreateOrderResponse> LimitOrderFokSellAsync(
        string? clientOrderId, string productId, decimal baseSize, decimal limitPrice, string? selfTradePreventionId = null,
        decimal? leverage = null, MarginType? marginType = null, string? retailPortfolioId = null, CancellationToken cancellationToken = default)
        => LimitOrderFokAsync(clientOrderId, productId, OrderSide.Sell, baseSize, limitPrice, selfTradePreventionId, leverage, marginType, retailPortfolioId, cancellationToken);

    /// <summary>
    /// Places a stop-limit order, good till cancelled: <c>stop_limit_stop_limit_gtc</c> (the SDK's <c>stop_limit_order_gtc</c>) through <see cref="CreateOrderAsync"/>.
    /// </summary>
    /// <param name="clientOrderId">The caller's unique id for the order; null or empty generates one (32 hex digits, as the SDK does). Reusing an id guards against placing an order twice.</param>
    /// <param name="productId">Product, for example <c>BTC-USD</c>.</param>
    /// <param name="side">Buy or sell.</param>
    /// <param name="baseSize">Size in the base currency; positive.</param>
    /// <param name="limitPrice">Limit price; positive.</param>
    /// <param name="stopPrice">Price that triggers the order; positive.</param>
    /// <param name="stopDirection">Whether the price must rise (<see cref="StopDirection.StopUp"/>) or fall (<see cref="StopDirection.StopDown"/>) to the stop price; required.</param>
    /// <param name="selfTradePreventionId">Self-trade prevention id.</param>
    /// <param name="leverage">Leverage of a derivatives order; positive.</param>
    /// <param name="marginType">Margin type of a derivatives order.</param>
    /// <param name="retailPortfolioId">Portfolio (deprecated by Coinbase: legacy keys only; a CDP key trades in its own portfolio).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">A parameter is not valid; nothing is sent.</exception>
    /// <exception cref="OrderRejectedException">Advanced Trade refused the order.</exception>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders")]
    public virtual Task<CreateOrderResponse> StopLimitOrderGtcAsync(
        string? clientOrderId, string productId, OrderSide side, decimal baseSize, decimal limitPrice, decimal stopPrice,
        StopDirection stopDirection, string? selfTradePreventionId = null, decimal? leverage = null, MarginType? marginType = null,
        string? retailPortfolioId = null, CancellationToken cancellationToken = default)
        => CreateOrderAsync(clientOrderId, productId, side, OrderConfiguration.StopLimitGtc(baseSize, limitPrice, stopPrice, stopDirection), selfTradePreventionId, leverage, marginType, retailPortfolioId, previewId: null, attachedOrderConfiguration: null, cancellationToken: cancellationToken);

    /// <summary>Places a buy stop-limit order, good till cancelled: <c>stop_limit_stop_limit_gtc</c> (the SDK's <c>stop_limit_order_gtc_buy</c>).</summary>
    /// <inheritdoc cref="StopLimitOrderGtcAsync"/>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders")]
    public virtual Task<CreateOrderResponse> StopLimitOrderGtcBuyAsync(
        string? clientOrderId, string productId, decimal baseSize, decimal limitPrice, decimal stopPrice, StopDirection stopDirection,
        string? selfTradePreventionId = null, decimal? leverage = null, MarginType? marginType = null, string? retailPortfolioId = null,
        CancellationToken cancellationToken = default)
        => StopLimitOrderGtcAsync(clientOrderId, productId, OrderSide.Buy, baseSize, limitPrice, stopPrice, stopDirection, selfTradePreventionId, leverage, marginType, retailPortfolioId, cancellationToken);

    /// <summary>Places a sell stop-limit order, good till cancelled: <c>stop_limit_stop_limit_gtc</c> (the SDK's <c>stop_limit_order_gtc_sell</c>).</summary>
    /// <inheritdoc cref="StopLimitOrderGtcAsync"/>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders")]
    public virtual Task<CreateOrderResponse> StopLimitOrderGtcSellAsync(
        string? clientOrderId, string productId, decimal baseSize, decimal limitPrice, decimal stopPrice, StopDirection stopDirection,
        string? selfTradePreventionId = null, decimal? leverage = null, MarginType? marginType = null, string? retailPortfolioId = null,
        CancellationToken cancellationToken = default)
        => StopLimitOrderGtcAsync(clientOrderId, productId, OrderSide.Sell, baseSize, limitPrice, stopPrice, stopDirection, selfTradePreventionId, leverage, marginType, retailPortfolioId, cancellationToken);

    /// <summary>
    /// Places a stop-limit order, good till <paramref name="endTime"/>: <c>stop_limit_stop_limit_gtd</c> (the SDK's <c>stop_limit_order_gtd</c>) through <see cref="CreateOrderAsync"/>.
    /// </summary>
    /// <param name="clientOrderId">The caller's unique id for the order; null or empty generates one (32 hex digits, as the SDK does). Reusing an id guards against placing an order twice.</param>
    /// <param name="productId">Product, for example <c>BTC-USD</c>.</param>
    /// <param name="side">Buy or sell.</param>
    /// <param name="baseSize">Size in the base currency; positive.</param>
    /// <param name="limitPrice">Limit price; positive.</param>
    /// <param name="stopPrice">Price that triggers the order; positive.</param>
    /// <param name="endTime">When the order expires; sent as RFC 3339 in UTC.</param>
    /// <param name="stopDirection">Whether the price must rise (<see cref="StopDirection.StopUp"/>) or fall (<see cref="StopDirection.StopDown"/>) to the stop price; required.</param>
    /// <param name="selfTradePreventionId">Self-trade prevention id.</param>
    /// <param name="leverage">Leverage of a derivatives order; positive.</param>
    /// <param name="marginType">Margin type of a derivatives order.</param>
    /// <param name="retailPortfolioId">Portfolio (deprecated by Coinbase: legacy keys only; a CDP key trades in its own portfolio).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">A parameter is not valid; nothing is sent.</exception>
    /// <exception cref="OrderRejectedException">Advanced Trade refused the order.</exception>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders")]
    public virtual Task<CreateOrderResponse> StopLimitOrderGtdAsync(
        string? clientOrderId, string productId, OrderSide side, decimal baseSize, decimal limitPrice, decimal stopPrice, DateTimeOffset endTime,
        StopDirection stopDirection, string? selfTradePreventionId = null, decimal? leverage = null, MarginType? marginType = null,
        string? retailPortfolioId = null, CancellationToken cancellationToken = default)
        => CreateOrderAsync(clientOrderId, productId, side, OrderConfiguration.StopLimitGtd(baseSize, limitPrice, stopPrice, endTime, stopDirection), selfTradePreventionId, leverage, marginType, retailPortfolioId, previewId: null, attachedOrderConfiguration: null, cancellationToken: cancellationToken);

    /// <summary>Places a buy stop-limit order, good till <paramref name="endTime"/>: <c>stop_limit_stop_limit_gtd</c> (the SDK's <c>stop_limit_order_gtd_buy</c>).</summary>
    /// <inheritdoc cref="StopLimitOrderGtdAsync"/>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders")]
    public virtual Task<CreateOrderResponse> StopLimitOrderGtdBuyAsync(
        string? clientOrderId, string productId, decimal baseSize, decimal limitPrice, decimal stopPrice, DateTimeOffset endTime,
        StopDirection stopDirection, string? selfTradePreventionId = null, decimal? leverage = null, MarginType? marginType = null,
        string? retailPortfolioId = null, CancellationToken cancellationToken = default)
        => StopLimitOrderGtdAsync(clientOrderId, productId, OrderSide.Buy, baseSize, limitPrice, stopPrice, endTime, stopDirection, selfTradePreventionId, leverage, marginType, retailPortfolioId, cancellationToken);

    /// <summary>Places a sell stop-limit order, good till <paramref name="endTime"/>: <c>stop_limit_stop_limit_gtd</c> (the SDK's <c>stop_limit_order_gtd_sell</c>).</summary>
    /// <inheritdoc cref="StopLimitOrderGtdAsync"/>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders")]
    public virtual Task<CreateOrderResponse> StopLimitOrderGtdSellAsync(
        string? clientOrderId, string productId, decimal baseSize, decimal limitPrice, decimal stopPrice, DateTimeOffset endTime,
        StopDirection stopDirection, string? selfTradePreventionId = null, decimal? leverage = null, MarginType? marginType = null,
        string? retailPortfolioId = null, CancellationToken cancellationToken = default)
        => StopLimitOrderGtdAsync(clientOrderId, productId, OrderSide.Sell, baseSize, limitPrice, stopPrice, endTime, stopDirection, selfTradePreventionId, leverage, marginType, retailPortfolioId, cancellationToken);

    /// <summary>
    /// Places a bracket order, good till cancelled: a take-profit limit and a stop-loss trigger: <c>trigger_bracket_gtc</c> (the SDK's <c>trigger_bracket_order_gtc</c>) through <see cref="CreateOrderAsync"/>.
    /// </summary>
    /// <param name="clientOrderId">The caller's unique id for the order; null or empty generates one (32 hex digits, as the SDK does). Reusing an id guards against placing an order twice.</param>
    /// <param name="productId">Product, for example <c>BTC-USD</c>.</param>
    /// <param name="side">Buy or sell.</param>
    /// <param name="baseSize">Size in the base currency; positive.</param>
    /// <param name="limitPrice">Limit price; positive.</param>
    /// <param name="stopTriggerPrice">Price that triggers the stop-loss leg; positive.</param>
    /// <param name="selfTradePreventionId">Self-trade prevention id.</param>
    /// <param name="leverage">Leverage of a derivatives order; positive.</param>
    /// <param name="marginType">Margin type of a derivatives order.</param>
    /// <param name="retailPortfolioId">Portfolio (deprecated by Coinbase: legacy keys only; a CDP key trades in its own portfolio).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">A parameter is not valid; nothing is sent.</exception>
    /// <exception cref="OrderRejectedException">Advanced Trade refused the order.</exception>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders")]
    public virtual Task<CreateOrderResponse> TriggerBracketOrderGtcAsync(
        string? clientOrderId, string productId, OrderSide side, decimal baseSize, decimal limitPrice, decimal stopTriggerPrice,
        string? selfTradePreventionId = null, decimal? leverage = null, MarginType? marginType = null, string? retailPortfolioId = null,
        CancellationToken cancellationToken = default)
        => CreateOrderAsync(clientOrderId, productId, side, OrderConfiguration.BracketGtc(baseSize, limitPrice, stopTriggerPrice), selfTradePreventionId, leverage, marginType, retailPortfolioId, previewId: null, attachedOrderConfiguration: null, cancellationToken: cancellationToken);

    /// <summary>Places a buy bracket order, good till cancelled: a take-profit limit and a stop-loss trigger: <c>trigger_bracket_gtc</c> (the SDK's <c>trigger_bracket_order_gtc_buy</c>).</summary>
    /// <inheritdoc cref="TriggerBracketOrderGtcAsync"/>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders")]
    public virtual Task<CreateOrderResponse> TriggerBracketOrderGtcBuyAsync(
        string? clientOrderId, string productId, decimal baseSize, decimal limitPrice, decimal stopTriggerPrice,
        string? selfTradePreventionId = null, decimal? leverage = null, MarginType? marginType = null, string? retailPortfolioId = null,
        CancellationToken cancellationToken = default)
        => TriggerBracketOrderGtcAsync(clientOrderId, productId, OrderSide.Buy, baseSize, limitPrice, stopTriggerPrice, selfTradePreventionId, leverage, marginType, retailPortfolioId, cancellationToken);

    /// <summary>Places a sell bracket order, good till cancelled: a take-profit limit and a stop-loss trigger: <c>trigger_bracket_gtc</c> (the SDK's <c>trigger_bracket_order_gtc_sell</c>).</summary>
    /// <inheritdoc cref="TriggerBracketOrderGtcAsync"/>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders")]
    public virtual Task<CreateOrderResponse> TriggerBracketOrderGtcSellAsync(
        string? clientOrderId, string productId, decimal baseSize, decimal limitPrice, decimal stopTriggerPrice,
        string? selfTradePreventionId = null, decimal? leverage = null, MarginType? marginType = null, string? retailPortfolioId = null,
        CancellationToken cancellationToken = default)
        => TriggerBracketOrderGtcAsync(clientOrderId, productId, OrderSide.Sell, baseSize, limitPrice, stopTriggerPrice, selfTradePreventionId, leverage, marginType, retailPortfolioId, cancellationToken);

    /// <summary>
    /// Places a bracket order, good till <paramref name="endTime"/>: <c>trigger_bracket_gtd</c> (the SDK's <c>trigger_bracket_order_gtd</c>) through <see cref="CreateOrderAsync"/>.
    /// </summary>
    /// <param name="clientOrderId">The caller's unique id for the order; null or empty generates one (32 hex digits, as the SDK does). Reusing an id guards against placing an order twice.</param>
    /// <param name="productId">Product, for example <c>BTC-USD</c>.</param>
    /// <param name="side">Buy or sell.</param>
    /// <param name="baseSize">Size in the base currency; positive.</param>
    /// <param name="limitPrice">Limit price; positive.</param>
    /// <param name="stopTriggerPrice">Price that triggers the stop-loss leg; positive.</param>
    /// <param name="endTime">When the order expires; sent as RFC 3339 in UTC.</param>
    /// <param name="selfTradePreventionId">Self-trade prevention id.</param>
    /// <param name="leverage">Leverage of a derivatives order; positive.</param>
    /// <param name="marginType">Margin type of a derivatives order.</param>
    /// <param name="retailPortfolioId">Portfolio (deprecated by Coinbase: legacy keys only; a CDP key trades in its own portfolio).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">A parameter is not valid; nothing is sent.</exception>
    /// <exception cref="OrderRejectedException">Advanced Trade refused the order.</exception>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders")]
    public virtual Task<CreateOrderResponse> TriggerBracketOrderGtdAsync(
        string? clientOrderId, string productId, OrderSide side, decimal baseSize, decimal limitPrice, decimal stopTriggerPrice,
        DateTimeOffset endTime, string? selfTradePreventionId = null, decimal? leverage = null, MarginType? marginType = null,
        string? retailPortfolioId = null, CancellationToken cancellationToken = default)
        => CreateOrderAsync(clientOrderId, productId, side, OrderConfiguration.BracketGtd(baseSize, limitPrice, stopTriggerPrice, endTime), selfTradePreventionId, leverage, marginType, retailPortfolioId, previewId: null, attachedOrderConfiguration: null, cancellationToken: cancellationToken);

    /// <summary>Places a buy bracket order, good till <paramref name="endTime"/>: <c>trigger_bracket_gtd</c> (the SDK's <c>trigger_bracket_order_gtd_buy</c>).</summary>
    /// <inheritdoc cref="TriggerBracketOrderGtdAsync"/>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders")]
    public virtual Task<CreateOrderResponse> TriggerBracketOrderGtdBuyAsync(
        string? clientOrderId, string productId, decimal baseSize, decimal limitPrice, decimal stopTriggerPrice, DateTimeOffset endTime,
        string? selfTradePreventionId = null, decimal? leverage = null, MarginType? marginType = null, string? retailPortfolioId = null,
        CancellationToken cancellationToken = default)
        => TriggerBracketOrderGtdAsync(clientOrderId, productId, OrderSide.Buy, baseSize, limitPrice, stopTriggerPrice, endTime, selfTradePreventionId, leverage, marginType, retailPortfolioId, cancellationToken);

    /// <summary>Places a sell bracket order, good till <paramref name="endTime"/>: <c>trigger_bracket_gtd</c> (the SDK's <c>trigger_bracket_order_gtd_sell</c>).</summary>
    /// <inheritdoc cref="TriggerBracketOrderGtdAsync"/>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders")]
    public virtual Task<CreateOrderResponse> TriggerBracketOrderGtdSellAsync(
        string? clientOrderId, string productId, decimal baseSize, decimal limitPrice, decimal stopTriggerPrice, DateTimeOffset endTime,
        string? selfTradePreventionId = null, decimal? leverage = null, MarginType? marginType = null, string? retailPortfolioId = null,
        CancellationToken cancellationToken = default)
        => TriggerBracketOrderGtdAsync(clientOrderId, productId, OrderSide.Sell, baseSize, limitPrice, stopTriggerPrice, endTime, selfTradePreventionId, leverage, marginType, retailPortfolioId, cancellationToken);

    /// <summary>
    /// Places a market order, fill or kill: <c>market_market_fok</c> (beyond the SDK, which has no helper for it) through <see cref="CreateOrderAsync"/>.
    /// Give exactly one of <paramref name="quoteSize"/> and <paramref name="baseSize"/>.
    /// </summary>
    /// <param name="clientOrderId">The caller's unique id for the order; null or empty generates one (32 hex digits, as the SDK does). Reusing an id guards against placing an order twice.</param>
    /// <param name="productId">Product, for example <c>BTC-USD</c>.</param>
    /// <param name="side">Buy or sell.</param>
    /// <param name="quoteSize">Amount of the quote currency to spend; give this or <paramref name="baseSize"/>, positive.</param>
    /// <param name="baseSize">Size in the base currency; give this or <paramref name="quoteSize"/>, positive.</param>
    /// <param name="selfTradePreventionId">Self-trade prevention id.</param>
    /// <param name="leverage">Leverage of a derivatives order; positive.</param>
    /// <param name="marginType">Margin type of a derivatives order.</param>
    /// <param name="retailPortfolioId">Portfolio (deprecated by Coinbase: legacy keys only; a CDP key trades in its own portfolio).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">A parameter is not valid; nothing is sent.</exception>
    /// <exception cref="OrderRejectedException">Advanced Trade refused the order.</exception>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders")]
    public virtual Task<CreateOrderResponse> MarketOrderFokAsync(
        string? clientOrderId, string productId, OrderSide side, decimal? quoteSize = null, decimal? baseSize = null,
        string? selfTradePreventionId = null, decimal? leverage = null, MarginType? marginType = null, string? retailPortfolioId = null,
        CancellationToken cancellationToken = default)
        => CreateOrderAsync(clientOrderId, productId, side, OrderConfiguration.MarketFok(quoteSize, baseSize), selfTradePreventionId, leverage, marginType, retailPortfolioId, previewId: null, attachedOrderConfiguration: null, cancellationToken: cancellationToken);

    /// <summary>Places a buy market order, fill or kill: <c>market_market_fok</c> (beyond the SDK).</summary>
    /// <inheritdoc cref="MarketOrderFokAsync"/>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders")]
    public virtual Task<CreateOrderResponse> MarketOrderFokBuyAsync(
        string? clientOrderId, string productId, decimal? quoteSize = null, decimal? baseSize = null, string? selfTradePreventionId = null,
        decimal? leverage = null, MarginType? marginType = null, string? retailPortfolioId = null, CancellationToken cancellationToken = default)
        => MarketOrderFokAsync(clientOrderId, productId, OrderSide.Buy, quoteSize, baseSize, selfTradePreventionId, leverage, marginType, retailPortfolioId, cancellationToken);

    /// <summary>Places a sell market order, fill or kill: <c>market_market_fok</c> (beyond the SDK). It takes a base size only, as the SDK's <c>market_order_sell</c> does.</summary>
    /// <inheritdoc cref="MarketOrderFokAsync"/>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders")]
    public virtual Task<CreateOrderResponse> MarketOrderFokSellAsync(
        string? clientOrderId, string productId, decimal baseSize, string? selfTradePreventionId = null, decimal? leverage = null,
        MarginType? marginType = null, string? retailPortfolioId = null, CancellationToken cancellationToken = default)
        => MarketOrderFokAsync(clientOrderId, productId, OrderSide.Sell, null, baseSize, selfTradePreventionId, leverage, marginType, retailPortfolioId, cancellationToken);

    /// <summary>
    /// Places a time-weighted average price order: limit slices from <paramref name="startTime"/> to <paramref name="endTime"/>: <c>twap_limit_gtd</c> (beyond the SDK, which has no helper for it) through <see cref="CreateOrderAsync"/>.
    /// </summary>
    /// <param name="clientOrderId">The caller's unique id for the order; null or empty generates one (32 hex digits, as the SDK does). Reusing an id guards against placing an order twice.</param>
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
    /// <param name="selfTradePreventionId">Self-trade prevention id.</param>
    /// <param name="leverage">Leverage of a derivatives order; positive.</param>
    /// <param name="marginType">Margin type of a derivatives order.</param>
    /// <param name="retailPortfolioId">Portfolio (deprecated by Coinbase: legacy keys only; a CDP key trades in its own portfolio).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">A parameter is not valid; nothing is sent.</exception>
    /// <exception cref="OrderRejectedException">Advanced Trade refused the order.</exception>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders")]
    public virtual Task<CreateOrderResponse> TwapLimitGtdAsync(
        string? clientOrderId, string productId, OrderSide side, decimal limitPrice, DateTimeOffset startTime, DateTimeOffset endTime,
        long numberBuckets, decimal? baseSize = null, decimal? quoteSize = null, decimal? bucketSize = null, TimeSpan? bucketDuration = null,
        string? selfTradePreventionId = null, decimal? leverage = null, MarginType? marginType = null, string? retailPortfolioId = null,
        CancellationToken cancellationToken = default)
        => CreateOrderAsync(clientOrderId, productId, side, OrderConfiguration.TwapGtd(limitPrice, startTime, endTime, numberBuckets, baseSize, quoteSize, bucketSize, bucketDuration), selfTradePreventionId, leverage, marginType, retailPortfolioId, previewId: null, attachedOrderConfiguration: null, cancellationToken: cancellationToken);

    /// <summary>Places a buy time-weighted average price order: limit slices from <paramref name="startTime"/> to <paramref name="endTime"/>: <c>twap_limit_gtd</c> (beyond the SDK).</summary>
    /// <inheritdoc cref="TwapLimitGtdAsync"/>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders")]
    public virtual Task<CreateOrderResponse> TwapLimitGtdBuyAsync(
        string? clientOrderId, string productId, decimal limitPrice, DateTimeOffset startTime, DateTimeOffset endTime, long numberBuckets,
        decimal? baseSize = null, decimal? quoteSize = null, decimal? bucketSize = null, TimeSpan? bucketDuration = null,
        string? selfTradePreventionId = null, decimal? leverage = null, MarginType? marginType = null, string? retailPortfolioId = null,
        CancellationToken cancellationToken = default)
        => TwapLimitGtdAsync(clientOrderId, productId, OrderSide.Buy, limitPrice, startTime, endTime, numberBuckets, baseSize, quoteSize, bucketSize, bucketDuration, selfTradePreventionId, leverage, marginType, retailPortfolioId, cancellationToken);

    /// <summary>Places a sell time-weighted average price order: limit slices from <paramref name="startTime"/> to <paramref name="endTime"/>: <c>twap_limit_gtd</c> (beyond the SDK).</summary>
    /// <inheritdoc cref="TwapLimitGtdAsync"/>
    [CoinbaseEndpoint("POST", "/api/v3/brokerage/orders")]
    public virtual Task<CreateOrderResponse> TwapLimitGtdSellAsync(
        string? clientOrderId, string productId, decimal limitPrice, DateTimeOffset startTime, DateTimeOffset endTime, long numberBuckets,
        decimal? baseSize = null, decimal? quoteSize = null, decimal? bucketSize = null, TimeSpan? bucketDuration = null,
        string? selfTradePreventionId = null, decimal? leverage = null, MarginType? marginType = null, string? retailPortfolioId = null,
        CancellationToken cancellationToken = default)
        => TwapLimitGtdAsync(clientOrderId, productId, OrderSide.Sell, limitPrice, startTime, endTime, numberBuckets, baseSize, quoteSize, bucketSize, bucketDuration, selfTradePreventionId, leverage, marginType, retailPortfolioId, cancellationToken);
}
