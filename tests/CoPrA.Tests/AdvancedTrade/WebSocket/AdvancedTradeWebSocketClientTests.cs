using System.Text.Json;
using CoPrA.AdvancedTrade;
using CoPrA.Tests.Support;
using CoPrA.Tests.WebSocket.Support;
using CoPrA.WebSocket;
using static CoPrA.Tests.AdvancedTrade.WebSocket.AdvancedTradeFeedSamples;

namespace CoPrA.Tests.AdvancedTrade.WebSocket;

public sealed class AdvancedTradeWebSocketClientTests
{
    private static readonly CdpApiKey Key = CdpTestKeys.Ecdsa();

    [Fact]
    public async Task Every_frame_names_one_channel_and_carries_its_own_verified_jwt()
    {
        await using var server = await ScriptedFeedServer.StartAsync();
        await using var client = new RecordingAdvancedTradeClient(
            [new(AdvancedTradeChannel.Ticker, "BTC-USD", "ETH-USD"), new(AdvancedTradeChannel.Level2, "BTC-USD"), new(AdvancedTradeChannel.Heartbeats)],
            RecordingAdvancedTradeClient.Options(server.Url, key: Key));
        await client.ConnectAsync().Within();
        var connection = await server.NextConnectionAsync();

        var frames = new[] { await connection.NextFrameAsync(), await connection.NextFrameAsync(), await connection.NextFrameAsync() };
        Assert.Equal(["ticker", "level2", "heartbeats"], frames.Select(f => f.GetProperty("channel").GetString()));
        Assert.All(frames, f => Assert.Equal("subscribe", f.GetProperty("type").GetString()));
        Assert.Equal(["BTC-USD", "ETH-USD"], Ids(frames[0]));
        Assert.Empty(Ids(frames[2]));
        Assert.Equal(["type", "product_ids", "channel", "jwt"], frames[0].EnumerateObject().Select(p => p.Name));
        var tokens = frames.Select(VerifiedToken).ToList();
        Assert.Equal(3, tokens.Select(t => t.Header.GetProperty("nonce").GetString()).Distinct().Count());
        Assert.All(tokens, t => Assert.False(t.Claims.TryGetProperty("uri", out _), "a WebSocket token has no uri claim"));

        await client.UnsubscribeAsync(new AdvancedTradeChannel(AdvancedTradeChannel.Ticker, "ETH-USD")).Within();
        var unsubscribe = await connection.NextFrameAsync();
        Assert.Equal(("unsubscribe", "ticker"), (unsubscribe.GetProperty("type").GetString(), unsubscribe.GetProperty("channel").GetString()));
        Assert.Equal(["ETH-USD"], Ids(unsubscribe));
        VerifiedToken(unsubscribe);
    }

    [Fact]
    public async Task Without_a_key_market_frames_carry_no_jwt_and_user_channels_throw_before_any_io()
    {
        await using var server = await ScriptedFeedServer.StartAsync();
        var options = RecordingAdvancedTradeClient.Options(server.Url);
        var refused = Assert.Throws<ArgumentException>(() => new AdvancedTradeWebSocketClient([new AdvancedTradeChannel(AdvancedTradeChannel.User)], options));
        Assert.Equal("channels", refused.ParamName);

        await using var client = new RecordingAdvancedTradeClient([new(AdvancedTradeChannel.Ticker, "BTC-USD")], options);
        Assert.Equal("channels", Assert.Throws<ArgumentException>(() => { _ = client.SubscribeAsync(new AdvancedTradeChannel(AdvancedTradeChannel.FuturesBalanceSummary)); }).ParamName);
        await client.ConnectAsync().Within();
        var connection = await server.NextConnectionAsync();
        var frame = await connection.NextFrameAsync();
        Assert.False(frame.TryGetProperty("jwt", out _));
        Assert.Equal(1, server.AcceptedConnections);
    }

