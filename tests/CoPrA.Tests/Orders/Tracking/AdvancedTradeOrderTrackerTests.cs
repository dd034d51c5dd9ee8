using System.Globalization;
using System.Net;
using CoPrA.AdvancedTrade;
using CoPrA.Orders.Tracking;
using CoPrA.Tests.AdvancedTrade;
using CoPrA.Tests.Support;
using CoPrA.WebSocket;

namespace CoPrA.Tests.Orders.Tracking;

/// <summary>
/// The Advanced Trade order tracker on scripted user-channel messages and a mocked REST API: the
/// status map (unknown statuses change nothing), never backwards, the join of placement answers and
/// feed updates by order id and client order id in either order, fills fetched over REST when the
/// running total grows (each trade once), reconciles after a gap or a reconnect, WhenDoneAsync.
/// </summary>
public class AdvancedTradeOrderTrackerTests
{
    private const string Product = "BTC-USD";
    private const string OrderId = "11111111-2222-4333-8444-555555555555";
    private const string ClientOrderId = "c0ffee00c0ffee00c0ffee00c0ffee00";
    private const string OrderPath = "/api/v3/brokerage/orders/historical/" + OrderId;
    private const string FillsPath = "/api/v3/brokerage/orders/historical/fills";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private static readonly DateTimeOffset T0 = new(2026, 12, 7, 1, 0, 0, TimeSpan.Zero);

    private static CreateOrderResponse Placed() => new()
    {
        Success = true,
        OrderId = OrderId,
        SuccessResponse = new CreateOrderSuccess { OrderId = OrderId, ProductId = Product, Side = OrderSide.Buy, ClientOrderId = ClientOrderId },
        OrderConfiguration = OrderConfiguration.LimitGtc(100m, baseSize: 1m),
    };

    private static AdvancedTradeFeedMessage<UserEvent> User(string status, decimal filled = 0, int seconds = 1, string? orderId = OrderId) => new()
    {
        Channel = "user",
        Timestamp = T0.AddSeconds(seconds),
        Events =
        [
            new UserEvent
            {
                Type = "update",
                Orders =
                [
                    new UserOrderUpdate
                    {
                        OrderId = orderId!, ClientOrderId = ClientOrderId, ProductId = Product, Status = new AdvancedOrderStatus(status),
                        OrderSide = OrderSide.Buy, LimitPrice = 100m, CumulativeQuantity = filled, LeavesQuantity = 1m - filled,
                        AvgPrice = filled > 0 ? 100m : 0m, TotalFees = filled * 0.4m, CreationTime = T0,
                    },
                ],
            },
        ],
    };

    private static string OrderJson(string status, decimal filled) =>
        string.Create(CultureInfo.InvariantCulture, $$$"""{"order":{"order_id":"{{{OrderId}}}","client_order_id":"{{{ClientOrderId}}}","product_id":"{{{Product}}}","side":"BUY","status":"{{{status}}}","filled_size":"{{{filled}}}","average_filled_price":"100","filled_value":"{{{filled * 100}}}","total_fees":"{{{filled * 0.4m}}}","order_configuration":{"limit_limit_gtc":{"base_size":"1","limit_price":"100"}},"created_time":"2026-12-07T01:00:00Z"}}""");

    /// <summary>Another order's answer: its own order id and client order id.</summary>
    private static string OrderJson(string orderId, string status, decimal filled) =>
        OrderJson(status, filled).Replace(OrderId, orderId, StringComparison.Ordinal).Replace(ClientOrderId, "c-" + orderId, StringComparison.Ordinal);

    private static AdvancedOrder Open(string orderId) => new() { OrderId = orderId, ProductId = Product, Status = new AdvancedOrderStatus("OPEN") };

    /// <summary>The feed drops and comes back: a reconnect pass starts; completes with its end.</summary>
    private static async Task<Task<OrdersReconciledEventArgs>> ReconnectAsync(AdvancedTradeOrderTracker tracker)
    {
        var reconciled = new TaskCompletionSource<OrdersReconciledEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        tracker.Reconciled += (_, e) => reconciled.TrySetResult(e);
        var subscriptions = new AdvancedTradeFeedMessage<SubscriptionsEvent> { Channel = "subscriptions", Events = [new SubscriptionsEvent()] };
        await tracker.HandleAsync(subscriptions);
        tracker.OnDisconnected();
        await tracker.HandleAsync(subscriptions);
        return reconciled.Task;
    }

