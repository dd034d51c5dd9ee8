using CoPrA.WebSocket;

namespace CoPrA.AdvancedTrade;

/// <summary>Settings of an <see cref="AdvancedTradeWebSocketClient"/>. Checked when the client is created.</summary>
public sealed class AdvancedTradeWebSocketClientOptions : FeedClientOptions
{
    /// <summary>
    /// The market-data host (every channel but <c>user</c> and <c>futures_balance_summary</c>);
    /// <see cref="AdvancedTradeWebSocketClient.ProductionMarketDataUrl"/> by default. <c>ws://</c> or <c>wss://</c>.
    /// </summary>
    public string MarketDataUrl { get; set; } = AdvancedTradeWebSocketClient.ProductionMarketDataUrl;

    /// <summary>
    /// The user-data host (<c>user</c> and <c>futures_balance_summary</c>);
    /// <see cref="AdvancedTradeWebSocketClient.ProductionUserDataUrl"/> by default. <c>ws://</c> or <c>wss://</c>.
    /// </summary>
    public string UserDataUrl { get; set; } = AdvancedTradeWebSocketClient.ProductionUserDataUrl;

    /// <summary>
    /// The CDP API key whose fresh JWT goes in every subscribe and unsubscribe frame; null for
    /// public market data only (the user-data channels then cannot be subscribed).
    /// </summary>
    public CdpApiKey? ApiKey { get; set; }

    /// <summary>
    /// The Advanced Trade session to share with REST clients of the same key: its JWT signer and
    /// clock offset (learned by <see cref="AdvancedTradeClient.SyncTimeAsync"/>) sign the frames.
    /// Null (the default) gives the client a session of its own made from <see cref="ApiKey"/> and
    /// <see cref="FeedClientOptions.TimeProvider"/>; with a session, those must be left unset or agree with it.
    /// </summary>
    public CoinbaseSession? Session { get; set; }

    /// <summary>A name for this client in logs.</summary>
    public override string Name { get; set; } = "Advanced Trade WebSocket Client";
}
