using CoPrA.Diagnostics;
using CoPrA.Rest;
using CoPrA.WebSocket;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoPrA.Books;

/// <summary>
/// Keeps a <see cref="Level3OrderBook"/> (every resting order) per product from the <c>full</c>
/// channel, the way Coinbase describes it: queue the feed's messages, fetch the REST level-3
/// snapshot, load it, replay the queued messages newer than the snapshot's sequence, then apply
/// messages as they come. A skipped sequence number, a lost connection or <see cref="Resync"/>
/// starts the same procedure again, and the fresh snapshot replaces the book's contents (nothing
/// is merged).
/// </summary>
/// <remarks>
/// <para>Feed it from one connection with <see cref="BookKeeperClient"/>, or call
/// <see cref="HandleAsync"/> for every message and <see cref="OnDisconnected"/> when a connection
/// ends. Snapshots are fetched in the background, so the feed is never held up: messages that
/// arrive meanwhile are queued (see <see cref="Level3BookKeeperOptions.MaxQueuedMessages"/>).
/// A failed fetch is retried with a doubling delay.</para>
/// <para><c>open</c>, <c>done</c>, <c>match</c> and <c>change</c> change the book; <c>received</c>
/// and changes of market orders' funds only advance its sequence. <c>activate</c> (which carries
/// no sequence) and the same messages arriving again on <c>user</c> or <c>matches</c> change nothing.</para>
/// <para>The book objects stay the same for the keeper's life. <see cref="Changed"/> and the books'
/// own <see cref="OrderBookView.Changed"/> events run on the thread applying the change, under the
/// keeper's lock (the feed's receive loop, or a background fetch while replaying): keep them short.</para>
/// </remarks>
public sealed partial class Level3BookKeeper : IBookKeeper, IAsyncDisposable
{
    /// <summary>The channel a level-3 book is kept from (it needs an authenticated feed).</summary>
    public const string FullChannel = ChannelNames.Full;

    private const string MatchType = "match";

    private readonly Func<string, CancellationToken, Task<OrderBook>> _fetchSnapshot;
    private readonly Dictionary<string, ProductState> _products;
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _disposing = new();
    private readonly HashSet<Task> _fetches = [];
    private readonly TimeSpan _retryDelay;
    private readonly TimeSpan _maxRetryDelay;
    private readonly int _maxQueuedMessages;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private bool _disposed;

    /// <summary>Creates a keeper that fetches level-3 snapshots with <see cref="RestClient.OrderBookAsync"/>.</summary>
    /// <param name="restClient">The client for snapshots (public data: no credentials needed). The keeper does not dispose it.</param>
    /// <param name="productIds">The products, for example <c>BTC-USD</c>; matched case-insensitively.</param>
    /// <param name="options">Retry, queue and logging settings; defaults when null.</param>
    /// <exception cref="ArgumentException">No product ids, an empty one, or an option out of range.</exception>
    public Level3BookKeeper(RestClient restClient, IEnumerable<string> productIds, Level3BookKeeperOptions? options = null)
        : this(RestSnapshots(restClient), productIds, options)
    {
    }

    /// <summary>Creates a keeper that takes level-3 snapshots from any source (a cache, a test double, another client).</summary>
    /// <param name="snapshotSource">
    /// Gets a product's level-3 book: every row with its <see cref="BookLevel.OrderId"/>, and the feed
    /// sequence it matches. Called in the background; may throw (the keeper retries).
    /// </param>
    /// <param name="productIds">The products, for example <c>BTC-USD</c>; matched case-insensitively.</param>
    /// <param name="options">Retry, queue and logging settings; defaults when null.</param>
    /// <exception cref="ArgumentException">No product ids, an empty one, or an option out of range.</exception>
    public Level3BookKeeper(Func<string, CancellationToken, Task<OrderBook>> snapshotSource, IEnumerable<string> productIds, Level3BookKeeperOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(snapshotSource);
        var ids = BookKeeperProducts.Check(productIds, nameof(productIds));
        options ??= new Level3BookKeeperOptions();
        CheckOptions(options);
        _fetchSnapshot = snapshotSource;
        _retryDelay = options.RetryDelay;
        _maxRetryDelay = options.MaxRetryDelay;
        _maxQueuedMessages = options.MaxQueuedMessages;
        _timeProvider = options.TimeProvider ?? TimeProvider.System;
        _logger = options.Logger ?? NullLogger.Instance;
        _products = ids.ToDictionary(id => id, id => new ProductState(new Level3OrderBook(id)), StringComparer.OrdinalIgnoreCase);
        foreach (var state in _products.Values)
        {
            state.Book.Changed += (book, change) => Raise(Changed, (Level3OrderBook)book, change);
        }

        Channels = [new Channel(FullChannel, ids)];
    }

