using System.Threading.Channels;
using CoPrA.AdvancedTrade;
using CoPrA.Books;
using CoPrA.Tests.Support;
using CoPrA.Tests.WebSocket.Support;
using static CoPrA.Tests.AdvancedTrade.WebSocket.AdvancedTradeFeedSamples;

namespace CoPrA.Tests.AdvancedTrade.WebSocket;

public sealed class AdvancedTradeLevel2BookKeeperTests
{
    [Fact]
    public async Task The_book_is_built_from_the_snapshot_and_kept_by_updates()
    {
        await using var server = await ScriptedFeedServer.StartAsync();
        await using var client = new RecordingAdvancedTradeClient([], RecordingAdvancedTradeClient.Options(server.Url));
        var keeper = new AdvancedTradeLevel2BookKeeper(["BTC-USD"]);
        var changes = Channel.CreateUnbounded<BookChange>();
        keeper.Changed += (_, change) => changes.Writer.TryWrite(change);
        using var attached = await keeper.AttachAsync(client).Within();
        await client.ConnectAsync().Within();
        var connection = await server.NextConnectionAsync();
        Assert.Equal("level2", (await connection.NextFrameAsync()).GetProperty("channel").GetString());
        var book = keeper.Book("BTC-USD");

        await connection.SendAllAsync(Level2Snapshot(0));
        await keeper.WhenSyncedAsync("BTC-USD").Within();
        Assert.Equal(new PriceLevel(64000m, 1.5m), book.BestBid);
        Assert.Equal(new PriceLevel(64001m, 0.75m), book.BestAsk);
        Assert.Equal((2, 2), book.LevelCount);

        await connection.SendAllAsync(Level2Update(1, "offer", "64001.00", "0"), Level2Update(2, "bid", "64000.50", "1.25"));
        Assert.Equal(new BookChange(Side.Sell, 64001m, 0m), await changes.Reader.NextAsync());
        Assert.Equal(new BookChange(Side.Buy, 64000.5m, 1.25m), await changes.Reader.NextAsync());
        Assert.Equal(new PriceLevel(64002m, 3m), book.BestAsk);
        Assert.Equal(new PriceLevel(64000.5m, 1.25m), book.BestBid);
        Assert.Equal((3, 1), book.LevelCount);
    }

    [Fact]
    public async Task An_update_event_with_a_negative_quantity_changes_none_of_its_levels()
    {
        var keeper = new AdvancedTradeLevel2BookKeeper(["BTC-USD"]);
        await keeper.HandleAsync(AdvancedTradeFeedReader.Instance.Read(System.Text.Encoding.UTF8.GetBytes(Level2Snapshot(0))).Message!);
        var update = """{"channel":"l2_data","sequence_num":1,"events":[{"type":"update","product_id":"BTC-USD","updates":[{"side":"bid","price_level":"64000.00","new_quantity":"7"},{"side":"offer","price_level":"64001.00","new_quantity":"-1"}]}]}"""u8.ToArray();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => keeper.HandleAsync(AdvancedTradeFeedReader.Instance.Read(update).Message!));

        var book = keeper.Book("BTC-USD");
        Assert.Equal(new PriceLevel(64000m, 1.5m), book.BestBid);
        Assert.Equal(new PriceLevel(64001m, 0.75m), book.BestAsk);
    }

    [Fact]
    public async Task A_gap_unsyncs_the_book_until_the_snapshot_of_the_new_subscription()
    {
        await using var server = await ScriptedFeedServer.StartAsync();
        await using var client = new RecordingAdvancedTradeClient([new(AdvancedTradeChannel.Heartbeats)], RecordingAdvancedTradeClient.Options(server.Url, key: CdpTestKeys.Ed25519()));
        var keeper = new AdvancedTradeLevel2BookKeeper(["BTC-USD"]);
        var unsynced = Channel.CreateUnbounded<BookKeeperResyncReason>();
        keeper.Unsynced += (_, reason) => unsynced.Writer.TryWrite(reason);
        using var attached = await keeper.AttachAsync(client).Within();
        await client.ConnectAsync().Within();
        var connection = await server.NextConnectionAsync();
        await connection.NextFrameAsync();
        await connection.NextFrameAsync();
        await connection.SendAllAsync(Level2Snapshot(0), Heartbeats(1));
        await keeper.WhenSyncedAsync("BTC-USD").Within();

        // Message 2 is lost; the update that reveals the gap must not touch the unsynced book.
        await connection.SendAllAsync(Level2Update(3, "bid", "64000.00", "9"));
        Assert.Equal(BookKeeperResyncReason.Gap, await unsynced.Reader.NextAsync());
        Assert.False(keeper.Book("BTC-USD").IsSynced);
        var unsubscribe = await connection.NextFrameAsync();
        var subscribe = await connection.NextFrameAsync();
        Assert.Equal(("unsubscribe", "subscribe"), (unsubscribe.GetProperty("type").GetString(), subscribe.GetProperty("type").GetString()));
        Assert.Equal("level2", subscribe.GetProperty("channel").GetString());

        await connection.SendAllAsync(Level2Snapshot(4));
        await keeper.WhenSyncedAsync("BTC-USD").Within();
        Assert.Equal(new PriceLevel(64000m, 1.5m), keeper.Book("BTC-USD").BestBid);
    }

    [Fact]
    public async Task A_market_data_reconnect_resyncs_the_book_and_a_user_data_drop_does_not()
    {
        await using var market = await ScriptedFeedServer.StartAsync();
        await using var user = await ScriptedFeedServer.StartAsync();
        await using var client = new RecordingAdvancedTradeClient([new(AdvancedTradeChannel.User)], RecordingAdvancedTradeClient.Options(market.Url, user.Url, CdpTestKeys.Ecdsa()));
        var keeper = new AdvancedTradeLevel2BookKeeper(["BTC-USD"]);
        var unsynced = Channel.CreateUnbounded<BookKeeperResyncReason>();
        keeper.Unsynced += (_, reason) => unsynced.Writer.TryWrite(reason);
        using var attached = await keeper.AttachAsync(client).Within();
        await client.ConnectAsync().Within();
        var marketConnection = await market.NextConnectionAsync();
        var userConnection = await user.NextConnectionAsync();
        await marketConnection.SendAllAsync(Level2Snapshot(0));
        await keeper.WhenSyncedAsync("BTC-USD").Within();

        userConnection.Drop();
        Assert.False(await client.Closes.Reader.NextAsync());
        await user.NextConnectionAsync();
        Assert.True(keeper.Book("BTC-USD").IsSynced);

        marketConnection.Drop();
        Assert.Equal(BookKeeperResyncReason.Disconnected, await unsynced.Reader.NextAsync());
        var again = await market.NextConnectionAsync();
        Assert.Equal("level2", (await again.NextFrameAsync()).GetProperty("channel").GetString());
        await again.SendAllAsync(Level2Snapshot(0));
        await keeper.WhenSyncedAsync("BTC-USD").Within();
        Assert.False(client.Gaps.Reader.TryRead(out _));
    }
}
