using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using CoPrA.Tests.WebSocket.Support;
using CoPrA.WebSocket;

namespace CoPrA.Tests.WebSocket;

public class WebSocketClientReconnectTests
{
    [Fact]
    public async Task A_dropped_connection_is_replaced_and_resubscribed_to_the_channels_as_they_are_now()
    {
        await using var server = await ScriptedFeedServer.StartAsync();
        await using var client = new RecordingClient([new Channel("ticker", "BTC-USD")], FeedTest.Options(server.Url));
        var first = await FeedTest.ConnectAsync(client, server);
        Frames.AssertFrame(await first.NextFrameAsync(), "subscribe", "ticker: BTC-USD");
        client.OnNextClose = async () =>
        {
            // Runs while disconnected, before the reconnect: changes are local only.
            Assert.False(client.IsConnected);
            await client.SubscribeAsync([new Channel("heartbeat", "ETH-USD"), new Channel("ticker", "LTC-USD")]);
            await client.UnsubscribeAsync(new Channel("ticker", "BTC-USD"));
        };

        first.Drop();

        var (wasClean, code, _) = await client.Closes.Reader.NextAsync();
        Assert.False(wasClean);
        Assert.Null(code);
        var second = await server.NextConnectionAsync();
        Frames.AssertFrame(await second.NextFrameAsync(), "subscribe", "ticker: LTC-USD", "heartbeat: ETH-USD");
        Assert.Equal(1, await client.Opens.Reader.NextAsync());
        Assert.Equal(2, await client.Opens.Reader.NextAsync());
        Assert.False(first.HasPendingFrame);
    }

