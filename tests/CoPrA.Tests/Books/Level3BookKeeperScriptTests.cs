using CoPrA.Books;
using CoPrA.WebSocket;

namespace CoPrA.Tests.Books;

/// <summary>Thousands of scripted updates, with lost, late and repeated messages, a lost connection and a requested resync.</summary>
public class Level3BookKeeperScriptTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task The_book_equals_a_fresh_snapshot_after_thousands_of_updates_and_every_kind_of_resync(int seed)
    {
        var market = new ScriptedMarket(seed);
        await using var keeper = new Level3BookKeeper(market.SnapshotAsync, [FeedScript.BtcUsd], new Level3BookKeeperOptions { RetryDelay = TimeSpan.FromMilliseconds(1) });
        var reasons = new List<BookKeeperResyncReason>();
        keeper.Unsynced += (_, reason) =>
        {
            lock (reasons)
            {
                reasons.Add(reason);
            }
        };
        var random = new Random(seed);
        var delivered = new List<FullChannelMessage>();

        for (int step = 0; step < 5_000; step++)
        {
            if (step == 2_000)
            {
                keeper.OnDisconnected();
                market.Step();   // sent while the connection was down: never arrives
            }

            if (step == 3_500)
            {
                keeper.Resync(FeedScript.BtcUsd);
            }

            bool arrived = false;
            foreach (var message in market.Step())
            {
                int chance = random.Next(200);
                if (chance == 0 && step < 4_900)
                {
                    continue;   // lost
                }

                await keeper.HandleAsync(message);
                delivered.Add(message);
                arrived = true;
                if (chance == 1)
                {
                    await keeper.HandleAsync(delivered[random.Next(delivered.Count)]);   // late, or the same again
                }
            }

            if (step % 50 == 0 && arrived)
            {
                // Let a resync under way finish now and then, so that most messages meet a live book.
                await keeper.WhenSyncedAsync(FeedScript.BtcUsd).WaitAsync(Timeout);
            }
        }

        await keeper.WhenSyncedAsync(FeedScript.BtcUsd).WaitAsync(Timeout);
        var book = keeper.Book(FeedScript.BtcUsd);
        Assert.Equal(market.Sequence, book.Sequence);
        Assert.Equal(FeedScript.Sorted(market.Orders()), FeedScript.Sorted(book.Orders()));
        Assert.Equal(Levels(market.Orders(), Side.Buy), book.Depth(1_000).Bids);
        Assert.Equal(Levels(market.Orders(), Side.Sell), book.Depth(1_000).Asks);
        lock (reasons)
        {
            Assert.Contains(BookKeeperResyncReason.Gap, reasons);
            Assert.Contains(BookKeeperResyncReason.Disconnected, reasons);
            Assert.Contains(BookKeeperResyncReason.Requested, reasons);
        }
    }

    private static PriceLevel[] Levels(RestingOrder[] orders, Side side)
    {
        var levels = orders.Where(o => o.Side == side).GroupBy(o => o.Price).Select(g => new PriceLevel(g.Key, g.Sum(o => o.Size)));
        return [.. side == Side.Buy ? levels.OrderByDescending(l => l.Price) : levels.OrderBy(l => l.Price)];
    }
}
