using CoPrA.Rest;
using CoPrA.WebSocket;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoPrA.Orders.Tracking;

/// <summary>
/// Keeps the state of your Exchange orders: joins the placements' REST answers (<see cref="Track(Order)"/>)
/// and the feed's <c>user</c> channel (attach it with <see cref="AttachAsync"/>) by order id and
/// client order id, whichever comes first, and keeps each order in one lifecycle
/// (<see cref="TrackedOrderState"/>) with its fills. Raises <see cref="StateChanged"/> and
/// <see cref="Filled"/>; <see cref="WhenDoneAsync"/> waits for an order's end. After a reconnect of
/// the feed, a reported gap (<see cref="OnGap"/>) or on demand (<see cref="ReconcileAsync"/>) it
/// looks every live order up over REST, so that no transition is missed.
/// </summary>
/// <remarks>
/// Events are raised after the tracker's lock is released, on the thread that brought the news:
/// the feed's receive loop (keep handlers short), a reconcile, or your call to <see cref="Track(Order)"/>.
/// A handler may call the tracker. A handler that throws is logged and the tracker goes on.
/// </remarks>
public class OrderTracker : IFeedListener<FeedMessage>, IAsyncDisposable
{
    private readonly OrderTrackerCore _core;
    private readonly bool _reconcileOnReconnect;
    private int _disconnected;

