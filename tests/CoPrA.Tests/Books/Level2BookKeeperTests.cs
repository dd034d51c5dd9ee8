using CoPrA.Books;
using CoPrA.WebSocket;
using static CoPrA.Tests.Books.FeedScript;

namespace CoPrA.Tests.Books;

public class Level2BookKeeperTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public void It_asks_for_the_batched_channel_by_default_and_level2_when_told()
    {
        Assert.Equal([new Channel("level2_batch", "BTC-USD", "ETH-USD")], new Level2BookKeeper(["BTC-USD", "ETH-USD"]).Channels);
        Assert.Equal([new Channel("level2", "BTC-USD")], new Level2BookKeeper(["BTC-USD"], batched: false).Channels);
    }

    [Fact]
    public void Bad_product_lists_are_refused_naming_the_parameter()
    {
        Assert.Equal("productIds", Assert.Throws<ArgumentException>(() => new Level2BookKeeper([])).ParamName);
        Assert.Equal("productIds", Assert.Throws<ArgumentException>(() => new Level2BookKeeper(["BTC-USD", " "])).ParamName);
        Assert.Equal("productId", Assert.Throws<ArgumentException>(() => new Level2BookKeeper(["BTC-USD"]).Book("ETH-USD")).ParamName);
    }

    [Fact]
    public async Task Updates_before_the_snapshot_are_ignored_and_the_snapshot_syncs_the_book()
    {
        var keeper = new Level2BookKeeper([BtcUsd]);
        var book = keeper.Book(BtcUsd);
        var synced = keeper.WhenSyncedAsync(BtcUsd);

        await keeper.HandleAsync(L2Update(new L2Change(Side.Buy, 99m, 5m)));
        Assert.False(book.IsSynced);
        Assert.Null(book.BestBid);
        Assert.False(synced.IsCompleted);

        await keeper.HandleAsync(L2Snapshot([(100m, 1m), (99.5m, 2m)], [(101m, 3m)]));
        await synced.WaitAsync(Timeout);

        Assert.True(book.IsSynced);
        Assert.Equal(new PriceLevel(100m, 1m), book.BestBid);
        Assert.Equal(new PriceLevel(101m, 3m), book.BestAsk);
        Assert.Equal(0m, book.SizeAt(Side.Buy, 99m));
    }

    [Fact]
    public async Task Updates_set_absolute_sizes_and_are_raised_as_changes()
    {
        var keeper = new Level2BookKeeper([BtcUsd]);
        var changes = new List<(string BtcUsd, BookChange Change)>();
        keeper.Changed += (book, change) => changes.Add((book.ProductId, change));
        await keeper.HandleAsync(L2Snapshot([(100m, 1m)], [(101m, 3m)]));

        await keeper.HandleAsync(L2Update(new L2Change(Side.Buy, 100m, 4m), new L2Change(Side.Sell, 101m, 0m), new L2Change(Side.Sell, 102m, 1.5m)));

        var book = keeper.Book(BtcUsd);
        Assert.Equal(new PriceLevel(100m, 4m), book.BestBid);
        Assert.Equal(new PriceLevel(102m, 1.5m), book.BestAsk);
        Assert.Equal(
            [(BtcUsd, new BookChange(Side.Buy, 100m, 4m)), (BtcUsd, new BookChange(Side.Sell, 101m, 0m)), (BtcUsd, new BookChange(Side.Sell, 102m, 1.5m))],
            changes);
    }

    [Fact]
    public async Task A_new_snapshot_replaces_the_book_instead_of_merging()
    {
        var keeper = new Level2BookKeeper([BtcUsd]);
        int synced = 0;
        keeper.Synced += _ => synced++;
        await keeper.HandleAsync(L2Snapshot([(100m, 1m), (99m, 1m)], [(101m, 3m)]));

        await keeper.HandleAsync(L2Snapshot([(98m, 2m)], [(103m, 1m)]));

        var (bids, asks) = keeper.Book(BtcUsd).Depth(10);
        Assert.Equal([new PriceLevel(98m, 2m)], bids);
        Assert.Equal([new PriceLevel(103m, 1m)], asks);
        Assert.Equal(2, synced);
    }

    [Fact]
    public async Task A_lost_connection_unsyncs_every_book_until_its_next_snapshot()
    {
        var keeper = new Level2BookKeeper([BtcUsd, "ETH-USD"]);
        var unsynced = new List<(string, BookKeeperResyncReason)>();
        keeper.Unsynced += (book, reason) => unsynced.Add((book.ProductId, reason));
        await keeper.HandleAsync(L2Snapshot([(100m, 1m)], [(101m, 3m)]));

        keeper.OnDisconnected();
        var resynced = keeper.WhenSyncedAsync(BtcUsd);
        await keeper.HandleAsync(L2Update(new L2Change(Side.Buy, 100.5m, 1m)));

        var book = keeper.Book(BtcUsd);
        Assert.False(book.IsSynced);
        Assert.Null(book.BestBid);
        Assert.False(resynced.IsCompleted);
        Assert.Equal([(BtcUsd, BookKeeperResyncReason.Disconnected)], unsynced); // ETH-USD was never synced

        await keeper.HandleAsync(L2Snapshot([(100.25m, 2m)], []));
        await resynced.WaitAsync(Timeout);
        Assert.Equal(new PriceLevel(100.25m, 2m), book.BestBid);
    }

    [Fact]
    public async Task Messages_of_other_products_and_channels_change_nothing()
    {
        var keeper = new Level2BookKeeper([BtcUsd]);
        await keeper.HandleAsync(L2Snapshot([(100m, 1m)], [(101m, 3m)]));

        await keeper.HandleAsync(L2Snapshot([(1m, 1m)], [(2m, 1m)], product: "ETH-USD"));
        await keeper.HandleAsync(Open(1, "o", Side.Buy, 100.5m, 1m));
        await keeper.HandleAsync(new TickerMessage { Type = "ticker", ProductId = BtcUsd, Price = 100.5m, BestBid = 100.5m });

        Assert.Equal(new PriceLevel(100m, 1m), keeper.Book(BtcUsd).BestBid);
        Assert.Single(keeper.Books);
    }

    [Fact]
    public async Task Product_ids_match_whatever_their_case()
    {
        var keeper = new Level2BookKeeper(["btc-usd"]);

        await keeper.HandleAsync(L2Snapshot([(100m, 1m)], []));

        Assert.True(keeper.Book("BTC-USD").IsSynced);
    }
}
