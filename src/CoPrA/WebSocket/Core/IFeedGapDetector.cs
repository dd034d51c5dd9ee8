namespace CoPrA.WebSocket;

/// <summary>
/// The connection core's seam for finding lost messages in a feed's numbering (the Exchange's is
/// <see cref="GapDetector"/>). <see cref="NewConnection"/> and <see cref="Check"/> are called from
/// the receive loop only; <see cref="Watch"/> from any thread.
/// </summary>
/// <typeparam name="TMessage">The feed's message type.</typeparam>
internal interface IFeedGapDetector<in TMessage>
    where TMessage : class
{
    /// <summary>Sets what is checked, from the subscriptions as they are now.</summary>
    /// <param name="channels">The current subscriptions.</param>
    void Watch(IReadOnlyList<Channel> channels);

    /// <summary>A new connection starts (before its first message).</summary>
    void NewConnection();

    /// <summary>Checks one message; returns the gap it reveals, or null.</summary>
    /// <param name="message">The message, in the order received.</param>
    SequenceGap? Check(TMessage message);
}