    private static Task<OrderFilledEventArgs> FilledAsync(AdvancedTradeOrderTracker tracker)
    {
        var filled = new TaskCompletionSource<OrderFilledEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        tracker.Filled += (_, e) => filled.TrySetResult(e);
        return filled.Task;
    }

    private static async Task AssertPlacedOrderFilledAsync(AdvancedTradeOrderTracker tracker, Task<OrderFilledEventArgs> filled)
    {
        Assert.Equal("t1", (await filled.WaitAsync(Patience)).Fill.TradeId);
        var order = tracker.Find(OrderId)!;
        Assert.Equal((TrackedOrderState.PartiallyFilled, 0.4m), (order.State, order.FilledSize));
        Assert.Equal("t1", Assert.Single(order.Fills).TradeId);
    }

    private static string FillsJson(params (string TradeId, decimal Size)[] fills) =>
        "{\"fills\":[" + string.Join(",", fills.Select(f =>
            string.Create(CultureInfo.InvariantCulture, $$$"""{"entry_id":"e{{{f.TradeId}}}","trade_id":"{{{f.TradeId}}}","order_id":"{{{OrderId}}}","price":"100","size":"{{{f.Size}}}","commission":"{{{f.Size * 0.4m}}}","product_id":"{{{Product}}}","liquidity_indicator":"MAKER","trade_time":"2026-12-07T01:00:05Z"}"""))) + "],\"cursor\":\"\"}";

    [Theory]
    [InlineData("PENDING", TrackedOrderState.Pending)]
    [InlineData("QUEUED", TrackedOrderState.Pending)]
    [InlineData("OPEN", TrackedOrderState.Open)]
    [InlineData("FILLED", TrackedOrderState.Filled)]
    [InlineData("CANCELLED", TrackedOrderState.Cancelled)]
    [InlineData("EXPIRED", TrackedOrderState.Expired)]
    [InlineData("FAILED", TrackedOrderState.Rejected)]
    [InlineData("CANCEL_QUEUED", TrackedOrderState.Open)]         // the cancel may still lose to a fill: no change
    [InlineData("SOMETHING_NEW", TrackedOrderState.Open)]         // a status this version does not know: kept, no change
    [InlineData("UNKNOWN_ORDER_STATUS", TrackedOrderState.Open)]
    public async Task Each_status_of_the_user_channel_maps_to_one_state_and_unknown_ones_change_nothing(string status, TrackedOrderState expected)
    {
        using var harness = new AdvancedTradeTestHarness();
        await using var tracker = new AdvancedTradeOrderTracker(harness.Client);
        tracker.Track(Placed());
        if (expected != TrackedOrderState.Pending)
        {
            await tracker.HandleAsync(User("OPEN"));
        }

        await tracker.HandleAsync(User(status, seconds: 2));

        Assert.Equal(expected, tracker.Find(OrderId)!.State);
        harness.AssertNothingSent();
    }

    [Fact]
    public async Task A_placement_answer_gives_the_order_its_ids_product_side_size_and_price()
    {
        using var harness = new AdvancedTradeTestHarness();
        await using var tracker = new AdvancedTradeOrderTracker(harness.Client);

        var tracked = tracker.Track(Placed());

        Assert.Equal((OrderId, ClientOrderId, Product, Side.Buy, 1m, 100m, TrackedOrderState.Pending), (tracked.OrderId, tracked.ClientOrderId, tracked.ProductId, tracked.Side, tracked.Size, tracked.Price, tracked.State));
        Assert.Same(tracker.Find(ClientOrderId), tracker.Find(OrderId));
        Assert.Equal("response", Assert.Throws<ArgumentException>(() => tracker.Track(new CreateOrderResponse { Success = false })).ParamName);
        Assert.Equal("client", Assert.Throws<ArgumentNullException>(() => new AdvancedTradeOrderTracker(null!)).ParamName);
    }

