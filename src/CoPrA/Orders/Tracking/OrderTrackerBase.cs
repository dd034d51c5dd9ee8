using CoPrA.WebSocket;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoPrA.Orders.Tracking;

/// <summary>
/// What every API's order tracker offers (<see cref="OrderTracker"/> for the Exchange,
/// <see cref="AdvancedTradeOrderTracker"/> for Advanced Trade): the tracked orders, their events,
/// <see cref="WhenDoneAsync"/>, and the reconcile passes after a reconnect, a gap or on demand.
/// </summary>
/// <remarks>
/// Events are raised after the tracker's lock is released, on the thread that brought the news:
/// the feed's receive loop (keep handlers short), a reconcile, or your call to <c>Track</c>.
/// A handler may call the tracker. A handler that throws is logged and the tracker goes on.
/// </remarks>
public abstract class OrderTrackerBase : IFeedGapListener, IAsyncDisposable
{
    private static readonly TimeSpan MaxSettleTime = TimeSpan.FromMinutes(10);
    private readonly bool _reconcileOnReconnect;
    private int _disconnected;

    /// <summary>Checks the options and builds the core on the API's REST lookup.</summary>
    private protected OrderTrackerBase(IOrderSource source, OrderTrackerOptions? options)
    {
        options ??= new OrderTrackerOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxUntrackedOrders, 1, nameof(options));
        if (options.ReconcileSettleTime < TimeSpan.Zero || options.ReconcileSettleTime > MaxSettleTime)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.ReconcileSettleTime, $"OrderTrackerOptions.ReconcileSettleTime must be zero or more (at most {MaxSettleTime}), got {options.ReconcileSettleTime}.");
        }

        _reconcileOnReconnect = options.ReconcileOnReconnect;
        var events = new OrderTrackerEvents(e => StateChanged?.Invoke(this, e), e => Filled?.Invoke(this, e), e => Reconciled?.Invoke(this, e));
        Core = new OrderTrackerCore(source, events, options.Logger ?? NullLogger.Instance, options.MaxUntrackedOrders, options.ReconcileSettleTime, options.TimeProvider ?? TimeProvider.System);
    }

    /// <summary>A tracked order moved forward in its lifecycle (for example open to partially filled).</summary>
    public virtual event EventHandler<OrderStateChangedEventArgs>? StateChanged;

    /// <summary>A tracked order got a fill (once per trade id, however often it is reported).</summary>
    public virtual event EventHandler<OrderFilledEventArgs>? Filled;

    /// <summary>A reconcile pass ended.</summary>
    public virtual event EventHandler<OrdersReconciledEventArgs>? Reconciled;

    /// <summary>Every tracked order as it is now, in the order first tracked.</summary>
    public virtual IReadOnlyList<TrackedOrder> Orders => Core.Orders;

    private protected OrderTrackerCore Core { get; }

    /// <summary>
    /// Tracks an order known only by its client order id, for example one whose placement threw
    /// <see cref="Rest.OrderOutcomeUnknownException"/>: the feed or a reconcile (a lookup by client order
    /// id) fills it in. While the server does not know it, it stays pending.
    /// </summary>
    /// <param name="clientOrderId">The client order id the order was sent with.</param>
    /// <param name="productId">The product, when known.</param>
    /// <exception cref="ArgumentException">The client order id is null or empty.</exception>
    public virtual TrackedOrder Track(string clientOrderId, string? productId = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(clientOrderId);
        return Core.Track(new OrderUpdate { ClientOrderId = clientOrderId, ProductId = productId });
    }

    /// <summary>The tracked order with this order id or client order id, or null.</summary>
    /// <param name="id">An order id or a client order id.</param>
    /// <exception cref="ArgumentException">The id is null or empty.</exception>
    public virtual TrackedOrder? Find(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        return Core.Find(id);
    }

    /// <summary>Completes with the order when it reaches a terminal state (at once if it already has).</summary>
    /// <param name="id">A tracked order's order id or client order id.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <exception cref="ArgumentException">The id is null or empty, or no tracked order has it.</exception>
    public virtual Task<TrackedOrder> WhenDoneAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        return Core.WhenDoneAsync(id, cancellationToken);
    }

    /// <summary>Stops tracking the orders that are done (a long-running tracker's memory); returns how many.</summary>
    public virtual int ForgetDone() => Core.ForgetDone();

    /// <summary>
    /// Looks up every tracked order that is not done (by order id, else by client order id, and
    /// its fills) and applies what the server says. An order the server no longer knows, though it
    /// once gave it an id, becomes <see cref="TrackedOrderState.Cancelled"/>: Coinbase purges
    /// cancelled orders with no fills. A lookup that fails is logged and left for the next pass.
    /// Returns how many orders changed. Passes run one at a time.
    /// </summary>
    /// <param name="cancellationToken">Cancels the pass.</param>
    public virtual Task<int> ReconcileAsync(CancellationToken cancellationToken = default) => Core.ReconcileAsync("request", cancellationToken);

    /// <summary>
    /// Tells the tracker that the feed lost messages: a reconcile pass starts in the background.
    /// An attached feed calls it for every gap it detects; call it yourself for gaps the feed cannot see.
    /// </summary>
    /// <param name="gap">What was lost.</param>
    /// <exception cref="ArgumentNullException">The gap is null.</exception>
    public virtual void OnGap(SequenceGap gap)
    {
        ArgumentNullException.ThrowIfNull(gap);
        Core.RequestReconcile("gap");
    }

    /// <summary>The feed's connection ended: the next subscription confirmation starts a reconcile.</summary>
    public virtual void OnDisconnected() => Volatile.Write(ref _disconnected, 1);

    /// <summary>Stops a reconcile under way; the tracker's orders stay readable.</summary>
    public virtual async ValueTask DisposeAsync()
    {
        await Core.DisposeAsync().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// A subscription confirmation arrived: after a lost connection, what happened meanwhile is
    /// fetched over REST (messages from then on arrive live).
    /// </summary>
    private protected void OnSubscribed()
    {
        if (Interlocked.Exchange(ref _disconnected, 0) == 1 && _reconcileOnReconnect)
        {
            Core.RequestReconcile("reconnect");
        }
    }
}
