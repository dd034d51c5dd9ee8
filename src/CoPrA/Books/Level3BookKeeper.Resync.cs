using CoPrA.WebSocket;

namespace CoPrA.Books;

/// <summary>The resync procedure: queue the feed, fetch a snapshot in the background, load it, replay the queue.</summary>
public sealed partial class Level3BookKeeper
{
    private enum LoadOutcome
    {
        Synced,
        SnapshotTooOld,
        Superseded,
    }

    // Called under _gate.
    private void BeginResync(ProductState state, FullChannelMessage? first)
    {
        StopResync(state);
        state.Book.Invalidate();
        ResetSignal(state);
        state.Queue = new Queue<FullChannelMessage>();
        if (first is not null)
        {
            state.Queue.Enqueue(first);
        }

        var fetch = CancellationTokenSource.CreateLinkedTokenSource(_disposing.Token);
        state.Fetch = fetch;
        int generation = state.Generation;
        Task running = null!;
        running = Task.Run(async () =>
        {
            try
            {
                await ResyncAsync(state, generation, fetch.Token).ConfigureAwait(false);
            }
            finally
            {
                lock (_gate)
                {
                    if (state.Fetch == fetch)
                    {
                        state.Fetch = null;
                    }

                    _fetches.Remove(running);
                }

                fetch.Dispose();
            }
        }, CancellationToken.None);
        _fetches.Add(running);
        Log.Resyncing(_logger, state.Book.ProductId, first?.Sequence);
    }

    // Called under _gate: cancels the fetch under way and forgets the queue; the book is left as it is.
    private static void StopResync(ProductState state)
    {
        state.Generation++;
        state.Fetch?.Cancel();
        state.Fetch = null;
        state.Queue = null;
    }

    /// <summary>Fetches snapshots until one loads and its queue replays, or the resync is superseded or cancelled.</summary>
    private async Task ResyncAsync(ProductState state, int generation, CancellationToken cancellationToken)
    {
        try
        {
            for (int attempt = 0; ; attempt++)
            {
                if (attempt > 0)
                {
                    await Task.Delay(RetryDelay(attempt), _timeProvider, cancellationToken).ConfigureAwait(false);
                }

                List<RestingOrder> orders;
                long sequence;
                try
                {
                    var snapshot = await _fetchSnapshot(state.Book.ProductId, cancellationToken).ConfigureAwait(false);
                    orders = RestingOrders(snapshot);
                    sequence = snapshot.Sequence;
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                {
                    Log.SnapshotFailed(_logger, state.Book.ProductId, attempt + 1, ex.Message);
                    Raise(SnapshotFailed, state.Book, ex);
                    continue;
                }

                switch (Load(state, generation, sequence, orders, out int replayed))
                {
                    case LoadOutcome.Synced:
                        Log.Synced(_logger, state.Book.ProductId, sequence, replayed);
                        Raise(Synced, state.Book);
                        return;
                    case LoadOutcome.Superseded:
                        return;
                    default:
                        Log.SnapshotTooOld(_logger, state.Book.ProductId, sequence);
                        break;
                }
            }
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            // Superseded by another resync or a lost connection, or the keeper was disposed.
        }
    }

    /// <summary>
    /// Loads the snapshot and replays the queued messages newer than it. When the queue starts
    /// more than one step past the snapshot, messages are missing between them: the snapshot is
    /// too old, and the queue waits for the next one.
    /// </summary>
    private LoadOutcome Load(ProductState state, int generation, long sequence, List<RestingOrder> orders, out int replayed)
    {
        replayed = 0;
        lock (_gate)
        {
            if (state.Generation != generation || state.Queue is not { } queue)
            {
                return LoadOutcome.Superseded;
            }

            state.Book.LoadSnapshot(sequence, orders);
            while (queue.TryPeek(out var message))
            {
                var result = Apply(state.Book, message);
                if (result is SequenceCheck.Gap or SequenceCheck.NotSynced)
                {
                    return LoadOutcome.SnapshotTooOld;
                }

                queue.Dequeue();
                replayed += result == SequenceCheck.Applied ? 1 : 0;
            }

            state.Queue = null;
            state.Synced.TrySetResult();
            return LoadOutcome.Synced;
        }
    }

    private TimeSpan RetryDelay(int attempt)
    {
        double factor = Math.Pow(2, Math.Min(attempt - 1, 30));
        return TimeSpan.FromTicks((long)Math.Min(_retryDelay.Ticks * factor, _maxRetryDelay.Ticks));
    }

    private static List<RestingOrder> RestingOrders(OrderBook snapshot)
    {
        var orders = new List<RestingOrder>(snapshot.Bids.Count + snapshot.Asks.Count);
        Add(snapshot.Bids, Side.Buy);
        Add(snapshot.Asks, Side.Sell);
        return orders;

        void Add(IReadOnlyList<BookLevel> rows, Side side)
        {
            foreach (var row in rows)
            {
                string orderId = row.OrderId ?? throw new InvalidOperationException("The snapshot is not a level-3 book: a row has no order id.");
                orders.Add(new RestingOrder(orderId, side, row.Price, row.Size));
            }
        }
    }

    private void Raise(Action<Level3OrderBook>? handler, Level3OrderBook book)
    {
        try
        {
            handler?.Invoke(book);
        }
        catch (Exception ex)
        {
            Log.HandlerFailed(_logger, book.ProductId, ex);
        }
    }
}