    [Fact]
    public async Task A_reconnect_subscribes_again_with_fresh_tokens_and_restarts_the_count()
    {
        await using var server = await ScriptedFeedServer.StartAsync();
        await using var client = new RecordingAdvancedTradeClient(
            [new(AdvancedTradeChannel.Ticker, "BTC-USD"), new(AdvancedTradeChannel.Heartbeats)],
            RecordingAdvancedTradeClient.Options(server.Url, key: Key));
        await client.ConnectAsync().Within();
        var first = await server.NextConnectionAsync();
        var before = new[] { await first.NextFrameAsync(), await first.NextFrameAsync() }.Select(f => f.GetProperty("jwt").GetString()).ToList();
        await first.SendAllAsync(Ticker(0), Heartbeats(1));
        await client.NextAsync<AdvancedTradeFeedMessage<HeartbeatsEvent>>();

        first.Drop();
        var second = await server.NextConnectionAsync();
        var frames = new[] { await second.NextFrameAsync(), await second.NextFrameAsync() };
        Assert.Equal(["ticker", "heartbeats"], frames.Select(f => f.GetProperty("channel").GetString()));
        Assert.All(frames, f => VerifiedToken(f));
        Assert.Empty(frames.Select(f => f.GetProperty("jwt").GetString()).Intersect(before));

        await second.SendAllAsync(Ticker(0), Heartbeats(1));
        var ticker = await client.NextAsync<AdvancedTradeFeedMessage<TickerEvent>>();
        Assert.Equal(0, ticker.SequenceNum);
        await client.NextAsync<AdvancedTradeFeedMessage<HeartbeatsEvent>>();
        Assert.False(client.Gaps.Reader.TryRead(out var gap), $"no gap expected, got {gap}");
    }

    [Fact]
    public async Task A_sequence_jump_is_reported_and_level2_is_subscribed_again_with_a_fresh_token()
    {
        await using var server = await ScriptedFeedServer.StartAsync();
        await using var client = new RecordingAdvancedTradeClient(
            [new(AdvancedTradeChannel.Level2, "BTC-USD"), new(AdvancedTradeChannel.Heartbeats)],
            RecordingAdvancedTradeClient.Options(server.Url, key: Key));
        await client.ConnectAsync().Within();
        var connection = await server.NextConnectionAsync();
        await connection.NextFrameAsync();
        await connection.NextFrameAsync();

        await connection.SendAllAsync(Level2Snapshot(0), Heartbeats(1), Heartbeats(5));
        var gap = await client.Gaps.Reader.NextAsync();
        Assert.Equal(("", "heartbeats", 2L, 5L, 3L, GapSource.Feed), (gap.ProductId, gap.Channel, gap.ExpectedSequence, gap.ReceivedSequence, gap.MissedCount, gap.Source));

        var unsubscribe = await connection.NextFrameAsync();
        var subscribe = await connection.NextFrameAsync();
        Assert.Equal(("unsubscribe", "level2"), (unsubscribe.GetProperty("type").GetString(), unsubscribe.GetProperty("channel").GetString()));
        Assert.Equal(("subscribe", "level2"), (subscribe.GetProperty("type").GetString(), subscribe.GetProperty("channel").GetString()));
        Assert.Equal(["BTC-USD"], Ids(subscribe));
        VerifiedToken(unsubscribe);
        VerifiedToken(subscribe);
        Assert.Equal([AdvancedTradeChannel.Level2, AdvancedTradeChannel.Heartbeats], client.Channels.Select(c => c.Name));
    }

    [Fact]
    public async Task A_bad_product_error_is_reported_while_the_rest_of_the_feed_flows()
    {
        await using var server = await ScriptedFeedServer.StartAsync();
        await using var client = new RecordingAdvancedTradeClient(
            [new(AdvancedTradeChannel.Ticker, "BTC-USD"), new(AdvancedTradeChannel.MarketTrades, "NOPE-USD")],
            RecordingAdvancedTradeClient.Options(server.Url));
        await client.ConnectAsync().Within();
        var connection = await server.NextConnectionAsync();
        await connection.NextFrameAsync();
        await connection.NextFrameAsync();

        await connection.SendAllAsync(Subscriptions(0), Error, Ticker(1), Ticker(2, price: "64060"));
        Assert.Equal("failure to subscribe: invalid product id NOPE-USD", await client.Errors.Reader.NextAsync());
        Assert.Equal(64050.75m, (await client.NextAsync<AdvancedTradeFeedMessage<TickerEvent>>()).Events[0].Tickers[0].Price);
        Assert.Equal(64060m, (await client.NextAsync<AdvancedTradeFeedMessage<TickerEvent>>()).Events[0].Tickers[0].Price);
        Assert.True(client.IsConnected);
        Assert.Equal(1, server.AcceptedConnections);
        Assert.False(client.Gaps.Reader.TryRead(out _));
    }

    [Fact]
    public async Task A_silent_connection_is_dropped_and_replaced()
    {
        await using var server = await ScriptedFeedServer.StartAsync();
        var options = RecordingAdvancedTradeClient.Options(server.Url);
        options.IdleTimeout = TimeSpan.FromMilliseconds(300);
        await using var client = new RecordingAdvancedTradeClient([new(AdvancedTradeChannel.Ticker, "BTC-USD")], options);
        await client.ConnectAsync().Within();
        var first = await server.NextConnectionAsync();
        Assert.False(await client.Closes.Reader.NextAsync());
        var second = await server.NextConnectionAsync();
        Assert.Equal("ticker", (await second.NextFrameAsync()).GetProperty("channel").GetString());
    }

