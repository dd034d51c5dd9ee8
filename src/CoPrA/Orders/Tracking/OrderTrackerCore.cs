using Microsoft.Extensions.Logging;
using Log = CoPrA.Orders.Tracking.OrderTrackerLog;

namespace CoPrA.Orders.Tracking;

/// <summary>
/// The API-neutral tracker: the orders (joined by order id and client order id), the lifecycle
/// applied to them, news about orders not tracked yet (kept until they are), the events, the
/// waiters and the reconcile passes. An API adapter turns its messages and answers into
/// <see cref="OrderUpdate"/>s and supplies the REST lookup (<see cref="IOrderSource"/>).
/// State changes happen under one lock; events and waiters are raised after it is released, on
/// the thread that applied the update (the feed's receive loop, a reconcile, or the caller).
/// </summary>
internal sealed class OrderTrackerCore : IAsyncDisposable
{
    private const int ReconcileParallelism = 4;

    private readonly Lock _gate = new();
    private readonly IOrderSource _source;
    private readonly ILogger _logger;
    private readonly OrderTrackerEvents _events;
    private readonly int _maxUntracked;
    private readonly List<Entry> _entries = [];
    private readonly Dictionary<string, Entry> _byOrderId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entry> _byClientId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Untracked> _untracked = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _untrackedClientIds = new(StringComparer.Ordinal);
    private readonly Queue<string> _untrackedOrder = new();
    // Insertion-ordered, so that waiting lookups run in the order they were asked for.
    private readonly OrderedDictionary<Entry, bool> _pendingRefresh = new();
    private readonly SemaphoreSlim _reconcileGate = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private readonly TimeSpan _settleTime;
    private readonly TimeProvider _time;
    private Task _background = Task.CompletedTask;
    private bool _backgroundRunning;
    private string? _pendingReason;
    private bool _passRunning;
    private DateTimeOffset _settleEnds = DateTimeOffset.MinValue;

    public OrderTrackerCore(IOrderSource source, OrderTrackerEvents events, ILogger logger, int maxUntracked, TimeSpan settleTime, TimeProvider time)
    {
        _source = source;
        _events = events;
        _logger = logger;
        _maxUntracked = maxUntracked;
        _settleTime = settleTime;
        _time = time;
    }

    /// <summary>Every tracked order, in the order first tracked.</summary>
    public IReadOnlyList<TrackedOrder> Orders
    {
        get
        {
            lock (_gate)
            {
                return [.. _entries.Select(entry => entry.Order)];
            }
        }
    }

    /// <summary>Starts tracking the order the update is about (or joins the one already tracked) and applies what was kept for it.</summary>
    public TrackedOrder Track(OrderUpdate update)
    {
        var notices = new List<Notice>();
        Entry entry;
        bool behind;
        lock (_gate)
        {
            entry = Find(update.OrderId, update.ClientOrderId) ?? Add(update);
            behind = ApplyLocked(entry, update, notices);
            LookUpIfLateLocked(entry);
        }

        Raise(notices);
        FetchFillsIfBehind(entry, behind);
        return entry.Order;
    }

    /// <summary>
    /// An order placed while the feed was away had its news lost with the connection (or in the
    /// gap), and only a lookup made after it is tracked brings that news back. A pass looks up
    /// what is tracked when each of its two rounds begins, so a placement answered during the
    /// last round, or just after the pass, would be missed. Every live order tracked from a
    /// background pass's request until the settle time after a pass ends is therefore looked up
    /// once: by a round of the pass that begins after it (which takes it off the list), else
    /// after the pass, with the other refreshes. An order tracked later was placed after the feed
    /// came back (or its answer took longer than the pass and the settle time together).
    /// </summary>
    private void LookUpIfLateLocked(Entry entry)
    {
        // Asked under the lock of Track, unlike FetchFillsIfBehind: a round that begins after it then takes it off the list.
        bool late = _pendingReason is not null || _passRunning || _time.GetUtcNow() < _settleEnds;
        if (late && !entry.Order.IsDone)
        {
            RefreshLocked(entry);
        }
    }

    /// <summary>Applies news from the feed: to the order it is about, or kept until that order is tracked.</summary>
    public void Apply(OrderUpdate update)
    {
        var notices = new List<Notice>();
        Entry? entry;
        bool behind = false;
        lock (_gate)
        {
            entry = Find(update.OrderId, update.ClientOrderId);
            if (entry is not null)
            {
                behind = ApplyLocked(entry, update, notices);
            }
            else
            {
                Keep(update);
            }
        }

        Raise(notices);
        FetchFillsIfBehind(entry, behind);
    }

