using Microsoft.Extensions.Logging;

namespace CoPrA.WebSocket;

/// <summary>
/// How one connection core runs, checked by the feed client that builds it: the endpoint (one URI
/// per core, so a feed that uses several hosts runs a core per host), timeouts, backoff, queue.
/// </summary>
internal sealed record FeedConnectionSettings
{
    /// <summary>The URI every connection of this core goes to.</summary>
    public required Uri Endpoint { get; init; }

    /// <summary>The name in logs and telemetry.</summary>
    public required string Name { get; init; }

    /// <summary>The logger.</summary>
    public required ILogger Logger { get; init; }

    /// <summary>The clock of timeouts, the watchdog and the backoff.</summary>
    public required TimeProvider TimeProvider { get; init; }

    /// <summary>Reconnect after a loss.</summary>
    public required bool AutoReconnect { get; init; }

    /// <summary>The first reconnect delay.</summary>
    public required TimeSpan ReconnectDelay { get; init; }

    /// <summary>The longest reconnect delay.</summary>
    public required TimeSpan MaxReconnectDelay { get; init; }

    /// <summary>The relative spread of reconnect delays.</summary>
    public required double ReconnectJitter { get; init; }

    /// <summary>No frame for this long drops the connection.</summary>
    public required TimeSpan IdleTimeout { get; init; }

    /// <summary>The handshake limit.</summary>
    public required TimeSpan HandshakeTimeout { get; init; }

    /// <summary>How long the server may take to answer a close frame.</summary>
    public required TimeSpan CloseTimeout { get; init; }

    /// <summary>The WebSocket ping interval.</summary>
    public required TimeSpan KeepAliveInterval { get; init; }

    /// <summary>How long a pong may take.</summary>
    public required TimeSpan KeepAliveTimeout { get; init; }

    /// <summary>Messages held for ReadAllAsync.</summary>
    public required int QueueCapacity { get; init; }

    /// <summary>What a full ReadAllAsync queue does.</summary>
    public required FeedQueueFullMode QueueFullMode { get; init; }
}