    /// <summary>Creates a tracker that reconciles through <paramref name="rest"/>; it tracks nothing until told to.</summary>
    /// <param name="rest">The client the orders are placed with (its credentials look them up).</param>
    /// <param name="options">Settings; defaults when null.</param>
    /// <exception cref="ArgumentNullException">The client is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="OrderTrackerOptions.MaxUntrackedOrders"/> is less than 1.</exception>
    public OrderTracker(RestClient rest, OrderTrackerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rest);
        options ??= new OrderTrackerOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxUntrackedOrders, 1, nameof(options));
        _reconcileOnReconnect = options.ReconcileOnReconnect;
        var events = new OrderTrackerEvents(e => StateChanged?.Invoke(this, e), e => Filled?.Invoke(this, e), e => Reconciled?.Invoke(this, e));
        _core = new OrderTrackerCore(new ExchangeOrderSource(rest), events, options.Logger ?? NullLogger.Instance, options.MaxUntrackedOrders);
    }

    /// <summary>For mocking (Moq and the like): a tracker of a default client. Every public member is virtual.</summary>
    protected OrderTracker()
        : this(new RestClient())
    {
    }

    /// <summary>A tracked order moved forward in its lifecycle (for example open to partially filled).</summary>
    public virtual event EventHandler<OrderStateChangedEventArgs>? StateChanged;

    /// <summary>A tracked order got a fill (once per trade id, however often it is reported).</summary>
    public virtual event EventHandler<OrderFilledEventArgs>? Filled;

    /// <summary>A reconcile pass ended.</summary>
    public virtual event EventHandler<OrdersReconciledEventArgs>? Reconciled;

    /// <summary>Every tracked order as it is now, in the order first tracked.</summary>
    public virtual IReadOnlyList<TrackedOrder> Orders => _core.Orders;

    /// <summary>
    /// Tracks an order from its REST answer (a placement's result or a lookup), joining it with
    /// what the feed already said about it (by order id or client order id); an order tracked
    /// already is updated. Returns the order as now tracked.
    /// </summary>
    /// <param name="order">The order, as <see cref="RestClient.LimitOrderAsync"/>, <see cref="RestClient.MarketOrderAsync"/> or <see cref="RestClient.GetOrderAsync(string, MarketType?, CancellationToken)"/> returned it.</param>
    /// <exception cref="ArgumentNullException">The order is null.</exception>
    /// <exception cref="ArgumentException">The order has neither an id nor a client order id.</exception>
    public virtual TrackedOrder Track(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (string.IsNullOrEmpty(order.Id) && string.IsNullOrEmpty(order.ClientOid))
        {
            throw new ArgumentException("The order has neither an id nor a client_oid.", nameof(order));
        }

        return _core.Track(ExchangeOrderUpdates.FromRest(order));
    }

    /// <summary>
    /// Tracks an order known only by its client order id, for example one whose placement threw
    /// <see cref="OrderOutcomeUnknownException"/>: the feed's <c>received</c> message or a reconcile
    /// (<c>GET /orders/client:{id}</c>) fills it in. While the server does not know it, it stays pending.
    /// </summary>
    /// <param name="clientOrderId">The client_oid the order was sent with.</param>
    /// <param name="productId">The product, when known.</param>
    /// <exception cref="ArgumentException">The client order id is null or empty.</exception>
    public virtual TrackedOrder Track(string clientOrderId, string? productId = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(clientOrderId);
        return _core.Track(new OrderUpdate { ClientOrderId = clientOrderId, ProductId = productId });
    }

    /// <summary>The tracked order with this order id or client order id, or null.</summary>
    /// <param name="id">An order id or a client order id.</param>
    /// <exception cref="ArgumentException">The id is null or empty.</exception>
    public virtual TrackedOrder? Find(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        return _core.Find(id);
    }

    /// <summary>Completes with the order when it reaches a terminal state (at once if it already has).</summary>
    /// <param name="id">A tracked order's order id or client order id.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <exception cref="ArgumentException">The id is null or empty, or no tracked order has it.</exception>
    public virtual Task<TrackedOrder> WhenDoneAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        return _core.WhenDoneAsync(id, cancellationToken);
    }

    /// <summary>Stops tracking the orders that are done (a long-running tracker's memory); returns how many.</summary>
    public virtual int ForgetDone() => _core.ForgetDone();

    /// <summary>
    /// Looks up every tracked order that is not done (<c>GET /orders/{id}</c>, or <c>client:{id}</c>,
    /// and its fills) and applies what the server says. An order the server no longer knows,
    /// though it once gave it an id, becomes <see cref="TrackedOrderState.Cancelled"/>: Coinbase
    /// purges cancelled orders with no fills. A lookup that fails is logged and left for the next pass.
    /// Returns how many orders changed. Passes run one at a time.
    /// </summary>
    /// <param name="cancellationToken">Cancels the pass.</param>
    public virtual Task<int> ReconcileAsync(CancellationToken cancellationToken = default) => _core.ReconcileAsync("request", cancellationToken);

    /// <summary>
    /// Tells the tracker that the feed lost messages, for example from an overridden
    /// <see cref="WebSocketClient"/> <c>OnGapAsync</c>: a reconcile pass starts in the background.
    /// </summary>
    /// <param name="gap">What was lost.</param>
    /// <exception cref="ArgumentNullException">The gap is null.</exception>
    public virtual void OnGap(SequenceGap gap)
    {
        ArgumentNullException.ThrowIfNull(gap);
        _core.RequestReconcile("gap");
    }

    /// <summary>
    /// Attaches the tracker to <paramref name="feed"/> (see <see cref="WebSocketClient.Attach"/>) and
    /// subscribes to the <c>user</c> channel of <paramref name="productIds"/> (the feed needs credentials).
    /// </summary>
    /// <param name="feed">The feed.</param>
    /// <param name="productIds">The products whose orders to follow.</param>
    /// <param name="cancellationToken">Cancels sending the subscribe frame.</param>
    /// <returns>Detaches the tracker when disposed (the channel stays subscribed).</returns>
    /// <exception cref="ArgumentNullException">The feed or the products are null.</exception>
    /// <exception cref="ArgumentException">No product is given.</exception>
    public virtual async Task<IDisposable> AttachAsync(WebSocketClient feed, IEnumerable<string> productIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(productIds);
        string[] products = [.. productIds];
        if (products.Length == 0)
        {
            throw new ArgumentException("At least one product is needed.", nameof(productIds));
        }

        var attached = feed.Attach(this);
        await feed.SubscribeAsync(new Channel(ChannelNames.User, products), cancellationToken).ConfigureAwait(false);
        return attached;
    }

    /// <summary>Applies a feed message (the <c>user</c> channel's, or <c>full</c>'s); called by the feed it is attached to.</summary>
    /// <param name="message">The message.</param>
    /// <param name="cancellationToken">Unused: applying never waits.</param>
    public virtual Task HandleAsync(FeedMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message is SubscriptionsMessage && Interlocked.Exchange(ref _disconnected, 0) == 1 && _reconcileOnReconnect)
        {
            // Subscribed again after a lost connection: what happened meanwhile is fetched over REST.
            _core.RequestReconcile("reconnect");
        }

        foreach (var update in ExchangeOrderUpdates.FromFeed(message))
        {
            _core.Apply(update);
        }

        return Task.CompletedTask;
    }

    /// <summary>The feed's connection ended: the next subscription confirmation starts a reconcile.</summary>
    public virtual void OnDisconnected() => Volatile.Write(ref _disconnected, 1);

    /// <summary>Stops a reconcile under way; the tracker's orders stay readable.</summary>
    public virtual async ValueTask DisposeAsync()
    {
        await _core.DisposeAsync().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }
}
