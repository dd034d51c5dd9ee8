using CoPrA.Sandbox;
using CoPrA.Tests.WebSocket.Support;
using CoPrA.WebSocket;

namespace CoPrA.Tests.WebSocket;

/// <summary>Refused subscriptions: one bad product id must not stop the rest of the feed, now or after a reconnect.</summary>
public class WebSocketClientRejectionTests
{
    [Fact]
    public async Task A_bad_product_among_good_ones_is_reported_and_dropped_and_the_rest_keeps_flowing_on_the_same_connection()
    {
        // The sandbox, like the exchange, refuses the whole frame and drops a connection left without a subscription.
        await using var sandbox = await SandboxExchange.StartAsync(new SandboxOptions { MarketMakerEnabled = false, SubscribeTimeout = TimeSpan.FromMilliseconds(500) });
        await using var client = new RecordingClient([new Channel("ticker", "NOPE-USD"), new Channel("heartbeat", "BTC-USD")], FeedTest.Options(new Uri(sandbox.FeedUrl)));

        await client.ConnectAsync().Within();

        var rejection = await client.Rejections.Reader.NextAsync();
        Assert.Equal("Failed to subscribe", rejection.Message);
        Assert.Contains("NOPE-USD", rejection.Reason, StringComparison.Ordinal);
        Assert.Equal([new Channel("ticker", "NOPE-USD")], rejection.Dropped);
        Assert.Equal([new Channel("heartbeat", "BTC-USD")], client.Channels);
        Assert.Equal("Failed to subscribe", (await client.Errors.Reader.NextAsync()).Message);

        // Three heartbeats take longer than the subscribe deadline: the connection was not dropped meanwhile.
        for (int i = 0; i < 3; i++)
        {
            await NextAsync<HeartbeatMessage>(client);
        }

        Assert.True(client.IsSubscribed);
        Assert.True(client.IsConnected);
        Assert.False(client.Closes.Reader.TryRead(out _));
        Assert.Equal(1, sandbox.Controls.FeedHandshakeCount);
    }

    [Fact]
    public async Task A_bad_product_added_while_connected_is_dropped_so_the_reconnect_subscribes_only_to_the_good_ones()
    {
        await using var sandbox = await SandboxExchange.StartAsync(new SandboxOptions { MarketMakerEnabled = false });
        await using var client = new RecordingClient([new Channel("heartbeat", "BTC-USD")], FeedTest.Options(new Uri(sandbox.FeedUrl)));
        using var timeout = new CancellationTokenSource(Wait.Timeout);
        var subscribed = sandbox.Controls.NextSubscribeAsync(timeout.Token);
        await client.ConnectAsync().Within();
        await subscribed;

        await client.SubscribeAsync(new Channel("ticker", "NOPE-USD", "BTC-USD")).Within();
        var rejection = await client.Rejections.Reader.NextAsync();
        Assert.Equal([new Channel("ticker", "NOPE-USD")], rejection.Dropped);
        Assert.Equal([new Channel("heartbeat", "BTC-USD"), new Channel("ticker", "BTC-USD")], client.Channels);

        subscribed = sandbox.Controls.NextSubscribeAsync(timeout.Token);
        Assert.Equal(1, sandbox.Controls.AbortFeedConnections());
        var again = await subscribed;

        Assert.Equal(["heartbeat: BTC-USD", "ticker: BTC-USD"], again.Channels.Select(c => $"{c.Name}: {string.Join(", ", c.ProductIds)}").Order(StringComparer.Ordinal));
        await NextAsync<HeartbeatMessage>(client);
        Assert.False(client.Rejections.Reader.TryRead(out _));
    }

