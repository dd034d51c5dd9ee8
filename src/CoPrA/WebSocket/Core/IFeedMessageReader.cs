namespace CoPrA.WebSocket;

/// <summary>
/// The connection core's seam for what a feed's frames mean: a feed client plugs in one reader
/// (the Exchange's is <see cref="ExchangeFeedReader"/>). Called from the receive loop only.
/// </summary>
/// <typeparam name="TMessage">The feed's message type.</typeparam>
internal interface IFeedMessageReader<TMessage>
    where TMessage : class
{
    /// <summary>
    /// Reads one complete frame, synchronously (the bytes are reused as soon as this returns).
    /// Never throws for bad input: a frame that is not a message is <see cref="FeedFrame{TMessage}.Invalid"/>.
    /// </summary>
    /// <param name="utf8">The frame's bytes.</param>
    FeedFrame<TMessage> Read(ReadOnlySpan<byte> utf8);

    /// <summary>Describes a message dropped from the full ReadAllAsync queue, for its gap report.</summary>
    /// <param name="message">The dropped message.</param>
    DroppedMessage DescribeDrop(TMessage message);

    /// <summary>
    /// The parts of a refused subscribe frame that the refusal names (they are dropped from the
    /// subscriptions, and the rest is subscribed again); empty when it names none.
    /// </summary>
    /// <param name="refused">The channels of the refused frame.</param>
    /// <param name="reason">The refusal's reason.</param>
    IReadOnlyList<Channel> RefusalCulprits(IReadOnlyList<Channel> refused, string reason);
}
