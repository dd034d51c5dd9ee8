using CoPrA.Tests.WebSocket.Support;
using CoPrA.WebSocket;

namespace CoPrA.Tests.WebSocket;

public class WebSocketClientSubscriptionTests
{
    private const string SecretA = "aVGe54dHHYUSudB3sJdcQx4BfQ6K5oVdcYv4eRtDN6fBHEQf5Go6BACew4G0iFjfLKJHmWY5ZEwlqxdslop4CC==";

    [Fact]
    public async Task Connect_subscribes_to_the_initial_channels_right_after_the_handshake()
    {
        await using var server = await ScriptedFeedServer.StartAsync();
        await using var client = new RecordingClient([new Channel("ticker", "ETH-USD", "BTC-USD"), new Channel("heartbeat", "BTC-USD")], FeedTest.Options(server.Url));

        var connection = await FeedTest.ConnectAsync(client, server);
        var frame = await connection.NextFrameAsync();

        Assert.Equal(["type", "channels"], frame.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["ticker: BTC-USD, ETH-USD", "heartbeat: BTC-USD"], Frames.ChannelsOf(frame));
        Assert.True(client.IsConnected);
        Assert.Equal(1, await client.Opens.Reader.NextAsync());
        Assert.StartsWith("CoPrA.NET/", connection.RequestHeaders.UserAgent.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscribe_and_unsubscribe_before_connecting_change_only_the_local_set()
    {
        await using var server = await ScriptedFeedServer.StartAsync();
        await using var client = new RecordingClient([new Channel("ticker", "BTC-USD")], FeedTest.Options(server.Url));

        await client.SubscribeAsync([new Channel("ticker", "ETH-USD"), new Channel("heartbeat", "BTC-USD")]);
        await client.UnsubscribeAsync([new Channel("ticker", "BTC-USD"), new Channel("matches", "BTC-USD")]);

        Assert.Equal([new Channel("ticker", "ETH-USD"), new Channel("heartbeat", "BTC-USD")], client.Channels);
        Assert.Equal(0, server.Attempts);

        var connection = await FeedTest.ConnectAsync(client, server);
        Frames.AssertFrame(await connection.NextFrameAsync(), "subscribe", "ticker: ETH-USD", "heartbeat: BTC-USD");
    }

    [Fact]
    public async Task When_connected_only_what_changes_is_sent_and_never_an_empty_frame()
    {
        await using var server = await ScriptedFeedServer.StartAsync();
        await using var client = new RecordingClient([new Channel("ticker", "BTC-USD")], FeedTest.Options(server.Url));
        var connection = await FeedTest.ConnectAsync(client, server);
        await connection.NextFrameAsync();

        await client.SubscribeAsync([new Channel("ticker", "BTC-USD", "ETH-USD"), new Channel("heartbeat", "BTC-USD")]);
        Frames.AssertFrame(await connection.NextFrameAsync(), "subscribe", "ticker: ETH-USD", "heartbeat: BTC-USD");

        // Nothing new, nothing subscribed: no frame. The next frame proves none was sent in between.
        await client.SubscribeAsync(new Channel("ticker", "BTC-USD"));
        await client.UnsubscribeAsync([new Channel("matches", "BTC-USD"), new Channel("ticker", "LTC-USD")]);
        await client.UnsubscribeAsync(new Channel("ticker", "ETH-USD", "LTC-USD"));
        Frames.AssertFrame(await connection.NextFrameAsync(), "unsubscribe", "ticker: ETH-USD");

        await client.UnsubscribeAsync(new Channel("heartbeat", "BTC-USD"));
        Frames.AssertFrame(await connection.NextFrameAsync(), "unsubscribe", "heartbeat: BTC-USD");
        Assert.Equal([new Channel("ticker", "BTC-USD")], client.Channels);
        Assert.False(connection.HasPendingFrame);
    }

    [Fact]
    public async Task Status_is_subscribed_without_ids_and_removed_entirely()
    {
        await using var server = await ScriptedFeedServer.StartAsync();
        await using var client = new RecordingClient([new Channel("status")], FeedTest.Options(server.Url));
        var connection = await FeedTest.ConnectAsync(client, server);
        Frames.AssertFrame(await connection.NextFrameAsync(), "subscribe", "status");

        await client.UnsubscribeAsync(new Channel("status"));

        Frames.AssertFrame(await connection.NextFrameAsync(), "unsubscribe", "status");
        Assert.Empty(client.Channels);
    }

    [Fact]
    public async Task Every_subscribe_and_unsubscribe_frame_is_signed_afresh()
    {
        var clock = new WallClock(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000));
        var logger = new RecordingLogger();
        var credentials = new Credentials("my-key", SecretA, "my-passphrase");
        var signer = new CoinbaseSigner(credentials);
        await using var server = await ScriptedFeedServer.StartAsync();
        var options = FeedTest.Options(server.Url, logger);
        options.Credentials = credentials;
        options.TimeProvider = clock;
        await using var client = new RecordingClient([new Channel("user", "BTC-USD")], options);

        var connection = await FeedTest.ConnectAsync(client, server);
        var subscribe = await connection.NextFrameAsync();
        clock.Now += TimeSpan.FromSeconds(5);
        await client.SubscribeAsync(new Channel("full", "BTC-USD"));
        var second = await connection.NextFrameAsync();
        clock.Now += TimeSpan.FromSeconds(5);
        await client.UnsubscribeAsync(new Channel("user", "BTC-USD"));
        var unsubscribe = await connection.NextFrameAsync();

        string[] timestamps = ["1700000000.000", "1700000005.000", "1700000010.000"];
        foreach (var (frame, timestamp) in new[] { subscribe, second, unsubscribe }.Zip(timestamps))
        {
            Assert.Equal(["type", "channels", "signature", "key", "passphrase", "timestamp"], frame.EnumerateObject().Select(p => p.Name));
            Assert.Equal("my-key", frame.GetProperty("key").GetString());
            Assert.Equal("my-passphrase", frame.GetProperty("passphrase").GetString());
            Assert.Equal(timestamp, frame.GetProperty("timestamp").GetString());
            Assert.Equal(signer.ComputeSignature(timestamp, "GET", "/users/self/verify"), frame.GetProperty("signature").GetString());
        }

        Assert.Equal("unsubscribe", Frames.TypeOf(unsubscribe));
        string logText = string.Join('\n', logger.Entries.Select(e => e.Text));
        Assert.Contains("subscribe", logText, StringComparison.Ordinal);
        Assert.DoesNotContain("my-passphrase", logText, StringComparison.Ordinal);
        Assert.DoesNotContain(SecretA, logText, StringComparison.Ordinal);
        Assert.DoesNotContain(subscribe.GetProperty("signature").GetString()!, logText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_single_channel_change_sends_nothing_and_changes_nothing()
    {
        await using var server = await ScriptedFeedServer.StartAsync();
        await using var client = new RecordingClient([new Channel("ticker", "BTC-USD")], FeedTest.Options(server.Url));
        var connection = await FeedTest.ConnectAsync(client, server);
        await connection.NextFrameAsync();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.SubscribeAsync(new Channel("heartbeat", "BTC-USD"), cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.UnsubscribeAsync(new Channel("ticker", "BTC-USD"), cancelled.Token));

        Assert.Equal([new Channel("ticker", "BTC-USD")], client.Channels);
        await client.SubscribeAsync(new Channel("matches", "BTC-USD"), CancellationToken.None);
        Frames.AssertFrame(await connection.NextFrameAsync(), "subscribe", "matches: BTC-USD");
    }

    [Fact]
    public async Task Channels_and_options_are_checked_before_any_IO()
    {
        Assert.Equal("channels", Assert.Throws<ArgumentException>(() => new WebSocketClient([new Channel("ticker", "BTC-USD"), null!])).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => new WebSocketClient([], new WebSocketClientOptions { FeedUrl = "https://example.com" })).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => new WebSocketClient([], new WebSocketClientOptions { ReconnectDelay = TimeSpan.Zero })).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => new WebSocketClient([], new WebSocketClientOptions { ReconnectJitter = 1.5 })).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => new WebSocketClient([], new WebSocketClientOptions { ReceiveQueueCapacity = 0 })).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => new WebSocketClient([], new WebSocketClientOptions { MaxReconnectDelay = TimeSpan.FromMilliseconds(1) })).ParamName);

        await using var client = new WebSocketClient(new Channel("ticker", "BTC-USD"));
        await Assert.ThrowsAsync<ArgumentNullException>(() => client.SubscribeAsync((IEnumerable<Channel>)null!));
        await Assert.ThrowsAsync<ArgumentException>(() => client.UnsubscribeAsync([null!]));
        Assert.Equal(new Uri(WebSocketClient.ProductionFeedUrl), client.FeedUrl);
        Assert.False(client.IsConnected);
    }

    /// <summary>A wall clock the test sets; timers and timestamps stay real.</summary>
    private sealed class WallClock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
