// Advanced Trade with a CDP key: public market data, the accounts (a JWT-signed call), an order
// previewed, placed, edited, looked up and cancelled, and a bracket order, against an in-process
// sandbox unless --url names another host; there the key comes from COINBASE_CDP_KEY_FILE, or
// COINBASE_CDP_KEY_NAME with COINBASE_CDP_PRIVATE_KEY, and a host that trades real money needs --live.
using System.Globalization;
using CoPrA;
using CoPrA.AdvancedTrade;
using CoPrA.Rest;
using CoPrA.Sandbox;
using CoPrA.Samples;

var (arguments, problem) = SampleArguments.Parse(args);
if (arguments is null)
{
    return Usage(problem!);
}

string productId = arguments.Values.GetValueOrDefault("product", "BTC-USD");
SandboxExchange? sandbox = null;
AdvancedTradeClientOptions options;
if (arguments.Values.TryGetValue("url", out string? url))
{
    if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
    {
        return Usage($"--url must be an http or https URL, got '{url}'");
    }

    if (!TradingHosts.IsPlayMoney(uri) && !arguments.Live)
    {
        return Usage($"{uri.Host} is not a known sandbox: add --live to trade real money there");
    }

    var (key, keyProblem) = SampleCdpKey.From(Environment.GetEnvironmentVariable);
    if (keyProblem is not null || key is null)
    {
        return Usage(keyProblem ?? $"set {SampleCdpKey.FileVariable}, or {SampleCdpKey.NameVariable} and {SampleCdpKey.PrivateKeyVariable}, to use --url");
    }

    options = new AdvancedTradeClientOptions { BaseUrl = url, ApiKey = key };
}
else
{
    sandbox = await SandboxExchange.StartAsync();
    options = new AdvancedTradeClientOptions
    {
        BaseUrl = sandbox.RestUrl,
        ApiKey = new CdpApiKey(sandbox.AdvancedTradeKeyName, sandbox.AdvancedTradeEcdsaKeyPem),
    };
}

await using var client = new AdvancedTradeClient(options);
Console.WriteLine($"CoPrA Advanced Trade quickstart, talking to {(sandbox is null ? url : $"the CoPrA sandbox at {sandbox.RestUrl} (in-process: no network, no account)")}");
Console.WriteLine($"  signing with {options.ApiKey}");

try
{
    Heading($"{productId} (public market data)");
    var product = await client.GetPublicProductAsync(productId);
    var book = await client.GetPublicProductBookAsync(productId, limit: 1);
    decimal bid = book.Pricebook!.Bids[0].Price;
    Console.WriteLine($"  last {Money(product.Price)}, best bid {Money(bid)}, best ask {Money(book.Pricebook.Asks[0].Price)}, price step {Text(product.QuoteIncrement)}");

    Heading("Accounts (a JWT-signed call)");
    foreach (var account in (await client.GetAccountsAsync()).Accounts)
    {
        Console.WriteLine($"  {account.Currency,-5} available {Text(account.AvailableBalance?.Value)}, on hold {Text(account.Hold?.Value)}");
    }

    decimal price = Math.Round(bid * 0.95m, 2);
    Heading($"Preview: buy 0.001 at {Money(price)}, good till cancelled, post only");
    var preview = await client.PreviewLimitOrderGtcBuyAsync(productId, baseSize: 0.001m, limitPrice: price, postOnly: true);
    Console.WriteLine($"  total {Money(preview.OrderTotal)} including {Money(preview.CommissionTotal)} commission; problems: {(preview.Errs.Count == 0 ? "none" : string.Join(", ", preview.Errs))}");

    Heading("Place it");
    var placed = await client.LimitOrderGtcBuyAsync(clientOrderId: null, productId, baseSize: 0.001m, limitPrice: price, postOnly: true);
    string orderId = placed.SuccessResponse!.OrderId!;
    Console.WriteLine($"  placed {orderId} (client order id {placed.SuccessResponse.ClientOrderId}, generated)");

    decimal lower = Math.Round(price * 0.99m, 2);
    Heading($"Edit its price to {Money(lower)}");
    var edited = await client.EditOrderAsync(orderId, size: 0.001m, price: lower);
    Console.WriteLine($"  edit accepted: {edited.Success}");
    var order = (await client.GetOrderAsync(orderId)).Order!;
    Console.WriteLine($"  now {order.Status} at {Money(OrderPrice(order))}");

    Heading("Cancel it");
    foreach (var result in (await client.CancelOrdersAsync([orderId])).Results)
    {
        Console.WriteLine($"  {result.OrderId}: {(result.Success == true ? "cancelled" : $"not cancelled ({result.FailureReason})")}");
    }

    Heading("A bracket order: sell 0.001 with a take-profit and a stop trigger");
    try
    {
        var bracket = await client.TriggerBracketOrderGtcSellAsync(clientOrderId: null, productId, baseSize: 0.001m, limitPrice: Math.Round(bid * 1.10m, 2), stopTriggerPrice: Math.Round(bid * 0.90m, 2));
        Console.WriteLine($"  placed {bracket.SuccessResponse?.OrderId}");
    }
    catch (OrderRejectedException ex)
    {
        // Advanced Trade answers a refused order with HTTP 200 and success: false; the client throws.
        Console.WriteLine($"  refused: {ex.ServerMessage} (reason {ex.Reason}, client order id {ex.ClientOrderId})");
    }
}
catch (ApiRequestException ex)
{
    Console.Error.WriteLine($"The exchange refused a request: {ex.Message}");
    return 1;
}
finally
{
    if (sandbox is not null)
    {
        await sandbox.DisposeAsync();
    }
}

return 0;

static void Heading(string title) => Console.WriteLine($"{Environment.NewLine}{title}");

static string Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";

static string Money(decimal? value) => value is { } amount ? amount.ToString("0.00", CultureInfo.InvariantCulture) : "-";

static decimal? OrderPrice(AdvancedOrder order) => order.OrderConfiguration?.LimitLimitGtc?.LimitPrice;

static int Usage(string problem)
{
    Console.Error.WriteLine($"AdvancedTradeQuickstart: {problem}");
    Console.Error.WriteLine("usage: dotnet run --project samples/AdvancedTradeQuickstart [-- --url <rest-url> [--product <id>] [--live]]");
    Console.Error.WriteLine("Without --url the sample starts an in-process sandbox.");
    Console.Error.WriteLine($"With --url the CDP key comes from the environment: {SampleCdpKey.FileVariable}, or {SampleCdpKey.NameVariable} and {SampleCdpKey.PrivateKeyVariable}.");
    return 2;
}
