namespace CoPrA.WebSocket;

/// <summary>Settings of a <see cref="WebSocketClient"/>. Checked when the client is created.</summary>
public sealed class WebSocketClientOptions : FeedClientOptions
{
    /// <summary>The feed to connect to; <see cref="WebSocketClient.ProductionFeedUrl"/> by default. <c>ws://</c> or <c>wss://</c>.</summary>
    public string FeedUrl { get; set; } = WebSocketClient.ProductionFeedUrl;

    /// <summary>
    /// The API key that signs every subscribe and unsubscribe frame; null for an unauthenticated
    /// feed (channels <c>full</c>, <c>level2</c>, <c>level3</c>, <c>user</c>, <c>balance</c> and <c>rfq_matches</c> need one).
    /// </summary>
    public Credentials? Credentials { get; set; }

    /// <summary>
    /// The session to share with REST clients and other feeds of the same key: its signer and clock
    /// offset (learned by <see cref="Rest.RestClient.SyncTimeAsync"/> on any client of the session)
    /// sign the subscriptions, and its clock is the client's. Null (the default) gives the client a
    /// session of its own made from <see cref="Credentials"/> and <see cref="TimeProvider"/>. With a
    /// session, those two must be left unset or agree with it, else the client's constructor throws
    /// <see cref="ArgumentException"/> naming the option.
    /// </summary>
    public CoinbaseSession? Session { get; set; }

    /// <summary>A name for this client in logs, as CoPrA's <c>name</c>.</summary>
    public override string Name { get; set; } = "WebSocket Client";
}
