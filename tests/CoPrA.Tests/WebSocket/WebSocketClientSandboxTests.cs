using CoPrA.Rest;
using CoPrA.Sandbox;
using CoPrA.Tests.WebSocket.Support;
using CoPrA.WebSocket;

namespace CoPrA.Tests.WebSocket;

/// <summary>The client against the embedded exchange: real signature checks, real order events, its fault controls.</summary>
public class WebSocketClientSandboxTests
{
    [Fact]
    public async Task A_signed_subscription_is_accepted_and_an_order_shows_up_on_full_without_gaps()
    {
        await using var sandbox = await SandboxExchange.StartAsync(new SandboxOptions { MarketMakerEnabled = false });
        var options = FeedTest.Options(new Uri(sandbox.FeedUrl));
        options.Credentials = sandbox.Credentials;
        await using var client = new RecordingClient([new Channel("full", "BTC-USD"), new Channel("heartbeat", "BTC-USD")], options);
        using var rest = new RestClient(new RestClientOptions { BaseUrl = sandbox.RestUrl, Credentials = sandbox.Credentials });
        using var timeout = new CancellationTokenSource(Wait.Timeout);
        var subscribed = sandbox.Controls.NextSubscribeAsync(timeout.Token);

        await client.ConnectAsync().Within();
        var subscription = await subscribed;
        Assert.True(subscription.Authenticated);
        Assert.Equal(["full", "heartbeat"], subscription.Channels.Select(c => c.Name).Order(StringComparer.Ordinal));

        var order = await rest.LimitOrderAsync(Side.Buy, "BTC-USD", price: 1_000m, size: 0.01m);
        var open = await NextAsync<OpenMessage>(client, m => m.OrderId == order.Id);

        Assert.Equal(1_000m, open.Price);
        Assert.Equal("BTC-USD", open.ProductId);
        Assert.False(client.Gaps.Reader.TryRead(out _));
        Assert.False(client.Errors.Reader.TryRead(out _));
    }

    [Fact]
    public async Task The_client_survives_the_sandbox_dropping_and_closing_its_connections()
    {
        await using var sandbox = await SandboxExchange.StartAsync(new SandboxOptions { MarketMakerEnabled = false });
        await using var client = new RecordingClient([new Channel("heartbeat", "BTC-USD")], FeedTest.Options(new Uri(sandbox.FeedUrl)));
        using var timeout = new CancellationTokenSource(Wait.Timeout);
        await client.ConnectAsync().Within();
        await sandbox.Controls.WaitForFeedConnectionsAsync(1, timeout.Token);

        var resubscribed = sandbox.Controls.NextSubscribeAsync(timeout.Token);
        Assert.Equal(1, sandbox.Controls.AbortFeedConnections());
        Assert.Equal(["heartbeat"], (await resubscribed).Channels.Select(c => c.Name));
        Assert.False((await client.Closes.Reader.NextAsync()).WasClean);

        resubscribed = sandbox.Controls.NextSubscribeAsync(timeout.Token);
        Assert.Equal(1, await sandbox.Controls.CloseFeedConnectionsAsync(cancellationToken: timeout.Token));
        await resubscribed;
        var (wasClean, code, _) = await client.Closes.Reader.NextAsync();
        Assert.True(wasClean);
        Assert.Equal(1001, code);

        sandbox.Controls.BroadcastRawFrame("not JSON");
        Assert.Equal("invalid message", (await client.Errors.Reader.NextAsync()).Message);
        await NextAsync<HeartbeatMessage>(client, _ => true);
        Assert.True(client.IsConnected);
    }

    private static async Task<T> NextAsync<T>(RecordingClient client, Func<T, bool> match)
        where T : FeedMessage
    {
        while (true)
        {
            if (await client.Messages.Reader.NextAsync() is T message && match(message))
            {
                return message;
            }
        }
    }
}
