// CoPrA's ticker example (ticker.py): a WebSocketClient subclass whose OnMessageAsync prints a
// running ticker of one product (--product, BTC-USD by default) for a few seconds (--seconds),
// against an in-process sandbox exchange unless --url and --feed-url name another one.
using CoPrA.Samples;
using CoPrA.Sandbox;
using CoPrA.WebSocket;

// A livelier market maker than the default, so that a few seconds show a few trades.
await using var exchange = await SampleExchange.OpenAsync(args, "TickerPrinter", needsCredentials: false, needsFeed: true, sandboxOptions: new SandboxOptions { MarketMakerActionsPerSecond = 10 });
if (exchange is null)
{
    return 2;
}

Console.WriteLine($"Talking to {exchange.Description}; streaming {exchange.ProductId} for {exchange.RunFor.TotalSeconds:0} seconds");
await using var ticker = new Ticker(new Channel("ticker", exchange.ProductId), exchange.FeedOptions("ticker"));
await ticker.ConnectAsync();
await Task.Delay(exchange.RunFor);
await ticker.CloseAsync();
Console.WriteLine($"{ticker.Printed} ticks");
return 0;
