namespace CoPrA.WebSocket;

/// <summary>What the client does when the <see cref="WebSocketClient.ReadAllAsync"/> queue is full.</summary>
public enum FeedQueueFullMode
{
    /// <summary>
    /// Drop the oldest queued message, so that the connection is never held up and the data stays
    /// fresh. Every drop is counted and reported as a gap (<see cref="GapSource.ReceiveQueue"/>).
    /// </summary>
    DropOldest,

    /// <summary>
    /// Hold the receive loop until the reader has made room: nothing is dropped, but callbacks wait
    /// too, and the server disconnects a client that stays behind for long (<c>ErrSlowConsume</c>).
    /// </summary>
    Wait,
}