    [Fact]
    public async Task Channels_go_to_their_host_and_each_connection_counts_on_its_own()
    {
        await using var market = await ScriptedFeedServer.StartAsync();
        await using var user = await ScriptedFeedServer.StartAsync();
        await using var client = new RecordingAdvancedTradeClient(
            [new(AdvancedTradeChannel.Ticker, "BTC-USD"), new(AdvancedTradeChannel.User)],
            RecordingAdvancedTradeClient.Options(market.Url, user.Url, Key));
        var all = client.ReadAllAsync().GetAsyncEnumerator();
        await client.ConnectAsync().Within();
        var marketConnection = await market.NextConnectionAsync();
        var userConnection = await user.NextConnectionAsync();
        Assert.Equal("ticker", (await marketConnection.NextFrameAsync()).GetProperty("channel").GetString());
        var userFrame = await userConnection.NextFrameAsync();
        Assert.Equal("user", userFrame.GetProperty("channel").GetString());
        Assert.Empty(Ids(userFrame));
        VerifiedToken(userFrame);

        await client.SubscribeAsync(new AdvancedTradeChannel(AdvancedTradeChannel.FuturesBalanceSummary)).Within();
        Assert.Equal("futures_balance_summary", (await userConnection.NextFrameAsync()).GetProperty("channel").GetString());
        Assert.False(marketConnection.HasPendingFrame);

        await marketConnection.SendAllAsync(Ticker(0), Ticker(1));
        await userConnection.SendAllAsync(User(0), FuturesBalanceSummary(1));
        var read = new List<AdvancedTradeFeedMessage>();
        while (read.Count < 4)
        {
            Assert.True(await all.MoveNextAsync().AsTask().Within());
            read.Add(all.Current);
        }

        Assert.Equal(2, read.OfType<AdvancedTradeFeedMessage<TickerEvent>>().Count());
        Assert.Single(read.OfType<AdvancedTradeFeedMessage<UserEvent>>());
        Assert.Single(read.OfType<AdvancedTradeFeedMessage<FuturesBalanceSummaryEvent>>());
        Assert.False(client.Gaps.Reader.TryRead(out _));
        Assert.Equal(1, market.AcceptedConnections);

        await client.CloseAsync().Within();
        Assert.False(await all.MoveNextAsync().AsTask().Within());
    }

    [Fact]
    public async Task ReadAllAsync_ends_on_close_when_one_host_was_never_used()
    {
        await using var server = await ScriptedFeedServer.StartAsync();
        await using var client = new RecordingAdvancedTradeClient([new(AdvancedTradeChannel.Ticker, "BTC-USD")], RecordingAdvancedTradeClient.Options(server.Url));
        var all = client.ReadAllAsync().GetAsyncEnumerator();
        await client.ConnectAsync().Within();
        var connection = await server.NextConnectionAsync();
        await connection.SendAsync(Ticker(0));
        Assert.True(await all.MoveNextAsync().AsTask().Within());

        await client.CloseAsync().Within();
        Assert.False(await all.MoveNextAsync().AsTask().Within());
    }

    [Fact]
    public async Task Subscribing_a_user_channel_after_connecting_opens_the_user_host()
    {
        await using var market = await ScriptedFeedServer.StartAsync();
        await using var user = await ScriptedFeedServer.StartAsync();
        await using var client = new RecordingAdvancedTradeClient([new(AdvancedTradeChannel.Ticker, "BTC-USD")], RecordingAdvancedTradeClient.Options(market.Url, user.Url, Key));
        await client.ConnectAsync().Within();
        Assert.Equal(0, user.Attempts);

        await client.SubscribeAsync(new AdvancedTradeChannel(AdvancedTradeChannel.User, "BTC-USD")).Within();
        var userConnection = await user.NextConnectionAsync();
        Assert.Equal("user", (await userConnection.NextFrameAsync()).GetProperty("channel").GetString());
        Assert.True(client.IsConnected);
    }

    private static IReadOnlyList<string?> Ids(JsonElement frame) => [.. frame.GetProperty("product_ids").EnumerateArray().Select(e => e.GetString())];

    private static VerifiedJwt VerifiedToken(JsonElement frame)
    {
        var token = JwtAssert.Verify(frame.GetProperty("jwt").GetString()!, Key);
        Assert.Equal(Key.Name, token.Claims.GetProperty("sub").GetString());
        return token;
    }
}
