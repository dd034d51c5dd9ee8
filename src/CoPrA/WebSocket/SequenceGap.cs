namespace CoPrA.WebSocket;

/// <summary>
/// Messages lost on the way to the caller. <see cref="GapSource.Feed"/>: the feed sent them and they
/// never arrived, detected from numbers that must rise by one; on <c>full</c> and <c>level3</c>
/// these are per-product sequence numbers, on <c>matches</c> trade ids (a heartbeat's
/// <c>last_trade_id</c> ahead of the last match seen). <see cref="GapSource.ReceiveQueue"/>: they
/// arrived, but were dropped from the full <see cref="WebSocketClient.ReadAllAsync"/> queue, so a
/// reader of it never sees them (callbacks did).
/// </summary>
/// <param name="ProductId">The product that lost messages (empty for messages without one, such as <c>status</c>).</param>
/// <param name="Channel">
/// The channel: <c>full</c>, <c>level3</c> or <c>matches</c>. For messages dropped from the queue
/// that carry no usable sequence number, the message type instead, for example <c>l2update</c> or <c>ticker</c>.
/// </param>
/// <param name="ExpectedSequence">The first number lost; 0 when the lost messages carry no usable sequence number.</param>
/// <param name="ReceivedSequence">The number after the last one lost (for the feed, the number that came instead); 0 when unknown.</param>
public sealed record SequenceGap(string ProductId, string Channel, long ExpectedSequence, long ReceivedSequence)
{
    /// <summary>How many messages were lost: the numbers skipped, or the messages dropped when there are no numbers.</summary>
    public long MissedCount { get; init; } = ReceivedSequence - ExpectedSequence;

    /// <summary>Where the messages were lost: on the way from the exchange, or in the client's own queue.</summary>
    public GapSource Source { get; init; } = GapSource.Feed;
}

/// <summary>Where a <see cref="SequenceGap"/> happened.</summary>
public enum GapSource
{
    /// <summary>Between the exchange and the client (dropped by the network, the exchange, or while disconnected).</summary>
    Feed,

    /// <summary>In the <see cref="WebSocketClient.ReadAllAsync"/> queue, which was full (<see cref="FeedQueueFullMode.DropOldest"/>).</summary>
    ReceiveQueue,
}
