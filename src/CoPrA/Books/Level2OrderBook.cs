namespace CoPrA.Books;

/// <summary>
/// A local level-2 book (total size per price) kept from the feed's <c>level2</c> or
/// <c>level2_batch</c> channel: a <c>snapshot</c> replaces it, each <c>l2update</c> change sets
/// the new absolute size of one level (zero removes it). Updates before the first snapshot, or
/// after <see cref="Invalidate"/>, are ignored until the next snapshot.
/// </summary>
public sealed class Level2OrderBook : OrderBookView
{
    private bool _synced;

    /// <summary>Creates an empty, unsynced book.</summary>
    /// <param name="productId">The product, for example <c>BTC-USD</c>.</param>
    public Level2OrderBook(string productId)
        : base(productId)
    {
    }

    /// <summary>Raised after a snapshot replaced the whole book.</summary>
    public event Action<Level2OrderBook>? Replaced;

    /// <inheritdoc />
    private protected override bool SyncedCore => _synced;

    /// <summary>Replaces the book with a snapshot.</summary>
    /// <param name="bids">Bid levels, in any order.</param>
    /// <param name="asks">Ask levels, in any order.</param>
    public void ApplySnapshot(IEnumerable<PriceLevel> bids, IEnumerable<PriceLevel> asks)
    {
        ArgumentNullException.ThrowIfNull(bids);
        ArgumentNullException.ThrowIfNull(asks);
        lock (Sync)
        {
            BidLadder.Clear();
            AskLadder.Clear();
            foreach (var level in bids)
            {
                BidLadder.Set(level.Price, level.Size);
            }

            foreach (var level in asks)
            {
                AskLadder.Set(level.Price, level.Size);
            }

            _synced = true;
        }

        Replaced?.Invoke(this);
    }

    /// <summary>Sets the size of one level; zero removes it.</summary>
    /// <param name="side">Buy for a bid level, sell for an ask level.</param>
    /// <param name="price">The level's price.</param>
    /// <param name="size">The level's new total size.</param>
    /// <returns>False when the book is not synced and the update was ignored.</returns>
    public bool ApplyUpdate(Side side, decimal price, decimal size)
    {
        if (size < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, "size must not be negative.");
        }

        var change = new BookChange(side, price, size);
        return Apply(new ReadOnlySpan<BookChange>(in change));
    }

    /// <summary>
    /// Sets the sizes of several levels, one message's worth, under one lock; zero removes a level.
    /// Nothing is applied when a size is negative.
    /// </summary>
    /// <param name="changes">The levels' new total sizes.</param>
    /// <returns>False when the book is not synced and the updates were ignored.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A size is negative.</exception>
    internal bool ApplyUpdates(ReadOnlySpan<BookChange> changes)
    {
        foreach (var change in changes)
        {
            if (change.Size < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(changes), change.Size, "size must not be negative.");
            }
        }

        return Apply(changes);
    }

    private bool Apply(ReadOnlySpan<BookChange> changes)
    {
        lock (Sync)
        {
            if (!_synced)
            {
                return false;
            }

            foreach (var change in changes)
            {
                Ladder(change.Side).Set(change.Price, change.Size);
            }
        }

        foreach (var change in changes)
        {
            RaiseChanged(change.Side, change.Price, change.Size);
        }

        return true;
    }

    /// <summary>Empties the book and marks it unsynced until the next snapshot (for example after a reconnect).</summary>
    public void Invalidate()
    {
        lock (Sync)
        {
            BidLadder.Clear();
            AskLadder.Clear();
            _synced = false;
        }
    }
}
