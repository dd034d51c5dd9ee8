using CoPrA.Rest;
using CoPrA.WebSocket;

namespace CoPrA.Orders.Tracking;

/// <summary>
/// Keeps the state of your Exchange orders: joins the placements' REST answers (<see cref="Track(Order)"/>)
/// and the feed's <c>user</c> channel (attach it with <see cref="AttachAsync"/>) by order id and
/// client order id, whichever comes first, and keeps each order in one lifecycle
/// (<see cref="TrackedOrderState"/>) with its fills. Raises <see cref="OrderTrackerBase.StateChanged"/> and
/// <see cref="OrderTrackerBase.Filled"/>; <see cref="OrderTrackerBase.WhenDoneAsync"/> waits for an order's end. After a reconnect of
/// the feed, a gap the attached feed detects (on the <c>full</c> channel) or is told of
/// (<see cref="OrderTrackerBase.OnGap"/>), or on demand (<see cref="OrderTrackerBase.ReconcileAsync"/>) it
/// looks every live order up over REST, so that no transition is missed.
/// </summary>
/// <remarks>
/// Events are raised after the tracker's lock is released, on the thread that brought the news:
/// the feed's receive loop (keep handlers short), a reconcile, or your call to <see cref="Track(Order)"/>.
/// A handler may call the tracker. A handler that throws is logged and the tracker goes on.
/// </remarks>
public class OrderTracker : OrderTrackerBase, IFeedListener<FeedMessage>
{
    // The base has no protected members (only private protected ones), so deriving from this class exposes nothing of it.
#pragma warning disable RS0022
    /// <summary>Creates a tracker that reconciles through <paramref name="rest"/>; it tracks nothing until told to.</summary>
    /// <param name="rest">The client the orders are placed with (its credentials look them up).</param>
    /// <param name="options">Settings; defaults when null.</param>
    /// <exception cref="ArgumentNullException">The client is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="OrderTrackerOptions.MaxUntrackedOrders"/> is less than 1, or <see cref="OrderTrackerOptions.ReconcileSettleTime"/> is negative or over 10 minutes.</exception>
    public OrderTracker(RestClient rest, OrderTrackerOptions? options = null)
        : base(new ExchangeOrderSource(rest ?? throw new ArgumentNullException(nameof(rest))), options)
    {
    }

    /// <summary>For mocking (Moq and the like): a tracker without a client (a lookup it makes fails). Every public member is virtual.</summary>
    protected OrderTracker()
        : base(DetachedOrderSource.Instance, null)
    {
    }
#pragma warning restore RS0022

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

        return Core.Track(ExchangeOrderUpdates.FromRest(order));
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
        if (message is SubscriptionsMessage)
        {
            OnSubscribed();
        }

        foreach (var update in ExchangeOrderUpdates.FromFeed(message))
        {
            Core.Apply(update);
        }

        return Task.CompletedTask;
    }
}
