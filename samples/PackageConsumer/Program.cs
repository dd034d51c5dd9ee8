// Uses the CoPrA NuGet package as a user's app would: a public call answered by a canned
// handler (no network), a signed call, and a validation error, then prints what it saw.
using System.Net;
using System.Text;
using CoPrA;
using CoPrA.Rest;

var handler = new CannedHandler();
var options = new RestClientOptions
{
    BaseUrl = "https://api.exchange.coinbase.com",
    Credentials = new Credentials("consumer-key", Convert.ToBase64String(new byte[64]), "consumer-passphrase"),
};
using var client = new RestClient(options, new HttpClient(handler));

var stats = await client.Get24HourStatsAsync("BTC-USD");
Console.WriteLine($"24h stats through the package: last {stats.Last}, volume {stats.Volume}");

var accounts = await client.AccountsAsync();
Console.WriteLine($"signed call: {accounts.Count} account(s); signature header sent: {handler.LastWasSigned}");

try
{
    await client.OrderBookAsync("BTC-USD", level: 4);
}
catch (ArgumentOutOfRangeException ex)
{
    Console.WriteLine($"validation before any request: {ex.ParamName} -> {ex.Message.Split('(')[0].Trim()}");
}

Console.WriteLine(handler.Requests == 2 ? "package consumer OK" : $"unexpected request count {handler.Requests}");
return handler.Requests == 2 && handler.LastWasSigned ? 0 : 1;

internal sealed class CannedHandler : HttpMessageHandler
{
    public int Requests { get; private set; }

    public bool LastWasSigned { get; private set; }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests++;
        LastWasSigned = request.Headers.Contains("CB-ACCESS-SIGN");
        string json = request.RequestUri!.AbsolutePath.EndsWith("/stats", StringComparison.Ordinal)
            ? """{"open":"90000.00","high":"91000.00","low":"89000.00","last":"90500.12","volume":"1234.5"}"""
            : """[{"id":"a1","currency":"USD","balance":"100.00","hold":"0","available":"100.00"}]""";
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") });
    }
}
