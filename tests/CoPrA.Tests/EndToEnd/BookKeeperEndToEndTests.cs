using CoPrA.Books;
using CoPrA.Rest;
using CoPrA.Sandbox;
using CoPrA.Tests.Sandbox;

namespace CoPrA.Tests.EndToEnd;

/// <summary>
/// The level-2 and level-3 keepers on a busy sandbox: a fast market maker and a REST trader
/// move the book thousands of times, the feed connection is dropped, and at a quiet moment both
/// books must equal the exchange's own.
/// </summary>
[Collection(EndToEndCollection.Name)]
public class BookKeeperEndToEndTests
{
    private const string BtcUsd = "BTC-USD";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Both_books_equal_the_rest_books_after_thousands_of_updates_and_a_forced_resync()
    {
        await using var sandbox = await SandboxExchange.StartAsync(new SandboxOptions { MarketMakerActionsPerSecond = 100 });
        using var rest = SandboxFixture.CreateClient(sandbox);
        await using var level3 = new Level3BookKeeper(rest, [BtcUsd], new Level3BookKeeperOptions { RetryDelay = TimeSpan.FromMilliseconds(100) });
        var level2 = new Level2BookKeeper([BtcUsd], batched: false);
        int level3Syncs = 0;
        level3.Synced += _ => Interlocked.Increment(ref level3Syncs);
        var lost = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        level3.Unsynced += (_, reason) =>
        {
            if (reason == BookKeeperResyncReason.Disconnected)
            {
                lost.TrySetResult();
            }
        };
        await using var feed = new BookKeeperClient([level3, level2], EndToEndFixture.FeedOptions(sandbox, authenticated: true));
        await using var barrier = new FeedBarrier(feed, "ETH-USD");

        await feed.ConnectAsync();
        await Task.WhenAll(level3.WhenSyncedAsync(BtcUsd), level2.WhenSyncedAsync(BtcUsd)).WaitAsync(Timeout);
        using var traffic = new CancellationTokenSource();
        var trader = TradeAsync(rest, level2.Book(BtcUsd), traffic.Token);
        await SequenceAsync(level3, level3.Book(BtcUsd).Sequence + 4_000);

        Assert.Equal(1, sandbox.Controls.AbortFeedConnections());
        await lost.Task.WaitAsync(Timeout);
        await Task.WhenAll(level3.WhenSyncedAsync(BtcUsd), level2.WhenSyncedAsync(BtcUsd)).WaitAsync(Timeout);
        await SequenceAsync(level3, level3.Book(BtcUsd).Sequence + 2_000);

        await traffic.CancelAsync();
        await trader;
        sandbox.Controls.PauseMarketMaker();
        var expected3 = await rest.OrderBookAsync(BtcUsd, level: 3);
        var expected2 = await rest.OrderBookAsync(BtcUsd, level: 2);
        await barrier.PassAsync();
        await level3.WhenSyncedAsync(BtcUsd).WaitAsync(Timeout);

        var book3 = level3.Book(BtcUsd);
        Assert.Equal(expected3.Sequence, book3.Sequence);
        Assert.Equal(RestingOrders(expected3), book3.Orders().OrderBy(o => o.OrderId, StringComparer.Ordinal));
        var (bids, asks) = level2.Book(BtcUsd).Depth(10_000);
        Assert.Equal(expected2.Bids.Select(l => new PriceLevel(l.Price, l.Size)), bids);
        Assert.Equal(expected2.Asks.Select(l => new PriceLevel(l.Price, l.Size)), asks);
        var (bids3, asks3) = book3.Depth(10_000);
        Assert.Equal(bids, bids3);
        Assert.Equal(asks, asks3);
        Assert.True(Volatile.Read(ref level3Syncs) >= 2, "the level-3 book was loaded again after the drop");
        Assert.True(sandbox.Controls.FeedHandshakeCount >= 2, "the client reconnected");
    }

    /// <summary>Completes once the level-3 book has applied the message with <paramref name="sequence"/>.</summary>
    private static async Task SequenceAsync(Level3BookKeeper keeper, long sequence)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Check(Level3OrderBook book, BookChange change)
        {
            if (book.Sequence >= sequence)
            {
                reached.TrySetResult();
            }
        }

        keeper.Changed += Check;
        try
        {
            Check(keeper.Book(BtcUsd), default);
            await reached.Task.WaitAsync(Timeout);
        }
        finally
        {
            keeper.Changed -= Check;
        }
    }

    /// <summary>Places, cancels and takes orders over REST near the top of the book until cancelled.</summary>
    private static async Task TradeAsync(RestClient rest, Level2OrderBook top, CancellationToken cancellationToken)
    {
        var random = new Random(7);
        var open = new Queue<string>();
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                int action = random.Next(10);
                if (action < 5 && top.BestBid is { } bid && top.BestAsk is { } ask)
                {
                    var side = random.Next(2) == 0 ? Side.Buy : Side.Sell;
                    decimal steps = random.Next(1, 20) * 0.01m;
                    decimal price = side == Side.Buy ? bid.Price - steps : ask.Price + steps;
                    var order = await rest.LimitOrderAsync(side, BtcUsd, price, 0.001m, postOnly: true, cancellationToken: cancellationToken);
                    open.Enqueue(order.Id);
                }
                else if (action < 8 && open.TryDequeue(out string? id))
                {
                    await rest.CancelAsync(id, cancellationToken: cancellationToken);
                }
                else
                {
                    await rest.MarketOrderAsync(random.Next(2) == 0 ? Side.Buy : Side.Sell, BtcUsd, size: 0.001m, cancellationToken: cancellationToken);
                }
            }
            catch (ApiRequestException)
            {
                // Already filled or cancelled by the market maker's trades: go on.
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private static IEnumerable<RestingOrder> RestingOrders(OrderBook book) =>
        book.Bids.Select(row => new RestingOrder(row.OrderId!, Side.Buy, row.Price, row.Size))
            .Concat(book.Asks.Select(row => new RestingOrder(row.OrderId!, Side.Sell, row.Price, row.Size)))
            .OrderBy(o => o.OrderId, StringComparer.Ordinal);
}
