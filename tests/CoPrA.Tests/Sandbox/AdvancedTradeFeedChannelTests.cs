using System.Globalization;
using System.Text.Json;
using static CoPrA.Tests.Sandbox.AdvancedTradeFeedTestFrames;

namespace CoPrA.Tests.Sandbox;

/// <summary>
/// The sandbox's Advanced Trade feed, channel by channel, over a raw ClientWebSocket: the envelope,
/// each channel's snapshot after subscribing and its updates from the engine, all numbers as strings.
/// </summary>
[Collection(SandboxCollection.Name)]
public sealed class AdvancedTradeFeedChannelTests(SandboxFixture fixture)
{
    private const string Product = "LTC-USD";

    [Fact]
    public async Task Messages_carry_the_envelope_and_a_subscriptions_confirmation_follows_each_subscribe()
    {
        await using var feed = await FeedTestClient.ConnectAsync(fixture.Sandbox.AdvancedTradeMarketDataWebSocketUrl);
        await feed.SendAsync(Frame("status", [Product]));

        var status = await feed.NextOnAsync("status");
        var confirmation = await feed.NextOnAsync("subscriptions");

        Assert.Equal("", status.GetProperty("client_id").GetString());
        Assert.True(DateTimeOffset.TryParse(status.GetProperty("timestamp").GetString(), CultureInfo.InvariantCulture, out _));
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+Z$", status.GetProperty("timestamp").GetString());
        Assert.Equal(JsonValueKind.Number, status.GetProperty("sequence_num").ValueKind);
        Assert.Equal("snapshot", status.EventType());
        var product = Assert.Single(status.Event().GetProperty("products").EnumerateArray());
        Assert.Equal(Product, product.GetProperty("id").GetString());
        Assert.Equal("SPOT", product.GetProperty("product_type").GetString());
        Assert.Equal("0.01", product.GetProperty("quote_increment").GetString());
        Assert.Equal("online", product.GetProperty("status").GetString());
        Assert.Equal([Product], confirmation.Event().GetProperty("subscriptions").GetProperty("status").EnumerateArray().Select(id => id.GetString()));
    }

    [Fact]
    public async Task Heartbeats_count_up_from_zero_with_a_Go_style_current_time()
    {
        await using var feed = await FeedTestClient.ConnectAsync(fixture.Sandbox.AdvancedTradeMarketDataWebSocketUrl);
        await feed.SendAsync(Frame("heartbeats", []));

        var first = await feed.NextOnAsync("heartbeats");
        var second = await feed.NextOnAsync("heartbeats");

        Assert.Equal("0", first.Event().GetProperty("heartbeat_counter").GetString());
        Assert.Equal("1", second.Event().GetProperty("heartbeat_counter").GetString());
        Assert.Matches(@"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{7} \+0000 UTC$", first.Event().GetProperty("current_time").GetString());
    }

    [Fact]
    public async Task Level2_arrives_as_l2_data_a_whole_book_snapshot_then_new_totals_per_level()
    {
        await fixture.ResetAsync(Product);
        fixture.Controls.PlaceCounterpartyLimitOrder(Product, Side.Buy, 79.00m, 2m);
        fixture.Controls.PlaceCounterpartyLimitOrder(Product, Side.Sell, 81.00m, 3m);
        await using var feed = await FeedTestClient.ConnectAsync(fixture.Sandbox.AdvancedTradeMarketDataWebSocketUrl);
        await feed.SendAsync(Frame("level2", [Product]));

        var snapshot = await feed.NextOnAsync("l2_data");
        fixture.Controls.PlaceCounterpartyLimitOrder(Product, Side.Buy, 79.00m, 0.5m);
        var added = await feed.NextOnAsync("l2_data");
        fixture.Controls.PlaceCounterpartyMarketOrder(Product, Side.Buy, 3m);
        var removed = await feed.NextOnAsync("l2_data");

        Assert.Equal("snapshot", snapshot.EventType());
        Assert.Equal(Product, snapshot.Event().GetProperty("product_id").GetString());
        var rows = snapshot.Event().GetProperty("updates").EnumerateArray().Select(Row).ToList();
        Assert.Equal([("bid", "79.00", "2"), ("offer", "81.00", "3")], rows);
        Assert.True(DateTimeOffset.TryParse(snapshot.Event().GetProperty("updates")[0].GetProperty("event_time").GetString(), CultureInfo.InvariantCulture, out _));
        Assert.Equal("update", added.EventType());
        Assert.Equal([("bid", "79.00", "2.5")], added.Event().GetProperty("updates").EnumerateArray().Select(Row));
        Assert.Equal([("offer", "81.00", "0")], removed.Event().GetProperty("updates").EnumerateArray().Select(Row));
    }

