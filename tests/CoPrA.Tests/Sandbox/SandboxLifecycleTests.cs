using CoPrA.Sandbox;
using CoPrA.Tests.Support;

namespace CoPrA.Tests.Sandbox;

/// <summary>Options checks, and timed behaviour driven by a manual clock instead of waiting.</summary>
public class SandboxLifecycleTests
{
    [Fact]
    public async Task Invalid_options_are_refused_before_anything_starts()
    {
        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => SandboxExchange.StartAsync(new SandboxOptions { Port = 70_000 }));
        var negative = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => SandboxExchange.StartAsync(new SandboxOptions { SubscribeTimeout = TimeSpan.Zero }));

        Assert.Equal("options", error.ParamName);
        Assert.StartsWith("Port must be between 0", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("SubscribeTimeout must be positive", negative.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gtt_order_is_cancelled_when_its_time_is_up()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var sandbox = await SandboxExchange.StartAsync(new SandboxOptions
        {
            TimeProvider = clock,
            MarketMakerEnabled = false,
            SeedTradeHistory = false,
        });
        using var client = SandboxFixture.CreateClient(sandbox, configure: options => options.TimeProvider = clock);
        await using var feed = await FeedTestClient.ConnectAsync(sandbox);
        await feed.SubscribeAsync("""[{"name":"user","product_ids":["ETH-USD"]}]""", sandbox.Credentials, clock);
        await feed.NextAsync("subscriptions");

        var order = await client.LimitOrderAsync(Side.Buy, "ETH-USD", 2000.00m, 1m, timeInForce: TimeInForce.GoodTillTime, cancelAfter: CancelAfter.Minute);
        await feed.NextAsync("open");
        clock.Advance(TimeSpan.FromSeconds(61));
        var done = await feed.NextAsync("done");

        Assert.Equal((order.Id, "canceled", "101"), (done.GetProperty("order_id").GetString(), done.GetProperty("reason").GetString(), done.GetProperty("cancel_reason").GetString()));
        Assert.Equal(OrderStatus.Done, (await client.GetOrderAsync(order.Id)).Status);
    }

    [Fact]
    public async Task A_port_in_use_fails_the_start()
    {
        await using var first = await SandboxExchange.StartAsync(new SandboxOptions { MarketMakerEnabled = false, SeedTradeHistory = false });

        await Assert.ThrowsAnyAsync<IOException>(() => SandboxExchange.StartAsync(new SandboxOptions { Port = first.Port, MarketMakerEnabled = false }));
    }

    [Fact]
    public async Task Disposing_stops_the_server()
    {
        var sandbox = await SandboxExchange.StartAsync(new SandboxOptions { MarketMakerEnabled = false, SeedTradeHistory = false, SeedOrderBook = false });
        using var client = SandboxFixture.CreateClient(sandbox);
        Assert.NotEmpty(await client.ProductsAsync());

        await sandbox.DisposeAsync();

        await Assert.ThrowsAsync<HttpRequestException>(() => client.ProductsAsync());
    }
}
