namespace CoPrA.WebSocket;

/// <summary>
/// A listener that must know when its feed lost messages (a book keeper whose books the lost
/// messages made wrong). The connection core calls it for every gap of the feed itself (not for
/// messages dropped from the ReadAllAsync queue, which listeners did see), on the receive loop,
/// before the message that revealed the gap is delivered.
/// </summary>
internal interface IFeedGapListener
{
    /// <summary>Messages were lost.</summary>
    /// <param name="gap">What was lost.</param>
    void OnGap(SequenceGap gap);
}
