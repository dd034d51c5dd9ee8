using CoPrA.Books;

namespace CoPrA.Tests.Books;

public class Level2OrderBookTests
{
    private static Level2OrderBook Synced()
    {
        var book = new Level2OrderBook("BTC-USD");
        book.ApplySnapshot(
            [new PriceLevel(100m, 1m), new PriceLevel(99.5m, 2m), new PriceLevel(99m, 3m)],
            [new PriceLevel(101m, 1.5m), new PriceLevel(102m, 2.5m)]);
        return book;
    }

    [Fact]
    public void A_snapshot_gives_best_bid_ask_spread_and_depth_best_first()
    {
        var book = Synced();

        Assert.True(book.IsSynced);
        Assert.Equal(new PriceLevel(100m, 1m), book.BestBid);
        Assert.Equal(new PriceLevel(101m, 1.5m), book.BestAsk);
        Assert.Equal(1m, book.Spread);
        var (bids, asks) = book.Depth(2);
        Assert.Equal([100m, 99.5m], bids.Select(l => l.Price));
        Assert.Equal([101m, 102m], asks.Select(l => l.Price));
        Assert.Equal((3m, 4m), book.SizeOfTop(2));
        Assert.Equal((3, 2), book.LevelCount);
    }

    [Fact]
    public void Updates_set_absolute_sizes_and_zero_removes_a_level()
    {
        var book = Synced();

        book.ApplyUpdate(Side.Buy, 100.5m, 0.7m);
        book.ApplyUpdate(Side.Buy, 99.5m, 5m);
        book.ApplyUpdate(Side.Sell, 101m, 0m);

        Assert.Equal(new PriceLevel(100.5m, 0.7m), book.BestBid);
        Assert.Equal(5m, book.SizeAt(Side.Buy, 99.5m));
        Assert.Equal(new PriceLevel(102m, 2.5m), book.BestAsk);
        Assert.Equal(1.5m, book.Spread);
    }

    [Fact]
    public void Updates_before_the_first_snapshot_are_ignored()
    {
        var book = new Level2OrderBook("BTC-USD");

        Assert.False(book.ApplyUpdate(Side.Buy, 100m, 1m));
        Assert.False(book.IsSynced);
        Assert.Null(book.BestBid);
        Assert.Null(book.Spread);
    }

    [Fact]
    public void Invalidate_empties_the_book_until_the_next_snapshot_replaces_it()
    {
        var book = Synced();
        book.Invalidate();

        Assert.False(book.ApplyUpdate(Side.Sell, 50m, 1m));
        book.ApplySnapshot([new PriceLevel(10m, 1m)], [new PriceLevel(11m, 1m)]);

        Assert.Equal(new PriceLevel(10m, 1m), book.BestBid);
        Assert.Equal((1, 1), book.LevelCount);
    }

    [Fact]
    public void Changes_and_replacements_are_reported()
    {
        var book = new Level2OrderBook("BTC-USD");
        var changes = new List<BookChange>();
        int replaced = 0;
        book.Changed += (_, change) => changes.Add(change);
        book.Replaced += _ => replaced++;

        book.ApplySnapshot([new PriceLevel(100m, 1m)], []);
        book.ApplyUpdate(Side.Buy, 100m, 0m);

        Assert.Equal(1, replaced);
        Assert.Equal([new BookChange(Side.Buy, 100m, 0m)], changes);
    }

    [Fact]
    public void Negative_sizes_and_unknown_sides_are_refused()
    {
        var book = Synced();

        Assert.Throws<ArgumentOutOfRangeException>("size", () => book.ApplyUpdate(Side.Buy, 100m, -1m));
        Assert.Throws<ArgumentOutOfRangeException>("side", () => book.ApplyUpdate(Side.Unknown, 100m, 1m));
    }

    [Fact]
    public void Thousands_of_random_updates_leave_the_book_equal_to_a_reference_model()
    {
        var random = new Random(20261122);
        var book = new Level2OrderBook("BTC-USD");
        var model = new Dictionary<(Side, decimal), decimal>();
        book.ApplySnapshot([], []);

        for (int i = 0; i < 20_000; i++)
        {
            var side = random.Next(2) == 0 ? Side.Buy : Side.Sell;
            decimal price = side == Side.Buy ? 1000m - random.Next(0, 400) * 0.5m : 1000.5m + random.Next(0, 400) * 0.5m;
            decimal size = random.Next(4) == 0 ? 0m : random.Next(1, 10_000) / 1000m;
            book.ApplyUpdate(side, price, size);
            if (size == 0)
            {
                model.Remove((side, price));
            }
            else
            {
                model[(side, price)] = size;
            }
        }

        var (bids, asks) = book.Depth(int.MaxValue);
        Assert.Equal(model.Where(p => p.Key.Item1 == Side.Buy).OrderByDescending(p => p.Key.Item2).Select(p => new PriceLevel(p.Key.Item2, p.Value)), bids);
        Assert.Equal(model.Where(p => p.Key.Item1 == Side.Sell).OrderBy(p => p.Key.Item2).Select(p => new PriceLevel(p.Key.Item2, p.Value)), asks);
    }
}
