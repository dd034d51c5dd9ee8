using CoPrA.Diagnostics;

namespace CoPrA.Books;

/// <summary>
/// The books of a level-2 keeper, one per product, and whether each is synced: what the Exchange's
/// and Advanced Trade's level-2 keepers share (they differ only in the messages they read). A
/// snapshot syncs a book; <see cref="UnsyncAll"/> leaves every book unsynced until its next snapshot.
/// </summary>
internal sealed class Level2BookSet
{
    private readonly Dictionary<string, ProductBook> _books;
    private readonly Lock _gate = new();
    private readonly Action<Level2OrderBook> _synced;
    private readonly Action<Level2OrderBook, BookKeeperResyncReason> _unsynced;

    /// <summary>Creates unsynced books of the given products.</summary>
    /// <param name="productIds">Checked product ids.</param>
    /// <param name="changed">Raises the keeper's Changed event.</param>
    /// <param name="synced">Raises the keeper's Synced event.</param>
    /// <param name="unsynced">Raises the keeper's Unsynced event.</param>
    public Level2BookSet(IReadOnlyList<string> productIds, Action<Level2OrderBook, BookChange> changed, Action<Level2OrderBook> synced, Action<Level2OrderBook, BookKeeperResyncReason> unsynced)
    {
        _books = productIds.ToDictionary(id => id, id => new ProductBook(new Level2OrderBook(id)), StringComparer.OrdinalIgnoreCase);
        foreach (var entry in _books.Values)
        {
            entry.Book.Changed += (book, change) => changed((Level2OrderBook)book, change);
        }

        _synced = synced;
        _unsynced = unsynced;
    }

    /// <summary>Every book.</summary>
    public IReadOnlyCollection<Level2OrderBook> Books => [.. _books.Values.Select(entry => entry.Book)];

    /// <summary>The book of one product, or null when it is not kept.</summary>
    public Level2OrderBook? Find(string productId) => _books.TryGetValue(productId, out var entry) ? entry.Book : null;

    /// <summary>The book of one of the keeper's products.</summary>
    /// <exception cref="ArgumentException">The keeper does not keep that product.</exception>
    public Level2OrderBook Book(string productId) => Entry(productId).Book;

    /// <summary>Completes when the product's book is synced (at once if it is).</summary>
    /// <exception cref="ArgumentException">The keeper does not keep that product.</exception>
    public Task WhenSyncedAsync(string productId, CancellationToken cancellationToken)
    {
        var entry = Entry(productId);
        lock (_gate)
        {
            return entry.Synced.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Replaces a book's contents with a snapshot; the book is synced.</summary>
    public void ApplySnapshot(Level2OrderBook book, IEnumerable<PriceLevel> bids, IEnumerable<PriceLevel> asks)
    {
        var entry = _books[book.ProductId];
        lock (_gate)
        {
            book.ApplySnapshot(bids, asks);
            entry.Synced.TrySetResult();
        }

        _synced(book);
    }

    /// <summary>Leaves every book unsynced (updates ignored) until its next snapshot; raises Unsynced for each that was synced.</summary>
    public void UnsyncAll(BookKeeperResyncReason reason)
    {
        foreach (var entry in _books.Values)
        {
            bool wasSynced;
            lock (_gate)
            {
                wasSynced = entry.Synced.Task.IsCompleted;
                if (wasSynced)
                {
                    entry.Synced = NewSignal();
                }

                entry.Book.Invalidate();
            }

            if (wasSynced)
            {
                BookTelemetry.Resync(2, entry.Book.ProductId, reason);
                _unsynced(entry.Book, reason);
            }
        }
    }

    private ProductBook Entry(string productId)
    {
        ArgumentNullException.ThrowIfNull(productId);
        return _books.TryGetValue(productId, out var entry)
            ? entry
            : throw new ArgumentException($"This keeper does not keep {productId}; it keeps {string.Join(", ", _books.Keys)}.", nameof(productId));
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private sealed class ProductBook(Level2OrderBook book)
    {
        public Level2OrderBook Book { get; } = book;

        /// <summary>Completed while the book is synced; replaced when it loses sync. Read and written under the set's lock.</summary>
        public TaskCompletionSource Synced { get; set; } = NewSignal();
    }
}
