using CoPrA.Books;

namespace CoPrA.Tests.Books;

public class Level3OrderBookTests
{
    private static Level3OrderBook Synced(long sequence = 100)
    {
        var book = new Level3OrderBook("BTC-USD");
        book.LoadSnapshot(sequence,
        [
            new RestingOrder("b1", Side.Buy, 100m, 1m),
            new RestingOrder("b2", Side.Buy, 100m, 2m),
            new RestingOrder("a1", Side.Sell, 101m, 1.5m),
        ]);
        return book;
    }

    [Fact]
    public void A_snapshot_aggregates_orders_into_levels()
    {
        var book = Synced();

        Assert.Equal(new PriceLevel(100m, 3m), book.BestBid);
        Assert.Equal(new PriceLevel(101m, 1.5m), book.BestAsk);
        Assert.Equal(3, book.OrderCount);
        Assert.Equal(100, book.Sequence);
    }

    [Fact]
    public void Open_match_change_and_done_update_orders_and_levels()
    {
        var book = Synced();

        Assert.Equal(SequenceCheck.Applied, book.Skip(101));
        Assert.Equal(SequenceCheck.Applied, book.Open(102, "b3", Side.Buy, 100.5m, 0.4m));
        Assert.Equal(SequenceCheck.Applied, book.Match(103, "b1", 0.25m));
        Assert.Equal(SequenceCheck.Applied, book.Change(104, "b2", 1.5m));
        Assert.Equal(SequenceCheck.Applied, book.Change(105, "a1", 1.5m, newPrice: 100.9m));
        Assert.Equal(SequenceCheck.Applied, book.Done(106, "b3"));

        Assert.Equal(new PriceLevel(100m, 2.25m), book.BestBid);
        Assert.Equal(new PriceLevel(100.9m, 1.5m), book.BestAsk);
        Assert.Equal(0.75m, book.Order("b1")!.Size);
        Assert.Null(book.Order("b3"));
        Assert.Equal(0m, book.SizeAt(Side.Sell, 101m));
        Assert.Equal(106, book.Sequence);
    }

    [Fact]
    public void A_price_change_reports_the_level_left_and_the_level_joined()
    {
        var book = Synced();
        var changes = new List<BookChange>();
        book.Changed += (_, change) => changes.Add(change);

        book.Change(101, "a1", 1m, newPrice: 101.5m);

        Assert.Equal([new BookChange(Side.Sell, 101m, 0m), new BookChange(Side.Sell, 101.5m, 1m)], changes);
    }

    [Fact]
    public void A_match_that_fills_the_maker_removes_it_and_the_following_done_is_harmless()
    {
        var book = Synced();

        book.Match(101, "a1", 1.5m);
        var done = book.Done(102, "a1");

        Assert.Equal(SequenceCheck.Applied, done);
        Assert.Null(book.BestAsk);
    }

    [Fact]
    public void Messages_about_orders_that_never_rested_advance_the_sequence_without_changing_the_book()
    {
        var book = Synced();

        Assert.Equal(SequenceCheck.Applied, book.Done(101, "never-opened"));
        Assert.Equal(SequenceCheck.Applied, book.Change(102, "never-opened", 5m));

        Assert.Equal(new PriceLevel(100m, 3m), book.BestBid);
        Assert.Equal(102, book.Sequence);
    }

    [Fact]
    public void Messages_already_in_the_snapshot_or_late_are_stale_and_skipped()
    {
        var book = Synced();

        Assert.Equal(SequenceCheck.Stale, book.Done(99, "b1"));
        Assert.Equal(SequenceCheck.Stale, book.Done(100, "b1"));

        Assert.Equal(3, book.OrderCount);
        Assert.True(book.IsSynced);
    }

    [Fact]
    public void A_gap_unsyncs_the_book_until_a_new_snapshot_replaces_it()
    {
        var book = Synced();

        Assert.Equal(SequenceCheck.Gap, book.Open(105, "x", Side.Buy, 1m, 1m));
        Assert.False(book.IsSynced);
        Assert.Equal(SequenceCheck.NotSynced, book.Open(106, "x", Side.Buy, 1m, 1m));

        book.LoadSnapshot(200, [new RestingOrder("z", Side.Sell, 150m, 1m)]);

        Assert.True(book.IsSynced);
        Assert.Null(book.BestBid);
        Assert.Equal(new PriceLevel(150m, 1m), book.BestAsk);
        Assert.Equal(SequenceCheck.Applied, book.Skip(201));
    }

