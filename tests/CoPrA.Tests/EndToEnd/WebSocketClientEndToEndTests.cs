using System.Net.WebSockets;
using CoPrA.Books;
using CoPrA.WebSocket;

namespace CoPrA.Tests.EndToEnd;

/// <summary>The WebSocketClient against the sandbox's feed on loopback: order flow, the level-2 book, subscriptions and reconnects.</summary>
[Collection(EndToEndCollection.Name)]
public class WebSocketClientEndToEndTests(EndToEndFixture fixture)
{
    [Fact]
    public async Task An_order_placed_over_rest_shows_up_as_received_open_match_and_done_on_the_user_channel()
    {
        await fixture.ResetAsync("ETH-USD");
        await using var feed = fixture.Feed(authenticated: true, new Channel("user", "ETH-USD"));
        await feed.ConnectAsync();
        await feed.NextAsync<SubscriptionsMessage>();

        string clientOid = Guid.NewGuid().ToString();
        var order = await fixture.Client.LimitOrderAsync(Side.Sell, "ETH-USD", 3200.00m, 0.5m, clientOid: clientOid);
        string taker = fixture.Controls.PlaceCounterpartyMarketOrder("ETH-USD", Side.Buy, 0.5m);

        var received = await feed.NextAsync<ReceivedMessage>();
        var open = await feed.NextAsync<OpenMessage>();
        var match = await feed.NextAsync<MatchMessage>();
        var done = await feed.NextAsync<DoneMessage>();

        Assert.Equal((order.Id, clientOid, OrderType.Limit, 0.5m, 3200.00m), (received.OrderId, received.ClientOid, received.OrderType, received.Size, received.Price));
        Assert.Equal((order.Id, 0.5m, Side.Sell), (open.OrderId, open.RemainingSize, open.Side));
        Assert.Equal((order.Id, taker, 0.5m, 3200.00m), (match.MakerOrderId, match.TakerOrderId, match.Size, match.Price));
        Assert.NotNull(match.MakerUserId);   // the owner sees its private fields
        Assert.Equal((order.Id, DoneReason.Filled, 0m), (done.OrderId, done.Reason, done.RemainingSize));
        Assert.True(received.Sequence < open.Sequence && open.Sequence < match.Sequence && match.Sequence < done.Sequence);
        Assert.Empty(feed.Errors);
    }

    [Fact]
    public async Task The_full_channel_carries_every_order_with_consecutive_sequences()
    {
        await fixture.ResetAsync("ETH-USD");
        await using var feed = fixture.Feed(authenticated: true, new Channel("full", "ETH-USD"));
        await feed.ConnectAsync();
        await feed.NextAsync<SubscriptionsMessage>();

        var order = await fixture.Client.LimitOrderAsync(Side.Sell, "ETH-USD", 3100.00m, 0.25m);
        string taker = fixture.Controls.PlaceCounterpartyMarketOrder("ETH-USD", Side.Buy, 0.25m);
        var messages = new List<FullChannelMessage>();
        while (messages.Count == 0 || messages[^1] is not DoneMessage { OrderId: var id } || id != taker)
        {
            messages.Add(await feed.NextAsync<FullChannelMessage>());
        }

        Assert.Equal(Enumerable.Range(0, messages.Count).Select(i => messages[0].Sequence + i), messages.Select(m => m.Sequence));
        Assert.Equal(
            [("received", order.Id), ("open", order.Id), ("received", taker), ("match", order.Id), ("done", order.Id), ("done", taker)],
            messages.Select(m => (m.Type, m is MatchMessage match ? match.MakerOrderId : OrderId(m))));
    }

    [Fact]
    public async Task The_level2_book_kept_from_the_feed_agrees_with_the_rest_book()
    {
        await fixture.ResetAsync("LTC-USD");
        fixture.Controls.PlaceCounterpartyLimitOrder("LTC-USD", Side.Buy, 79.50m, 2m);
        fixture.Controls.PlaceCounterpartyLimitOrder("LTC-USD", Side.Sell, 80.50m, 3m);
        var keeper = new Level2BookKeeper(["LTC-USD"], batched: false);
        await using var feed = new BookKeeperClient([keeper], EndToEndFixture.FeedOptions(fixture.Sandbox, authenticated: true));
        await using var barrier = new FeedBarrier(feed, "LTC-USD");
        await feed.ConnectAsync();
        await keeper.WhenSyncedAsync("LTC-USD").WaitAsync(EndToEndFixture.Timeout);
        await AssertSameBookAsync(keeper.Book("LTC-USD"));

        var mine = await fixture.Client.LimitOrderAsync(Side.Buy, "LTC-USD", 79.50m, 1m);
        await fixture.Client.LimitOrderAsync(Side.Sell, "LTC-USD", 81.25m, 0.5m);
        await fixture.Client.MarketOrderAsync(Side.Buy, "LTC-USD", size: 1m);
        await fixture.Client.CancelAsync(mine.Id);
        await barrier.PassAsync();

        await AssertSameBookAsync(keeper.Book("LTC-USD"));
        Assert.Equal(new PriceLevel(80.50m, 2m), keeper.Book("LTC-USD").BestAsk);
    }

