namespace CoPrA.WebSocket;

/// <summary>
/// Collects messages dropped from the full <see cref="WebSocketClient.ReadAllAsync"/> queue into
/// runs per product and channel, to report as gaps: a run of <c>full</c>/<c>level3</c> messages with
/// consecutive sequence numbers is one gap with its range, other messages one gap per product and
/// type with a count. Runs are reported once a message is queued without a drop (the reader has
/// caught up), once a queue's worth has been dropped (so sustained overload is reported as it goes,
/// not only at its end), and when the connection ends. Used from the receive loop only.
/// </summary>
internal sealed class QueueDrops(int reportEvery)
{
    private readonly List<Run> _runs = [];
    private readonly List<Run> _closed = [];
    private int _pending;
    private bool _droppedOnLastWrite;

    /// <summary>Dropped messages not reported yet; the only thing the receive loop reads per message.</summary>
    public int Pending => _pending;

    /// <summary>Takes one dropped message, as the feed's reader describes it (called from inside the write that dropped it).</summary>
    public void Add(DroppedMessage dropped)
    {
        _pending++;
        _droppedOnLastWrite = true;
        var (productId, channel, sequence) = dropped;
        int index = _runs.FindIndex(run => run.ProductId == productId && run.Channel == channel);
        if (index >= 0 && (sequence == 0 || sequence == _runs[index].Last + 1))
        {
            _runs[index] = _runs[index] with { Last = sequence, Count = _runs[index].Count + 1 };
            return;
        }

        if (index >= 0)
        {
            // The reader saw a message of this product in between: the old run is complete.
            _closed.Add(_runs[index]);
            _runs.RemoveAt(index);
        }

        _runs.Add(new Run(productId, channel, sequence, sequence, 1));
    }

    /// <summary>
    /// The gaps to report after a write: all runs when the write dropped nothing, or when
    /// <paramref name="force"/> is set or a queue's worth is pending; otherwise none.
    /// </summary>
    public IReadOnlyList<SequenceGap> Take(bool force)
    {
        bool due = force || !_droppedOnLastWrite || _pending >= reportEvery;
        _droppedOnLastWrite = false;
        if (!due || _pending == 0)
        {
            return [];
        }

        var gaps = _closed.Concat(_runs).Select(run => run.ToGap()).ToList();
        _closed.Clear();
        _runs.Clear();
        _pending = 0;
        return gaps;
    }

    /// <summary>Dropped messages of one product and channel: a sequence range, or a count when <see cref="First"/> is 0.</summary>
    private readonly record struct Run(string ProductId, string Channel, long First, long Last, long Count)
    {
        public SequenceGap ToGap() => First > 0
            ? new SequenceGap(ProductId, Channel, First, Last + 1) { Source = GapSource.ReceiveQueue }
            : new SequenceGap(ProductId, Channel, 0, 0) { MissedCount = Count, Source = GapSource.ReceiveQueue };
    }
}
