using CoPrA.WebSocket;

namespace CoPrA.Tests.WebSocket.Support;

/// <summary>Shared setup: options with short, jitter-free backoff, and event ids of the client's log.</summary>
internal static class FeedTest
{
    public const int ReconnectingEvent = 106;
    public const int IdleTimeoutEvent = 107;
    public const int CallbackFailedEvent = 120;
    public const int GapEvent = 130;
    public const int DroppedEvent = 131;

    public static WebSocketClientOptions Options(Uri url, RecordingLogger? logger = null) => new()
    {
        FeedUrl = url.ToString(),
        ReconnectDelay = TimeSpan.FromMilliseconds(20),
        MaxReconnectDelay = TimeSpan.FromMilliseconds(200),
        ReconnectJitter = 0,
        IdleTimeout = Timeout.InfiniteTimeSpan,
        Logger = logger,
        Name = "test feed",
    };

    /// <summary>Starts the client and returns the server's side of its connection, with the first subscribe frame read.</summary>
    public static async Task<FeedConnection> ConnectAsync(WebSocketClient client, ScriptedFeedServer server)
    {
        await client.ConnectAsync().Within();
        return await server.NextConnectionAsync();
    }
}
