using Microsoft.Extensions.Logging;

namespace CoPrA.WebSocket;

/// <summary>Settings of a <see cref="WebSocketClient"/>. Checked when the client is created.</summary>
public sealed class WebSocketClientOptions
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

    /// <summary>
    /// Reconnect and resubscribe after any loss of the connection other than <see cref="WebSocketClient.CloseAsync"/>:
    /// a drop, a close from the server, a refused handshake or connect, or an idle timeout. On by default.
    /// </summary>
    public bool AutoReconnect { get; set; } = true;

    /// <summary>Delay before the first reconnect attempt of an outage; it doubles with each failure. 1 second by default.</summary>
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The cap on reconnect delays. 30 seconds by default.</summary>
    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Random spread of each reconnect delay, as a fraction from 0 to 1: 0.2 means ±20 %, so that many
    /// clients dropped at once do not come back in step. 0.2 by default.
    /// </summary>
    public double ReconnectJitter { get; set; } = 0.2;

    /// <summary>
    /// A connection on which nothing arrives for this long is taken as dead and replaced. 30 seconds by
    /// default; <see cref="Timeout.InfiniteTimeSpan"/> turns it off. Subscribe to <c>heartbeat</c>
    /// (one message per second per product) so that a quiet product does not look dead.
    /// </summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How often the client sends a WebSocket ping (a control frame, not a feed message), so that a
    /// dead TCP path is found even on a channel that is quiet for long. 20 seconds by default;
    /// <see cref="TimeSpan.Zero"/> or <see cref="Timeout.InfiniteTimeSpan"/> sends none.
    /// </summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// How long the client waits for the server's pong to each keep-alive ping before it drops the
    /// connection (which then reconnects). 10 seconds by default; <see cref="Timeout.InfiniteTimeSpan"/>
    /// sends unanswered pongs instead of pings, which keep the path open but find nothing dead.
    /// </summary>
    public TimeSpan KeepAliveTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Time allowed for the TCP connect and WebSocket handshake. 10 seconds by default.</summary>
    public TimeSpan HandshakeTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Time <see cref="WebSocketClient.CloseAsync"/> waits for the server to answer the close frame before dropping the connection. 5 seconds by default.</summary>
    public TimeSpan CloseTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A name for this client in logs, as CoPrA's <c>name</c>.</summary>
    public string Name { get; set; } = "WebSocket Client";

    /// <summary>Clock for signing timestamps, reconnect delays and the idle timeout; <see cref="TimeProvider.System"/> when null.</summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>Logger for connects, reconnects, closes, callback exceptions, gaps and dropped messages. Secrets are never logged.</summary>
    public ILogger? Logger { get; set; }

    /// <summary>
    /// Messages held for <see cref="WebSocketClient.ReadAllAsync"/> when the reader falls behind; when
    /// full, see <see cref="ReceiveQueueFullMode"/>. 10,000 by default.
    /// </summary>
    public int ReceiveQueueCapacity { get; set; } = 10_000;

    /// <summary>
    /// What happens when the <see cref="WebSocketClient.ReadAllAsync"/> queue is full:
    /// <see cref="FeedQueueFullMode.DropOldest"/> (the default) drops the oldest message and reports
    /// it as a gap; <see cref="FeedQueueFullMode.Wait"/> holds the receive loop until the reader has
    /// made room, at the risk of the server disconnecting a slow client.
    /// </summary>
    public FeedQueueFullMode ReceiveQueueFullMode { get; set; } = FeedQueueFullMode.DropOldest;
}