    [Fact]
    public void Thousands_of_scripted_messages_with_late_duplicates_and_a_forced_resync_match_the_truth()
    {
        var market = new ScriptedMarket(seed: 7);
        var book = new Level3OrderBook("BTC-USD");
        book.LoadSnapshot(market.Sequence, market.Snapshot());

        for (int i = 0; i < 5_000; i++)
        {
            var message = market.Next();
            Assert.Equal(SequenceCheck.Applied, message(book));
            if (i % 97 == 0)
            {
                // A late duplicate of an old message must not disturb the book.
                Assert.Equal(SequenceCheck.Stale, book.Skip(market.Sequence - 3));
            }
        }

        AssertEqual(market, book);

        // Lose two messages: the book notices the gap, resyncs from a fresh snapshot, goes on.
        market.Next();
        market.Next();
        Assert.Equal(SequenceCheck.Gap, market.Next()(book));
        book.LoadSnapshot(market.Sequence, market.Snapshot());
        for (int i = 0; i < 2_000; i++)
        {
            Assert.Equal(SequenceCheck.Applied, market.Next()(book));
        }

        AssertEqual(market, book);
    }

    private static void AssertEqual(ScriptedMarket market, Level3OrderBook book)
    {
        Assert.Equal(market.Snapshot().OrderBy(o => o.OrderId, StringComparer.Ordinal), book.Orders().OrderBy(o => o.OrderId, StringComparer.Ordinal));
        var truth = market.Snapshot().GroupBy(o => (o.Side, o.Price)).ToDictionary(g => g.Key, g => g.Sum(o => o.Size));
        var (bids, asks) = book.Depth(int.MaxValue);
        Assert.Equal(truth.Where(t => t.Key.Side == Side.Buy).OrderByDescending(t => t.Key.Price).Select(t => new PriceLevel(t.Key.Price, t.Value)), bids);
        Assert.Equal(truth.Where(t => t.Key.Side == Side.Sell).OrderBy(t => t.Key.Price).Select(t => new PriceLevel(t.Key.Price, t.Value)), asks);
    }

    /// <summary>
    /// A tiny truth model of one product's resting orders that emits the full channel's messages
    /// (received, open, match, change, done) with consecutive sequence numbers.
    /// </summary>
    private sealed class ScriptedMarket(int seed)
    {
        private readonly Random _random = new(seed);
        private readonly Dictionary<string, RestingOrder> _orders = new(StringComparer.Ordinal);
        private int _nextId;

        public long Sequence { get; private set; } = 1_000;

        public RestingOrder[] Snapshot() => [.. _orders.Values];

        public Func<Level3OrderBook, SequenceCheck> Next()
        {
            long sequence = ++Sequence;
            int pick = _random.Next(10);
            if (_orders.Count < 5 || pick < 4)
            {
                var side = _random.Next(2) == 0 ? Side.Buy : Side.Sell;
                decimal price = side == Side.Buy ? 100m - _random.Next(0, 20) * 0.5m : 100.5m + _random.Next(0, 20) * 0.5m;
                var order = new RestingOrder($"o{_nextId++}", side, price, _random.Next(1, 500) / 100m);
                if (pick == 0)
                {
                    return book => book.Skip(sequence); // received only
                }

                _orders[order.OrderId] = order;
                return book => book.Open(sequence, order.OrderId, order.Side, order.Price, order.Size);
            }

            var victim = _orders.Values.ElementAt(_random.Next(_orders.Count));
            switch (pick)
            {
                case 4:
                case 5:
                    decimal traded = Math.Min(victim.Size, _random.Next(1, 300) / 100m);
                    if (traded >= victim.Size)
                    {
                        _orders.Remove(victim.OrderId);
                    }
                    else
                    {
                        _orders[victim.OrderId] = victim with { Size = victim.Size - traded };
                    }

                    return book => book.Match(sequence, victim.OrderId, traded);
                case 6:
                    decimal newSize = Math.Max(0.01m, victim.Size / 2);
                    decimal? newPrice = _random.Next(2) == 0 ? null : victim.Price + (victim.Side == Side.Buy ? -0.5m : 0.5m);
                    _orders[victim.OrderId] = victim with { Size = newSize, Price = newPrice ?? victim.Price };
                    return book => book.Change(sequence, victim.OrderId, newSize, newPrice);
                default:
                    _orders.Remove(victim.OrderId);
                    return book => book.Done(sequence, victim.OrderId);
            }
        }
    }
}
