using System.Net;
using System.Reflection;
using CoPrA.Orders.Tracking;
using CoPrA.Tests.Rest;
using CoPrA.WebSocket;
using Moq;

namespace CoPrA.Tests.Orders.Tracking;

/// <summary>
/// The Exchange order tracker on scripted feed messages and a mocked REST API: the lifecycle
/// (never backwards, fills once per trade id), the join of REST answers and feed messages in
/// either order, the events, WhenDoneAsync, and reconciling after a gap or a reconnect.
/// </summary>
public class OrderTrackerTests
{
    private const string Product = "BTC-USD";
    private const string OrderId = "97059421-3033-4cf4-99cb-925c1bf2c54f";
    private const string ClientOid = "5a1f3c2e-8b4d-4e6f-9a0b-1c2d3e4f5a6b";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private static readonly DateTimeOffset T0 = new(2026, 12, 7, 1, 0, 0, TimeSpan.Zero);

    private static Order Placed(OrderStatus status = OrderStatus.Pending, string? rejectReason = null) => new()
    {
        Id = OrderId,
        ClientOid = ClientOid,
        ProductId = Product,
        Side = Side.Buy,
        Type = OrderType.Limit,
        Price = 100m,
        Size = 1m,
        Status = status,
        RejectReason = rejectReason,
        CreatedAt = T0,
    };

    private static ReceivedMessage Received(long sequence = 1) => new()
    {
        Type = "received", ProductId = Product, Sequence = sequence, Time = T0, Side = Side.Buy,
        OrderId = OrderId, ClientOid = ClientOid, OrderType = OrderType.Limit, Size = 1m, Price = 100m,
    };

    private static OpenMessage Open(long sequence = 2) => new()
    {
        Type = "open", ProductId = Product, Sequence = sequence, Time = T0.AddSeconds(1), Side = Side.Buy, OrderId = OrderId, Price = 100m, RemainingSize = 1m,
    };

    private static MatchMessage Match(long tradeId, decimal size, long sequence) => new()
    {
        Type = "match", ProductId = Product, Sequence = sequence, Time = T0.AddSeconds(tradeId + 1), Side = Side.Buy, TradeId = tradeId,
        MakerOrderId = OrderId, TakerOrderId = "f0000000-0000-4000-8000-000000000001", Size = size, Price = 100m, MakerFeeRate = 0.004m,
    };

    private static DoneMessage Done(DoneReason reason, long sequence, string? cancelReason = null) => new()
    {
        Type = "done", ProductId = Product, Sequence = sequence, Time = T0.AddMinutes(1), Side = Side.Buy, OrderId = OrderId, Reason = reason, CancelReason = cancelReason,
    };

    private static async Task FeedAsync(OrderTracker tracker, params FeedMessage[] messages)
    {
        foreach (var message in messages)
        {
            await tracker.HandleAsync(message);
        }
    }

    [Fact]
    public async Task A_placed_order_goes_pending_open_partially_filled_filled_with_one_event_per_change_and_per_fill()
    {
        using var harness = RestTestHarness.Authenticated();
        await using var tracker = new OrderTracker(harness.Client);
        var changes = new List<(TrackedOrderState Old, TrackedOrderState New)>();
        var fills = new List<string>();
        tracker.StateChanged += (_, e) => changes.Add((e.OldState, e.NewState));
        tracker.Filled += (_, e) => fills.Add(e.Fill.TradeId);

        var tracked = tracker.Track(Placed());
        await FeedAsync(tracker, Received(), Open(), Match(7, 0.4m, 3), Match(8, 0.6m, 4), Done(DoneReason.Filled, 5));

        Assert.Equal(TrackedOrderState.Pending, tracked.State);
        var order = tracker.Find(OrderId)!;
        Assert.Equal(TrackedOrderState.Filled, order.State);
        Assert.Equal([(TrackedOrderState.Pending, TrackedOrderState.Open), (TrackedOrderState.Open, TrackedOrderState.PartiallyFilled), (TrackedOrderState.PartiallyFilled, TrackedOrderState.Filled)], changes);
        Assert.Equal(["7", "8"], fills);
        Assert.Equal(1m, order.FilledSize);
        Assert.Equal(100m, order.ExecutedValue);
        Assert.Equal(100m, order.AverageFillPrice);
        Assert.Equal(0.4m, order.Fees);
        Assert.Equal(Liquidity.Maker, order.Fills[0].Liquidity);
        Assert.Equal(ClientOid, order.ClientOrderId);
        Assert.Equal(T0.AddMinutes(1), order.DoneAt);
        harness.AssertNothingSent();
    }

