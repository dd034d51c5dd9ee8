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

    // As on the Exchange: the client gives up after RequestTimeout, a held request is placed later
    // still, and the settle delay puts the lookup that decides on a resend well after that.
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromMilliseconds(400);
    private static readonly TimeSpan LateBy = TimeSpan.FromMilliseconds(550);
    private static readonly TimeSpan SettleDelay = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private enum Fault
    {
        None,
        AcceptedThenDropped,
        DroppedBeforeEngine,
        PlacedAfterTimeout,
    }

    [Fact]
    public async Task Three_hundred_orders_under_drops_and_timeouts_leave_no_duplicate_and_no_lost_order()
    {
        await using var sandbox = await SandboxExchange.StartAsync(new SandboxOptions { MarketMakerEnabled = false, SeedTradeHistory = false });
        var random = new Random(17);
        var plan = Enumerable.Range(0, Orders).Select(_ => random.NextDouble() switch
        {
            < 0.10 => Fault.AcceptedThenDropped,
            < 0.20 => Fault.DroppedBeforeEngine,
            < 0.30 => Fault.PlacedAfterTimeout,
            _ => Fault.None,
        }).ToArray();
        var wire = new CountingHandler(CoPrA.Http.HttpPipeline.CreatePrimaryHandler());
        using var client = new AdvancedTradeClient(
            new AdvancedTradeClientOptions
            {
                BaseUrl = sandbox.RestUrl,
                ApiKey = new CdpApiKey(sandbox.AdvancedTradeKeyName, sandbox.AdvancedTradeEcdsaKeyPem),
                RequestTimeout = RequestTimeout,
                Retry = new RetryOptions { MaxRetries = 3, BaseDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromMilliseconds(100) },
                RateLimits = new AdvancedTradeRateLimitOptions { Enabled = false },
                SafePlacement = new SafePlacementOptions { SettleDelay = SettleDelay },
            },
            new HttpClient(wire) { Timeout = Patience });

        var placed = new ConcurrentDictionary<string, CreateOrderResponse>(StringComparer.Ordinal);
        var unknown = new ConcurrentBag<OrderOutcomeUnknownException>();
        var stopwatch = Stopwatch.StartNew();
        int next = -1;
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => Task.Run(async () =>
        {
            for (int i = Interlocked.Increment(ref next); i < Orders; i = Interlocked.Increment(ref next))
            {
                Arm(sandbox.Controls, plan[i]);
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
            }
        })));
        stopwatch.Stop();

        var book = await client.ListAllOrdersAsync(productIds: [Product], limit: 250).ToListAsync().AsTask().WaitAsync(Patience);
        var byClientOrderId = book.GroupBy(order => order.ClientOrderId ?? "(none)", StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.ToList(), StringComparer.Ordinal);
        var duplicates = byClientOrderId.Where(pair => pair.Value.Count > 1).Select(pair => pair.Key).ToList();
        var lost = placed.Where(pair => !byClientOrderId.TryGetValue(pair.Key, out var listed) || listed[0].OrderId != pair.Value.SuccessResponse?.OrderId).Select(pair => pair.Key).ToList();

        output.WriteLine($"orders: {Orders} on {Workers} workers in {stopwatch.Elapsed.TotalSeconds:F1} s");
        output.WriteLine($"faults armed on POST {OrdersPath}: accepted then dropped {Count(plan, Fault.AcceptedThenDropped)}, dropped before the engine {Count(plan, Fault.DroppedBeforeEngine)}, placed after the client's timeout {Count(plan, Fault.PlacedAfterTimeout)}");
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

    private static void Arm(SandboxControls controls, Fault fault)
    {
        switch (fault)
        {
            case Fault.AcceptedThenDropped:
                controls.DropNextRequestsTo(HttpMethod.Post, OrdersPath, 1, afterHandling: true);
                break;
            case Fault.DroppedBeforeEngine:
                controls.DropNextRequestsTo(HttpMethod.Post, OrdersPath, 1, afterHandling: false);
                break;
            case Fault.PlacedAfterTimeout:
                controls.DelayNextRequestsTo(HttpMethod.Post, OrdersPath, 1, LateBy);
                break;
        }
    }

    private static int Count(Fault[] plan, Fault fault) => plan.Count(planned => planned == fault);

    /// <summary>Counts the order POSTs and the lookups' list pages that reach the wire.</summary>
    private sealed class CountingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        private int _posts;
        private int _lookups;

        public int Posts => Volatile.Read(ref _posts);

        public int Lookups => Volatile.Read(ref _lookups);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Method == HttpMethod.Post)
            {
                Interlocked.Increment(ref _posts);
            }
            else if (request.RequestUri!.Query.Contains("start_date=", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _lookups);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
