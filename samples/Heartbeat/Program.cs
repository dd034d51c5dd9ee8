// CoPrA's first WebSocket example (btc_heartbeat.py): the heartbeat channel of BTC-USD, every
// message printed as it arrives. The client is used as it is, read in the pull style with
// ReadAllAsync, for a few seconds (--seconds), against an in-process sandbox exchange unless
// --url and --feed-url name another one.
using System.Globalization;
using CoPrA.Samples;
using CoPrA.WebSocket;

await using var exchange = await SampleExchange.OpenAsync(args, "Heartbeat", needsCredentials: false, needsFeed: true);
if (exchange is null)
{
    return 2;
}

Console.WriteLine($"Talking to {exchange.Description}");
await using var ws = new WebSocketClient(new Channel("heartbeat", exchange.ProductId), exchange.FeedOptions("heartbeat"));
using var stop = new CancellationTokenSource(exchange.RunFor);
var messages = ws.ReadAllAsync(stop.Token);     // before connecting, so that the first messages are kept
await ws.ConnectAsync(stop.Token);

try
{
    await foreach (var message in messages)
    {
        Console.WriteLine(message switch
        {
            SubscriptionsMessage s => $"subscriptions: {string.Join(", ", s.Channels.Select(c => $"{c.Name} [{string.Join(", ", c.ProductIds)}]"))}",
            HeartbeatMessage h => string.Create(CultureInfo.InvariantCulture, $"heartbeat: {h.ProductId} sequence {h.Sequence} last trade {h.LastTradeId} at {h.Time:HH:mm:ss.fff}"),
            _ => $"{message.Type}",
        });
    }
}
catch (OperationCanceledException) when (stop.IsCancellationRequested)
{
    // The few seconds are over.
}

await ws.CloseAsync();
Console.WriteLine("closed");
return 0;
