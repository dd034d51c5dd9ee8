using System.Net.WebSockets;
using System.Text.Json;
using static CoPrA.Tests.Sandbox.AdvancedTradeFeedTestFrames;

namespace CoPrA.Tests.Sandbox;

/// <summary>
/// The Advanced Trade feed's rules: sequence_num per connection, one channel per frame, JWTs for the
/// user channels, which endpoint serves what, bad product ids, and the fault controls.
/// </summary>
[Collection(SandboxCollection.Name)]
public sealed class AdvancedTradeFeedRuleTests(SandboxFixture fixture)
{
    private const string Product = "LTC-USD";

    [Fact]
    public async Task Every_message_of_a_connection_takes_the_next_sequence_number()
    {
        await fixture.ResetAsync(Product);
        await using var feed = await FeedTestClient.ConnectAsync(fixture.Sandbox.AdvancedTradeMarketDataWebSocketUrl);
        await using var other = await FeedTestClient.ConnectAsync(fixture.Sandbox.AdvancedTradeMarketDataWebSocketUrl);
        await feed.SendAsync(Frame("level2", [Product]));
        await feed.SendAsync(Frame("heartbeats", []));
        await feed.SendAsync(Frame("status", []));
        await other.SendAsync(Frame("status", []));

        var seen = new List<JsonElement>();
        seen.Add(await feed.NextAsync(message => true));
        for (int i = 0; i < 3; i++)
        {
            fixture.Controls.PlaceCounterpartyLimitOrder(Product, Side.Buy, 70.00m + i, 1m);
        }

        while (seen.Count(message => message.GetProperty("channel").GetString() == "l2_data") < 4
            || !seen.Any(message => message.GetProperty("channel").GetString() == "heartbeats"))
        {
            seen.Add(await feed.NextAsync(message => true));
        }

        Assert.Equal(Enumerable.Range(0, seen.Count).Select(i => (long)i), seen.Select(message => message.GetProperty("sequence_num").GetInt64()));
        Assert.Equal(["l2_data", "subscriptions"], seen.Take(2).Select(message => message.GetProperty("channel").GetString()));
        Assert.Equal(0, (await other.NextAsync(message => true)).GetProperty("sequence_num").GetInt64());
    }

