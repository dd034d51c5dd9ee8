namespace CoPrA.Books;

/// <summary>
/// A local level-3 book (every resting order) kept from the <c>full</c> channel the way Coinbase
/// describes: load a REST level-3 snapshot, then apply feed messages in sequence. A message at or
/// below the book's sequence is stale and skipped; one more than a step ahead is a gap, which
/// leaves the book unsynced until the next snapshot. Messages that do not change the book
/// (<c>received</c>, <c>activate</c>) must still be passed to <see cref="Skip"/> to advance the sequence.
/// </summary>
public sealed class Level3OrderBook : OrderBookView
{
    private readonly Dictionary<string, RestingOrder> _orders = new(StringComparer.Ordinal);
    private long _sequence;
    private bool _synced;

    /// <summary>Creates an empty, unsynced book.</summary>
    /// <param name="productId">The product, for example <c>BTC-USD</c>.</param>
    public Level3OrderBook(string productId)
        : base(productId)
    {
    }

    /// <summary>The sequence number of the last message applied (or of the snapshot).</summary>
    public long Sequence
    {
        get
        {
            lock (Sync)
            {
                return _sequence;
            }
        }
    }

    /// <summary>Number of resting orders.</summary>
    public int OrderCount
    {
        get
        {
            lock (Sync)
            {
                return _orders.Count;
            }
        }
    }

    /// <inheritdoc />
    private protected override bool SyncedCore => _synced;

    /// <summary>Replaces the book with a REST level-3 snapshot taken at <paramref name="sequence"/>.</summary>
    /// <param name="sequence">The snapshot's sequence number.</param>
    /// <param name="orders">Every resting order of the snapshot.</param>
    public void LoadSnapshot(long sequence, IEnumerable<RestingOrder> orders)
    {
        ArgumentNullException.ThrowIfNull(orders);
        lock (Sync)
        {
            _orders.Clear();
            BidLadder.Clear();
            AskLadder.Clear();
            foreach (var order in orders)
            {
                _orders[order.OrderId] = order;
                Ladder(order.Side).Add(order.Price, order.Size);
            }

            _sequence = sequence;
            _synced = true;
        }
    }

    /// <summary>Marks the book unsynced (for example after a reconnect) until the next snapshot.</summary>
    public void Invalidate()
    {
        lock (Sync)
        {
            _synced = false;
        }
    }

    /// <summary>The resting order with that id, if any.</summary>
    /// <param name="orderId">Order id.</param>
    public RestingOrder? Order(string orderId)
    {
        lock (Sync)
        {
            return _orders.TryGetValue(orderId, out var order) ? order : null;
        }
    }

    /// <summary>Every resting order, in no particular order.</summary>
    public RestingOrder[] Orders()
    {
        lock (Sync)
        {
            return [.. _orders.Values];
        }
    }

    /// <summary>An <c>open</c> message: an order now rests on the book.</summary>
    /// <param name="sequence">The message's sequence.</param>
    /// <param name="orderId">Order id.</param>
    /// <param name="side">Side.</param>
    /// <param name="price">Price.</param>
    /// <param name="remainingSize">Size left to rest.</param>
    public SequenceCheck Open(long sequence, string orderId, Side side, decimal price, decimal remainingSize) =>
        Apply(sequence, (orderId, side, price, remainingSize), static (book, message) =>
        {
            book._orders[message.orderId] = new RestingOrder(message.orderId, message.side, message.price, message.remainingSize);
            return book.Touch(message.side, message.price, message.remainingSize);
        });

    /// <summary>A <c>done</c> message: the order left the book (filled or cancelled), if it was on it.</summary>
    /// <param name="sequence">The message's sequence.</param>
    /// <param name="orderId">Order id.</param>
    public SequenceCheck Done(long sequence, string orderId) =>
        Apply(sequence, orderId, static (book, orderId) =>
            book._orders.Remove(orderId, out var order) ? book.Touch(order.Side, order.Price, -order.Size) : default(LevelChanges));