    [Fact]
    public async Task Updates_out_of_order_or_twice_never_move_an_order_back_or_lower_its_filled_size()
    {
        using var harness = new AdvancedTradeTestHarness();
        harness.Reply(HttpMethod.Get, FillsPath, FillsJson(("t1", 0.4m), ("t2", 0.6m)));
        await using var tracker = new AdvancedTradeOrderTracker(harness.Client);
        var changes = new List<TrackedOrderState>();
        tracker.StateChanged += (_, e) => changes.Add(e.NewState);
        tracker.Track(Placed());

        await tracker.HandleAsync(User("FILLED", 1m, seconds: 5));
        await tracker.HandleAsync(User("OPEN", 0.4m, seconds: 3));
        await tracker.HandleAsync(User("OPEN", 0m, seconds: 2));
        await tracker.HandleAsync(User("FILLED", 1m, seconds: 5));

        var order = tracker.Find(OrderId)!;
        Assert.Equal(TrackedOrderState.Filled, order.State);
        Assert.Equal(1m, order.FilledSize);
        Assert.Equal(100m, order.AverageFillPrice);
        Assert.Equal([TrackedOrderState.Filled], changes);
    }

    [Fact]
    public async Task Feed_first_the_update_is_kept_and_joined_by_order_id_when_the_placement_answer_is_tracked()
    {
        using var harness = new AdvancedTradeTestHarness();
        await using var tracker = new AdvancedTradeOrderTracker(harness.Client);

        await tracker.HandleAsync(User("OPEN"));
        Assert.Null(tracker.Find(OrderId));
        var tracked = tracker.Track(Placed());

        Assert.Equal(TrackedOrderState.Open, tracked.State);
        Assert.Single(tracker.Orders);
    }

    [Fact]
    public async Task REST_first_an_order_tracked_by_client_order_id_is_joined_by_the_feed_and_then_found_by_order_id()
    {
        using var harness = new AdvancedTradeTestHarness();
        await using var tracker = new AdvancedTradeOrderTracker(harness.Client);

        tracker.Track(ClientOrderId, Product);
        await tracker.HandleAsync(User("OPEN"));

        var order = tracker.Find(OrderId);
        Assert.NotNull(order);
        Assert.Equal((ClientOrderId, TrackedOrderState.Open), (order.ClientOrderId, order.State));
        Assert.Single(tracker.Orders);
    }

