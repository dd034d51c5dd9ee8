using CoPrA.Books;
using CoPrA.WebSocket;

namespace CoPrA.AdvancedTrade;

/// <summary>
/// Keeps a <see cref="Level2OrderBook"/> per product from the Advanced Trade <c>level2</c> channel
/// (the same books and price ladder as the Exchange keepers): a <c>snapshot</c> event replaces the
/// book, each <c>update</c> sets the new total size of its levels (0 removes one). A lost connection
/// or a gap in the connection's <c>sequence_num</c> leaves every book unsynced (updates ignored)
/// until the snapshot the feed sends after the client subscribes again, which it does by itself.
/// </summary>
/// <remarks>
/// Attach it with <see cref="AttachAsync"/> (or <see cref="AdvancedTradeWebSocketClient.Attach"/>
/// and subscribe to <see cref="Channels"/>): it then hears only the market-data connection, so
/// the user-data connection's drops do not unsync it. Events run on the feed's receive loop: keep them short.
/// </remarks>
public sealed class AdvancedTradeLevel2BookKeeper : IFeedListener<AdvancedTradeFeedMessage>, IFeedGapListener, IMarketDataListener
{
    private const string Snapshot = "snapshot";
    private const string Update = "update";
    private const int MaxStackLevels = 64;

    private readonly Level2BookSet _books;

    /// <summary>Creates a keeper of the given products' books, all unsynced until their snapshots arrive.</summary>
    /// <param name="productIds">The products, for example <c>BTC-USD</c>; matched case-insensitively.</param>
    /// <exception cref="ArgumentException">No product ids, or an empty one.</exception>
    public AdvancedTradeLevel2BookKeeper(IEnumerable<string> productIds)
    {
        var ids = BookKeeperProducts.Check(productIds, nameof(productIds));
        _books = new Level2BookSet(ids, (book, change) => Changed?.Invoke(book, change), book => Synced?.Invoke(book), (book, reason) => Unsynced?.Invoke(book, reason));
        Channels = [new AdvancedTradeChannel(AdvancedTradeChannel.Level2, ids)];
    }

    /// <summary>Raised after a level of a synced book changed.</summary>
    public event Action<Level2OrderBook, BookChange>? Changed;

    /// <summary>Raised after a snapshot replaced a book's contents; the book is synced.</summary>
    public event Action<Level2OrderBook>? Synced;

    /// <summary>Raised when a synced book loses sync (<see cref="BookKeeperResyncReason.Disconnected"/> or <see cref="BookKeeperResyncReason.Gap"/>).</summary>
    public event Action<Level2OrderBook, BookKeeperResyncReason>? Unsynced;

    /// <summary>The channels the keeper needs subscribed: <c>level2</c> for its products.</summary>
    public IReadOnlyList<AdvancedTradeChannel> Channels { get; }

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

    /// <summary>
    /// Attaches the keeper to <paramref name="feed"/>'s market-data connection and subscribes to its
    /// channels: at once when connected, else on connect.
    /// </summary>
    /// <param name="feed">The feed.</param>
    /// <param name="cancellationToken">Cancels sending the subscribe frame.</param>
    /// <returns>Detaches the keeper when disposed (its channels stay subscribed).</returns>
    /// <exception cref="ArgumentNullException">The feed is null.</exception>
    public async Task<IDisposable> AttachAsync(AdvancedTradeWebSocketClient feed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var attached = feed.Attach(this);
        await feed.SubscribeAsync(Channels, cancellationToken).ConfigureAwait(false);
        return attached;
    }

    /// <inheritdoc />
    public Task HandleAsync(AdvancedTradeFeedMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        cancellationToken.ThrowIfCancellationRequested();
        if (message is AdvancedTradeFeedMessage<Level2Event> level2)
        {
            foreach (var change in level2.Events)
            {
                Apply(change);
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public void OnDisconnected() => _books.UnsyncAll(BookKeeperResyncReason.Disconnected);

    /// <inheritdoc />
    void IFeedGapListener.OnGap(SequenceGap gap) => _books.UnsyncAll(BookKeeperResyncReason.Gap);

    private void Apply(Level2Event change)
    {
        if (_books.Find(change.ProductId) is not { } book)
        {
            return;
        }

        if (change.Type == Snapshot)
        {
            _books.ApplySnapshot(
                book,
                change.Updates.Where(level => level.IsBid).Select(ToLevel),
                change.Updates.Where(level => !level.IsBid).Select(ToLevel));
        }
        else if (change.Type == Update)
        {
            // One lock per event, not per level: an update event carries a handful.
            var levels = change.Updates;
            Span<BookChange> changes = levels.Count <= MaxStackLevels ? stackalloc BookChange[levels.Count] : new BookChange[levels.Count];
            for (int i = 0; i < changes.Length; i++)
            {
                var level = levels[i];
                changes[i] = new BookChange(level.IsBid ? Side.Buy : Side.Sell, level.PriceLevel, level.NewQuantity);
            }

            book.ApplyUpdates(changes);
        }
    }

    private static PriceLevel ToLevel(Level2Update level) => new(level.PriceLevel, level.NewQuantity);
}
