using System.Text.Json;

namespace CoPrA.Tests.Sandbox;

/// <summary>Orders placed over REST show up on the feed's full, user, level2, matches and ticker channels.</summary>
[Collection(SandboxCollection.Name)]
public class FeedOrderFlowTests(SandboxFixture fixture)
{
    [Fact]
    public async Task An_order_goes_through_received_open_match_and_done_with_consecutive_sequences()
    {
        await fixture.ResetAsync("ETH-USD");
        await using var feed = await FeedTestClient.ConnectAsync(fixture.Sandbox);
        await feed.SubscribeAsync("""[{"name":"full","product_ids":["ETH-USD"]}]""", fixture.Sandbox.Credentials);
        await feed.NextAsync("subscriptions");

        var order = await fixture.Client.LimitOrderAsync(Side.Sell, "ETH-USD", 3200.00m, 0.5m);
        fixture.Controls.PlaceCounterpartyMarketOrder("ETH-USD", Side.Buy, 0.5m);

        var messages = new List<JsonElement>();
        for (int i = 0; i < 5; i++)
        {
            messages.Add(await feed.NextAsync("received", "open", "match", "done"));
        }

        Assert.Equal(["received", "open", "received", "match", "done"], messages.Select(m => m.GetProperty("type").GetString()));
        var sequences = messages.Select(m => m.GetProperty("sequence").GetInt64()).ToList();
        Assert.Equal(Enumerable.Range(0, 5).Select(i => sequences[0] + i), sequences);
        Assert.Equal(order.Id, messages[0].GetProperty("order_id").GetString());
        Assert.Equal("0.5", messages[1].GetProperty("remaining_size").GetString());
        Assert.Equal(order.Id, messages[3].GetProperty("maker_order_id").GetString());
        Assert.Equal("sell", messages[3].GetProperty("side").GetString());
        Assert.True(messages[3].TryGetProperty("maker_user_id", out _), "the owner sees its private fields on full");
        var done = messages.Last(m => m.GetProperty("type").GetString() == "done" && m.GetProperty("order_id").GetString() == order.Id);
        Assert.Equal("filled", done.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task The_level2_snapshot_agrees_with_the_rest_book_and_updates_follow()
    {
        await fixture.ResetAsync("LTC-USD");
        fixture.Controls.PlaceCounterpartyLimitOrder("LTC-USD", Side.Buy, 79.50m, 2m);
        fixture.Controls.PlaceCounterpartyLimitOrder("LTC-USD", Side.Sell, 80.50m, 3m);
        await fixture.Client.LimitOrderAsync(Side.Buy, "LTC-USD", 79.00m, 1.5m);
        await using var feed = await FeedTestClient.ConnectAsync(fixture.Sandbox);

        await feed.SubscribeAsync("""[{"name":"level2","product_ids":["LTC-USD"]}]""", fixture.Sandbox.Credentials);
        var snapshot = await feed.NextAsync("snapshot");
        var book = await fixture.Client.OrderBookAsync("LTC-USD", level: 2);

        Assert.Equal(book.Bids.Select(l => (l.Price, l.Size)), Rows(snapshot, "bids"));
        Assert.Equal(book.Asks.Select(l => (l.Price, l.Size)), Rows(snapshot, "asks"));

        await fixture.Client.LimitOrderAsync(Side.Buy, "LTC-USD", 79.50m, 1m);
        var update = await feed.NextAsync("l2update");
        Assert.Equal("""[["buy","79.50","3"]]""", update.GetProperty("changes").GetRawText());
    }

    [Fact]
    public async Task The_batched_level2_channel_needs_no_authentication()
    {
        await fixture.ResetAsync("LTC-USD");
        await using var feed = await FeedTestClient.ConnectAsync(fixture.Sandbox);

        await feed.SubscribeAsync("""[{"name":"level2_batch","product_ids":["LTC-USD"]}]""");
        var snapshot = await feed.NextAsync("snapshot");
        await fixture.Client.LimitOrderAsync(Side.Sell, "LTC-USD", 95.00m, 1m);

        // A batch may still carry removals from the reset before the snapshot; they change nothing.
        static bool IsNewAsk(JsonElement row) => row[0].GetString() == "sell" && row[1].GetString() == "95.00";
        var update = await feed.NextAsync(m => m.GetProperty("type").GetString() == "l2update" && m.GetProperty("changes").EnumerateArray().Any(IsNewAsk));

        Assert.Equal(0, snapshot.GetProperty("asks").GetArrayLength());
        Assert.Equal("""["sell","95.00","1"]""", Assert.Single(update.GetProperty("changes").EnumerateArray(), IsNewAsk).GetRawText());
    }

    [Fact]
    public async Task The_user_channel_carries_only_the_keys_own_orders_with_their_client_oid()
    {
        await fixture.ResetAsync("BTC-USD");
        await using var feed = await FeedTestClient.ConnectAsync(fixture.Sandbox);
        await feed.SubscribeAsync("""[{"name":"user","product_ids":["BTC-USD"]}]""", fixture.Sandbox.Credentials);
        await feed.NextAsync("subscriptions");

        fixture.Controls.PlaceCounterpartyLimitOrder("BTC-USD", Side.Sell, 61000.00m, 0.1m);
        string clientOid = Guid.NewGuid().ToString();
        var order = await fixture.Client.LimitOrderAsync(Side.Buy, "BTC-USD", 59000.00m, 0.01m, clientOid: clientOid);
        var received = await feed.NextAsync("received");
        var open = await feed.NextAsync("open");

        Assert.Equal((order.Id, clientOid), (received.GetProperty("order_id").GetString(), received.GetProperty("client_oid").GetString()));
        Assert.Equal(order.Id, open.GetProperty("order_id").GetString());
        Assert.DoesNotContain(feed.Drain(), m => m.TryGetProperty("order_id", out var id) && id.GetString() != order.Id);
    }

    [Fact]
    public async Task A_stop_order_is_announced_privately_with_activate()
    {
        await fixture.ResetAsync("LTC-USD");
        await using var feed = await FeedTestClient.ConnectAsync(fixture.Sandbox);
        await feed.SubscribeAsync("""[{"name":"user","product_ids":["LTC-USD"]}]""", fixture.Sandbox.Credentials);
        await feed.NextAsync("subscriptions");

        var stop = await fixture.Client.LimitOrderAsync(Side.Buy, "LTC-USD", 90.00m, 1m, stop: StopType.Entry, stopPrice: 89.00m);
        var activate = await feed.NextAsync("activate");

        Assert.Equal((stop.Id, "entry", "89.00", true), (
            activate.GetProperty("order_id").GetString(),
            activate.GetProperty("stop_type").GetString(),
            activate.GetProperty("stop_price").GetString(),
            activate.GetProperty("private").GetBoolean()));
    }

    [Fact]
    public async Task Matches_and_ticker_follow_each_trade()
    {
        await fixture.ResetAsync("ETH-BTC");
        await using var feed = await FeedTestClient.ConnectAsync(fixture.Sandbox);
        await feed.SubscribeAsync("""[{"name":"matches","product_ids":["ETH-BTC"]},{"name":"ticker","product_ids":["ETH-BTC"]}]""");
        await feed.NextAsync("subscriptions");

        fixture.Controls.PlaceCounterpartyLimitOrder("ETH-BTC", Side.Sell, 0.05123m, 2m);
        await fixture.Client.MarketOrderAsync(Side.Buy, "ETH-BTC", size: 0.5m);
        var match = await feed.NextAsync("match");
        var ticker = await feed.NextAsync(m => m.GetProperty("type").GetString() == "ticker" && m.GetProperty("price").GetString() == "0.05123");

        Assert.Equal(("0.05123", "0.5", "sell"), (match.GetProperty("price").GetString(), match.GetProperty("size").GetString(), match.GetProperty("side").GetString()));
        Assert.Equal(match.GetProperty("trade_id").GetInt64(), ticker.GetProperty("trade_id").GetInt64());
        Assert.Equal("buy", ticker.GetProperty("side").GetString());
        Assert.False(match.TryGetProperty("maker_user_id", out _), "public matches carry no user ids");
    }

    private static IEnumerable<(decimal Price, decimal Size)> Rows(JsonElement snapshot, string side) =>
        snapshot.GetProperty(side).EnumerateArray().Select(row => (
            decimal.Parse(row[0].GetString()!, System.Globalization.CultureInfo.InvariantCulture),
            decimal.Parse(row[1].GetString()!, System.Globalization.CultureInfo.InvariantCulture)));
}
