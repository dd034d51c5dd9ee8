namespace CoPrA.Sandbox.AdvancedTrade.Feed;

/// <summary>
/// The Advanced Trade feed's channels: which endpoint serves which, which need a JWT, which need
/// product ids, and the name their messages carry (level2 arrives as <c>l2_data</c>).
/// </summary>
internal static class AdvancedTradeChannels
{
    public const string Heartbeats = "heartbeats";
    public const string Candles = "candles";
    public const string Status = "status";
    public const string Ticker = "ticker";
    public const string TickerBatch = "ticker_batch";
    public const string Level2 = "level2";
    public const string MarketTrades = "market_trades";
    public const string User = "user";
    public const string FuturesBalanceSummary = "futures_balance_summary";

    /// <summary>The channel confirmations arrive on.</summary>
    public const string Subscriptions = "subscriptions";

    /// <summary>The channel name level2 messages carry.</summary>
    public const string Level2Data = "l2_data";

    private static readonly string[] UserData = [Heartbeats, User, FuturesBalanceSummary];

    private static readonly string[] MarketData = [Heartbeats, Candles, Status, Ticker, TickerBatch, Level2, MarketTrades, User, FuturesBalanceSummary];

    /// <summary>Whether an endpoint serves a channel. The market-data one serves the user channels too (the documented failover).</summary>
    public static bool IsServed(string channel, bool userEndpoint) => (userEndpoint ? UserData : MarketData).Contains(channel);

    /// <summary>The channels an endpoint serves, for error messages.</summary>
    public static string Served(bool userEndpoint) => string.Join(", ", userEndpoint ? UserData : MarketData);

    /// <summary>Channels that need a verified JWT.</summary>
    public static bool RequiresJwt(string channel) => channel is User or FuturesBalanceSummary;

    /// <summary>Channels that need product ids; the others take none or treat none as all.</summary>
    public static bool RequiresProducts(string channel) => channel is Candles or Ticker or TickerBatch or Level2 or MarketTrades;

    /// <summary>Channels subscribed without products (their product ids, if any, are ignored).</summary>
    public static bool IsProductless(string channel) => channel is Heartbeats or FuturesBalanceSummary;

    /// <summary>The channel name a subscription's messages carry.</summary>
    public static string MessageChannel(string channel) => channel == Level2 ? Level2Data : channel;
}
