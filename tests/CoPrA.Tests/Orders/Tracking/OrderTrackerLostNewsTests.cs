using CoPrA.Orders.Tracking;
using CoPrA.Tests.Rest;
using CoPrA.Tests.Support;
using CoPrA.WebSocket;

namespace CoPrA.Tests.Orders.Tracking;

/// <summary>
/// The Exchange tracker when the feed lost an order's news: an order placed while the feed was
/// away, whose placement is answered after the reconnect pass began (or ended), had its match lost
/// with the connection; the tracker must still end with the fills the exchange has. Scripted feed
/// messages, a mocked REST API and a lookup held at a known point: no timing.
/// </summary>
public class OrderTrackerLostNewsTests
{
    private const string Product = "BTC-USD";
    private const string Earlier = "0e0e0e0e-0000-4000-8000-000000000001";
    private const string Late = "61af214c-0000-4000-8000-000000000002";
    private const string Between = "b0b0b0b0-0000-4000-8000-000000000003";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private static readonly DateTimeOffset T0 = new(2026, 12, 7, 1, 0, 0, TimeSpan.Zero);

    private static Order Placed(string id, OrderStatus status) => new()
    {
        Id = id, ProductId = Product, Side = Side.Buy, Type = OrderType.Limit, Price = 100m, Size = 1m, Status = status, FilledSize = 0m, CreatedAt = T0,
    };

    private static string OrderJson(string id, string status, decimal filled, string? doneReason = null) =>
        FormattableString.Invariant($$"""{"id":"{{id}}","product_id":"{{Product}}","side":"buy","type":"limit","price":"100","size":"1","status":"{{status}}"{{(doneReason is null ? "" : $",\"done_reason\":\"{doneReason}\"")}},"filled_size":"{{filled}}","executed_value":"{{filled * 100}}","fill_fees":"{{filled * 0.4m}}"}""");

    private const string LateFills = $$"""[{"trade_id":42,"order_id":"{{Late}}","product_id":"{{Product}}","price":"100","size":"0.4692","fee":"0.18768","liquidity":"T","side":"buy","created_at":"2026-12-07T01:00:08Z"}]""";

    private static DoneMessage Done(string id, DoneReason reason, decimal remaining) => new()
    {
        Type = "done", ProductId = Product, Sequence = 9, Time = T0.AddMinutes(1), Side = Side.Buy, OrderId = id, Reason = reason, Price = 100m, RemainingSize = remaining,
    };

    private static Task<OrderFilledEventArgs> FilledAsync(OrderTracker tracker, string id)
    {
        var filled = new TaskCompletionSource<OrderFilledEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        tracker.Filled += (_, e) =>
        {
            if (e.Order.OrderId == id)
            {
                filled.TrySetResult(e);
            }
        };
        return filled.Task;
    }

    private static void AssertLateFilled(OrderTracker tracker)
    {
        var late = tracker.Find(Late)!;
        Assert.Equal((TrackedOrderState.PartiallyFilled, 0.4692m), (late.State, late.FilledSize));
        Assert.Equal("42", Assert.Single(late.Fills).TradeId);
    }

    private static async Task<Task<OrdersReconciledEventArgs>> ReconnectAsync(OrderTracker tracker)
    {
        var reconciled = new TaskCompletionSource<OrdersReconciledEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        tracker.Reconciled += (_, e) => reconciled.TrySetResult(e);
        var subscriptions = new SubscriptionsMessage { Type = "subscriptions" };
        await tracker.HandleAsync(subscriptions);
        tracker.OnDisconnected();
        await tracker.HandleAsync(subscriptions);
        return reconciled.Task;
    }