    /// <summary>The order with this order id or client order id, or null.</summary>
    public TrackedOrder? Find(string id)
    {
        lock (_gate)
        {
            return Find(id, id)?.Order;
        }
    }

    /// <summary>Completes with the order once it is done; at once if it already is.</summary>
    public Task<TrackedOrder> WhenDoneAsync(string id, CancellationToken cancellationToken)
    {
        Entry? entry;
        lock (_gate)
        {
            entry = Find(id, id);
        }

        return entry is null
            ? throw new ArgumentException($"No tracked order has the order id or client order id '{id}'.", nameof(id))
            : entry.Done.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Stops tracking the orders that are done; returns how many.</summary>
    public int ForgetDone()
    {
        lock (_gate)
        {
            var done = _entries.Where(entry => entry.Order.IsDone).ToList();
            foreach (var entry in done)
            {
                _entries.Remove(entry);
                RemoveIndex(_byOrderId, entry.Order.OrderId, entry);
                RemoveIndex(_byClientId, entry.Order.ClientOrderId, entry);
            }

            return done.Count;
        }
    }

    /// <summary>
    /// Looks every order that is not done up over REST (then those tracked meanwhile) and
    /// applies what it finds: its state, its figures and its fills. An order the server no longer
    /// knows, that it once knew (it has an order id), is cancelled: Coinbase purges cancelled orders
    /// that had no fills. One pass at a time. Returns how many orders changed.
    /// </summary>
    public async Task<int> ReconcileAsync(string reason, CancellationToken cancellationToken)
    {
        var looked = new HashSet<Entry>();
        int changed = 0;
        int failed = 0;
        await _reconcileGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            MarkPass(running: true);
            var live = LiveNotLookedUp(looked);
            Log.Reconciling(_logger, live.Count, reason);
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = ReconcileParallelism, CancellationToken = cancellationToken };

            // The orders tracked while those were looked up get a second round: a placement answered
            // just after the pass began may have had its news lost in the gap the pass is there to
            // fill. One round only, so that a busy session's new orders do not keep the pass going
            // (those tracked later are looked up after the pass: LookUpIfLateLocked).
            await Parallel.ForEachAsync(live, parallel, LookUpAsync).ConfigureAwait(false);
            await Parallel.ForEachAsync(LiveNotLookedUp(looked), parallel, LookUpAsync).ConfigureAwait(false);
        }
        finally
        {
            MarkPass(running: false);
            _reconcileGate.Release();
        }

        Log.Reconciled(_logger, reason, looked.Count, changed, failed);
        Invoke(nameof(OrderTrackerEvents.Reconciled), () => _events.Reconciled(new OrdersReconciledEventArgs(reason, looked.Count, changed, failed)));
        return changed;

        async ValueTask LookUpAsync(Entry entry, CancellationToken ct)
        {
            var order = entry.Order;
            OrderUpdate? found;
            try
            {
                found = await _source.FetchAsync(order, ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                Interlocked.Increment(ref failed);
                Log.LookupFailed(_logger, order.OrderId, order.ClientOrderId, ex);
                return;
            }

            if ((found ?? Purged(order)) is { } update && ApplyTo(entry, update))
            {
                Interlocked.Increment(ref changed);
            }
        }
    }

    /// <summary>A pass began, or ended: the settle time for late placements (<see cref="LookUpIfLateLocked"/>) starts now.</summary>
    private void MarkPass(bool running)
    {
        lock (_gate)
        {
            _passRunning = running;
            if (!running)
            {
                _settleEnds = _time.GetUtcNow() + _settleTime;
            }
        }
    }

    /// <summary>
    /// The orders not done that this pass has not looked up yet; they count as looked up from now
    /// on, and their refreshes waiting are served by this round.
    /// </summary>
    private List<Entry> LiveNotLookedUp(HashSet<Entry> looked)
    {
        lock (_gate)
        {
            List<Entry> live = [.. _entries.Where(entry => !entry.Order.IsDone && !looked.Contains(entry))];
            looked.UnionWith(live);
            foreach (var entry in live)
            {
                _pendingRefresh.Remove(entry);
            }

            return live;
        }
    }

