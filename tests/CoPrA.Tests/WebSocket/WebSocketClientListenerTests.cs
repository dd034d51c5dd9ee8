using System.Collections.Concurrent;
using CoPrA.Books;
using CoPrA.Tests.WebSocket.Support;
using CoPrA.WebSocket;

namespace CoPrA.Tests.WebSocket;

/// <summary>Listeners (book keepers among them) fed by a client they do not subclass.</summary>
public class WebSocketClientListenerTests
{
    [Fact]
    public async Task An_attached_listener_gets_each_message_before_OnMessageAsync_and_each_disconnect_before_OnCloseAsync()
    {
        await using var server = await ScriptedFeedServer.StartAsync();
        await using var client = new RecordingClient([new Channel("heartbeat", "BTC-USD")], FeedTest.Options(server.Url));
        var log = new ConcurrentQueue<string>();
        client.BeforeMessage = message =>
        {
            log.Enqueue($"client {message.Type}");
            return Task.CompletedTask;
        };
        client.Attach(new Listener(log, "listener"));
        var connection = await FeedTest.ConnectAsync(client, server);

        await connection.SendAllAsync(FeedSamples.Heartbeat, FeedSamples.Ticker);
        await client.NextAsync<HeartbeatMessage>();
        await client.NextAsync<TickerMessage>();
        connection.Drop();
        await client.Closes.Reader.NextAsync();

        Assert.Equal(["listener heartbeat", "client heartbeat", "listener ticker", "client ticker", "listener disconnected"], log);
    }

    [Fact]
    public async Task A_detached_listener_hears_nothing_more()
    {
        await using var server = await ScriptedFeedServer.StartAsync();
        await using var client = new RecordingClient([new Channel("heartbeat", "BTC-USD")], FeedTest.Options(server.Url));
        var log = new ConcurrentQueue<string>();
        var attached = client.Attach(new Listener(log, "listener"));
        var connection = await FeedTest.ConnectAsync(client, server);
        await connection.SendAsync(FeedSamples.Heartbeat);
        await client.NextAsync<HeartbeatMessage>();

        attached.Dispose();
        await connection.SendAsync(FeedSamples.Ticker);
        await client.NextAsync<TickerMessage>();
        connection.Drop();
        await client.Closes.Reader.NextAsync();

        Assert.Equal(["listener heartbeat"], log);
    }

    [Fact]
    public async Task A_listener_that_throws_is_logged_and_the_next_listener_and_the_callback_still_get_the_message()
    {
        var logger = new RecordingLogger();
        await using var server = await ScriptedFeedServer.StartAsync();
        await using var client = new RecordingClient([new Channel("heartbeat", "BTC-USD")], FeedTest.Options(server.Url, logger));
        var log = new ConcurrentQueue<string>();
        client.Attach(new Listener(log, "first") { Throw = true });
        client.Attach(new Listener(log, "second"));
        var connection = await FeedTest.ConnectAsync(client, server);

        await connection.SendAsync(FeedSamples.Heartbeat);
        await client.NextAsync<HeartbeatMessage>();

        Assert.Equal(["first heartbeat", "second heartbeat"], log);
        await logger.WaitForAsync(FeedTest.CallbackFailedEvent, 1);
        Assert.True(client.IsConnected);
    }

    [Fact]
    public async Task A_level2_keeper_attached_to_a_plain_client_subscribes_its_channel_and_keeps_its_book()
    {
        await using var server = await ScriptedFeedServer.StartAsync();
        await using var client = new WebSocketClient([], FeedTest.Options(server.Url));
        var keeper = new Level2BookKeeper(["BTC-USD"]);

        using var attached = await client.AttachAsync(keeper);
        await client.ConnectAsync().Within();
        var connection = await server.NextConnectionAsync();
        await connection.SendAllAsync(FeedSamples.Snapshot);
        await keeper.WhenSyncedAsync("BTC-USD").Within();

        Assert.Equal([new Channel("level2_batch", "BTC-USD")], client.Channels);
        Assert.Equal(10101.10m, keeper.Book("BTC-USD").BestBid?.Price);
    }

    [Fact]
    public void Attach_refuses_a_null_listener()
    {
        var client = new WebSocketClient();
        Assert.Equal("listener", Assert.Throws<ArgumentNullException>(() => client.Attach(null!)).ParamName);
    }

    private sealed class Listener(ConcurrentQueue<string> log, string name) : IFeedListener<FeedMessage>
    {
        public bool Throw { get; init; }

        public Task HandleAsync(FeedMessage message, CancellationToken cancellationToken = default)
        {
            log.Enqueue($"{name} {message.Type}");
            return Throw ? throw new InvalidOperationException("listener failed") : Task.CompletedTask;
        }

        public void OnDisconnected() => log.Enqueue($"{name} disconnected");
    }
}
