using CoPrA.Tests.WebSocket.Support;
using CoPrA.WebSocket;

namespace CoPrA.Tests.WebSocket;

public class WebSocketClientDispatchTests
{
    [Fact]
    public async Task Every_message_type_arrives_typed()
    {
        await using var server = await ScriptedFeedServer.StartAsync();
        await using var client = new RecordingClient([new Channel("full", "BTC-USD")], FeedTest.Options(server.Url));
        var connection = await FeedTest.ConnectAsync(client, server);

        await connection.SendAllAsync(
            FeedSamples.Subscriptions, FeedSamples.Heartbeat, FeedSamples.Ticker, FeedSamples.Snapshot, FeedSamples.L2Update,
            FeedSamples.Received, FeedSamples.Open, FeedSamples.Done, FeedSamples.Match, FeedSamples.LastMatch,
            FeedSamples.Change, FeedSamples.Activate, FeedSamples.Status, FeedSamples.Auction, FeedSamples.Level3Open);

        Assert.IsType<SubscriptionsMessage>(await client.Messages.Reader.NextAsync());
        Assert.Equal(20, (await client.NextAsync<HeartbeatMessage>()).LastTradeId);
        Assert.Equal(1285.22m, (await client.NextAsync<TickerMessage>()).Price);
        Assert.Single((await client.NextAsync<L2SnapshotMessage>()).Bids);
        Assert.Equal(2, (await client.NextAsync<L2UpdateMessage>()).Changes.Count);
        Assert.Equal(OrderType.Limit, (await client.NextAsync<ReceivedMessage>()).OrderType);
        Assert.Equal(200.2m, (await client.NextAsync<OpenMessage>()).Price);
        Assert.Equal(DoneReason.Filled, (await client.NextAsync<DoneMessage>()).Reason);
        Assert.Equal("match", (await client.NextAsync<MatchMessage>()).Type);
        Assert.Equal("last_match", (await client.NextAsync<MatchMessage>()).Type);
        Assert.Equal("modify_order", (await client.NextAsync<ChangeMessage>()).Reason);
        Assert.Equal(StopType.Entry, (await client.NextAsync<ActivateMessage>()).StopType);
        Assert.Equal("BTC-USD", (await client.NextAsync<StatusMessage>()).Products[0].Id);
        Assert.Equal("auction", (await client.NextAsync<RawFeedMessage>()).Type);
        Assert.Equal(57560479456L, (await client.NextAsync<Level3Message>()).Sequence);
    }

    [Fact]
    public async Task A_message_split_over_several_frames_is_reassembled()
    {
        await using var server = await ScriptedFeedServer.StartAsync();
        await using var client = new RecordingClient([new Channel("ticker", "ETH-USD")], FeedTest.Options(server.Url));
        var connection = await FeedTest.ConnectAsync(client, server);
        string large = FeedSamples.Ticker.Replace("\"type\"", $"\"padding\":\"{new string('x', 100_000)}\",\"type\"", StringComparison.Ordinal);

        await connection.SendFragmentedAsync(FeedSamples.Ticker, pieces: 7);
        await connection.SendFragmentedAsync(large, pieces: 3);

        Assert.Equal(37475248783L, (await client.NextAsync<TickerMessage>()).Sequence);
        var padded = await client.NextAsync<TickerMessage>();
        Assert.Equal(100_000, padded.ExtensionData!["padding"].GetString()!.Length);
    }

    [Fact]
    public async Task An_error_frame_goes_to_OnErrorAsync_and_the_feed_goes_on()
    {
        await using var server = await ScriptedFeedServer.StartAsync();
        await using var client = new RecordingClient([new Channel("user", "BTC-USD")], FeedTest.Options(server.Url));
        var connection = await FeedTest.ConnectAsync(client, server);

        await connection.SendAllAsync(FeedSamples.Error, """{"type":"error","message":"no reason"}""", FeedSamples.Heartbeat);

        Assert.Equal(("Sorry, you could not be authenticated: Bad Request", "invalid signature"), await client.Errors.Reader.NextAsync());
        Assert.Equal(("no reason", ""), await client.Errors.Reader.NextAsync());
        await client.NextAsync<HeartbeatMessage>();
        Assert.Equal(1, server.AcceptedConnections);
    }

    [Fact]
    public async Task A_frame_that_is_not_JSON_goes_to_OnErrorAsync_and_the_connection_lives_on()
    {
        var logger = new RecordingLogger();
        await using var server = await ScriptedFeedServer.StartAsync();
        await using var client = new RecordingClient([new Channel("ticker", "ETH-USD")], FeedTest.Options(server.Url, logger));
        var connection = await FeedTest.ConnectAsync(client, server);

        await connection.SendAsync("this is not JSON");
        await connection.SendBytesAsync([0xFF, 0xFE, 0x00], System.Net.WebSockets.WebSocketMessageType.Binary);
        await connection.SendAsync(FeedSamples.Ticker);

        var (message, reason) = await client.Errors.Reader.NextAsync();
        Assert.Equal("invalid message", message);
        Assert.False(string.IsNullOrEmpty(reason));
        await client.Errors.Reader.NextAsync();
        await client.NextAsync<TickerMessage>();
        Assert.True(client.IsConnected);
        Assert.False(connection.Ended.IsCompleted);
        Assert.Equal(1, server.AcceptedConnections);
    }

