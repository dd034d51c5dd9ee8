using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoPrA.WebSocket;

/// <summary>
/// The connection settings every feed client shares (<see cref="WebSocketClientOptions"/> and
/// <see cref="AdvancedTrade.AdvancedTradeWebSocketClientOptions"/>): reconnects, idle detection,
/// keep-alive, timeouts, the ReadAllAsync queue, logging and the clock. Checked when the client is created.
/// </summary>
public abstract class FeedClientOptions
{
    // Only this library's clients have options.
    private protected FeedClientOptions()
    {
    }

    /// <summary>A name for this client in logs.</summary>
    public abstract string Name { get; set; }

    /// <summary>
    /// Reconnect and resubscribe after any loss of the connection other than the client's <c>CloseAsync</c>:
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

    /// <summary>Time the client's <c>CloseAsync</c> waits for the server to answer the close frame before dropping the connection. 5 seconds by default.</summary>
    public TimeSpan CloseTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Clock for signing timestamps, reconnect delays and the idle timeout; <see cref="TimeProvider.System"/> when null.</summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>Logger for connects, reconnects, closes, callback exceptions, gaps and dropped messages. Secrets are never logged.</summary>
    public ILogger? Logger { get; set; }

    /// <summary>
    /// Messages held for the client's <c>ReadAllAsync</c> when the reader falls behind; when
    /// full, see <see cref="ReceiveQueueFullMode"/>. 10,000 by default.
    /// </summary>
    public int ReceiveQueueCapacity { get; set; } = 10_000;

    /// <summary>
    /// What happens when the the client's <c>ReadAllAsync</c> queue is full:
    /// <see cref="FeedQueueFullMode.DropOldest"/> (the default) drops the oldest message and reports
    /// it as a gap; <see cref="FeedQueueFullMode.Wait"/> holds the receive loop until the reader has
    /// made room, at the risk of the server disconnecting a slow client.
    /// </summary>
    public FeedQueueFullMode ReceiveQueueFullMode { get; set; } = FeedQueueFullMode.DropOldest;

    /// <summary>A feed URL option as a URI: absolute, <c>ws</c> or <c>wss</c>.</summary>
    /// <param name="url">The option's value.</param>
    /// <param name="option">The option's name, for the message.</param>
    /// <param name="paramName">The options parameter of the client's constructor.</param>
    /// <exception cref="ArgumentException">The URL is not an absolute ws or wss URL.</exception>
    internal static Uri CheckUrl(string? url, string option, string paramName)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != "wss" && uri.Scheme != "ws"))
        {
            throw new ArgumentException($"{option} must be an absolute ws or wss URL, got '{url}'.", paramName);
        }

        return uri;
    }

    /// <summary>Checks the shared settings; the exception names <paramref name="paramName"/>.</summary>
    /// <param name="paramName">The options parameter of the client's constructor.</param>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    internal void CheckConnectionSettings(string paramName)
    {
        CheckPositive(ReconnectDelay, nameof(ReconnectDelay));
        CheckPositive(MaxReconnectDelay, nameof(MaxReconnectDelay));
        CheckPositive(HandshakeTimeout, nameof(HandshakeTimeout));
        CheckPositive(CloseTimeout, nameof(CloseTimeout));
        if (IdleTimeout != Timeout.InfiniteTimeSpan)
        {
            CheckPositive(IdleTimeout, nameof(IdleTimeout));
        }

        if (KeepAliveInterval != Timeout.InfiniteTimeSpan && KeepAliveInterval != TimeSpan.Zero)
        {
            CheckPositive(KeepAliveInterval, nameof(KeepAliveInterval));
        }

        if (KeepAliveTimeout != Timeout.InfiniteTimeSpan)
        {
            CheckPositive(KeepAliveTimeout, nameof(KeepAliveTimeout));
        }

        if (MaxReconnectDelay < ReconnectDelay)
        {
            throw new ArgumentException("MaxReconnectDelay must not be less than ReconnectDelay.", paramName);
        }

        if (!(ReconnectJitter is >= 0 and <= 1))
        {
            throw new ArgumentException("ReconnectJitter must be between 0 and 1.", paramName);
        }

        if (ReceiveQueueCapacity < 1)
        {
            throw new ArgumentException("ReceiveQueueCapacity must be at least 1.", paramName);
        }

        if (!Enum.IsDefined(ReceiveQueueFullMode))
        {
            throw new ArgumentException($"ReceiveQueueFullMode must be DropOldest or Wait, got {ReceiveQueueFullMode}.", paramName);
        }

        ArgumentNullException.ThrowIfNull(Name, paramName);

        void CheckPositive(TimeSpan value, string name)
        {
            if (value <= TimeSpan.Zero)
            {
                throw new ArgumentException($"{name} must be positive, got {value}.", paramName);
            }
        }
    }

    /// <summary>The settings of one connection core to <paramref name="endpoint"/>.</summary>
    /// <param name="endpoint">The checked URL.</param>
    /// <param name="timeProvider">The session's clock.</param>
    /// <param name="name">The core's name in logs; <see cref="Name"/> when null.</param>
    internal FeedConnectionSettings ToSettings(Uri endpoint, TimeProvider timeProvider, string? name = null) => new()
    {
        Endpoint = endpoint,
        Name = name ?? Name,
        Logger = Logger ?? NullLogger.Instance,
        TimeProvider = timeProvider,
        AutoReconnect = AutoReconnect,
        ReconnectDelay = ReconnectDelay,
        MaxReconnectDelay = MaxReconnectDelay,
        ReconnectJitter = ReconnectJitter,
        IdleTimeout = IdleTimeout,
        HandshakeTimeout = HandshakeTimeout,
        CloseTimeout = CloseTimeout,
        KeepAliveInterval = KeepAliveInterval,
        KeepAliveTimeout = KeepAliveTimeout,
        QueueCapacity = ReceiveQueueCapacity,
        QueueFullMode = ReceiveQueueFullMode,
    };
}