    [Fact]
    public async Task An_order_tracked_while_a_reconnect_pass_runs_is_looked_up_in_that_pass()
    {
        using var harness = RestTestHarness.Authenticated();
        var held = new HeldAnswer(harness.Mock, RestTestHarness.BaseUrl + "/orders/" + Earlier, OrderJson(Earlier, "open", 0m));
        harness.Reply(HttpMethod.Get, "/orders/" + Late, OrderJson(Late, "open", 0.4692m));
        harness.Reply(HttpMethod.Get, "/fills", LateFills);
        await using var tracker = new OrderTracker(harness.Client);
        tracker.Track(Placed(Earlier, OrderStatus.Open));

        OrdersReconciledEventArgs pass;
        try
        {
            var reconciled = await ReconnectAsync(tracker);
            await held.Asked.WaitAsync(Patience);                 // the pass has begun, with the orders tracked so far
            tracker.Track(Placed(Late, OrderStatus.Pending));    // placed while the feed was away; its match went with it
            held.Release();
            pass = await reconciled.WaitAsync(Patience);
        }
        finally
        {
            held.Release();
        }

        Assert.Equal(("reconnect", 2, 1, 0), (pass.Reason, pass.CheckedCount, pass.ChangedCount, pass.FailedCount));
        AssertLateFilled(tracker);

        await tracker.HandleAsync(Done(Late, DoneReason.Canceled, 0.5308m));
        Assert.Equal((TrackedOrderState.Cancelled, 0.4692m), (tracker.Find(Late)!.State, tracker.Find(Late)!.FilledSize));
    }

    [Fact]
    public async Task A_done_whose_remaining_size_shows_a_fill_the_tracker_never_saw_fetches_the_fills_though_the_order_is_done()
    {
        using var harness = RestTestHarness.Authenticated();
        harness.Reply(HttpMethod.Get, "/orders/" + Late, OrderJson(Late, "done", 0.4692m, "canceled"));
        harness.Reply(HttpMethod.Get, "/fills", LateFills);
        await using var tracker = new OrderTracker(harness.Client, new OrderTrackerOptions { ReconcileSettleTime = TimeSpan.Zero });
        var filled = FilledAsync(tracker, Late);

        // The reconnect pass is over before the late placement is answered: it never looked the order up
        // (and with no settle time, it is not looked up after the pass either).
        Assert.Equal(0, (await (await ReconnectAsync(tracker)).WaitAsync(Patience)).CheckedCount);
        tracker.Track(Placed(Late, OrderStatus.Pending));
        await tracker.HandleAsync(Done(Late, DoneReason.Canceled, 0.5308m));
        Assert.Equal((TrackedOrderState.Cancelled, 0m), (tracker.Find(Late)!.State, tracker.Find(Late)!.FilledSize));

        var fill = await filled.WaitAsync(Patience);

        Assert.Equal(("42", 0.4692m), (fill.Fill.TradeId, fill.Fill.Size));
        var late = tracker.Find(Late)!;
        Assert.Equal((TrackedOrderState.Cancelled, 0.4692m, 46.92m), (late.State, late.FilledSize, late.ExecutedValue));
        Assert.Equal(["/orders/" + Late, "/fills"], harness.Sent.Select(r => r.PathAndQuery.Split('?')[0]));
    }

    [Fact]
    public async Task An_order_tracked_while_the_second_round_runs_is_looked_up_after_the_pass()
    {
        using var harness = RestTestHarness.Authenticated();
        var first = new HeldAnswer(harness.Mock, RestTestHarness.BaseUrl + "/orders/" + Earlier, OrderJson(Earlier, "open", 0m));
        var second = new HeldAnswer(harness.Mock, RestTestHarness.BaseUrl + "/orders/" + Between, OrderJson(Between, "open", 0m));
        harness.Reply(HttpMethod.Get, "/orders/" + Late, OrderJson(Late, "open", 0.4692m));
        harness.Reply(HttpMethod.Get, "/fills", LateFills);
        await using var tracker = new OrderTracker(harness.Client);
        var filled = FilledAsync(tracker, Late);
        tracker.Track(Placed(Earlier, OrderStatus.Open));

        OrdersReconciledEventArgs pass;
        try
        {
            var reconciled = await ReconnectAsync(tracker);
            await first.Asked.WaitAsync(Patience);                 // the first round is under way
            tracker.Track(Placed(Between, OrderStatus.Pending));  // looked up by the second round
            first.Release();
            await second.Asked.WaitAsync(Patience);                // the second round is under way
            tracker.Track(Placed(Late, OrderStatus.Pending));     // too late for any round; its match went with the connection
            second.Release();
            pass = await reconciled.WaitAsync(Patience);
        }
        finally
        {
            first.Release();
            second.Release();
        }

        Assert.Equal(("reconnect", 2), (pass.Reason, pass.CheckedCount));
        Assert.Equal("42", (await filled.WaitAsync(Patience)).Fill.TradeId);
        AssertLateFilled(tracker);
        Assert.Single(harness.Sent, r => r.PathAndQuery.Split('?')[0] == "/orders/" + Late);
    }