    /// <summary>Raised after a level of a synced book changed (also while queued messages are replayed after a snapshot).</summary>
    public event Action<Level3OrderBook, BookChange>? Changed;

    /// <summary>Raised once a snapshot is loaded and the queued messages replayed: the book is synced and follows the feed.</summary>
    public event Action<Level3OrderBook>? Synced;

    /// <summary>Raised when a synced (or syncing) book loses sync; a resync follows (after a lost connection: with the next connection's first message).</summary>
    public event Action<Level3OrderBook, BookKeeperResyncReason>? Unsynced;

    /// <summary>Raised when fetching a snapshot failed; the keeper tries again after a delay.</summary>
    public event Action<Level3OrderBook, Exception>? SnapshotFailed;

    /// <inheritdoc />
    public IReadOnlyList<Channel> Channels { get; }

    /// <summary>Every book, one per product.</summary>
    public IReadOnlyCollection<Level3OrderBook> Books => [.. _products.Values.Select(state => state.Book)];

    /// <summary>The book of one product (the same object for the keeper's life).</summary>
    /// <param name="productId">One of the keeper's products.</param>
    /// <exception cref="ArgumentException">The keeper does not keep that product.</exception>
    public Level3OrderBook Book(string productId) => State(productId).Book;

    /// <summary>Completes when the product's book is synced (at once if it is).</summary>
    /// <param name="productId">One of the keeper's products.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <exception cref="ArgumentException">The keeper does not keep that product.</exception>
    public Task WhenSyncedAsync(string productId, CancellationToken cancellationToken = default)
    {
        var state = State(productId);
        lock (_gate)
        {
            return state.Synced.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Drops a product's book and builds it again from a fresh snapshot and the messages that
    /// arrive meanwhile, as after a gap. The book is unsynced until then.
    /// </summary>
    /// <param name="productId">One of the keeper's products.</param>
    /// <exception cref="ArgumentException">The keeper does not keep that product.</exception>
    /// <exception cref="ObjectDisposedException">The keeper is disposed.</exception>
    public void Resync(string productId)
    {
        var state = State(productId);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            BeginResync(state, null);
        }

        RaiseUnsynced(state.Book, BookKeeperResyncReason.Requested);
    }

    /// <inheritdoc />
    public Task HandleAsync(FeedMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        cancellationToken.ThrowIfCancellationRequested();
        if (message is not FullChannelMessage full || (full is MatchMessage && full.Type != MatchType) || !_products.TryGetValue(full.ProductId, out var state))
        {
            return Task.CompletedTask;
        }

        SequenceCheck result;
        lock (_gate)
        {
            if (_disposed)
            {
                return Task.CompletedTask;
            }

            if (state.Queue is { } queue)
            {
                Enqueue(queue, full);
                return Task.CompletedTask;
            }

            result = Apply(state.Book, full);
            if (result is SequenceCheck.Gap or SequenceCheck.NotSynced)
            {
                // Not synced: the first message ever, or the first since a lost connection.
                BeginResync(state, full);
            }
        }

        if (result == SequenceCheck.Gap)
        {
            RaiseUnsynced(state.Book, BookKeeperResyncReason.Gap);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public void OnDisconnected()
    {
        foreach (var state in _products.Values)
        {
            bool wasTrusted;
            lock (_gate)
            {
                wasTrusted = state.Synced.Task.IsCompleted || state.Queue is not null;
                StopResync(state);
                state.Book.Invalidate();
                ResetSignal(state);
            }

            if (wasTrusted)
            {
                RaiseUnsynced(state.Book, BookKeeperResyncReason.Disconnected);
            }
        }
    }

    /// <summary>Stops every snapshot fetch and waits for them to end. The books keep what they hold.</summary>
    public async ValueTask DisposeAsync()
    {
        List<Task> running;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            running = [.. _fetches];
        }

        await _disposing.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(running).ConfigureAwait(false);
        _disposing.Dispose();
    }

    private static Func<string, CancellationToken, Task<OrderBook>> RestSnapshots(RestClient restClient)
    {
        ArgumentNullException.ThrowIfNull(restClient);
        return (productId, cancellationToken) => restClient.OrderBookAsync(productId, 3, cancellationToken);
    }

    private static void CheckOptions(Level3BookKeeperOptions options)
    {
        if (options.RetryDelay <= TimeSpan.Zero || options.MaxRetryDelay < options.RetryDelay)
        {
            throw new ArgumentException("RetryDelay must be positive and MaxRetryDelay not less than it.", nameof(options));
        }

        if (options.MaxQueuedMessages < 1)
        {
            throw new ArgumentException("MaxQueuedMessages must be at least 1.", nameof(options));
        }
    }

    /// <summary>Offers one message to a book. A handler of the book's events that throws is logged and does not stop the keeper.</summary>
    private SequenceCheck Apply(Level3OrderBook book, FullChannelMessage message)
    {
        try
        {
            return message switch
            {
                OpenMessage open => book.Open(open.Sequence, open.OrderId, open.Side, open.Price, open.RemainingSize),
                DoneMessage done => book.Done(done.Sequence, done.OrderId),
                MatchMessage match => book.Match(match.Sequence, match.MakerOrderId, match.Size),
                ChangeMessage { NewSize: { } newSize } change => book.Change(change.Sequence, change.OrderId, newSize, change.NewPrice),
                _ => book.Skip(message.Sequence), // received, and funds changes of market orders, which never rest
            };
        }
        catch (Exception ex)
        {
            Log.ApplyFailed(_logger, book.ProductId, message.Type, message.Sequence, ex);

            // Thrown after the change (by an event handler): applied. Thrown before: the sequence check catches it.
            return book.Sequence >= message.Sequence ? SequenceCheck.Applied : SequenceCheck.Gap;
        }
    }

    private void Enqueue(Queue<FullChannelMessage> queue, FullChannelMessage message)
    {
        if (queue.Count >= _maxQueuedMessages)
        {
            queue.Dequeue();
        }

        queue.Enqueue(message);
    }

    private ProductState State(string productId)
    {
        ArgumentNullException.ThrowIfNull(productId);
        return _products.TryGetValue(productId, out var state)
            ? state
            : throw new ArgumentException($"This keeper does not keep {productId}; it keeps {string.Join(", ", _products.Keys)}.", nameof(productId));
    }

    // Called under _gate.
    private static void ResetSignal(ProductState state)
    {
        if (state.Synced.Task.IsCompleted)
        {
            state.Synced = NewSignal();
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private void RaiseUnsynced(Level3OrderBook book, BookKeeperResyncReason reason)
    {
        BookTelemetry.Resync(3, book.ProductId, reason);
        Raise(Unsynced, book, reason);
    }

    private void Raise<T>(Action<Level3OrderBook, T>? handler, Level3OrderBook book, T argument)
    {
        try
        {
            handler?.Invoke(book, argument);
        }
        catch (Exception ex)
        {
            Log.HandlerFailed(_logger, book.ProductId, ex);
        }
    }

    /// <summary>One product's book and where its synchronisation stands. Mutable fields are guarded by the keeper's lock.</summary>
    private sealed class ProductState(Level3OrderBook book)
    {
        public Level3OrderBook Book { get; } = book;

        /// <summary>Messages held while a snapshot is fetched; null when the book follows the feed live (or waits for its first message).</summary>
        public Queue<FullChannelMessage>? Queue { get; set; }

        /// <summary>Bumped by every resync and disconnect, so that a superseded fetch leaves the book alone.</summary>
        public int Generation { get; set; }

        /// <summary>Cancels the fetch under way, if any.</summary>
        public CancellationTokenSource? Fetch { get; set; }

        /// <summary>Completed while the book is synced.</summary>
        public TaskCompletionSource Synced { get; set; } = NewSignal();
    }
}
