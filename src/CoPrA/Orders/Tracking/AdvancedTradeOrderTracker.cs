using CoPrA.AdvancedTrade;
using CoPrA.WebSocket;

namespace CoPrA.Orders.Tracking;

/// <summary>
/// Keeps the state of your Advanced Trade orders, as <see cref="OrderTracker"/> does for the
/// Exchange's: joins the placements' answers (<see cref="Track(CreateOrderResponse)"/>) and the
/// <c>user</c> channel (attach it with <see cref="AttachAsync"/>) by order id and client order id,
/// whichever comes first, and keeps each order in one lifecycle (<see cref="TrackedOrderState"/>).
/// The channel reports running totals, not trades: the filled size, value and fees follow it at
/// once, and when the filled size grows past the fills known the order's fills are fetched over
/// REST, so <see cref="OrderTrackerBase.Filled"/> is raised once per trade id, a little later.
/// After a reconnect of the feed, a gap in its <c>sequence_num</c> or on demand it looks every
/// live order up over REST, so that no transition is missed.
/// </summary>
/// <remarks>
/// Events are raised after the tracker's lock is released, on the thread that brought the news:
/// the feed's receive loop (keep handlers short), a reconcile or fill lookup, or your call to <c>Track</c>.
/// A handler may call the tracker. A handler that throws is logged and the tracker goes on.
/// </remarks>
public class AdvancedTradeOrderTracker : OrderTrackerBase, IFeedListener<AdvancedTradeFeedMessage>
{
    // The base has no protected members (only private protected ones), so deriving from this class exposes nothing of it.
#pragma warning disable RS0022
    /// <summary>Creates a tracker that looks orders and fills up through <paramref name="client"/>; it tracks nothing until told to.</summary>
    /// <param name="client">The client the orders are placed with (its key looks them up).</param>
    /// <param name="options">Settings; defaults when null.</param>
    /// <exception cref="ArgumentNullException">The client is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="OrderTrackerOptions.MaxUntrackedOrders"/> is less than 1, or <see cref="OrderTrackerOptions.ReconcileSettleTime"/> is negative or over 10 minutes.</exception>
    public AdvancedTradeOrderTracker(AdvancedTradeClient client, OrderTrackerOptions? options = null)
        : base(new AdvancedTradeOrderSource(client ?? throw new ArgumentNullException(nameof(client))), options)
    {
    }

    /// <summary>For mocking (Moq and the like): a tracker without a client (a lookup it makes fails). Every public member is virtual.</summary>
    protected AdvancedTradeOrderTracker()
        : base(DetachedOrderSource.Instance, null)
    {
    }
#pragma warning restore RS0022

    /// <summary>
    /// Tracks an order from a placement's answer (<see cref="AdvancedTradeClient.CreateOrderAsync"/>
    /// and the order helpers), joining it with what the feed already said about it; an order
    /// tracked already is updated. Returns the order as now tracked.
    /// </summary>
    /// <param name="response">The placement's answer.</param>
    /// <exception cref="ArgumentNullException">The answer is null.</exception>
    /// <exception cref="ArgumentException">The answer has neither an order id nor a client order id (a refused order).</exception>
    public virtual TrackedOrder Track(CreateOrderResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var update = AdvancedTradeOrderUpdates.FromPlacement(response);
        return TrackChecked(update, nameof(response));
    }

    /// <summary>Tracks an order from a lookup's answer (<see cref="AdvancedTradeClient.GetOrderAsync"/>, <see cref="AdvancedTradeClient.ListOrdersAsync"/>); as <see cref="Track(CreateOrderResponse)"/>.</summary>
    /// <param name="order">The order.</param>
    /// <exception cref="ArgumentNullException">The order is null.</exception>
    /// <exception cref="ArgumentException">The order has neither an order id nor a client order id.</exception>
    public virtual TrackedOrder Track(AdvancedOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return TrackChecked(AdvancedTradeOrderUpdates.FromRest(order), nameof(order));
    }

    /// <summary>
    /// Attaches the tracker to <paramref name="feed"/> (see <see cref="AdvancedTradeWebSocketClient.Attach"/>)
    /// and subscribes to the <c>user</c> channel (the feed needs a key): for <paramref name="productIds"/>,
    /// or every product when none is given.
    /// </summary>
    /// <param name="feed">The feed.</param>
    /// <param name="productIds">The products whose orders to follow; empty for all.</param>
    /// <param name="cancellationToken">Cancels sending the subscribe frame.</param>
    /// <returns>Detaches the tracker when disposed (the channel stays subscribed).</returns>
    /// <exception cref="ArgumentNullException">The feed or the products are null.</exception>
    public virtual async Task<IDisposable> AttachAsync(AdvancedTradeWebSocketClient feed, IEnumerable<string> productIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(productIds);
        var channel = new AdvancedTradeChannel(AdvancedTradeChannel.User, productIds);
        var attached = feed.Attach(this);
        await feed.SubscribeAsync(channel, cancellationToken).ConfigureAwait(false);
        return attached;
    }

    /// <summary>Applies a feed message (the <c>user</c> channel's orders); called by the feed it is attached to.</summary>
    /// <param name="message">The message.</param>
    /// <param name="cancellationToken">Unused: applying never waits.</param>
    public virtual Task HandleAsync(AdvancedTradeFeedMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        switch (message)
        {
            case AdvancedTradeFeedMessage<SubscriptionsEvent>:
                OnSubscribed();
                break;
            case AdvancedTradeFeedMessage<UserEvent> user:
                foreach (var order in user.Events.SelectMany(e => e.Orders))
                {
                    Core.Apply(AdvancedTradeOrderUpdates.FromFeed(order, message.Timestamp));
                }

                break;
        }

        return Task.CompletedTask;
    }

    private TrackedOrder TrackChecked(OrderUpdate update, string paramName)
    {
        if (update.OrderId is null && update.ClientOrderId is null)
        {
            throw new ArgumentException("The order has neither an order_id nor a client_order_id.", paramName);
        }

        return Core.Track(update);
    }
}