    [Fact]
    public async Task Feed_messages_that_arrive_before_the_placements_answer_are_applied_when_the_order_is_tracked()
    {
        using var harness = RestTestHarness.Authenticated();
        await using var tracker = new OrderTracker(harness.Client);

        await FeedAsync(tracker, Received(), Open(), Match(7, 0.4m, 3));
        Assert.Null(tracker.Find(OrderId));
        var tracked = tracker.Track(Placed(OrderStatus.Pending));

        Assert.Equal(TrackedOrderState.PartiallyFilled, tracked.State);
        Assert.Equal(0.4m, tracked.FilledSize);
        Assert.Same(tracker.Find(ClientOid), tracker.Find(OrderId));
        Assert.Single(tracker.Orders);
    }

    [Fact]
    public async Task An_order_tracked_by_client_order_id_is_joined_by_the_received_message_and_followed_by_order_id()
    {
        using var harness = RestTestHarness.Authenticated();
        await using var tracker = new OrderTracker(harness.Client);

        tracker.Track(ClientOid, Product);
        await FeedAsync(tracker, Received(), Open());
        var rest = tracker.Track(Placed(OrderStatus.Open));

        Assert.Equal(OrderId, rest.OrderId);
        Assert.Equal(TrackedOrderState.Open, rest.State);
        Assert.Single(tracker.Orders);
    }

    [Fact]
    public async Task Messages_out_of_order_or_twice_never_move_an_order_back_or_count_a_fill_twice()
    {
        using var harness = RestTestHarness.Authenticated();
        await using var tracker = new OrderTracker(harness.Client);
        var changes = new List<TrackedOrderState>();
        tracker.StateChanged += (_, e) => changes.Add(e.NewState);
        tracker.Track(Placed());

        await FeedAsync(tracker, Received(), Match(7, 0.4m, 3), Open(), Match(7, 0.4m, 3), Done(DoneReason.Canceled, 5), Open(), Match(9, 0.1m, 4), Received());
        tracker.Track(Placed(OrderStatus.Open));

        var order = tracker.Find(OrderId)!;
        Assert.Equal(TrackedOrderState.Cancelled, order.State);
        Assert.Equal([TrackedOrderState.PartiallyFilled, TrackedOrderState.Cancelled], changes);
        Assert.Equal(["7", "9"], order.Fills.Select(f => f.TradeId));   // a late fill is still a fill
        Assert.Equal(0.5m, order.FilledSize);
    }

    [Theory]
    [InlineData("101:Time In Force", TrackedOrderState.Expired)]
    [InlineData("102:Self Trade Prevention", TrackedOrderState.Cancelled)]
    [InlineData(null, TrackedOrderState.Cancelled)]
    public async Task A_done_message_maps_its_cancel_reason(string? cancelReason, TrackedOrderState expected)
    {
        using var harness = RestTestHarness.Authenticated();
        await using var tracker = new OrderTracker(harness.Client);
        tracker.Track(Placed());

        await FeedAsync(tracker, Done(DoneReason.Canceled, 5, cancelReason));

        Assert.Equal(expected, tracker.Find(OrderId)!.State);
    }

    [Fact]
    public async Task A_rejected_placement_is_done_at_once_and_WhenDoneAsync_completes_with_it()
    {
        using var harness = RestTestHarness.Authenticated();
        await using var tracker = new OrderTracker(harness.Client);

        tracker.Track(Placed(OrderStatus.Rejected, "post only"));
        var done = await tracker.WhenDoneAsync(ClientOid).WaitAsync(Patience);

        Assert.Equal(TrackedOrderState.Rejected, done.State);
    }