    /// <summary>
    /// Asks for a reconcile pass in the background and returns at once. Requests that come while
    /// one is waiting share it; one that comes during a pass gets a pass of its own after it.
    /// </summary>
    public void RequestReconcile(string reason)
    {
        lock (_gate)
        {
            if (_stopping.IsCancellationRequested || _pendingReason is not null)
            {
                return;
            }

            _pendingReason = reason;
            StartBackgroundLocked();
        }
    }

    public async ValueTask DisposeAsync()
    {
        lock (_gate)
        {
            _stopping.Cancel();
        }

        await _background.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stopping.Dispose();
        _reconcileGate.Dispose();
    }

    private void StartBackgroundLocked()
    {
        if (!_backgroundRunning)
        {
            _backgroundRunning = true;
            _background = Task.Run(RunBackgroundAsync);
        }
    }

    private async Task RunBackgroundAsync()
    {
        while (true)
        {
            string? reason;
            Entry[] refresh = [];
            lock (_gate)
            {
                if ((_pendingReason is null && _pendingRefresh.Count == 0) || _stopping.IsCancellationRequested)
                {
                    _backgroundRunning = false;
                    return;
                }

                // A pass serves the refreshes of the live orders it looks up; the others wait for the round after it.
                reason = _pendingReason;
                _pendingReason = null;
                if (reason is null)
                {
                    refresh = [.. _pendingRefresh.Keys];
                    _pendingRefresh.Clear();
                }
            }

            try
            {
                if (reason is not null)
                {
                    await ReconcileAsync(reason, _stopping.Token).ConfigureAwait(false);
                }

                foreach (var entry in refresh)
                {
                    await RefreshAsync(entry, _stopping.Token).ConfigureAwait(false);
                }
            }
            catch (Exception ex) when (!_stopping.IsCancellationRequested)
            {
                Log.ReconcileFailed(_logger, reason ?? "refresh", ex);
            }
            catch (OperationCanceledException)
            {
                // stopping
            }
        }
    }

    /// <summary>Looks one tracked order up and applies what the server says; a failed lookup is logged.</summary>
    private async Task RefreshAsync(Entry entry, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (Find(entry.Order.OrderId, entry.Order.ClientOrderId) != entry)
            {
                return; // forgotten meanwhile
            }
        }

        try
        {
            if (await _source.FetchAsync(entry.Order, cancellationToken).ConfigureAwait(false) is { } found)
            {
                ApplyTo(entry, found);
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            Log.LookupFailed(_logger, entry.Order.OrderId, entry.Order.ClientOrderId, ex);
        }
    }

    private OrderUpdate? Purged(TrackedOrder order)
    {
        if (order.OrderId is not { } orderId)
        {
            return null; // known only by its client order id and not found: maybe never placed, so nothing to say
        }

        Log.Purged(_logger, orderId);
        return new OrderUpdate { OrderId = orderId, State = TrackedOrderState.Cancelled };
    }

    private bool ApplyTo(Entry entry, OrderUpdate update)
    {
        var notices = new List<Notice>();
        bool changed;
        lock (_gate)
        {
            var before = entry.Order;
            ApplyLocked(entry, update, notices);
            changed = entry.Order.State != before.State || entry.Order.Fills.Count != before.Fills.Count || entry.Order.FilledSize != before.FilledSize;
        }

        Raise(notices);
        return changed;
    }

    private Entry? Find(string? orderId, string? clientOrderId) =>
        orderId is not null && _byOrderId.TryGetValue(orderId, out var byId) ? byId
        : clientOrderId is not null && _byClientId.TryGetValue(clientOrderId, out var byClient) ? byClient
        : null;

    private Entry Add(OrderUpdate update)
    {
        var entry = new Entry(new TrackedOrder { OrderId = update.OrderId, ClientOrderId = update.ClientOrderId });
        _entries.Add(entry);
        return entry;
    }

    /// <summary>
    /// Applies an update, then whatever was kept for the ids the order now has. Returns whether any
    /// of them showed more filled than the fills known (<see cref="OrderLifecycle.FillsBehind"/>).
    /// </summary>
    private bool ApplyLocked(Entry entry, OrderUpdate update, List<Notice> notices)
    {
        var before = entry.Order;
        var (after, fills) = OrderLifecycle.Apply(before, update);
        entry.Order = after;
        Index(entry);
        notices.AddRange(fills.Select(fill => new Notice(entry, new OrderFilledEventArgs(after, fill), null)));
        if (after.State != before.State)
        {
            notices.Add(new Notice(entry, null, new OrderStateChangedEventArgs(after, before.State)));
        }

        bool behind = OrderLifecycle.FillsBehind(after, update);
        foreach (var kept in TakeKept(after))
        {
            behind |= ApplyLocked(entry, kept, notices);
        }

        return behind;
    }

