using CoPrA.Orders.Tracking;
using CoPrA.Tests.Rest;
using CoPrA.Tests.WebSocket.Support;
using CoPrA.WebSocket;

namespace CoPrA.Tests.Orders.Tracking;

/// <summary>The Exchange tracker, attached to a feed, reconciles on a gap the feed itself detects (no OnGapAsync override).</summary>
public class OrderTrackerFeedGapTests
{
    private const string OrderId = "97059421-3033-4cf4-99cb-925c1bf2c54f";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_gap_in_the_full_channel_of_an_attached_feed_starts_a_reconcile_pass()
    {
        using var harness = RestTestHarness.Authenticated();
        harness.Reply(HttpMethod.Get, "/orders/" + OrderId,
            $$"""{"id":"{{OrderId}}","product_id":"BTC-USD","side":"buy","type":"limit","price":"100","size":"1","status":"done","done_reason":"canceled","filled_size":"0"}""");
        await using var tracker = new OrderTracker(harness.Client);
        var reconciled = new TaskCompletionSource<OrdersReconciledEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        tracker.Reconciled += (_, e) => reconciled.TrySetResult(e);
        tracker.Track(new Order { Id = OrderId, ProductId = "BTC-USD", Side = Side.Buy, Type = OrderType.Limit, Price = 100m, Size = 1m, Status = OrderStatus.Open });
        await using var server = await ScriptedFeedServer.StartAsync();
        await using var feed = new RecordingClient([new Channel("full", "BTC-USD")], FeedTest.Options(server.Url));
        using var attached = feed.Attach(tracker);
        var connection = await FeedTest.ConnectAsync(feed, server);

        await connection.SendAllAsync(Open(1), Open(5));   // 2 to 4 lost: the order's done message may be among them
        var pass = await reconciled.Task.WaitAsync(Patience);

        Assert.Equal(("gap", 1, 1), (pass.Reason, pass.CheckedCount, pass.ChangedCount));
        Assert.Equal(TrackedOrderState.Cancelled, tracker.Find(OrderId)!.State);
    }

    private static string Open(long sequence) =>
        $$"""{"type":"open","product_id":"BTC-USD","sequence":{{sequence}},"order_id":"other-{{sequence}}","price":"1","remaining_size":"1","side":"sell","time":"2024-01-01T00:00:00Z"}""";
}
