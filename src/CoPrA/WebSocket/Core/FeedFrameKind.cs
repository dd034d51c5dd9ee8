namespace CoPrA.WebSocket;

/// <summary>What the connection core needs to know of a received frame, as the feed's reader says.</summary>
internal enum FeedFrameKind
{
    /// <summary>A message to deliver.</summary>
    Data,

    /// <summary>A heartbeat: delivered like data; it tells the core no more than any frame does (the connection lives).</summary>
    Heartbeat,

    /// <summary>The server's confirmation of one subscribe or unsubscribe frame (answers the oldest unanswered one).</summary>
    SubscriptionConfirmed,

    /// <summary>An error that answers no frame: logged and reported, not delivered.</summary>
    Error,

    /// <summary>An error that refuses the oldest unanswered subscribe or unsubscribe frame.</summary>
    Refusal,

    /// <summary>A frame that could not be read at all (not JSON): reported as an error, nothing delivered.</summary>
    Invalid,
}
