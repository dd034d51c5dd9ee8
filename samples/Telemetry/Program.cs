// CoPrA's traces and metrics in an OpenTelemetry pipeline: a generic host registers the clients with
// AddCoPrA and OpenTelemetry with the console exporter, then a few REST calls (one rejected, one
// clock synchronisation) and a few seconds of the feed run against an in-process sandbox exchange.
// The spans print as each call ends; the metrics print when the host stops.
using CoPrA;
using CoPrA.Diagnostics;
using CoPrA.Rest;
using CoPrA.Sandbox;
using CoPrA.WebSocket;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

await using var sandbox = await SandboxExchange.StartAsync();

var builder = Host.CreateApplicationBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddCoPrA(options =>
{
    options.BaseUrl = sandbox.RestUrl;
    options.FeedUrl = sandbox.FeedUrl;
    // The sandbox's well-known key; a real key comes from configuration (user-secrets, environment).
    options.Credentials = sandbox.Credentials;
});
builder.Services.AddOpenTelemetry()
    .ConfigureResource(resource => resource.AddService("copra-telemetry-sample"))
    .WithTracing(tracing => tracing.AddSource(CoPrATelemetry.ActivitySourceName).AddConsoleExporter())
    .WithMetrics(metrics => metrics.AddMeter(CoPrATelemetry.MeterName).AddConsoleExporter());

using (var host = builder.Build())
{
    await host.StartAsync();
    var client = host.Services.GetRequiredService<RestClient>();

    Console.WriteLine($"== REST calls to {client.BaseUrl}");
    await client.ProductsAsync();
    await client.TickerAsync("BTC-USD");
    await client.AccountsAsync();
    await client.SyncTimeAsync();
    var order = await client.LimitOrderAsync(Side.Buy, "BTC-USD", price: 1_000m, size: 0.01m, postOnly: true);
    await client.CancelAsync(order.Id);
    try
    {
        await client.GetOrderAsync("00000000-0000-4000-8000-000000000000");
    }
    catch (ApiRequestException ex)
    {
        Console.WriteLine($"   (expected) {ex.Message}");
    }

    Console.WriteLine("== two seconds of the BTC-USD ticker and heartbeat");
    var feedOptions = host.Services.GetRequiredService<WebSocketClientOptions>();
    await using (var feed = new WebSocketClient([new Channel("ticker", "BTC-USD"), new Channel("heartbeat", "BTC-USD")], feedOptions))
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        var messages = feed.ReadAllAsync(stop.Token);
        await feed.ConnectAsync(stop.Token);
        int count = 0;
        try
        {
            await foreach (var _ in messages)
            {
                count++;
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The two seconds are over.
        }

        Console.WriteLine($"   {count} feed messages");
        await feed.CloseAsync();
    }

    Console.WriteLine("== metrics (exported as the host stops)");
    await host.StopAsync();
}

return 0;
