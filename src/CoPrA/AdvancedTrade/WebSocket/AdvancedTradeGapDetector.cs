using CoPrA.WebSocket;

namespace CoPrA.AdvancedTrade;

/// <summary>
/// Finds lost messages of one Advanced Trade connection: <c>sequence_num</c> counts every message of
/// the connection, all channels together, from 0, so each must be the last plus one; a higher one
/// is a gap (reported with the channel of the message that revealed it and no product, since the
/// lost messages could be of any). A lower one (a repeat) is ignored. A new connection starts at 0
/// again. Called from the receive loop only.
/// </summary>
internal sealed class AdvancedTradeGapDetector : IFeedGapDetector<AdvancedTradeFeedMessage>
{
    private long _expected;

    /// <inheritdoc />
    public void Watch(IReadOnlyList<Channel> channels)
    {
        // Every channel shares the connection's count: nothing to choose.
    }

    /// <inheritdoc />
    public void NewConnection() => _expected = 0;

    /// <inheritdoc />
    public SequenceGap? Check(AdvancedTradeFeedMessage message)
    {
        if (message.SequenceNum is not { } sequence || sequence < _expected)
        {
            return null;
        }

        long expected = _expected;
        _expected = sequence + 1;
        return sequence == expected ? null : new SequenceGap("", message.Channel, expected, sequence);
    }
}