    [Fact]
    public async Task A_frame_with_several_channels_is_refused_and_the_connection_keeps_serving()
    {
        await using var feed = await FeedTestClient.ConnectAsync(fixture.Sandbox.AdvancedTradeMarketDataWebSocketUrl);
        await feed.SendAsync("""{"type":"subscribe","product_ids":["LTC-USD"],"channels":["ticker","level2"]}""");
        var listed = await feed.NextErrorAsync();
        await feed.SendAsync("""{"type":"subscribe","product_ids":["LTC-USD"],"channel":["ticker","level2"]}""");
        var array = await feed.NextErrorAsync();
        await feed.SendAsync(Frame("status", [Product]));
        var status = await feed.NextOnAsync("status");

        Assert.Contains("one channel per message", listed.GetProperty("reason").GetString());
        Assert.Equal("Failed to subscribe", listed.GetProperty("message").GetString());
        Assert.Contains("one channel per message", array.GetProperty("reason").GetString());
        Assert.Equal(0, status.GetProperty("sequence_num").GetInt64());
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("expired")]
    [InlineData("bad signature")]
    [InlineData("uri claim")]
    [InlineData("other key")]
    public async Task The_user_channel_refuses_a_frame_without_a_valid_WebSocket_JWT_and_sends_no_orders(string fault)
    {
        var sandbox = fixture.Sandbox;
        string? jwt = fault switch
        {
            "missing" => null,
            "expired" => Jwt(sandbox, DateTimeOffset.UtcNow.AddMinutes(-5)),
            "bad signature" => Jwt(sandbox)[..^4] + "AAAA",
            "uri claim" => Jwt(sandbox, editClaims: claims => claims["uri"] = "GET 127.0.0.1/api/v3/brokerage/accounts"),
            _ => Jwt(sandbox, editHeader: header => header["kid"] = "organizations/x/apiKeys/y", editClaims: claims => claims["sub"] = "organizations/x/apiKeys/y"),
        };
        await using var feed = await FeedTestClient.ConnectAsync(sandbox.AdvancedTradeUserWebSocketUrl);
        await feed.SendAsync(Frame("user", [], jwt));

        var error = await feed.NextErrorAsync();
        var frame = await WaitForFrameAsync(frame => frame.Error is not null && frame.Channel == "user");
        await feed.SendAsync(Frame("heartbeats", []));
        var heartbeat = await feed.NextOnAsync("heartbeats");

        Assert.Equal("authentication failure", error.GetProperty("message").GetString());
        Assert.Null(frame.Jwt);
        Assert.True(frame.UserEndpoint);
        Assert.DoesNotContain(feed.Drain(), message => message.TryGetProperty("channel", out var channel) && channel.GetString() == "user");
        Assert.Equal(1, heartbeat.GetProperty("sequence_num").GetInt64()); // after the subscriptions message; errors take none
        if (jwt is not null)
        {
            Assert.DoesNotContain(jwt, error.GetRawText(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_verified_JWT_is_recorded_with_its_claims()
    {
        var sandbox = fixture.Sandbox;
        await using var feed = await FeedTestClient.ConnectAsync(sandbox.AdvancedTradeUserWebSocketUrl);
        await feed.SendAsync(Frame("user", [], Jwt(sandbox)));

        await feed.NextOnAsync("user");
        var frame = await WaitForFrameAsync(frame => frame.Channel == "user" && frame.Error is null);

        Assert.NotNull(frame.Jwt);
        Assert.Equal(sandbox.AdvancedTradeKeyName, frame.Jwt.Subject);
        Assert.Equal("ES256", frame.Jwt.Algorithm);
        Assert.Equal(TimeSpan.FromSeconds(120), frame.Jwt.Expires - frame.Jwt.NotBefore);
        Assert.Matches("^[0-9a-f]{64}$", frame.Jwt.Nonce);
        Assert.Equal("subscribe", frame.Type);
    }

    [Fact]
    public async Task The_user_data_endpoint_refuses_market_data_channels()
    {
        await using var feed = await FeedTestClient.ConnectAsync(fixture.Sandbox.AdvancedTradeUserWebSocketUrl);
        await feed.SendAsync(Frame("level2", [Product]));

        var error = await feed.NextErrorAsync();

        Assert.Equal("Failed to subscribe", error.GetProperty("message").GetString());
        Assert.Contains("heartbeats, user, futures_balance_summary", error.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task An_unknown_product_id_is_an_error_and_the_other_subscriptions_keep_flowing()
    {
        await using var feed = await FeedTestClient.ConnectAsync(fixture.Sandbox.AdvancedTradeMarketDataWebSocketUrl);
        await feed.SendAsync(Frame("heartbeats", []));
        await feed.NextOnAsync("heartbeats");
        await feed.SendAsync(Frame("ticker", ["NOPE-USD"]));

        var error = await feed.NextErrorAsync();
        var before = await feed.NextOnAsync("heartbeats");
        var after = await feed.NextOnAsync("heartbeats");

        Assert.Contains("NOPE-USD", error.GetProperty("reason").GetString());
        Assert.Equal(
            long.Parse(before.Event().GetProperty("heartbeat_counter").GetString()!, System.Globalization.CultureInfo.InvariantCulture) + 1,
            long.Parse(after.Event().GetProperty("heartbeat_counter").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(before.GetProperty("sequence_num").GetInt64() + 1, after.GetProperty("sequence_num").GetInt64());
    }

    [Fact]
    public async Task Skipping_a_sequence_number_makes_a_gap_on_every_open_connection()
    {
        await using var feed = await FeedTestClient.ConnectAsync(fixture.Sandbox.AdvancedTradeMarketDataWebSocketUrl);
        await feed.SendAsync(Frame("heartbeats", []));
        var before = await feed.NextOnAsync("heartbeats");

        int skipping = fixture.Controls.SkipNextAdvancedTradeSequenceNumber();
        var after = await feed.NextOnAsync("heartbeats");
        var next = await feed.NextOnAsync("heartbeats");

        Assert.True(skipping >= 1);
        Assert.Equal(before.GetProperty("sequence_num").GetInt64() + 2, after.GetProperty("sequence_num").GetInt64());
        Assert.Equal(after.GetProperty("sequence_num").GetInt64() + 1, next.GetProperty("sequence_num").GetInt64());
    }

    [Fact]
    public async Task Refused_handshakes_apply_to_the_Advanced_Trade_paths_too()
    {
        fixture.Controls.RefuseNextHandshakes(1);

        await Assert.ThrowsAsync<WebSocketException>(() => FeedTestClient.ConnectAsync(fixture.Sandbox.AdvancedTradeMarketDataWebSocketUrl));
        await using var feed = await FeedTestClient.ConnectAsync(fixture.Sandbox.AdvancedTradeMarketDataWebSocketUrl);

        Assert.Equal(WebSocketState.Open, feed.Socket.State);
    }

    [Fact]
    public async Task Aborting_and_closing_drop_only_the_Advanced_Trade_connections()
    {
        using var timeout = new CancellationTokenSource(SandboxFixture.Timeout);
        await fixture.Controls.WaitForAdvancedTradeFeedConnectionsAsync(0, timeout.Token);
        await using var exchange = await FeedTestClient.ConnectAsync(fixture.Sandbox);
        await using var aborted = await FeedTestClient.ConnectAsync(fixture.Sandbox.AdvancedTradeMarketDataWebSocketUrl);
        await using var closed = await FeedTestClient.ConnectAsync(fixture.Sandbox.AdvancedTradeUserWebSocketUrl);
        await fixture.Controls.WaitForAdvancedTradeFeedConnectionsAsync(2, timeout.Token);
        int exchangeConnections = fixture.Controls.FeedConnectionCount;

        int abortedCount = fixture.Controls.AbortAdvancedTradeFeedConnections();
        var abortedEnd = await aborted.Closed.WaitAsync(SandboxFixture.Timeout);
        await fixture.Controls.WaitForAdvancedTradeFeedConnectionsAsync(0, timeout.Token);

        Assert.Equal(2, abortedCount);
        Assert.Null(abortedEnd);
        Assert.Equal(exchangeConnections, fixture.Controls.FeedConnectionCount);
        Assert.True(exchange.Socket.State == WebSocketState.Open);

        await using var second = await FeedTestClient.ConnectAsync(fixture.Sandbox.AdvancedTradeMarketDataWebSocketUrl);
        await fixture.Controls.WaitForAdvancedTradeFeedConnectionsAsync(1, timeout.Token);
        int closedCount = await fixture.Controls.CloseAdvancedTradeFeedConnectionsAsync(cancellationToken: timeout.Token);
        var closedEnd = await second.Closed.WaitAsync(SandboxFixture.Timeout);

        Assert.Equal(1, closedCount);
        Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, closedEnd?.CloseStatus);
    }

    private async Task<CoPrA.Sandbox.SandboxAdvancedTradeFrame> WaitForFrameAsync(Func<CoPrA.Sandbox.SandboxAdvancedTradeFrame, bool> condition)
    {
        using var timeout = new CancellationTokenSource(SandboxFixture.Timeout);
        return await fixture.Controls.WaitForAdvancedTradeFeedFrameAsync(condition, timeout.Token);
    }
}