    [Fact]
    public async Task A_close_from_the_server_is_answered_then_reconnected()
    {
        await using var server = await ScriptedFeedServer.StartAsync();
        await using var client = new RecordingClient([new Channel("heartbeat", "BTC-USD")], FeedTest.Options(server.Url));
        var first = await FeedTest.ConnectAsync(client, server);
        await first.NextFrameAsync();

        await first.CloseAsync(WebSocketCloseStatus.EndpointUnavailable, "going away");

        Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, await first.Ended.Within());
        Assert.Equal((true, (int?)1001, (string?)"going away"), await client.Closes.Reader.NextAsync());
        var second = await server.NextConnectionAsync();
        Frames.AssertFrame(await second.NextFrameAsync(), "subscribe", "heartbeat: BTC-USD");
    }

    [Fact]
    public async Task Refused_handshakes_are_retried_until_one_is_accepted()
    {
        var logger = new RecordingLogger();
        await using var server = await ScriptedFeedServer.StartAsync();
        server.RefuseNext(3);
        await using var client = new RecordingClient([new Channel("ticker", "BTC-USD")], FeedTest.Options(server.Url, logger));

        var connection = await FeedTest.ConnectAsync(client, server);

        Frames.AssertFrame(await connection.NextFrameAsync(), "subscribe", "ticker: BTC-USD");
        Assert.Equal(4, server.Attempts);
        var retries = logger.Entries.Where(e => e.EventId == FeedTest.ReconnectingEvent).ToList();
        Assert.Equal(3, retries.Count);
        Assert.All(retries, entry => Assert.Contains("503", entry.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task While_the_server_refuses_attempts_back_off_exponentially_instead_of_looping()
    {
        await using var server = await ScriptedFeedServer.StartAsync();
        server.RefuseNext(int.MaxValue);
        var options = FeedTest.Options(server.Url);
        options.ReconnectDelay = TimeSpan.FromMilliseconds(40);
        options.MaxReconnectDelay = TimeSpan.FromMilliseconds(160);
        await using var client = new RecordingClient([new Channel("ticker", "BTC-USD")], options);

        var connecting = client.ConnectAsync();
        await server.WaitForAttemptsAsync(6);
        await client.CloseAsync().Within();

        // Delays after failures 1..5: 40, 80, 160 (cap), 160, 160 ms. A loaded machine only makes them longer.
        double[] expectedMs = [40, 80, 160, 160, 160];
        var intervals = server.AttemptIntervals();
        for (int i = 0; i < expectedMs.Length; i++)
        {
            Assert.True(intervals[i].TotalMilliseconds >= expectedMs[i] * 0.9, $"attempt {i + 2} came {intervals[i].TotalMilliseconds:F0} ms after the previous one; expected at least {expectedMs[i]} ms");
        }

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => connecting.Within());
        Assert.True(client.RunTask!.IsCompleted);
        Assert.Equal(0, server.AcceptedConnections);
    }

    [Fact]
    public async Task A_refused_TCP_connect_is_retried()
    {
        int port = FreePort();
        var logger = new RecordingLogger();
        await using var client = new RecordingClient([new Channel("ticker", "BTC-USD")], FeedTest.Options(new Uri($"ws://127.0.0.1:{port}/"), logger));

        var connecting = client.ConnectAsync();
        await logger.WaitForAsync(FeedTest.ReconnectingEvent, 2);
        Assert.False(connecting.IsCompleted);
        await using var server = await ScriptedFeedServer.StartAsync(port);

        await connecting.Within();
        var connection = await server.NextConnectionAsync();
        Frames.AssertFrame(await connection.NextFrameAsync(), "subscribe", "ticker: BTC-USD");
    }

    [Fact]
    public async Task A_silent_connection_is_dropped_after_the_idle_timeout_and_replaced()
    {
        var logger = new RecordingLogger();
        await using var server = await ScriptedFeedServer.StartAsync();
        var options = FeedTest.Options(server.Url, logger);
        options.IdleTimeout = TimeSpan.FromMilliseconds(300);
        await using var client = new RecordingClient([new Channel("heartbeat", "BTC-USD")], options);
        var first = await FeedTest.ConnectAsync(client, server);
        await first.NextFrameAsync();

        Assert.Null(await first.Ended.Within());
        var (wasClean, _, reason) = await client.Closes.Reader.NextAsync();
        Assert.False(wasClean);
        Assert.Contains("idle", reason, StringComparison.Ordinal);
        await logger.WaitForAsync(FeedTest.IdleTimeoutEvent);
        var second = await server.NextConnectionAsync();
        Frames.AssertFrame(await second.NextFrameAsync(), "subscribe", "heartbeat: BTC-USD");
    }

    [Fact]
    public async Task Messages_keep_an_idle_connection_alive()
    {
        await using var server = await ScriptedFeedServer.StartAsync();
        var options = FeedTest.Options(server.Url);
        options.IdleTimeout = TimeSpan.FromSeconds(5);
        await using var client = new RecordingClient([new Channel("heartbeat", "BTC-USD")], options);
        var connection = await FeedTest.ConnectAsync(client, server);

        for (int i = 0; i < 20; i++)
        {
            await connection.SendAsync(FeedSamples.Heartbeat);
            await client.NextAsync<HeartbeatMessage>();
        }

        Assert.Equal(1, server.AcceptedConnections);
        Assert.True(client.IsConnected);
    }

    [Fact]
    public async Task CloseAsync_closes_cleanly_and_nothing_reconnects()
    {
        await using var server = await ScriptedFeedServer.StartAsync();
        await using var client = new RecordingClient([new Channel("ticker", "BTC-USD")], FeedTest.Options(server.Url));
        var connection = await FeedTest.ConnectAsync(client, server);
        await connection.NextFrameAsync();

        await client.CloseAsync().Within();

        Assert.Equal(WebSocketCloseStatus.NormalClosure, await connection.Ended.Within());
        var (wasClean, code, _) = await client.Closes.Reader.NextAsync();
        Assert.True(wasClean);
        Assert.Equal(1000, code);
        Assert.False(client.IsConnected);
        Assert.True(client.RunTask!.IsCompleted);
        Assert.Equal(1, server.Attempts);
    }

    [Fact]
    public async Task CloseAsync_from_a_message_callback_closes_cleanly_without_deadlock()
    {
        await using var server = await ScriptedFeedServer.StartAsync();
        await using var client = new RecordingClient([new Channel("heartbeat", "BTC-USD")], FeedTest.Options(server.Url));
        client.BeforeMessage = _ => client.CloseAsync();
        var connection = await FeedTest.ConnectAsync(client, server);

        await connection.SendAsync(FeedSamples.Heartbeat);

        Assert.Equal(WebSocketCloseStatus.NormalClosure, await connection.Ended.Within());
        var (wasClean, code, _) = await client.Closes.Reader.NextAsync();
        Assert.True(wasClean);
        Assert.Equal(1000, code);
        await client.RunTask!.Within();
        Assert.Equal(1, server.Attempts);
    }

    [Fact]
    public async Task CloseAsync_from_OnCloseAsync_stops_the_reconnect()
    {
        await using var server = await ScriptedFeedServer.StartAsync();
        await using var client = new RecordingClient([new Channel("heartbeat", "BTC-USD")], FeedTest.Options(server.Url));
        client.OnNextClose = () => client.CloseAsync();
        var connection = await FeedTest.ConnectAsync(client, server);

        connection.Drop();

        await client.Closes.Reader.NextAsync();
        await client.RunTask!.Within();
        Assert.Equal(1, server.Attempts);
    }

    [Fact]
    public async Task CloseAsync_during_a_reconnect_delay_stops_at_once()
    {
        var logger = new RecordingLogger();
        await using var server = await ScriptedFeedServer.StartAsync();
        server.RefuseNext(int.MaxValue);
        var options = FeedTest.Options(server.Url, logger);
        options.ReconnectDelay = TimeSpan.FromHours(1);
        options.MaxReconnectDelay = TimeSpan.FromHours(1);
        await using var client = new RecordingClient([new Channel("ticker", "BTC-USD")], options);
        var connecting = client.ConnectAsync();
        await logger.WaitForAsync(FeedTest.ReconnectingEvent);

        await client.CloseAsync().Within();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => connecting.Within());
        Assert.True(client.RunTask!.IsCompleted);
        Assert.Equal(1, server.Attempts);
    }

    [Fact]
    public async Task Closing_after_the_server_vanished_does_not_throw()
    {
        var server = await ScriptedFeedServer.StartAsync();
        await using var client = new RecordingClient([new Channel("ticker", "BTC-USD")], FeedTest.Options(server.Url));
        await FeedTest.ConnectAsync(client, server);

        await server.DisposeAsync();
        await client.CloseAsync().Within();

        Assert.True(client.RunTask!.IsCompleted);
        Assert.False(client.IsConnected);
    }

    [Fact]
    public async Task Cancelling_ConnectAsync_stops_the_attempts()
    {
        var logger = new RecordingLogger();
        await using var server = await ScriptedFeedServer.StartAsync();
        server.RefuseNext(int.MaxValue);
        await using var client = new RecordingClient([new Channel("ticker", "BTC-USD")], FeedTest.Options(server.Url, logger));
        using var cancel = new CancellationTokenSource();

        var connecting = client.ConnectAsync(cancel.Token);
        await logger.WaitForAsync(FeedTest.ReconnectingEvent, 2);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => connecting.Within());
        Assert.True(client.RunTask!.IsCompleted);
    }

    [Fact]
    public async Task The_client_can_connect_again_after_CloseAsync()
    {
        await using var server = await ScriptedFeedServer.StartAsync();
        await using var client = new RecordingClient([new Channel("ticker", "BTC-USD")], FeedTest.Options(server.Url));
        await FeedTest.ConnectAsync(client, server);
        await client.CloseAsync();

        var again = await FeedTest.ConnectAsync(client, server);

        Frames.AssertFrame(await again.NextFrameAsync(), "subscribe", "ticker: BTC-USD");
    }

    [Fact]
    public async Task Without_AutoReconnect_a_refused_connect_is_thrown_and_a_drop_ends_the_client()
    {
        var options = FeedTest.Options(new Uri($"ws://127.0.0.1:{FreePort()}/"));
        options.AutoReconnect = false;
        await using var refused = new RecordingClient([new Channel("ticker", "BTC-USD")], options);
        await Assert.ThrowsAsync<WebSocketException>(() => refused.ConnectAsync().Within());

        await using var server = await ScriptedFeedServer.StartAsync();
        options.FeedUrl = server.Url.ToString();
        await using var client = new RecordingClient([new Channel("ticker", "BTC-USD")], options);
        var connection = await FeedTest.ConnectAsync(client, server);
        var messages = client.ReadAllAsync();
        connection.Drop();

        await client.Closes.Reader.NextAsync();
        await client.RunTask!.Within();
        await foreach (var _ in messages.WithCancellation(new CancellationTokenSource(Wait.Timeout).Token))
        {
            Assert.Fail("no message was sent");
        }

        Assert.Equal(1, server.Attempts);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
