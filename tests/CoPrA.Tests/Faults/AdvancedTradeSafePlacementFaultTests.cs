using System.Collections.Concurrent;
using System.Diagnostics;
using CoPrA.AdvancedTrade;
using CoPrA.Rest;
using CoPrA.Sandbox;
using Xunit.Abstractions;

namespace CoPrA.Tests.Faults;

/// <summary>
/// Safe placement on Advanced Trade (issue 17 item 2, second API): 300 orders placed through
/// CreateOrderAsync on the sandbox while about 30% of the POSTs are accepted and then dropped,
/// dropped before the exchange sees them, or held past the client's RequestTimeout and placed late;
/// then the sandbox's own list of orders holds every order exactly once. Its own sandbox.
/// </summary>
public class AdvancedTradeSafePlacementFaultTests(ITestOutputHelper output)
{
    private const int Orders = 300;
    private const int Workers = 4;
    private const string Product = "LTC-USD";
    private const string OrdersPath = "/api/v3/brokerage/orders";

    private static readonly TimeSpan Patience = PlacementFaultPlan.Patience;

    [Fact]
    public async Task Three_hundred_orders_under_drops_and_timeouts_leave_no_duplicate_and_no_lost_order()
    {
        await using var sandbox = await SandboxExchange.StartAsync(new SandboxOptions { MarketMakerEnabled = false, SeedTradeHistory = false });
        var plan = new PlacementFaultPlan(Orders, OrdersPath);
        var wire = new PlacementWireCounter(CoPrA.Http.HttpPipeline.CreatePrimaryHandler(), request => request.RequestUri!.Query.Contains("start_date=", StringComparison.Ordinal));
        using var client = new AdvancedTradeClient(
            new AdvancedTradeClientOptions
            {
                BaseUrl = sandbox.RestUrl,
                ApiKey = new CdpApiKey(sandbox.AdvancedTradeKeyName, sandbox.AdvancedTradeEcdsaKeyPem),
                RequestTimeout = PlacementFaultPlan.RequestTimeout,
                Retry = new RetryOptions { MaxRetries = 3, BaseDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromMilliseconds(100) },
                RateLimits = new AdvancedTradeRateLimitOptions { Enabled = false },
                SafePlacement = new SafePlacementOptions { SettleDelay = PlacementFaultPlan.SettleDelay },
            },
            new HttpClient(wire) { Timeout = Patience });

        var placed = new ConcurrentDictionary<string, CreateOrderResponse>(StringComparer.Ordinal);
        var unknown = new ConcurrentBag<OrderOutcomeUnknownException>();
        var stopwatch = Stopwatch.StartNew();
        await plan.RunAsync(sandbox.Controls, Workers, async _ =>
        {
            string clientOrderId = AdvancedTradeClient.NewClientOrderId();
            try
            {
                var answer = await client.CreateOrderAsync(clientOrderId, Product, OrderSide.Buy, OrderConfiguration.LimitGtc(10m, baseSize: 1m)).WaitAsync(Patience);
                Assert.True(placed.TryAdd(clientOrderId, answer));
            }
            catch (OrderOutcomeUnknownException ex)
            {
                unknown.Add(ex);
            }
        });
        stopwatch.Stop();

        var book = await client.ListAllOrdersAsync(productIds: [Product], limit: 250).ToListAsync().AsTask().WaitAsync(Patience);
        var byClientOrderId = book.GroupBy(order => order.ClientOrderId ?? "(none)", StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.ToList(), StringComparer.Ordinal);
        var duplicates = byClientOrderId.Where(pair => pair.Value.Count > 1).Select(pair => pair.Key).ToList();
        var lost = placed.Where(pair => !byClientOrderId.TryGetValue(pair.Key, out var listed) || listed[0].OrderId != pair.Value.SuccessResponse?.OrderId).Select(pair => pair.Key).ToList();

        output.WriteLine($"orders: {Orders} on {Workers} workers in {stopwatch.Elapsed.TotalSeconds:F1} s");
        output.WriteLine(plan.Describe());
        output.WriteLine($"POSTs sent: {wire.Posts}; lookups (order list pages) sent: {wire.Lookups}");
        output.WriteLine($"results: placed {placed.Count}, outcome unknown {unknown.Count}");
        output.WriteLine($"sandbox: {book.Count} orders, {duplicates.Count} client_order_ids twice, {lost.Count} returned orders missing");

        Assert.Empty(duplicates);
        Assert.Empty(lost);
        Assert.Empty(unknown);
        Assert.Equal(Orders, placed.Count);
        Assert.Equal(Orders, book.Count);
        Assert.True(wire.Lookups > 0 && wire.Posts > Orders, "both a lookup and a resend were exercised");
    }
}