    [Fact]
    public async Task A_known_type_with_unreadable_fields_arrives_raw()
    {
        await using var server = await ScriptedFeedServer.StartAsync();
        await using var client = new RecordingClient([new Channel("ticker", "ETH-USD")], FeedTest.Options(server.Url));
        var connection = await FeedTest.ConnectAsync(client, server);

        await connection.SendAsync("""{"type":"ticker","product_id":"ETH-USD","price":"n/a"}""");

        var raw = await client.NextAsync<RawFeedMessage>();
        Assert.Equal(("ticker", "n/a"), (raw.Type, raw.Json.GetProperty("price").GetString()));
    }

    [Fact]
    public async Task A_throwing_callback_is_logged_and_does_not_kill_the_feed()
    {
        var logger = new RecordingLogger();
        await using var server = await ScriptedFeedServer.StartAsync();
        await using var client = new RecordingClient([new Channel("heartbeat", "BTC-USD")], FeedTest.Options(server.Url, logger));
        int calls = 0;
        client.BeforeMessage = async message =>
        {
            switch (Interlocked.Increment(ref calls))
            {
                case 1:
                    throw new InvalidOperationException("thrown synchronously");
                case 2:
                    await Task.Yield();
                    throw new InvalidOperationException("thrown after an await");
            }
        };
        var connection = await FeedTest.ConnectAsync(client, server);

        await connection.SendAllAsync(FeedSamples.Heartbeat, FeedSamples.Heartbeat, FeedSamples.Ticker);

        await client.NextAsync<TickerMessage>();
        await logger.WaitForAsync(FeedTest.CallbackFailedEvent, 2);
        Assert.Equal(
            ["thrown synchronously", "thrown after an await"],
            logger.Entries.Where(e => e.EventId == FeedTest.CallbackFailedEvent).Select(e => e.Exception!.Message));
        Assert.True(client.IsConnected);
        Assert.Equal(1, server.AcceptedConnections);
    }

    [Fact]
    public async Task ReadAllAsync_yields_every_message_and_ends_when_the_client_closes()
    {
        await using var server = await ScriptedFeedServer.StartAsync();
        await using var client = new RecordingClient([new Channel("heartbeat", "BTC-USD")], FeedTest.Options(server.Url));
        var messages = client.ReadAllAsync();
        var connection = await FeedTest.ConnectAsync(client, server);
        await connection.SendAllAsync(FeedSamples.Subscriptions, FeedSamples.Heartbeat, FeedSamples.Error);
        await client.Errors.Reader.NextAsync();

        var read = new List<FeedMessage>();
        var reading = Task.Run(async () =>
        {
            await foreach (var message in messages)
            {
                read.Add(message);
            }
        });
        await client.CloseAsync();
        await reading.Within();

        Assert.Collection(read, m => Assert.IsType<SubscriptionsMessage>(m), m => Assert.IsType<HeartbeatMessage>(m), m => Assert.IsType<ErrorMessage>(m));
    }

    [Fact]
    public async Task A_full_ReadAllAsync_queue_drops_the_oldest_counts_and_logs()
    {
        var logger = new RecordingLogger();
        await using var server = await ScriptedFeedServer.StartAsync();
        var options = FeedTest.Options(server.Url, logger);
        options.ReceiveQueueCapacity = 3;
        await using var client = new RecordingClient([new Channel("heartbeat", "BTC-USD")], options);
        var messages = client.ReadAllAsync();
        var connection = await FeedTest.ConnectAsync(client, server);

        for (int sequence = 1; sequence <= 10; sequence++)
        {
            await connection.SendAsync($$"""{"type":"heartbeat","sequence":{{sequence}},"last_trade_id":1,"product_id":"BTC-USD","time":"2024-01-01T00:00:00Z"}""");
        }

        for (int i = 0; i < 10; i++)
        {
            await client.NextAsync<HeartbeatMessage>();
        }

        Assert.Equal(7, client.DroppedMessages);
        Assert.Equal(3, logger.Entries.Count(e => e.EventId == FeedTest.DroppedEvent)); // at 1, 2 and 4 drops
        await using var reader = messages.GetAsyncEnumerator();
        var kept = new List<long>();
        for (int i = 0; i < 3; i++)
        {
            Assert.True(await reader.MoveNextAsync().AsTask().Within());
            kept.Add(((HeartbeatMessage)reader.Current).Sequence);
        }

        Assert.Equal([8L, 9L, 10L], kept);
    }
}
