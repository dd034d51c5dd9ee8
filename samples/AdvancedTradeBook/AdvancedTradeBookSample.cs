using System.Globalization;
using CoPrA.AdvancedTrade;
using CoPrA.Books;
using CoPrA.Sandbox;

namespace CoPrA.Samples;

/// <summary>
/// A live top of the book of one product (--product, BTC-USD by default), kept from the Advanced
/// Trade level2 channel by an <see cref="AdvancedTradeLevel2BookKeeper"/>: best bid and ask, spread,
/// levels and top-5 depth, printed whenever the top changes, ten times or for --seconds (5 by
/// default). On the in-process sandbox it then drops the feed connection and shows the book
/// resynchronising from the snapshot that follows the reconnect.
/// </summary>
internal static class AdvancedTradeBookSample
{
    private const int Prints = 10;

    /// <summary>Runs the sample; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        await using var exchange = await AdvancedTradeSampleExchange.OpenAsync(
            args, "AdvancedTradeBook", error, sandboxOptions: new SandboxOptions { MarketMakerActionsPerSecond = 10 }, cancellationToken: cancellationToken);
        if (exchange is null)
        {
            return 2;
        }

        string productId = exchange.ProductId;
        output.WriteLine($"Talking to {exchange.Description}");
        var keeper = new AdvancedTradeLevel2BookKeeper([productId]);
        var book = keeper.Book(productId);
        var enough = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        string lastTop = "";
        int printed = 0;
        bool closing = false;
        keeper.Synced += _ => output.WriteLine($"snapshot: {book.LevelCount.Bids} bid and {book.LevelCount.Asks} ask levels");
        keeper.Changed += (_, _) => PrintTop();
        keeper.Unsynced += (_, reason) =>
        {
            if (!closing)
            {
                output.WriteLine($"book unsynced ({reason}); waiting for the next snapshot");
            }
        };

        await using var feed = new AdvancedTradeWebSocketClient([new AdvancedTradeChannel(AdvancedTradeChannel.Heartbeats)], exchange.FeedOptions("book sample"));
        using var attached = await keeper.AttachAsync(feed, cancellationToken);
        await feed.ConnectAsync(cancellationToken);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stop.CancelAfter(exchange.RunFor);
        await keeper.WhenSyncedAsync(productId, cancellationToken);
        PrintTop();
        await Task.WhenAny(enough.Task, Task.Delay(Timeout.Infinite, stop.Token));

        if (exchange.Sandbox is { } sandbox)
        {
            // A forced drop: the keeper marks the book unsynced, the client reconnects and
            // subscribes again, and the new snapshot replaces the book.
            var resynced = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            keeper.Synced += _ => resynced.TrySetResult();
            output.WriteLine($"dropping {sandbox.Controls.AbortAdvancedTradeFeedConnections()} feed connection(s)");
            await resynced.Task.WaitAsync(cancellationToken);
            PrintTop();
        }

        closing = true;
        await feed.CloseAsync(cancellationToken);
        output.WriteLine($"{printed} tops printed");
        return 0;

        // Runs on the feed's receive loop: prints only when the best prices or sizes moved.
        void PrintTop()
        {
            if (book.BestBid is not { } bid || book.BestAsk is not { } ask)
            {
                return;
            }

            var (bidDepth, askDepth) = book.SizeOfTop(5);
            var (bidLevels, askLevels) = book.LevelCount;
            string top = string.Create(CultureInfo.InvariantCulture,
                $"{productId}  bid {bid.Size,12:0.########} @ {bid.Price,10:#,##0.00}  |  ask {ask.Price,10:#,##0.00} x {ask.Size,-12:0.########}  spread {book.Spread,6:0.00}  levels {bidLevels}/{askLevels}  top-5 depth {bidDepth:0.####} / {askDepth:0.####}");
            if (top != lastTop)
            {
                lastTop = top;
                output.WriteLine($"{DateTime.UtcNow.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture)}  {top}");
                if (++printed >= Prints)
                {
                    enough.TrySetResult();
                }
            }
        }
    }
}