    [Fact]
    public async Task When_the_running_total_grows_the_fills_are_fetched_over_REST_and_each_trade_raises_Filled_once()
    {
        using var harness = new AdvancedTradeTestHarness();
        var fillsAnswer = FillsJson(("t1", 0.4m));
        var orderAnswer = OrderJson("OPEN", 0.4m);
        harness.Script(HttpMethod.Get, FillsPath, _ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Volatile.Read(ref fillsAnswer)) });
        harness.Script(HttpMethod.Get, OrderPath, _ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Volatile.Read(ref orderAnswer)) });
        await using var tracker = new AdvancedTradeOrderTracker(harness.Client);
        var filled = System.Threading.Channels.Channel.CreateUnbounded<string>();
        tracker.Filled += (_, e) => filled.Writer.TryWrite(e.Fill.TradeId);
        tracker.Track(Placed());

        await tracker.HandleAsync(User("OPEN", 0.4m, seconds: 2));
        Assert.Equal(TrackedOrderState.PartiallyFilled, tracker.Find(OrderId)!.State);   // the total at once
        Assert.Equal(0.4m, tracker.Find(OrderId)!.FilledSize);
        Assert.Equal("t1", await filled.Reader.ReadAsync().AsTask().WaitAsync(Patience)); // the trade from REST

        Volatile.Write(ref fillsAnswer, FillsJson(("t2", 0.6m), ("t1", 0.4m)));
        Volatile.Write(ref orderAnswer, OrderJson("FILLED", 1m));
        await tracker.HandleAsync(User("FILLED", 1m, seconds: 3));
        var done = await tracker.WhenDoneAsync(ClientOrderId).WaitAsync(Patience);
        Assert.Equal("t2", await filled.Reader.ReadAsync().AsTask().WaitAsync(Patience));

        var order = tracker.Find(OrderId)!;
        Assert.Equal(TrackedOrderState.Filled, done.State);
        Assert.Equal(["t1", "t2"], order.Fills.Select(f => f.TradeId));
        Assert.Equal(1m, order.Fills.Sum(f => f.Size));
        Assert.Equal(Liquidity.Maker, order.Fills[0].Liquidity);
        Assert.False(filled.Reader.TryRead(out _));                                     // t1 not raised again
        Assert.Contains(harness.Sent, r => r.PathAndQuery.StartsWith(FillsPath + "?order_ids=" + OrderId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_gap_reported_by_the_feed_reconciles_every_live_order_over_REST()
    {
        using var harness = new AdvancedTradeTestHarness();
        harness.Reply(HttpMethod.Get, OrderPath, OrderJson("CANCELLED", 0m));
        await using var tracker = new AdvancedTradeOrderTracker(harness.Client);
        var reconciled = new TaskCompletionSource<OrdersReconciledEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        tracker.Reconciled += (_, e) => reconciled.TrySetResult(e);
        tracker.Track(Placed());
        await tracker.HandleAsync(User("OPEN"));

        ((IFeedGapListener)tracker).OnGap(new SequenceGap("", "user", 4, 6));   // as the connection core calls it
        var pass = await reconciled.Task.WaitAsync(Patience);

        Assert.Equal(("gap", 1, 1, 0), (pass.Reason, pass.CheckedCount, pass.ChangedCount, pass.FailedCount));
        Assert.Equal(TrackedOrderState.Cancelled, (await tracker.WhenDoneAsync(OrderId).WaitAsync(Patience)).State);
    }

    [Fact]
    public async Task A_reconnect_reconciles_once_resubscribed_and_an_order_known_only_by_client_order_id_is_found_in_the_listing()
    {
        using var harness = new AdvancedTradeTestHarness();
        harness.Reply(HttpMethod.Get, "/api/v3/brokerage/orders/historical/batch",
            "{\"orders\":[{\"order_id\":\"other\",\"client_order_id\":\"x\",\"status\":\"OPEN\"}," + OrderJson("FILLED", 1m)[9..^1] + "],\"has_next\":false}");
        harness.Reply(HttpMethod.Get, FillsPath, FillsJson(("t1", 1m)));
        await using var tracker = new AdvancedTradeOrderTracker(harness.Client);
        var reconciled = new TaskCompletionSource<OrdersReconciledEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        tracker.Reconciled += (_, e) => reconciled.TrySetResult(e);
        tracker.Track(ClientOrderId, Product);
        var subscriptions = new AdvancedTradeFeedMessage<SubscriptionsEvent> { Channel = "subscriptions", Events = [new SubscriptionsEvent()] };

        await tracker.HandleAsync(subscriptions);
        Assert.Empty(harness.Sent);                         // the first subscription is no reconnect
        tracker.OnDisconnected();
        await tracker.HandleAsync(subscriptions);
        var pass = await reconciled.Task.WaitAsync(Patience);

        Assert.Equal(("reconnect", 1), (pass.Reason, pass.ChangedCount));
        var order = tracker.Find(ClientOrderId)!;
        Assert.Equal((OrderId, TrackedOrderState.Filled, 1m), (order.OrderId, order.State, order.FilledSize));
        Assert.Equal("t1", Assert.Single(order.Fills).TradeId);
        Assert.Contains("product_ids=" + Product, harness.Sent[0].PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_order_tracked_while_a_reconnect_pass_runs_is_looked_up_in_that_pass()
    {
        const string Earlier = "0e0e0e0e-0000-4000-8000-000000000001";
        using var harness = new AdvancedTradeTestHarness();
        var held = new HeldAnswer(harness.Mock, AdvancedTradeTestHarness.BaseUrl + "/api/v3/brokerage/orders/historical/" + Earlier, OrderJson(Earlier, "OPEN", 0m));
        harness.Reply(HttpMethod.Get, OrderPath, OrderJson("OPEN", 0.4m));
        harness.Reply(HttpMethod.Get, FillsPath, FillsJson(("t1", 0.4m)));
        await using var tracker = new AdvancedTradeOrderTracker(harness.Client);
        tracker.Track(Open(Earlier));

        OrdersReconciledEventArgs pass;
        try
        {
            var reconciled = await ReconnectAsync(tracker);
            await held.Asked.WaitAsync(Patience);   // the pass has begun, with the orders tracked so far
            tracker.Track(Placed());               // placed while the feed was away; its update went with it
            held.Release();
            pass = await reconciled.WaitAsync(Patience);
        }
        finally
        {
            held.Release();
        }

        Assert.Equal(("reconnect", 2, 1, 0), (pass.Reason, pass.CheckedCount, pass.ChangedCount, pass.FailedCount));
        var order = tracker.Find(OrderId)!;
        Assert.Equal((TrackedOrderState.PartiallyFilled, 0.4m), (order.State, order.FilledSize));
        Assert.Equal("t1", Assert.Single(order.Fills).TradeId);
    }

    [Fact]
    public async Task An_order_tracked_while_the_second_round_runs_is_looked_up_after_the_pass()
    {
        const string Earlier = "0e0e0e0e-0000-4000-8000-000000000001";
        const string Between = "b0b0b0b0-0000-4000-8000-000000000003";
        using var harness = new AdvancedTradeTestHarness();
        var first = new HeldAnswer(harness.Mock, AdvancedTradeTestHarness.BaseUrl + "/api/v3/brokerage/orders/historical/" + Earlier, OrderJson(Earlier, "OPEN", 0m));
        var second = new HeldAnswer(harness.Mock, AdvancedTradeTestHarness.BaseUrl + "/api/v3/brokerage/orders/historical/" + Between, OrderJson(Between, "OPEN", 0m));
        harness.Reply(HttpMethod.Get, OrderPath, OrderJson("OPEN", 0.4m));
        harness.Reply(HttpMethod.Get, FillsPath, FillsJson(("t1", 0.4m)));
        await using var tracker = new AdvancedTradeOrderTracker(harness.Client);
        var filled = FilledAsync(tracker);
        tracker.Track(Open(Earlier));

        OrdersReconciledEventArgs pass;
        try
        {
            var reconciled = await ReconnectAsync(tracker);
            await first.Asked.WaitAsync(Patience);    // the first round is under way
            tracker.Track(Open(Between));            // looked up by the second round
            first.Release();
            await second.Asked.WaitAsync(Patience);   // the second round is under way
            tracker.Track(Placed());                 // too late for any round; its update went with the connection
            second.Release();
            pass = await reconciled.WaitAsync(Patience);
        }
        finally
        {
            first.Release();
            second.Release();
        }

        Assert.Equal(("reconnect", 2), (pass.Reason, pass.CheckedCount));
        await AssertPlacedOrderFilledAsync(tracker, filled);
        Assert.Single(harness.Sent, r => r.PathAndQuery.Split('?')[0] == OrderPath);
    }

    [Fact]
    public async Task An_order_tracked_within_the_settle_time_after_a_reconnect_pass_is_looked_up()
    {
        using var harness = new AdvancedTradeTestHarness();
        harness.Reply(HttpMethod.Get, OrderPath, OrderJson("OPEN", 0.4m));
        harness.Reply(HttpMethod.Get, FillsPath, FillsJson(("t1", 0.4m)));
        var clock = new ManualClock(T0);
        await using var tracker = new AdvancedTradeOrderTracker(harness.Client, new OrderTrackerOptions { TimeProvider = clock });
        var filled = FilledAsync(tracker);

        Assert.Equal(0, (await (await ReconnectAsync(tracker)).WaitAsync(Patience)).CheckedCount);
        clock.Advance(TimeSpan.FromSeconds(1.9));
        tracker.Track(Placed());   // answered after the pass; its update went with the connection

        await AssertPlacedOrderFilledAsync(tracker, filled);
        Assert.Equal([OrderPath, FillsPath], harness.Sent.Select(r => r.PathAndQuery.Split('?')[0]));
    }
}