    [Fact]
    public async Task Subscribing_and_unsubscribing_while_connected_changes_what_arrives()
    {
        await using var feed = fixture.Feed(authenticated: false, new Channel("heartbeat", "BTC-USD"));
        await feed.ConnectAsync();
        await feed.NextAsync<HeartbeatMessage>(h => h.ProductId == "BTC-USD");

        await feed.SubscribeAsync(new Channel("heartbeat", "ETH-USD"));
        var both = await feed.NextAsync<SubscriptionsMessage>(s => Heartbeats(s).Count == 2);
        await feed.NextAsync<HeartbeatMessage>(h => h.ProductId == "ETH-USD");
        await feed.UnsubscribeAsync(new Channel("heartbeat", "BTC-USD"));
        await feed.NextAsync<SubscriptionsMessage>(s => Heartbeats(s).SetEquals(["ETH-USD"]));

        // Everything after the reply: two ETH-USD heartbeats (two seconds of feed) and no BTC-USD one.
        var after = new List<HeartbeatMessage>();
        while (after.Count(h => h.ProductId == "ETH-USD") < 2)
        {
            after.Add(await feed.NextAsync<HeartbeatMessage>());
        }

        Assert.All(after, h => Assert.Equal("ETH-USD", h.ProductId));
        Assert.Equal(["heartbeat"], feed.Channels.Select(c => c.Name));
        Assert.Equal(["BTC-USD", "ETH-USD"], Heartbeats(both).Order());
    }

    [Fact]
    public async Task A_dropped_connection_is_followed_by_a_reconnect_a_resubscription_and_more_messages()
    {
        await using var feed = fixture.Feed(authenticated: true, new Channel("heartbeat", "BTC-USD"));
        await feed.ConnectAsync();
        await feed.NextAsync<HeartbeatMessage>();
        await feed.SubscribeAsync(new Channel("user", "LTC-USD"));
        await feed.NextAsync<SubscriptionsMessage>(s => s.Channels.Any(c => c.Name == "user"));

        using var timeout = new CancellationTokenSource(EndToEndFixture.Timeout);
        var resubscribed = fixture.Controls.NextSubscribeAsync(timeout.Token);
        Assert.Equal(1, fixture.Controls.AbortFeedConnections());
        await feed.WaitForOpensAsync(2);
        var subscription = await resubscribed;

        Assert.True(subscription.Authenticated);
        Assert.Equal(["heartbeat", "user"], subscription.Channels.Select(c => c.Name).Order());
        var heartbeat = await feed.NextAsync<HeartbeatMessage>(connection: 2);
        Assert.Equal("BTC-USD", heartbeat.ProductId);
        var order = await fixture.Client.LimitOrderAsync(Side.Buy, "LTC-USD", 10.00m, 1m);
        Assert.Equal(order.Id, (await feed.NextAsync<ReceivedMessage>(connection: 2)).OrderId);
        await fixture.Client.CancelAsync(order.Id);
    }

    [Fact]
    public async Task A_connection_the_server_closes_is_answered_and_replaced()
    {
        await using var feed = fixture.Feed(authenticated: false, new Channel("heartbeat", "ETH-USD"));
        await feed.ConnectAsync();
        await feed.NextAsync<HeartbeatMessage>();

        Assert.Equal(1, await fixture.Controls.CloseFeedConnectionsAsync(WebSocketCloseStatus.EndpointUnavailable, "going away"));
        await feed.WaitForOpensAsync(2);

        Assert.Equal("ETH-USD", (await feed.NextAsync<HeartbeatMessage>(connection: 2)).ProductId);
        Assert.True(feed.IsConnected);
    }

    private async Task AssertSameBookAsync(Level2OrderBook book)
    {
        var expected = await fixture.Client.OrderBookAsync(book.ProductId, level: 2);
        var (bids, asks) = book.Depth(1_000);
        Assert.Equal(expected.Bids.Select(l => new PriceLevel(l.Price, l.Size)), bids);
        Assert.Equal(expected.Asks.Select(l => new PriceLevel(l.Price, l.Size)), asks);
    }

    private static HashSet<string> Heartbeats(SubscriptionsMessage message) =>
        [.. message.Channels.Where(c => c.Name == "heartbeat").SelectMany(c => c.ProductIds)];

    private static string OrderId(FullChannelMessage message) => message switch
    {
        ReceivedMessage m => m.OrderId,
        OpenMessage m => m.OrderId,
        DoneMessage m => m.OrderId,
        ChangeMessage m => m.OrderId,
        _ => "",
    };
}
