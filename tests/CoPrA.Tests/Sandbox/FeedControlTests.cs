using System.Net;
using System.Net.WebSockets;

namespace CoPrA.Tests.Sandbox;

/// <summary>The feed's controls: drops, closes, refused handshakes, floods and raw frames.</summary>
[Collection(SandboxCollection.Name)]
public class FeedControlTests(SandboxFixture fixture)
{
    [Fact]
    public async Task Aborting_drops_every_connection_without_a_close_frame()
    {
        await using var first = await SubscribedAsync();
        await using var second = await SubscribedAsync();
        await fixture.Controls.WaitForFeedConnectionsAsync(2).WaitAsync(SandboxFixture.Timeout);

        int dropped = fixture.Controls.AbortFeedConnections();

        Assert.Equal(2, dropped);
        Assert.Null(await first.Closed.WaitAsync(SandboxFixture.Timeout));
        Assert.Null(await second.Closed.WaitAsync(SandboxFixture.Timeout));
        await fixture.Controls.WaitForFeedConnectionsAsync(0).WaitAsync(SandboxFixture.Timeout);
    }

    [Fact]
    public async Task Closing_sends_1001_going_away()
    {
        await using var feed = await SubscribedAsync();

        int closed = await fixture.Controls.CloseFeedConnectionsAsync();
        var frame = await feed.Closed.WaitAsync(SandboxFixture.Timeout);

        Assert.Equal(1, closed);
        Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, frame?.CloseStatus);
        await fixture.Controls.WaitForFeedConnectionsAsync(0).WaitAsync(SandboxFixture.Timeout);
    }

    [Fact]
    public async Task Refused_handshakes_fail_with_the_status_then_connections_are_accepted_again()
    {
        fixture.Controls.RefuseNextHandshakes(2, HttpStatusCode.TooManyRequests);

        for (int i = 0; i < 2; i++)
        {
            using var socket = new ClientWebSocket { Options = { CollectHttpResponseDetails = true } };
            await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(new Uri(fixture.Sandbox.FeedUrl), CancellationToken.None));
            Assert.Equal(HttpStatusCode.TooManyRequests, socket.HttpStatusCode);
        }

        await using var accepted = await SubscribedAsync();
        Assert.Equal(WebSocketState.Open, accepted.Socket.State);
    }

    [Fact]
    public async Task Streaming_sends_every_subscriber_the_requested_number_of_messages()
    {
        await using var feed = await SubscribedAsync();

        await fixture.Controls.StreamMessagesAsync(2_000, "ETH-USD").WaitAsync(SandboxFixture.Timeout);
        var last = await feed.NextAsync(m => m.GetProperty("type").GetString() == "ticker" && m.GetProperty("sequence").GetInt64() == 2_000);

        Assert.Equal("ETH-USD", last.GetProperty("product_id").GetString());
    }

    [Fact]
    public async Task A_raw_frame_reaches_every_connection_as_sent()
    {
        await using var feed = await SubscribedAsync();

        int reached = fixture.Controls.BroadcastRawFrame("""{"type":"mystery","value":1}""");
        var message = await feed.NextAsync("mystery");

        Assert.Equal(1, reached);
        Assert.Equal(1, message.GetProperty("value").GetInt32());
    }

    private async Task<FeedTestClient> SubscribedAsync()
    {
        var feed = await FeedTestClient.ConnectAsync(fixture.Sandbox);
        await feed.SubscribeAsync("""["status"]""");
        await feed.NextAsync("subscriptions");
        return feed;
    }
}
