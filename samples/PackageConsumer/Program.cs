// Uses the CoPrA and CoPrA.Sandbox NuGet packages the way a user's app would: starts the
// simulator, makes a public call, a signed call and an order, and shows validation before I/O.
using CoPrA;
using CoPrA.Rest;
using CoPrA.Sandbox;

await using var sandbox = await SandboxExchange.StartAsync(new SandboxOptions { MarketMakerEnabled = false });
using var client = new RestClient(new RestClientOptions { BaseUrl = sandbox.RestUrl, Credentials = sandbox.Credentials });

var ticker = await client.TickerAsync("BTC-USD");
Console.WriteLine($"public call through the package: BTC-USD last {ticker.Price}");

var usd = (await client.AccountsAsync()).Single(a => a.Currency == "USD");
Console.WriteLine($"signed call: USD available {usd.Available}");

var order = await client.MarketOrderAsync(Side.Buy, "BTC-USD", funds: 100m);
Console.WriteLine($"market order {order.Id}: {order.Status}");

try
{
    await client.OrderBookAsync("BTC-USD", level: 4);
    return 1;
}
catch (ArgumentOutOfRangeException ex)
{
    Console.WriteLine($"validation before any request: {ex.ParamName} -> {ex.Message.Split(" (Parameter", StringSplitOptions.None)[0]}");
}

Console.WriteLine("package consumer OK");
return 0;
