using CoPrA.Tests.WebSocket.Support;
using CoPrA.WebSocket;

namespace CoPrA.Tests.WebSocket;

public class WebSocketClientGapTests
{
    [Fact]
    public async Task A_jump_in_full_sequence_numbers_is_reported_once_and_a_late_message_is_not()
    {
        var logger = new RecordingLogger();
        await using var server = await ScriptedFeedServer.StartAsync();
        await using var client = new RecordingClient([new Channel("full", "BTC-USD")], FeedTest.Options(server.Url, logger));
        var connection = await FeedTest.ConnectAsync(client, server);

        await connection.SendAllAsync(Full("received", 1), Full("open", 2), Full("done", 5), Full("match", 4), Full("change", 6), Full("open", 7));
        for (int i = 0; i < 6; i++)
        {
            await client.Messages.Reader.NextAsync();
        }

        Assert.Equal(new SequenceGap("BTC-USD", "full", 3, 5), await client.Gaps.Reader.NextAsync());
        Assert.False(client.Gaps.Reader.TryRead(out _));
        Assert.Single(logger.Entries, e => e.EventId == FeedTest.GapEvent);
    }

    [Fact]
    public async Task Ticker_and_heartbeat_sequence_jumps_are_never_gaps()
    {
        await using var server = await ScriptedFeedServer.StartAsync();
        await using var client = new RecordingClient([new Channel("ticker", "BTC-USD"), new Channel("heartbeat", "BTC-USD")], FeedTest.Options(server.Url));
        var connection = await FeedTest.ConnectAsync(client, server);

        await connection.SendAllAsync(Ticker(10), Ticker(50), Ticker(3), Heartbeat(1, lastTradeId: 5), Heartbeat(100, lastTradeId: 90));
        for (int i = 0; i < 5; i++)
        {
            await client.Messages.Reader.NextAsync();
        }

        Assert.False(client.Gaps.Reader.TryRead(out _));
    }

    [Fact]
    public async Task On_matches_a_heartbeat_ahead_of_the_last_trade_is_a_loss()
    {
        await using var server = await ScriptedFeedServer.StartAsync();
        await using var client = new RecordingClient([new Channel("matches", "BTC-USD"), new Channel("heartbeat", "BTC-USD")], FeedTest.Options(server.Url));
        var connection = await FeedTest.ConnectAsync(client, server);

        await connection.SendAllAsync(
            Heartbeat(1, lastTradeId: 5), // no match seen yet: nothing to compare
            Match("last_match", tradeId: 9, sequence: 100),
            Match("match", tradeId: 10, sequence: 150),
            Heartbeat(2, lastTradeId: 10),
            Heartbeat(3, lastTradeId: 13),
            Heartbeat(4, lastTradeId: 13));
        for (int i = 0; i < 6; i++)
        {
            await client.Messages.Reader.NextAsync();
        }

        Assert.Equal(new SequenceGap("BTC-USD", "matches", 11, 13), await client.Gaps.Reader.NextAsync());
        Assert.False(client.Gaps.Reader.TryRead(out _));
    }

    [Fact]
    public async Task Sequence_tracking_starts_over_on_a_new_connection()
    {
        await using var server = await ScriptedFeedServer.StartAsync();
        await using var client = new RecordingClient([new Channel("full", "BTC-USD")], FeedTest.Options(server.Url));
        var first = await FeedTest.ConnectAsync(client, server);
        await first.SendAllAsync(Full("open", 1), Full("open", 2));
        await client.Messages.Reader.NextAsync();
        await client.Messages.Reader.NextAsync();

        first.Drop();
        var second = await server.NextConnectionAsync();
        await second.SendAllAsync(Full("open", 100), Full("open", 101));
        await client.Messages.Reader.NextAsync();
        await client.Messages.Reader.NextAsync();

        Assert.False(client.Gaps.Reader.TryRead(out _));
    }

    private static string Full(string type, long sequence) =>
        $$"""{"type":"{{type}}","product_id":"BTC-USD","sequence":{{sequence}},"order_id":"o-{{sequence}}","trade_id":{{sequence}},"maker_order_id":"m","taker_order_id":"t","size":"1","price":"1","remaining_size":"1","side":"buy","reason":"filled","time":"2024-01-01T00:00:00Z"}""";

    private static string Ticker(long sequence) =>
        $$"""{"type":"ticker","product_id":"BTC-USD","sequence":{{sequence}},"price":"1","side":"buy","time":"2024-01-01T00:00:00Z"}""";

    private static string Heartbeat(long sequence, long lastTradeId) =>
        $$"""{"type":"heartbeat","product_id":"BTC-USD","sequence":{{sequence}},"last_trade_id":{{lastTradeId}},"time":"2024-01-01T00:00:00Z"}""";

    private static string Match(string type, long tradeId, long sequence) =>
        $$"""{"type":"{{type}}","product_id":"BTC-USD","trade_id":{{tradeId}},"sequence":{{sequence}},"maker_order_id":"m","taker_order_id":"t","size":"1","price":"1","side":"sell","time":"2024-01-01T00:00:00Z"}""";
}