    /// <summary>A <c>match</c> message: the resting maker order traded <paramref name="size"/>.</summary>
    /// <param name="sequence">The message's sequence.</param>
    /// <param name="makerOrderId">The resting order's id.</param>
    /// <param name="size">Size traded.</param>
    public SequenceCheck Match(long sequence, string makerOrderId, decimal size) =>
        Apply(sequence, (makerOrderId, size), static (book, message) =>
        {
            if (!book._orders.TryGetValue(message.makerOrderId, out var order))
            {
                return default;
            }

            decimal left = order.Size - message.size;
            if (left > 0)
            {
                book._orders[message.makerOrderId] = order with { Size = left };
            }
            else
            {
                book._orders.Remove(message.makerOrderId);
            }

            return book.Touch(order.Side, order.Price, -Math.Min(message.size, order.Size));
        });

    /// <summary>A <c>change</c> message: a resting order's size (and, for modify_order, price) changed.</summary>
    /// <param name="sequence">The message's sequence.</param>
    /// <param name="orderId">Order id.</param>
    /// <param name="newSize">New size.</param>
    /// <param name="newPrice">New price, when it changed.</param>
    public SequenceCheck Change(long sequence, string orderId, decimal newSize, decimal? newPrice = null) =>
        Apply(sequence, (orderId, newSize, newPrice), static (book, message) =>
        {
            // A change to an order that never rested (still only received) does not touch the book.
            if (!book._orders.TryGetValue(message.orderId, out var order))
            {
                return default;
            }

            decimal price = message.newPrice ?? order.Price;
            book._orders[message.orderId] = order with { Size = message.newSize, Price = price };
            if (price == order.Price)
            {
                return book.Touch(order.Side, price, message.newSize - order.Size);
            }

            // A modify_order moves the order: both the level it left and the one it joined change.
            return (book.Touch(order.Side, order.Price, -order.Size), book.Touch(order.Side, price, message.newSize));
        });

    /// <summary>A message that does not change the book (received, activate, noop) but advances the sequence.</summary>
    /// <param name="sequence">The message's sequence.</param>
    public SequenceCheck Skip(long sequence) => Apply(sequence, 0, static (_, _) => default);

    /// <summary>
    /// Applies one message in sequence under the lock. The change is a static lambda over its
    /// message's values, so that applying a message allocates no closure.
    /// </summary>
    private SequenceCheck Apply<TMessage>(long sequence, TMessage message, Func<Level3OrderBook, TMessage, LevelChanges> change)
    {
        LevelChanges changed;
        lock (Sync)
        {
            if (!_synced)
            {
                return SequenceCheck.NotSynced;
            }

            if (sequence <= _sequence)
            {
                return SequenceCheck.Stale;
            }

            if (sequence != _sequence + 1)
            {
                _synced = false;
                return SequenceCheck.Gap;
            }

            changed = change(this, message);
            _sequence = sequence;
        }

        if (changed.First is { } first)
        {
            RaiseChanged(first.Side, first.Price, first.Size);
        }

        if (changed.Second is { } second)
        {
            RaiseChanged(second.Side, second.Price, second.Size);
        }

        return SequenceCheck.Applied;
    }

    /// <summary>The one or two levels a message changed (two when an order moves price).</summary>
    private readonly record struct LevelChanges(BookChange? First, BookChange? Second = null)
    {
        public static implicit operator LevelChanges(BookChange change) => new(change);

        public static implicit operator LevelChanges((BookChange Left, BookChange Joined) move) => new(move.Left, move.Joined);
    }

    /// <summary>Adds to a level under the lock and reports the level's new size.</summary>
    private BookChange Touch(Side side, decimal price, decimal delta) => new(side, price, Ladder(side).Add(price, delta));
}

/// <summary>One order resting on a level-3 book.</summary>
/// <param name="OrderId">Order id.</param>
/// <param name="Side">Side.</param>
/// <param name="Price">Price.</param>
/// <param name="Size">Size still resting.</param>
public sealed record RestingOrder(string OrderId, Side Side, decimal Price, decimal Size);

/// <summary>What happened to a feed message offered to a level-3 book.</summary>
public enum SequenceCheck
{
    /// <summary>The message was the next in sequence and was applied.</summary>
    Applied,
    /// <summary>The message was at or below the book's sequence (already in the snapshot, or late) and was skipped.</summary>
    Stale,
    /// <summary>Messages were missed: the book is now unsynced and needs a new snapshot.</summary>
    Gap,
    /// <summary>The book has no snapshot (or lost sync); the message was ignored.</summary>
    NotSynced,
}