    [Fact]
    public async Task WhenDoneAsync_waits_for_the_terminal_state_and_answers_at_once_afterwards()
    {
        using var harness = RestTestHarness.Authenticated();
        await using var tracker = new OrderTracker(harness.Client);
        tracker.Track(Placed());
        await FeedAsync(tracker, Received(), Open());

        var before = tracker.WhenDoneAsync(OrderId);
        Assert.False(before.IsCompleted);
        await FeedAsync(tracker, Done(DoneReason.Canceled, 5));

        Assert.Equal(TrackedOrderState.Cancelled, (await before.WaitAsync(Patience)).State);
        var after = tracker.WhenDoneAsync(ClientOid);
        Assert.True(after.IsCompletedSuccessfully);
        Assert.Equal(TrackedOrderState.Cancelled, (await after).State);
    }

    [Fact]
    public async Task WhenDoneAsync_of_an_order_not_tracked_throws_naming_the_id_and_a_cancelled_wait_stops()
    {
        using var harness = RestTestHarness.Authenticated();
        await using var tracker = new OrderTracker(harness.Client);
        tracker.Track(Placed());

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => tracker.WhenDoneAsync("nope"));
        Assert.Equal("id", ex.ParamName);
        using var cancel = new CancellationTokenSource();
        var waiting = tracker.WhenDoneAsync(OrderId, cancel.Token);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }

    [Fact]
    public async Task Event_handlers_run_outside_the_trackers_lock_so_another_thread_may_use_the_tracker_meanwhile()
    {
        using var harness = RestTestHarness.Authenticated();
        await using var tracker = new OrderTracker(harness.Client);
        bool otherThreadGotIn = false;
        tracker.StateChanged += (_, e) =>
        {
            if (e.NewState == TrackedOrderState.Open)
            {
                // Blocks this handler on another thread's call into the tracker: a deadlock if the lock were held.
                using var tracked = new ManualResetEventSlim();
                _ = Task.Run(() =>
                {
                    tracker.Track(Placed() with { Id = "other", ClientOid = "other-client" });
                    tracked.Set();
                });
                otherThreadGotIn = tracked.Wait(Patience);
            }
        };
        tracker.Track(Placed());

        await FeedAsync(tracker, Open());

        Assert.True(otherThreadGotIn);
        Assert.Equal(2, tracker.Orders.Count);
    }

    [Fact]
    public async Task A_reported_gap_reconciles_over_REST_applying_the_state_and_the_fills_the_feed_missed()
    {
        using var harness = RestTestHarness.Authenticated();
        harness.Reply(HttpMethod.Get, "/orders/" + OrderId,
            $$"""{"id":"{{OrderId}}","client_oid":"{{ClientOid}}","product_id":"BTC-USD","side":"buy","type":"limit","price":"100","size":"1","status":"done","done_reason":"filled","filled_size":"1","executed_value":"100","fill_fees":"0.4"}""");
        harness.Reply(HttpMethod.Get, "/fills",
            $$"""[{"trade_id":8,"order_id":"{{OrderId}}","product_id":"BTC-USD","price":"100","size":"0.6","fee":"0.24","liquidity":"M","side":"buy","created_at":"2026-12-07T01:00:09Z"},{"trade_id":7,"order_id":"{{OrderId}}","product_id":"BTC-USD","price":"100","size":"0.4","fee":"0.16","liquidity":"M","side":"buy","created_at":"2026-12-07T01:00:08Z"}]""");
        await using var tracker = new OrderTracker(harness.Client);
        var reconciled = new TaskCompletionSource<OrdersReconciledEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        tracker.Reconciled += (_, e) => reconciled.TrySetResult(e);
        var filled = new List<string>();
        tracker.Filled += (_, e) => filled.Add(e.Fill.TradeId);
        tracker.Track(Placed());
        await FeedAsync(tracker, Received(), Open(), Match(7, 0.4m, 3));

        tracker.OnGap(new SequenceGap(Product, "full", 4, 9));
        var pass = await reconciled.Task.WaitAsync(Patience);

        Assert.Equal(("gap", 1, 1, 0), (pass.Reason, pass.CheckedCount, pass.ChangedCount, pass.FailedCount));
        var order = tracker.Find(OrderId)!;
        Assert.Equal(TrackedOrderState.Filled, order.State);
        Assert.Equal(["7", "8"], filled);                 // trade 7 came from the feed and is not counted again
        Assert.Equal(1m, order.FilledSize);
        Assert.Equal(0.4m, order.Fees);
        Assert.Equal(["/orders/" + OrderId, "/fills"], harness.Sent.Select(r => r.PathAndQuery.Split('?')[0]));
        Assert.Contains("order_id=" + OrderId, harness.Sent[1].PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reconnect_reconciles_once_resubscribed_and_an_order_the_server_no_longer_knows_is_cancelled()
    {
        using var harness = RestTestHarness.Authenticated();
        harness.Reply(HttpMethod.Get, "/orders/" + OrderId, """{"message":"NotFound"}""", HttpStatusCode.NotFound);
        await using var tracker = new OrderTracker(harness.Client);
        var reconciled = new TaskCompletionSource<OrdersReconciledEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        tracker.Reconciled += (_, e) => reconciled.TrySetResult(e);
        tracker.Track(Placed(OrderStatus.Open));

        await FeedAsync(tracker, new SubscriptionsMessage { Type = "subscriptions" });
        Assert.Empty(harness.Sent);                        // the first subscription is no reconnect
        tracker.OnDisconnected();
        await FeedAsync(tracker, new SubscriptionsMessage { Type = "subscriptions" });
        var pass = await reconciled.Task.WaitAsync(Patience);

        Assert.Equal("reconnect", pass.Reason);
        Assert.Equal(TrackedOrderState.Cancelled, tracker.Find(OrderId)!.State);
        Assert.Equal(TrackedOrderState.Cancelled, (await tracker.WhenDoneAsync(OrderId).WaitAsync(Patience)).State);
    }

    [Fact]
    public async Task ReconcileAsync_finds_an_order_known_only_by_client_order_id_and_leaves_it_pending_while_not_found()
    {
        using var harness = RestTestHarness.Authenticated();
        harness.Reply(HttpMethod.Get, "/orders/client:" + ClientOid, """{"message":"NotFound"}""", HttpStatusCode.NotFound);
        await using var tracker = new OrderTracker(harness.Client);
        tracker.Track(ClientOid, Product);

        Assert.Equal(0, await tracker.ReconcileAsync().WaitAsync(Patience));
        Assert.Equal(TrackedOrderState.Pending, tracker.Find(ClientOid)!.State);

        harness.Mock.Clear();
        harness.Reply(HttpMethod.Get, "/orders/client:" + ClientOid,
            $$"""{"id":"{{OrderId}}","client_oid":"{{ClientOid}}","product_id":"BTC-USD","side":"buy","type":"limit","price":"100","size":"1","status":"open","filled_size":"0"}""");
        Assert.Equal(1, await tracker.ReconcileAsync().WaitAsync(Patience));
        Assert.Equal(TrackedOrderState.Open, tracker.Find(OrderId)!.State);
    }

    [Fact]
    public async Task Bad_arguments_throw_naming_the_parameter_before_anything_is_sent()
    {
        using var harness = RestTestHarness.Authenticated();
        await using var tracker = new OrderTracker(harness.Client);

        Assert.Equal("order", Assert.Throws<ArgumentNullException>(() => tracker.Track((Order)null!)).ParamName);
        Assert.Equal("order", Assert.Throws<ArgumentException>(() => tracker.Track(new Order())).ParamName);
        Assert.Equal("clientOrderId", Assert.Throws<ArgumentException>(() => tracker.Track("")).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentOutOfRangeException>(() => new OrderTracker(harness.Client, new OrderTrackerOptions { MaxUntrackedOrders = 0 })).ParamName);
        await using var feed = new WebSocketClient();
        Assert.Equal("productIds", (await Assert.ThrowsAsync<ArgumentException>(() => tracker.AttachAsync(feed, []))).ParamName);
        harness.AssertNothingSent();
    }
    [Fact]
    public async Task The_tracker_can_be_mocked_every_public_instance_member_being_virtual()
    {
        var methods = typeof(OrderTracker).GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(m => m.DeclaringType != typeof(object));
        Assert.Empty(methods.Where(m => !m.IsVirtual || m.IsFinal).Select(m => m.ToString()));

        var tracker = new Mock<OrderTracker>();
        tracker.Setup(t => t.WhenDoneAsync(OrderId, It.IsAny<CancellationToken>())).ReturnsAsync(new TrackedOrder { OrderId = OrderId, State = TrackedOrderState.Filled });

        Assert.Equal(TrackedOrderState.Filled, (await tracker.Object.WhenDoneAsync(OrderId)).State);
    }
}
