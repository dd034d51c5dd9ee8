using CoPrA.Sandbox;

namespace CoPrA.Tests.Sandbox;

/// <summary>The background market maker gives the public channels traffic, and can be paused.</summary>
public class MarketMakerTests
{
    [Fact]
    public async Task The_market_maker_trades_and_its_matches_reach_the_feed()
    {
        await using var sandbox = await SandboxExchange.StartAsync(new SandboxOptions { MarketMakerActionsPerSecond = 40 });
        await using var feed = await FeedTestClient.ConnectAsync(sandbox);

        await feed.SubscribeAsync("""[{"name":"matches","product_ids":["BTC-USD"]},{"name":"level2_batch","product_ids":["BTC-USD"]}]""");
        var snapshot = await feed.NextAsync("snapshot");
        var match = await feed.NextAsync("match");
        await feed.NextAsync("l2update");

        Assert.True(snapshot.GetProperty("bids").GetArrayLength() > 0 && snapshot.GetProperty("asks").GetArrayLength() > 0);
        Assert.Equal("BTC-USD", match.GetProperty("product_id").GetString());
    }

    [Fact]
    public async Task A_paused_market_maker_leaves_the_book_alone()
    {
        await using var sandbox = await SandboxExchange.StartAsync(new SandboxOptions { MarketMakerActionsPerSecond = 40 });
        using var client = SandboxFixture.CreateClient(sandbox);

        sandbox.Controls.PauseMarketMaker();
        var first = await client.OrderBookAsync("ETH-USD", level: 3);

        // A heartbeat's sequence is the book's: waiting for several shows that time passed.
        await using var feed = await FeedTestClient.ConnectAsync(sandbox);
        await feed.SubscribeAsync("""[{"name":"heartbeat","product_ids":["ETH-USD"]}]""");
        for (int i = 0; i < 3; i++)
        {
            var heartbeat = await feed.NextAsync("heartbeat");
            Assert.Equal(first.Sequence, heartbeat.GetProperty("sequence").GetInt64());
        }

        var second = await client.OrderBookAsync("ETH-USD", level: 3);
        Assert.True(sandbox.Controls.IsMarketMakerPaused);
        Assert.Equal(first.Sequence, second.Sequence);
        Assert.Equal(first.Bids, second.Bids);
    }
}
