// A live top of the book of one product (--product, BTC-USD by default), kept from the level2_batch
// channel by a Level2BookKeeper: the best bid and ask, the spread and the size of the best five
// levels, printed whenever the top changes, for a few seconds (--seconds). Against an in-process
// sandbox exchange unless --url and --feed-url name another one.
using System.Globalization;
using CoPrA.Books;
using CoPrA.Samples;
using CoPrA.Sandbox;

await using var exchange = await SampleExchange.OpenAsync(args, "TopOfBook", needsCredentials: false, needsFeed: true, sandboxOptions: new SandboxOptions { MarketMakerActionsPerSecond = 10 });
if (exchange is null)
{
    return 2;
}

string productId = exchange.ProductId;
Console.WriteLine($"Talking to {exchange.Description}");
var keeper = new Level2BookKeeper([productId]);      // level2_batch: no key needed
var book = keeper.Book(productId);
string lastTop = "";
int printed = 0;
bool closing = false;
keeper.Synced += _ => Console.WriteLine($"snapshot: {book.LevelCount.Bids} bid and {book.LevelCount.Asks} ask levels");
keeper.Changed += (_, _) => PrintTop();
keeper.Unsynced += (_, reason) =>
{
    if (!closing)
    {
        Console.WriteLine($"book unsynced ({reason}); waiting for the next snapshot");
    }
};

await using var feed = new BookKeeperClient([keeper], exchange.FeedOptions("top of book"));
await feed.ConnectAsync();
await keeper.WhenSyncedAsync(productId);
PrintTop();
await Task.Delay(exchange.RunFor);
closing = true;
await feed.CloseAsync();
Console.WriteLine($"{printed} changes of the top in {exchange.RunFor.TotalSeconds:0} seconds");
return 0;

// Runs on the feed's receive loop: prints only when the best prices or sizes moved.
void PrintTop()
{
    if (book.BestBid is not { } bid || book.BestAsk is not { } ask)
    {
        return;
    }

    var (bidDepth, askDepth) = book.SizeOfTop(5);
    string top = string.Create(CultureInfo.InvariantCulture, $"{productId}  bid {bid.Size,12:0.########} @ {bid.Price,10:#,##0.00}  |  ask {ask.Price,10:#,##0.00} x {ask.Size,-12:0.########}  spread {book.Spread,6:0.00}  top-5 depth {bidDepth:0.####} / {askDepth:0.####}");
    if (top != lastTop)
    {
        lastTop = top;
        printed++;
        Console.WriteLine($"{DateTime.UtcNow.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture)}  {top}");
    }
}