    /// <summary>
    /// News from the feed or a placement showed more filled than the fills known (Advanced Trade's
    /// running totals, whose fills come from REST, or the Exchange's <c>done</c> after a lost
    /// <c>match</c>): the order is looked up in the background, done or not, and each fill counts
    /// once. Requests for an order already waiting share its lookup. Not asked for what a lookup
    /// itself answered, which would only ask again.
    /// </summary>
    private void FetchFillsIfBehind(Entry? entry, bool behind)
    {
        if (!behind || entry?.Order.OrderId is null)
        {
            return;
        }

        lock (_gate)
        {
            RefreshLocked(entry);
        }
    }

    /// <summary>Asks for a lookup of the order in the background; requests for an order already waiting share it.</summary>
    private void RefreshLocked(Entry entry)
    {
        if (!_stopping.IsCancellationRequested && _pendingRefresh.TryAdd(entry, true))
        {
            StartBackgroundLocked();
        }
    }

    private void Index(Entry entry)
    {
        if (entry.Order.OrderId is { } orderId)
        {
            _byOrderId.TryAdd(orderId, entry);
        }

        if (entry.Order.ClientOrderId is { } clientOrderId)
        {
            _byClientId.TryAdd(clientOrderId, entry);
        }
    }

    private static void RemoveIndex(Dictionary<string, Entry> index, string? id, Entry entry)
    {
        if (id is not null && index.TryGetValue(id, out var found) && found == entry)
        {
            index.Remove(id);
        }
    }

    /// <summary>Keeps news about an order not tracked (yet), for <see cref="Track"/>; the oldest orders' news goes first.</summary>
    private void Keep(OrderUpdate update)
    {
        if (update.OrderId is not { } orderId)
        {
            return;
        }

        if (!_untracked.TryGetValue(orderId, out var kept))
        {
            kept = new Untracked();
            _untracked[orderId] = kept;
            _untrackedOrder.Enqueue(orderId);
            while (_untracked.Count > _maxUntracked && _untrackedOrder.TryDequeue(out var oldest))
            {
                if (_untracked.Remove(oldest, out var dropped) && dropped.ClientOrderId is { } droppedClientId)
                {
                    _untrackedClientIds.Remove(droppedClientId);
                }
            }
        }

        kept.Updates.Add(update);
        if (update.ClientOrderId is { } clientOrderId && kept.ClientOrderId is null)
        {
            kept.ClientOrderId = clientOrderId;
            _untrackedClientIds[clientOrderId] = orderId;
        }
    }

    private List<OrderUpdate> TakeKept(TrackedOrder order)
    {
        string? orderId = order.OrderId;
        if (orderId is null && order.ClientOrderId is { } clientOrderId)
        {
            _untrackedClientIds.TryGetValue(clientOrderId, out orderId);
        }

        if (orderId is null || !_untracked.Remove(orderId, out var kept))
        {
            return [];
        }

        if (kept.ClientOrderId is { } keptClientId)
        {
            _untrackedClientIds.Remove(keptClientId);
        }

        return kept.Updates;
    }

    private void Raise(List<Notice> notices)
    {
        foreach (var notice in notices)
        {
            if (notice.Filled is { } filled)
            {
                Invoke(nameof(OrderTrackerEvents.Filled), () => _events.Filled(filled));
            }

            if (notice.StateChanged is { } changed)
            {
                Invoke(nameof(OrderTrackerEvents.StateChanged), () => _events.StateChanged(changed));
                if (changed.Order.IsDone)
                {
                    notice.Entry.Done.TrySetResult(changed.Order);
                }
            }
        }
    }

    private void Invoke(string name, Action raise)
    {
        try
        {
            raise();
        }
        catch (Exception ex)
        {
            Log.HandlerFailed(_logger, name, ex);
        }
    }

    /// <summary>One tracked order: its latest snapshot (replaced under the lock) and its waiters.</summary>
    private sealed class Entry(TrackedOrder order)
    {
        public TrackedOrder Order { get; set; } = order;

        public TaskCompletionSource<TrackedOrder> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>News about an order not tracked yet.</summary>
    private sealed class Untracked
    {
        public List<OrderUpdate> Updates { get; } = [];

        public string? ClientOrderId { get; set; }
    }

    private sealed record Notice(Entry Entry, OrderFilledEventArgs? Filled, OrderStateChangedEventArgs? StateChanged);
}
