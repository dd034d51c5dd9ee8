using System.Net.WebSockets;
using CoPrA.Sandbox;

namespace CoPrA.Tests.Sandbox;

/// <summary>The subscribe deadline, on a sandbox of its own with a short timeout.</summary>
public class FeedTimeoutTests
{
    [Fact]
    public async Task A_connection_that_does_not_subscribe_in_time_is_closed_with_an_error()
    {
        await using var sandbox = await SandboxExchange.StartAsync(Options(TimeSpan.FromMilliseconds(300)));
        await using var feed = await FeedTestClient.ConnectAsync(sandbox);

        var error = await feed.NextAsync("error");
        var frame = await feed.Closed.WaitAsync(SandboxFixture.Timeout);

        Assert.Equal("Failed to subscribe", error.GetProperty("message").GetString());
        Assert.Contains("0.3 seconds", error.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(WebSocketCloseStatus.PolicyViolation, frame?.CloseStatus);
        await sandbox.Controls.WaitForFeedConnectionsAsync(0).WaitAsync(SandboxFixture.Timeout);
    }

    [Fact]
    public async Task A_connection_that_subscribes_in_time_outlives_the_deadline()
    {
        // A deadline long enough for a loaded machine to subscribe; heartbeat times prove it has passed.
        var deadline = TimeSpan.FromSeconds(2);
        await using var sandbox = await SandboxExchange.StartAsync(Options(deadline));
        await using var feed = await FeedTestClient.ConnectAsync(sandbox);
        await feed.SubscribeAsync("""[{"name":"heartbeat","product_ids":["BTC-USD"]}]""");

        var first = Time(await feed.NextAsync("heartbeat"));
        DateTimeOffset latest;
        do
        {
            latest = Time(await feed.NextAsync("heartbeat"));
        }
        while (latest < first + deadline + TimeSpan.FromMilliseconds(500));

        Assert.Equal(WebSocketState.Open, feed.Socket.State);
        Assert.False(feed.Closed.IsCompleted);
        Assert.Equal(1, sandbox.Controls.FeedConnectionCount);
    }

    private static DateTimeOffset Time(System.Text.Json.JsonElement heartbeat) =>
        DateTimeOffset.Parse(heartbeat.GetProperty("time").GetString()!, System.Globalization.CultureInfo.InvariantCulture);

    private static SandboxOptions Options(TimeSpan subscribeTimeout) => new()
    {
        SubscribeTimeout = subscribeTimeout,
        HeartbeatInterval = TimeSpan.FromMilliseconds(100),
        MarketMakerEnabled = false,
        SeedOrderBook = false,
        SeedTradeHistory = false,
    };
}