    [Fact]
    public async Task IsConnected_comes_with_the_open_socket_and_IsSubscribed_only_with_the_servers_confirmation()
    {
        await using var server = await ScriptedFeedServer.StartAsync();
        await using var client = new RecordingClient([new Channel("heartbeat", "BTC-USD")], FeedTest.Options(server.Url));
        var connection = await FeedTest.ConnectAsync(client, server);
        await connection.NextFrameAsync();

        Assert.True(client.IsConnected);
        Assert.False(client.IsSubscribed);

        await connection.SendAsync("""{"type":"subscriptions","channels":[{"name":"heartbeat","product_ids":["BTC-USD"]}]}""");
        await client.NextAsync<SubscriptionsMessage>();
        Assert.True(client.IsSubscribed);

        await client.SubscribeAsync(new Channel("ticker", "ETH-USD")).Within();
        Assert.False(client.IsSubscribed);
        await connection.NextFrameAsync();
        await connection.SendAsync("""{"type":"subscriptions","channels":[{"name":"heartbeat","product_ids":["BTC-USD"]},{"name":"ticker","product_ids":["ETH-USD"]}]}""");
        await client.NextAsync<SubscriptionsMessage>();
        Assert.True(client.IsSubscribed);
    }

    [Fact]
    public async Task A_refusal_that_names_a_product_resubscribes_the_rest_at_once()
    {
        await using var server = await ScriptedFeedServer.StartAsync();
        await using var client = new RecordingClient([new Channel("ticker", "BTC-USD", "BTC-USDC", "NOPE-USD"), new Channel("heartbeat", "NOPE-USD", "ETH-USD")], FeedTest.Options(server.Url));
        var connection = await FeedTest.ConnectAsync(client, server);
        await connection.NextFrameAsync();

        await connection.SendAsync("""{"type":"error","message":"Failed to subscribe","reason":"NOPE-USD is not a valid product"}""");

        Frames.AssertFrame(await connection.NextFrameAsync(), "subscribe", "ticker: BTC-USD, BTC-USDC", "heartbeat: ETH-USD");
        var rejection = await client.Rejections.Reader.NextAsync();
        Assert.Equal([new Channel("ticker", "NOPE-USD"), new Channel("heartbeat", "NOPE-USD")], rejection.Dropped);
        Assert.False(client.IsSubscribed);
    }

    [Fact]
    public async Task A_subscription_refused_again_and_again_backs_off_like_any_failed_connection()
    {
        await using var server = await ScriptedFeedServer.StartAsync();
        var options = FeedTest.Options(server.Url);
        options.ReconnectDelay = TimeSpan.FromMilliseconds(40);
        options.MaxReconnectDelay = TimeSpan.FromMilliseconds(160);
        await using var client = new RecordingClient([new Channel("ticker", "BTC-USD")], options);
        await client.ConnectAsync().Within();

        // A refusal that names nothing the client asked for (a failed signature): the channels stay, and the server hangs up.
        for (int i = 0; i < 5; i++)
        {
            var connection = await server.NextConnectionAsync();
            await connection.NextFrameAsync();
            await connection.SendAsync(FeedSamples.Error);
            var rejection = await client.Rejections.Reader.NextAsync();
            Assert.Empty(rejection.Dropped);
            await connection.CloseAsync(System.Net.WebSockets.WebSocketCloseStatus.PolicyViolation, "subscribe timeout");
        }

        await server.WaitForAttemptsAsync(6);
        await client.CloseAsync().Within();

        // Delays after failures 1..5: 40, 80, 160 (cap), 160, 160 ms; a connection that worked would start again from 40.
        double[] expectedMs = [40, 80, 160, 160, 160];
        var intervals = server.AttemptIntervals();
        for (int i = 1; i < expectedMs.Length; i++)
        {
            Assert.True(intervals[i].TotalMilliseconds >= expectedMs[i] * 0.9, $"attempt {i + 2} came {intervals[i].TotalMilliseconds:F0} ms after the previous one; expected at least {expectedMs[i]} ms");
        }

        Assert.Equal([new Channel("ticker", "BTC-USD")], client.Channels);
    }

    private static async Task<T> NextAsync<T>(RecordingClient client)
        where T : FeedMessage
    {
        while (true)
        {
            if (await client.Messages.Reader.NextAsync() is T message)
            {
                return message;
            }
        }
    }
}