    [Fact]
    public async Task A_match_sends_ticker_and_market_trades_updates_and_the_5_minute_candle()
    {
        await fixture.ResetAsync(Product);
        fixture.Controls.PlaceCounterpartyLimitOrder(Product, Side.Sell, 82.50m, 1m);
        fixture.Controls.PlaceCounterpartyLimitOrder(Product, Side.Buy, 78.00m, 4m);
        await using var feed = await FeedTestClient.ConnectAsync(fixture.Sandbox.AdvancedTradeMarketDataWebSocketUrl);
        foreach (string channel in (string[])["ticker", "market_trades", "candles"])
        {
            await feed.SendAsync(Frame(channel, [Product]));
        }

        var tickerSnapshot = await feed.NextOnAsync("ticker");
        var tradesSnapshot = await feed.NextOnAsync("market_trades");
        var candlesSnapshot = await feed.NextOnAsync("candles");
        fixture.Controls.PlaceCounterpartyMarketOrder(Product, Side.Buy, 0.25m);
        var updates = new Dictionary<string, JsonElement>();
        while (updates.Count < 3)
        {
            var message = await feed.NextAsync(message => message.GetProperty("channel").GetString() is "ticker" or "market_trades" or "candles" && IsUpdate(message));
            updates.TryAdd(message.GetProperty("channel").GetString()!, message);
        }

        var (ticker, trades, candles) = (updates["ticker"], updates["market_trades"], updates["candles"]);

        Assert.Equal("snapshot", tickerSnapshot.EventType());
        Assert.Equal("snapshot", tradesSnapshot.EventType());
        Assert.Equal("snapshot", candlesSnapshot.EventType());
        var tick = Assert.Single(ticker.Event().GetProperty("tickers").EnumerateArray());
        Assert.Equal("ticker", tick.GetProperty("type").GetString());
        Assert.Equal(Product, tick.GetProperty("product_id").GetString());
        Assert.Equal("82.50", tick.GetProperty("price").GetString());
        Assert.Equal("78.00", tick.GetProperty("best_bid").GetString());
        Assert.Equal("82.50", tick.GetProperty("best_ask").GetString());
        Assert.Equal("4", tick.GetProperty("best_bid_quantity").GetString());
        Assert.Equal("0.75", tick.GetProperty("best_ask_quantity").GetString());
        foreach (string name in (string[])["volume_24_h", "low_24_h", "high_24_h", "low_52_w", "high_52_w", "price_percent_chg_24_h"])
        {
            Assert.True(decimal.TryParse(tick.GetProperty(name).GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out _), name);
        }

        var trade = Assert.Single(trades.Event().GetProperty("trades").EnumerateArray());
        Assert.Equal("82.50", trade.GetProperty("price").GetString());
        Assert.Equal("0.25", trade.GetProperty("size").GetString());
        Assert.Equal("BUY", trade.GetProperty("side").GetString());
        Assert.Equal(Product, trade.GetProperty("product_id").GetString());
        Assert.Matches("^[0-9]+$", trade.GetProperty("trade_id").GetString());
        var candle = Assert.Single(candles.Event().GetProperty("candles").EnumerateArray());
        long start = long.Parse(candle.GetProperty("start").GetString()!, CultureInfo.InvariantCulture);
        Assert.Equal(0, start % 300);
        Assert.Equal("82.50", candle.GetProperty("close").GetString());
        Assert.Equal(Product, candle.GetProperty("product_id").GetString());
        Assert.True(decimal.Parse(candle.GetProperty("volume").GetString()!, CultureInfo.InvariantCulture) >= 0.25m);
    }

    [Fact]
    public async Task Futures_balance_summary_needs_a_JWT_and_sends_a_snapshot_of_zeros()
    {
        await using var feed = await FeedTestClient.ConnectAsync(fixture.Sandbox.AdvancedTradeUserWebSocketUrl);
        await feed.SendAsync(Frame("futures_balance_summary", [], Jwt(fixture.Sandbox)));

        var summary = await feed.NextOnAsync("futures_balance_summary");

        Assert.Equal("snapshot", summary.EventType());
        var balances = summary.Event().GetProperty("fcm_balance_summary");
        Assert.Equal("0", balances.GetProperty("futures_buying_power").GetString());
        Assert.Equal("0", balances.GetProperty("total_usd_balance").GetString());
        Assert.Equal("0", balances.GetProperty("liquidation_buffer_percentage").GetString());
    }

    private static bool IsUpdate(JsonElement message) => message.EventType() == "update";

    private static (string?, string?, string?) Row(JsonElement row) =>
        (row.GetProperty("side").GetString(), row.GetProperty("price_level").GetString(), row.GetProperty("new_quantity").GetString());
}
