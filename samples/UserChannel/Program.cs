// CoPrA's authenticated WebSocket example (user_channel.py): the user channel, which carries the
// full-channel messages of the key's own orders with their private fields. To have something to
// show, the sample places two limit orders far from the market and cancels them, printing the
// received, open and done messages they cause. Against an in-process sandbox exchange unless
// --url and --feed-url name another one, with the key from the environment (a host that is not
// loopback or one of Coinbase's sandbox hosts also needs --live).
using System.Globalization;
using CoPrA;
using CoPrA.Rest;
using CoPrA.Samples;
using CoPrA.WebSocket;

await using var exchange = await SampleExchange.OpenAsync(args, "UserChannel", placesOrders: true, needsFeed: true);
if (exchange is null)
{
    return 2;
}

var client = exchange.Client;
string productId = exchange.ProductId;
Console.WriteLine($"Talking to {exchange.Description}");
await using var ws = new WebSocketClient(new Channel("user", productId), exchange.FeedOptions("user channel", authenticated: true));
using var stop = new CancellationTokenSource(exchange.RunFor);
var subscribed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
var placed = new HashSet<string>();
var done = new HashSet<string>();
var allDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
var printing = PrintAsync(ws.ReadAllAsync(stop.Token));
await ws.ConnectAsync(stop.Token);

try
{
    await subscribed.Task.WaitAsync(stop.Token);
    var product = await client.ProductAsync(productId, stop.Token);
    var ticker = await client.TickerAsync(productId, stop.Token);
    decimal buyPrice = Step(ticker.Price * 0.5m, product.QuoteIncrement);
    decimal sellPrice = Step(ticker.Price * 1.5m, product.QuoteIncrement);
    decimal size = Step(Math.Max(product.MinMarketFunds ?? 1m, 1m) * 2 / buyPrice, product.BaseIncrement, roundUp: true);

    var buy = await Place(Side.Buy, buyPrice);
    var sell = await Place(Side.Sell, sellPrice);
    foreach (var order in new[] { buy, sell })
    {
        await client.CancelAsync(order.Id, stop.Token);
        Console.WriteLine($"> cancelled {order.Id}");
    }

    await allDone.Task.WaitAsync(stop.Token);
    Console.WriteLine("Both orders are done.");

    async Task<Order> Place(Side side, decimal price)
    {
        var order = await client.LimitOrderAsync(side, productId, price, size, clientOid: Guid.NewGuid().ToString(), postOnly: true, cancellationToken: stop.Token);
        lock (placed)
        {
            placed.Add(order.Id);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"> placed {order.Id}: {WireEnum<Side>.ToWire(side)} {size} {productId} at {price}"));
        return order;
    }
}
catch (OperationCanceledException) when (stop.IsCancellationRequested)
{
    Console.WriteLine("Time is up.");
}
catch (ApiRequestException ex)
{
    Console.Error.WriteLine($"The exchange refused a request: {ex}");
    return 1;
}

await ws.CloseAsync();
await printing;
return 0;

async Task PrintAsync(IAsyncEnumerable<FeedMessage> messages)
{
    try
    {
        await foreach (var message in messages)
        {
            switch (message)
            {
                case SubscriptionsMessage s:
                    Console.WriteLine($"subscriptions: {string.Join(", ", s.Channels.Select(c => $"{c.Name} [{string.Join(", ", c.ProductIds)}]"))}");
                    subscribed.TrySetResult();
                    break;
                case ReceivedMessage m:
                    Console.WriteLine(Line(m, $"{m.OrderId} {Wire(m.OrderType)} {Text(m.Size)} at {Text(m.Price)}, client_oid {m.ClientOid}"));
                    break;
                case OpenMessage m:
                    Console.WriteLine(Line(m, $"{m.OrderId} resting {Text(m.RemainingSize)} at {Text(m.Price)}"));
                    break;
                case DoneMessage m:
                    Console.WriteLine(Line(m, $"{m.OrderId} {Wire(m.Reason)} with {Text(m.RemainingSize)} left"));
                    lock (placed)
                    {
                        done.Add(m.OrderId);
                        if (placed.Count == 2 && placed.IsSubsetOf(done))
                        {
                            allDone.TrySetResult();
                        }
                    }

                    break;
                default:
                    Console.WriteLine(message.Type);
                    break;
            }
        }
    }
    catch (OperationCanceledException)
    {
        // The few seconds are over.
    }
}

static string Line(FullChannelMessage m, string detail) =>
    string.Create(CultureInfo.InvariantCulture, $"{m.Type,-8} #{m.Sequence} {Wire(m.Side),-4} {detail}");

static decimal Step(decimal value, decimal? increment, bool roundUp = false)
{
    decimal step = increment is > 0 ? increment.Value : 0.01m;
    decimal steps = value / step;
    return (roundUp ? Math.Ceiling(steps) : Math.Round(steps)) * step;
}

static string Text(decimal? value) => value is { } amount ? amount.ToString("0.########", CultureInfo.InvariantCulture) : "-";

static string Wire<T>(T value)
    where T : struct, Enum => WireEnum<T>.IsDefined(value) ? WireEnum<T>.ToWire(value) : value.ToString();
