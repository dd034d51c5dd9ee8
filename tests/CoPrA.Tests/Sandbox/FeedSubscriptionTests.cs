using System.Text.Json;

namespace CoPrA.Tests.Sandbox;

/// <summary>Subscribing to the sandbox's feed with a raw ClientWebSocket.</summary>
[Collection(SandboxCollection.Name)]
public class FeedSubscriptionTests(SandboxFixture fixture)
{
    [Fact]
    public async Task Subscribe_is_answered_with_the_whole_subscription_set()
    {
        await using var feed = await FeedTestClient.ConnectAsync(fixture.Sandbox);

        await feed.SendAsync("""{"type":"subscribe","product_ids":["ETH-USD"],"channels":["heartbeat",{"name":"ticker","product_ids":["BTC-USD"]}]}""");
        var first = await feed.NextAsync("subscriptions");
        await feed.SendAsync("""{"type":"subscribe","channels":[{"name":"heartbeat","product_ids":["LTC-USD"]}]}""");
        var second = await feed.NextAsync("subscriptions");
        await feed.SendAsync("""{"type":"unsubscribe","channels":["ticker"]}""");
        var third = await feed.NextAsync("subscriptions");

        Assert.Equal("""[{"name":"heartbeat","product_ids":["ETH-USD"]},{"name":"ticker","product_ids":["BTC-USD","ETH-USD"]}]""", first.GetProperty("channels").GetRawText());
        Assert.Equal("""[{"name":"heartbeat","product_ids":["ETH-USD","LTC-USD"]},{"name":"ticker","product_ids":["BTC-USD","ETH-USD"]}]""", second.GetProperty("channels").GetRawText());
        Assert.Equal("""[{"name":"heartbeat","product_ids":["ETH-USD","LTC-USD"]}]""", third.GetProperty("channels").GetRawText());
    }

    [Fact]
    public async Task The_subscribe_hook_reports_the_accepted_subscription()
    {
        var next = fixture.Controls.NextSubscribeAsync();
        await using var feed = await FeedTestClient.ConnectAsync(fixture.Sandbox);

        await feed.SubscribeAsync("""[{"name":"matches","product_ids":["BTC-USD"]}]""");
        var subscription = await next.WaitAsync(SandboxFixture.Timeout);

        var channel = Assert.Single(subscription.Channels);
        Assert.Equal(("matches", "BTC-USD"), (channel.Name, Assert.Single(channel.ProductIds)));
        Assert.False(subscription.Authenticated);
    }

    [Fact]
    public async Task Heartbeats_carry_the_sequence_and_the_last_trade_id()
    {
        var ticker = await fixture.Client.TickerAsync("ETH-BTC");
        await using var feed = await FeedTestClient.ConnectAsync(fixture.Sandbox);

        await feed.SubscribeAsync("""[{"name":"heartbeat","product_ids":["ETH-BTC"]}]""");
        var heartbeat = await feed.NextAsync("heartbeat");

        Assert.Equal("ETH-BTC", heartbeat.GetProperty("product_id").GetString());
        Assert.Equal(ticker.TradeId, heartbeat.GetProperty("last_trade_id").GetInt64());
        Assert.True(heartbeat.GetProperty("sequence").GetInt64() >= 0);
        Assert.EndsWith("Z", heartbeat.GetProperty("time").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_and_matches_start_with_the_current_state()
    {
        await using var feed = await FeedTestClient.ConnectAsync(fixture.Sandbox);

        await feed.SubscribeAsync("""["status",{"name":"matches","product_ids":["LTC-USD"]}]""");
        var status = await feed.NextAsync("status");
        var lastMatch = await feed.NextAsync("last_match");

        Assert.Contains(status.GetProperty("products").EnumerateArray(), product => product.GetProperty("id").GetString() == "LTC-USD");
        Assert.Contains(status.GetProperty("currencies").EnumerateArray(), currency => currency.GetProperty("id").GetString() == "USDC");
        Assert.Equal((await fixture.Client.TickerAsync("LTC-USD")).TradeId, lastMatch.GetProperty("trade_id").GetInt64());
    }

    [Theory]
    [InlineData("user")]
    [InlineData("full")]
    [InlineData("level2")]
    public async Task An_unauthenticated_subscription_to_a_private_channel_is_refused(string channel)
    {
        await using var feed = await FeedTestClient.ConnectAsync(fixture.Sandbox);

        await feed.SubscribeAsync($$"""[{"name":"{{channel}}","product_ids":["BTC-USD"]}]""");
        var error = await feed.NextAsync();

        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("Failed to subscribe", error.GetProperty("message").GetString());
        Assert.Contains("requires authentication", error.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_badly_signed_subscription_is_refused()
    {
        var wrong = new Credentials(fixture.Sandbox.Credentials.Key, "aVGe54dHHYUSudB3sJdcQx4BfQ6K5oVdcYv4eRtDN6fBHEQf5Go6BACew4G0iFjfLKJHmWY5ZEwlqxdslop4CA==", fixture.Sandbox.Credentials.Passphrase);
        await using var feed = await FeedTestClient.ConnectAsync(fixture.Sandbox);

        await feed.SubscribeAsync("""[{"name":"user","product_ids":["BTC-USD"]}]""", wrong);
        var error = await feed.NextAsync();

        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("invalid signature", error.GetProperty("reason").GetString());
    }

    [Theory]
    [InlineData("not json", "Malformed JSON")]
    [InlineData("""{"type":"subscribe","channels":["level9"],"product_ids":["BTC-USD"]}""", "Failed to subscribe")]
    [InlineData("""{"type":"subscribe","channels":["ticker"],"product_ids":["BTC-EUR"]}""", "Failed to subscribe")]
    [InlineData("""{"type":"subscribe","channels":["ticker"]}""", "Failed to subscribe")]
    public async Task A_frame_the_feed_cannot_use_gets_an_error_and_the_connection_stays(string frame, string message)
    {
        await using var feed = await FeedTestClient.ConnectAsync(fixture.Sandbox);

        await feed.SendAsync(frame);
        var error = await feed.NextAsync();
        await feed.SubscribeAsync("""["status"]""");
        var subscriptions = await feed.NextAsync("subscriptions");

        Assert.Equal(("error", message), (error.GetProperty("type").GetString(), error.GetProperty("message").GetString()));
        Assert.Equal(JsonValueKind.Array, subscriptions.GetProperty("channels").ValueKind);
    }
}
