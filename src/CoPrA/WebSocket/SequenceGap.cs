namespace CoPrA.WebSocket;

/// <summary>
/// Messages the feed sent that never arrived, detected from numbers that must rise by one.
/// On <c>full</c> and <c>level3</c> the numbers are per-product sequence numbers; on
/// <c>matches</c> they are trade ids (a heartbeat's <c>last_trade_id</c> ahead of the last match seen).
/// </summary>
/// <param name="ProductId">The product that lost messages.</param>
/// <param name="Channel">The channel: <c>full</c>, <c>level3</c> or <c>matches</c>.</param>
/// <param name="ExpectedSequence">The number that should have come next.</param>
/// <param name="ReceivedSequence">The number that came instead.</param>
public sealed record SequenceGap(string ProductId, string Channel, long ExpectedSequence, long ReceivedSequence)
{
    /// <summary>How many numbers were skipped.</summary>
    public long MissedCount => ReceivedSequence - ExpectedSequence;
}
