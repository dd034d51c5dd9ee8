using CoPrA.WebSocket;

namespace CoPrA.Books;

/// <summary>
/// Keeps a <see cref="Level2OrderBook"/> per product from the <c>level2</c> or <c>level2_batch</c>
/// channel: a <c>snapshot</c> replaces the book, each <c>l2update</c> sets the sizes it carries, and
/// a lost connection leaves every book unsynced (updates ignored) until the snapshot the feed sends
/// after the resubscription.
/// </summary>
/// <remarks>
/// Feed it from one connection with <see cref="BookKeeperClient"/>, or call <see cref="HandleAsync"/>
/// for every message and <see cref="OnDisconnected"/> when a connection ends. The book objects
/// stay the same for the keeper's life; a snapshot replaces what they hold. Subscribe a product
/// to one of <c>level2</c> and <c>level2_batch</c>, not both: their updates interleave out of order.
/// Events run on the thread that handles the message (the feed's receive loop): keep them short.
/// </remarks>
public sealed class Level2BookKeeper : IBookKeeper
{
    /// <summary>The level-2 channel, which needs an authenticated feed.</summary>
    public const string Level2Channel = ChannelNames.Level2;

    /// <summary>The batched level-2 channel (updates every 50 ms), open to everyone.</summary>
    public const string Level2BatchChannel = ChannelNames.Level2Batch;

    private readonly Level2BookSet _books;

    /// <summary>Creates a keeper of the given products' books, all unsynced until their snapshots arrive.</summary>
    /// <param name="productIds">The products, for example <c>BTC-USD</c>; matched case-insensitively.</param>
    /// <param name="batched">True (the default) for <c>level2_batch</c>, which needs no authentication; false for <c>level2</c>.</param>
    /// <exception cref="ArgumentException">No product ids, or an empty one.</exception>
    public Level2BookKeeper(IEnumerable<string> productIds, bool batched = true)
    {
        var ids = BookKeeperProducts.Check(productIds, nameof(productIds));
        _books = new Level2BookSet(ids, (book, change) => Changed?.Invoke(book, change), book => Synced?.Invoke(book), (book, reason) => Unsynced?.Invoke(book, reason));
        Channels = [new Channel(batched ? Level2BatchChannel : Level2Channel, ids)];
    }

    /// <summary>Raised after a level of a synced book changed.</summary>
    public event Action<Level2OrderBook, BookChange>? Changed;

    /// <summary>Raised after a snapshot replaced a book's contents; the book is synced.</summary>
    public event Action<Level2OrderBook>? Synced;

    /// <summary>Raised when a synced book loses sync (the connection was lost).</summary>
    public event Action<Level2OrderBook, BookKeeperResyncReason>? Unsynced;

    /// <inheritdoc />
    public IReadOnlyList<Channel> Channels { get; }

    /// <summary>Every book, one per product.</summary>
    public IReadOnlyCollection<Level2OrderBook> Books => _books.Books;

    /// <summary>The book of one product (the same object for the keeper's life).</summary>
    /// <param name="productId">One of the keeper's products.</param>
    /// <exception cref="ArgumentException">The keeper does not keep that product.</exception>
    public Level2OrderBook Book(string productId) => _books.Book(productId);

    /// <summary>Completes when the product's book is synced (at once if it is).</summary>
    /// <param name="productId">One of the keeper's products.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <exception cref="ArgumentException">The keeper does not keep that product.</exception>
    public Task WhenSyncedAsync(string productId, CancellationToken cancellationToken = default) => _books.WhenSyncedAsync(productId, cancellationToken);

    /// <inheritdoc />
    public Task HandleAsync(FeedMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        cancellationToken.ThrowIfCancellationRequested();
        switch (message)
        {
            case L2SnapshotMessage snapshot when _books.Find(snapshot.ProductId) is { } book:
                _books.ApplySnapshot(
                    book,
                    snapshot.Bids.Select(row => new PriceLevel(row.Price, row.Size)),
                    snapshot.Asks.Select(row => new PriceLevel(row.Price, row.Size)));
                break;
            case L2UpdateMessage update when _books.Find(update.ProductId) is { } book:
                foreach (var change in update.Changes)
                {
                    book.ApplyUpdate(change.Side, change.Price, change.Size);
                }

                break;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public void OnDisconnected() => _books.UnsyncAll(BookKeeperResyncReason.Disconnected);
}