    [Fact]
    public async Task An_order_tracked_within_the_settle_time_after_a_reconnect_pass_is_looked_up()
    {
        using var harness = RestTestHarness.Authenticated();
        harness.Reply(HttpMethod.Get, "/orders/" + Late, OrderJson(Late, "open", 0.4692m));
        harness.Reply(HttpMethod.Get, "/fills", LateFills);
        var clock = new ManualClock(T0);
        await using var tracker = new OrderTracker(harness.Client, new OrderTrackerOptions { TimeProvider = clock });
        var filled = FilledAsync(tracker, Late);

        Assert.Equal(0, (await (await ReconnectAsync(tracker)).WaitAsync(Patience)).CheckedCount);
        clock.Advance(TimeSpan.FromSeconds(1.9));
        tracker.Track(Placed(Late, OrderStatus.Pending));   // answered after the pass; its match went with the connection

        Assert.Equal("42", (await filled.WaitAsync(Patience)).Fill.TradeId);
        AssertLateFilled(tracker);
        Assert.Equal(["/orders/" + Late, "/fills"], harness.Sent.Select(r => r.PathAndQuery.Split('?')[0]));
    }

    [Fact]
    public async Task An_order_tracked_after_the_settle_time_is_not_looked_up()
    {
        using var harness = RestTestHarness.Authenticated();
        harness.Reply(HttpMethod.Get, "/orders/" + Earlier, OrderJson(Earlier, "open", 0m));
        harness.Reply(HttpMethod.Get, "/orders/" + Late, OrderJson(Late, "done", 0.4692m, "canceled"));
        harness.Reply(HttpMethod.Get, "/fills", LateFills);
        var clock = new ManualClock(T0);
        await using var tracker = new OrderTracker(harness.Client, new OrderTrackerOptions { TimeProvider = clock });
        var filled = FilledAsync(tracker, Late);

        Assert.Equal(0, (await (await ReconnectAsync(tracker)).WaitAsync(Patience)).CheckedCount);
        clock.Advance(TimeSpan.FromSeconds(2));
        tracker.Track(Placed(Earlier, OrderStatus.Open));   // placed after the feed came back: nothing to look up

        // A lookup the tracker does need, asked for after it: the background looks orders up one at a
        // time, in the order asked, so once this one is done a lookup of the other would have been sent.
        tracker.Track(Placed(Late, OrderStatus.Pending));
        await tracker.HandleAsync(Done(Late, DoneReason.Canceled, 0.5308m));
        await filled.WaitAsync(Patience);

        Assert.Equal(["/orders/" + Late, "/fills"], harness.Sent.Select(r => r.PathAndQuery.Split('?')[0]));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(601)]
    public void A_settle_time_below_zero_or_over_ten_minutes_is_refused_naming_the_setting(int seconds)
    {
        using var harness = RestTestHarness.Authenticated();
        var options = new OrderTrackerOptions { ReconcileSettleTime = TimeSpan.FromSeconds(seconds) };

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new OrderTracker(harness.Client, options));

        Assert.Equal("options", ex.ParamName);
        Assert.Contains("ReconcileSettleTime", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.4692, 0.5308, false)]   // the match was seen: nothing missing
    [InlineData(0, 1, false)]             // cancelled with nothing filled
    [InlineData(1, 0, false)]             // filled, every match seen
    [InlineData(0, 0.5308, true)]         // the match was lost
    [InlineData(0.2, 0, true)]            // filled, a match lost
    public void A_remaining_size_shows_fills_behind_only_when_more_filled_than_the_fills_seen(double seen, double remaining, bool behind)
    {
        var order = new TrackedOrder { OrderId = Late, Size = 1m, State = TrackedOrderState.Pending };
        if (seen > 0)
        {
            order = OrderLifecycle.Apply(order, new OrderUpdate { Fills = [new TrackedFill("42", 100m, (decimal)seen, 0m, Liquidity.Taker, T0)] }).Order;
        }

        var done = ExchangeOrderUpdates.FromFeed(Done(Late, DoneReason.Canceled, (decimal)remaining)).Single();
        Assert.Equal(behind, OrderLifecycle.FillsBehind(OrderLifecycle.Apply(order, done).Order, done));
        Assert.False(OrderLifecycle.FillsBehind(order, done with { RemainingSize = null }));   // a market order's done says nothing
    }
}
