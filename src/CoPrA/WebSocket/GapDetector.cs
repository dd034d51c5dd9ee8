using System.Collections.Frozen;

namespace CoPrA.WebSocket;

/// <summary>
/// Finds lost messages where the feed makes loss visible: per-product sequence numbers of
/// <c>full</c> and <c>level3</c> messages must rise by exactly one (a lower one is a late message
/// and is ignored), and on <c>matches</c> a heartbeat's <c>last_trade_id</c> must not be ahead of
/// the last match seen. Ticker and heartbeat sequence numbers jump by design and are never checked.
/// Sequence numbers outlive a connection, so a drop does not hide what was missed meanwhile.
/// Called from the receive loop only; <see cref="Watch"/> may be called from any thread.
/// </summary>
internal sealed class GapDetector : IFeedGapDetector<FeedMessage>
{
    private const string FullChannel = ChannelNames.Full;
    private const string Level3Channel = ChannelNames.Level3;
    private const string MatchesChannel = ChannelNames.Matches;

    private readonly Dictionary<string, long> _fullSequences = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _level3Sequences = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _lastTradeIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _fullBeforeReconnect = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _level3BeforeReconnect = new(StringComparer.Ordinal);
    private volatile Watched _watched = Watched.None;

    /// <summary>Sets which products are checked on which channel, from the current subscriptions.</summary>
    public void Watch(IReadOnlyList<Channel> channels) => _watched = new Watched(channels);

    /// <summary>
    /// Starts a new connection. Sequence numbers are the exchange's, not the connection's: the
    /// first one of each product on the new connection is checked against the last one before, so
    /// that messages missed while disconnected are reported; a lower one (an exchange that started
    /// over) is taken as the new start without a report.
    /// </summary>
    public void NewConnection()
    {
        CarryOver(_fullSequences, _fullBeforeReconnect);
        CarryOver(_level3Sequences, _level3BeforeReconnect);
        _lastTradeIds.Clear();
    }

    /// <summary>Checks one message; returns the gap it reveals, or null.</summary>
    public SequenceGap? Check(FeedMessage message)
    {
        var watched = _watched;
        switch (message)
        {
            case MatchMessage match when watched.Matches.Contains(match.ProductId):
                RememberTrade(match);
                return watched.Full.Contains(match.ProductId) ? CheckSequence(_fullSequences, _fullBeforeReconnect, FullChannel, match.ProductId, match.Sequence) : null;
            case FullChannelMessage full when watched.Full.Contains(full.ProductId):
                return CheckSequence(_fullSequences, _fullBeforeReconnect, FullChannel, full.ProductId, full.Sequence);
            case Level3Message level3 when level3.Sequence > 0 && watched.Level3.Contains(level3.ProductId):
                return CheckSequence(_level3Sequences, _level3BeforeReconnect, Level3Channel, level3.ProductId, level3.Sequence);
            case HeartbeatMessage heartbeat when watched.Matches.Contains(heartbeat.ProductId):
                return CheckHeartbeat(heartbeat);
            default:
                return null;
        }
    }

    private static void CarryOver(Dictionary<string, long> current, Dictionary<string, long> beforeReconnect)
    {
        foreach (var (productId, sequence) in current)
        {
            beforeReconnect[productId] = sequence;
        }

        current.Clear();
    }

    private static SequenceGap? CheckSequence(Dictionary<string, long> last, Dictionary<string, long> beforeReconnect, string channel, string productId, long sequence)
    {
        if (!last.TryGetValue(productId, out long previous))
        {
            last[productId] = sequence;
            return beforeReconnect.Remove(productId, out long beforeDrop) && sequence > beforeDrop + 1
                ? new SequenceGap(productId, channel, beforeDrop + 1, sequence)
                : null;
        }

        if (sequence <= previous)
        {
            return null; // late or repeated (for example the same message on two channels)
        }

        last[productId] = sequence;
        return sequence == previous + 1 ? null : new SequenceGap(productId, channel, previous + 1, sequence);
    }

    private void RememberTrade(MatchMessage match)
    {
        if (!_lastTradeIds.TryGetValue(match.ProductId, out long last) || match.TradeId > last)
        {
            _lastTradeIds[match.ProductId] = match.TradeId;
        }
    }

    private SequenceGap? CheckHeartbeat(HeartbeatMessage heartbeat)
    {
        if (!_lastTradeIds.TryGetValue(heartbeat.ProductId, out long last) || heartbeat.LastTradeId <= last)
        {
            return null;
        }

        _lastTradeIds[heartbeat.ProductId] = heartbeat.LastTradeId;
        return new SequenceGap(heartbeat.ProductId, MatchesChannel, last + 1, heartbeat.LastTradeId);
    }

    /// <summary>The products checked per channel; replaced whole when subscriptions change.</summary>
    private sealed class Watched
    {
        public static readonly Watched None = new([]);

        public Watched(IReadOnlyList<Channel> channels)
        {
            Full = Products(channels, FullChannel);
            Level3 = Products(channels, Level3Channel);
            Matches = Products(channels, MatchesChannel);
        }

        public FrozenSet<string> Full { get; }

        public FrozenSet<string> Level3 { get; }

        public FrozenSet<string> Matches { get; }

        private static FrozenSet<string> Products(IReadOnlyList<Channel> channels, string name) =>
            channels.FirstOrDefault(c => c.Name == name)?.ProductIds.ToFrozenSet(StringComparer.Ordinal) ?? FrozenSet<string>.Empty;
    }
}
