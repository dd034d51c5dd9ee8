// CoPrA's market order example (rest_example.py), step by step: the smallest BTC-USD order the
// exchange takes, the USD available, the last price, a market buy of that size, its status, a
// stop-loss market sell $300 below the price paid, and finally cancel_all(stop=True).
// Runs against an in-process sandbox exchange unless --url names another one (the key then comes
// from COINBASE_API_KEY, COINBASE_API_SECRET and COINBASE_API_PASSPHRASE in the environment).
using System.Globalization;
using CoPrA;
using CoPrA.Rest;
using CoPrA.Samples;

await using var exchange = await SampleExchange.OpenAsync(args, "MarketOrderWalkthrough", placesOrders: true);
if (exchange is null)
{
    return 2;
}

var client = exchange.Client;
Console.WriteLine($"Talking to {exchange.Description}");

try
{
    // 1. The smallest order: Coinbase dropped base_min_size in 2022; an order must be worth at
    //    least min_market_funds and be a whole number of base increments.
    var product = (await client.ProductsAsync()).Single(p => p.Id == "BTC-USD");
    var ticker = await client.TickerAsync("BTC-USD");
    decimal increment = product.BaseIncrement ?? 0.00000001m;
    decimal minSize = Math.Ceiling((product.MinMarketFunds ?? 1m) / ticker.Price / increment) * increment;
    Console.WriteLine();
    Console.WriteLine($"1. Minimum BTC-USD order size: {Amount(minSize)} BTC");

    // 2. The USD available.
    var usd = (await client.AccountsAsync()).Single(account => account.Currency == "USD");
    Console.WriteLine($"2. USD available: {Money(usd.Available)}");

    // 3. The last price.
    Console.WriteLine($"3. Last BTC-USD price: {Money(ticker.Price)}");
    decimal needed = ticker.Price * minSize;
    if (usd.Available < needed)
    {
        Console.WriteLine($"   Sorry, you need {Money(needed)} to place the minimum BTC order.");
        return 1;
    }

    // 4. A market order for the minimum size.
    var order = await client.MarketOrderAsync(Side.Buy, "BTC-USD", size: minSize);
    Console.WriteLine("4. Market order placed.");
    Console.WriteLine($"     Order id: {order.Id}");
    Console.WriteLine($"     Size: {Amount(order.Size)}");

    // 5. Its status: the sandbox matches at once; on a real exchange, poll until it is done.
    order = await client.GetOrderAsync(order.Id);
    decimal filledSize = order.FilledSize ?? 0m;
    decimal paid = order.ExecutedValue ?? 0m;
    decimal averagePrice = filledSize > 0 ? paid / filledSize : 0m;
    Console.WriteLine($"5. Order {WireEnum<OrderStatus>.ToWire(order.Status)}: {Amount(filledSize)} BTC bought at {Money(averagePrice)} for {Money(paid)}");

    // 6. A stop-loss market sell $300 below the price paid.
    decimal stopPrice = Math.Round(averagePrice - 300m, 2);
    var stopLoss = await client.MarketOrderAsync(Side.Sell, "BTC-USD", size: filledSize, stop: StopType.Loss, stopPrice: stopPrice);
    Console.WriteLine("6. Stop loss order placed.");
    Console.WriteLine($"     Order id: {stopLoss.Id}");
    Console.WriteLine($"     Size: {Amount(stopLoss.Size)}");
    Console.WriteLine($"     Stop price: {Money(stopLoss.StopPrice)}");

    // And tidy up: cancel_all(stop=True) also sweeps the stop orders a plain cancel-all leaves.
    var cancelled = await client.CancelAllAsync(stop: true);
    Console.WriteLine($"Cancelled {cancelled.Count.ToString(CultureInfo.InvariantCulture)} order(s): {string.Join(", ", cancelled)}");
    return 0;
}
catch (ApiRequestException ex)
{
    Console.Error.WriteLine($"The exchange refused a request: {ex}");
    return 1;
}

static string Money(decimal? value) => value?.ToString("$#,##0.00", CultureInfo.InvariantCulture) ?? "-";

static string Amount(decimal? value) => value?.ToString("0.########", CultureInfo.InvariantCulture) ?? "-";
