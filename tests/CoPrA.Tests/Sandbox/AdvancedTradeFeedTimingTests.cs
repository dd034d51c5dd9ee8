using System.Net.WebSockets;
using CoPrA.Sandbox;
using static CoPrA.Tests.Sandbox.AdvancedTradeFeedTestFrames;

namespace CoPrA.Tests.Sandbox;

/// <summary>The Advanced Trade feed's clocked rules, on a sandbox of their own with shortened intervals.</summary>
public sealed class AdvancedTradeFeedTimingTests : IAsyncLifetime
{
    private const string Product = "ETH-USD";

    private SandboxExchange _sandbox = null!;

    public async Task InitializeAsync() => _sandbox = await SandboxExchange.StartAsync(new SandboxOptions
    {
        MarketMakerEnabled = false,
        AdvancedTradeSubscribeTimeout = TimeSpan.FromMilliseconds(300),
        AdvancedTradeTickerBatchInterval = TimeSpan.FromMilliseconds(200),
    });

    public async Task DisposeAsync() => await _sandbox.DisposeAsync();

    [Fact]
    public async Task A_connection_that_does_not_subscribe_in_time_is_told_why_and_closed()
    {
        await using var feed = await FeedTestClient.ConnectAsync(_sandbox.AdvancedTradeMarketDataWebSocketUrl);

        var closed = await feed.Closed.WaitAsync(SandboxFixture.Timeout);
        var error = await feed.NextErrorAsync();

        Assert.Equal(WebSocketCloseStatus.PolicyViolation, closed?.CloseStatus);
        Assert.Contains("no subscribe message within 0.3 seconds", error.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_connection_that_subscribed_stays_open_past_the_deadline()
    {
        await using var feed = await FeedTestClient.ConnectAsync(_sandbox.AdvancedTradeUserWebSocketUrl);
        await feed.SendAsync(Frame("heartbeats", []));

        // Heartbeats come every second, well past the 0.3 s deadline.
        var late = await feed.NextOnAsync("heartbeats", message => message.Event().GetProperty("heartbeat_counter").GetString() == "1");

        Assert.False(feed.Closed.IsCompleted);
        Assert.Equal("1", late.Event().GetProperty("heartbeat_counter").GetString());
    }

    [Fact]
    public async Task Ticker_batch_sends_a_snapshot_then_the_latest_ticker_on_its_interval_after_trades()
    {
        _sandbox.Controls.ClearBook(Product);
        _sandbox.Controls.PlaceCounterpartyLimitOrder(Product, Side.Sell, 3100.00m, 1m);
        await using var feed = await FeedTestClient.ConnectAsync(_sandbox.AdvancedTradeMarketDataWebSocketUrl);
        await feed.SendAsync(Frame("ticker_batch", [Product]));
        var snapshot = await feed.NextOnAsync("ticker_batch");

        _sandbox.Controls.PlaceCounterpartyMarketOrder(Product, Side.Buy, 0.1m);
        _sandbox.Controls.PlaceCounterpartyMarketOrder(Product, Side.Buy, 0.2m);
        var update = await feed.NextOnAsync("ticker_batch", message => message.Event().GetProperty("tickers")[0].GetProperty("best_ask_quantity").GetString() == "0.7");

        Assert.Equal("snapshot", snapshot.EventType());
        Assert.Equal("update", update.EventType());
        var tick = Assert.Single(update.Event().GetProperty("tickers").EnumerateArray());
        Assert.Equal("3100.00", tick.GetProperty("price").GetString());
        Assert.Equal("0.7", tick.GetProperty("best_ask_quantity").GetString());
    }
}
