// The README's main job: market data, a signed call, a market buy, a stop-loss order, the order
// list, fills, a cancellation and the balances, then a few seconds of the BTC-USD ticker from the
// WebSocket feed, against an in-process sandbox exchange unless --url (and --feed-url, for a host
// other than Coinbase's) names another one, with the key from COINBASE_API_KEY, COINBASE_API_SECRET
// and COINBASE_API_PASSPHRASE in the environment.
using System.Globalization;
using CoPrA;
using CoPrA.Rest;
using CoPrA.Samples;
using CoPrA.WebSocket;

await using var exchange = await SampleExchange.OpenAsync(args, "Quickstart", placesOrders: true);
if (exchange is null)
{
    return 2;
}

var client = exchange.Client;
Console.WriteLine($"CoPrA quickstart, talking to {exchange.Description}");

try
{
    Heading("Products");
    foreach (var product in await client.ProductsAsync())
    {
        Console.WriteLine($"  {product.Id,-8} price step {Text(product.QuoteIncrement),-8} size step {Text(product.BaseIncrement),-11} min funds {Text(product.MinMarketFunds)}");
    }

    Heading("BTC-USD ticker");
    var ticker = await client.TickerAsync("BTC-USD");
    Console.WriteLine($"  last {Money(ticker.Price)} ({Text(ticker.Size)} BTC, trade {Text(ticker.TradeId)}), bid {Money(ticker.Bid)}, ask {Money(ticker.Ask)}");

    Heading("BTC-USD, last 24 hours");
    var stats = await client.Get24HourStatsAsync("BTC-USD");
    Console.WriteLine($"  open {Money(stats.Open)}  high {Money(stats.High)}  low {Money(stats.Low)}  last {Money(stats.Last)}  volume {Text(stats.Volume)} BTC");

    Heading("Accounts (a signed call)");
    await PrintBalancesAsync();

    Heading("Market buy of 0.01 BTC");
    var buy = await client.MarketOrderAsync(Side.Buy, "BTC-USD", size: 0.01m);
    Console.WriteLine($"  placed {buy.Id}: {Wire(buy.Status)}");
    var filled = await client.GetOrderAsync(buy.Id);
    decimal average = filled.FilledSize > 0 ? filled.ExecutedValue!.Value / filled.FilledSize!.Value : 0m;
    Console.WriteLine($"  now {Wire(filled.Status)} ({filled.DoneReason}): {Text(filled.FilledSize)} BTC at {Money(average)} on average, {Money(filled.ExecutedValue)} plus {Money(filled.FillFees)} fees");

    Heading("Stop-loss limit order");
    decimal stopPrice = Math.Round(average * 0.95m, 2);
    decimal limitPrice = Math.Round(stopPrice * 0.99m, 2);
    var stop = await client.LimitOrderAsync(Side.Sell, "BTC-USD", price: limitPrice, size: 0.01m, stop: StopType.Loss, stopPrice: stopPrice);
    Console.WriteLine($"  sell 0.01 BTC at {Money(limitPrice)} once a trade prints at or below {Money(stopPrice)}");
    Console.WriteLine($"  placed {stop.Id}: {Wire((await client.GetOrderAsync(stop.Id)).Status)}");

    Heading("Orders (open, pending and active)");
    var (orders, _, _) = await client.OrdersAsync([OrderStatus.Open, OrderStatus.Pending, OrderStatus.Active]);
    foreach (var order in orders)
    {
        Console.WriteLine($"  {order.Id}  {Wire(order.Side),-4} {Text(order.Size)} {order.ProductId} at {Money(order.Price)}, stop {Money(order.StopPrice)}: {Wire(order.Status)}");
    }

    Heading("Fills of the market buy");
    var (fills, _, _) = await client.FillsAsync(orderId: buy.Id);
    foreach (var fill in fills)
    {
        Console.WriteLine($"  trade {Text(fill.TradeId)}: {Text(fill.Size)} BTC at {Money(fill.Price)}, fee {Money(fill.Fee)} ({Wire(fill.Liquidity)})");
    }

    Heading("Cancel the stop order");
    var cancelled = await client.CancelAsync(stop.Id);
    var after = await client.GetOrderAsync(stop.Id);
    Console.WriteLine($"  cancelled {string.Join(", ", cancelled)}: {Wire(after.Status)} ({after.DoneReason})");

    Heading("Balances");
    await PrintBalancesAsync();

    Heading("BTC-USD ticker from the WebSocket feed (a few seconds)");
    if (exchange.FeedUrl is null)
    {
        Console.WriteLine("  no feed is known for this exchange: pass --feed-url to see it");
    }
    else
    {
        await PrintTickersAsync(TimeSpan.FromSeconds(4));
    }

    return 0;
}
catch (ApiRequestException ex)
{
    Console.Error.WriteLine($"The exchange refused a request: {ex}");
    return 1;
}

async Task PrintBalancesAsync(CancellationToken cancellationToken = default)
{
    foreach (var account in await client.AccountsAsync(cancellationToken))
    {
        Console.WriteLine($"  {account.Currency,-5} balance {Text(account.Balance),-24} on hold {Text(account.Hold),-22} available {Text(account.Available)}");
    }
}

// The first ticker describes the market as it is (no trade yet); each later one follows a trade.
async Task PrintTickersAsync(TimeSpan duration)
{
    await using var feed = new WebSocketClient(new Channel("ticker", "BTC-USD"), exchange.FeedOptions("quickstart ticker"));
    using var stop = new CancellationTokenSource(duration);
    var messages = feed.ReadAllAsync(stop.Token);
    try
    {
        await feed.ConnectAsync(stop.Token);
        await foreach (var message in messages)
        {
            if (message is TickerMessage tick)
            {
                string when = tick.Time is { } time ? time.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture) : "now         ";
                string trade = tick.LastSize is { } size ? $"{Text(size)} BTC ({Wire(tick.Side)})" : "latest trade";
                Console.WriteLine($"  {when}  last {Money(tick.Price)}, {trade}, bid {Money(tick.BestBid)}, ask {Money(tick.BestAsk)}");
            }
        }
    }
    catch (OperationCanceledException) when (stop.IsCancellationRequested)
    {
        // The few seconds are over.
    }
}

static void Heading(string title) => Console.WriteLine($"{Environment.NewLine}{title}");

static string Text(decimal? value) => value is { } amount ? amount.ToString("0.########", CultureInfo.InvariantCulture) : "-";

static string Money(decimal? value) => value is { } amount ? amount.ToString("$#,##0.00##", CultureInfo.InvariantCulture) : "-";

static string Wire<T>(T value)
    where T : struct, Enum => WireEnum<T>.IsDefined(value) ? WireEnum<T>.ToWire(value) : value.ToString();
