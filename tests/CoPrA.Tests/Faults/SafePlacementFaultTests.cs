using System.Collections.Concurrent;
using System.Diagnostics;
using CoPrA.Rest;
using CoPrA.Sandbox;
using Xunit.Abstractions;

namespace CoPrA.Tests.Faults;

/// <summary>
/// The done-criterion of safe placement (issue 17 item 2): 1,000 orders placed on the sandbox
/// while about 30% of the POSTs are accepted and then dropped, dropped before the exchange sees
/// them, or held past the client's RequestTimeout and placed late; then the sandbox's own list of
/// orders holds every order exactly once. Its own sandbox, so that it runs beside the "Faults" collection.
/// </summary>
public class SafePlacementFaultTests(ITestOutputHelper output)
{
    private const int Orders = 1000;
    private const int Workers = 8;
    private const string Product = "LTC-USD";

    // The client gives up on an attempt after RequestTimeout; a held request is placed a little
    // later still; the settle delay leaves the lookup that decides on a resend well after that.
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
    public async Task A_thousand_orders_under_drops_and_timeouts_leave_no_duplicate_and_no_lost_order()
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
        var events = new EventCounter();
        using var client = new RestClient(
            new RestClientOptions
            {
                BaseUrl = sandbox.RestUrl,
                Credentials = sandbox.Credentials,
                RequestTimeout = RequestTimeout,
                Retry = new RetryOptions { MaxRetries = 3, BaseDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromMilliseconds(100) },
                RateLimits = new RateLimitOptions { Enabled = false },
                SafePlacement = new SafePlacementOptions { SettleDelay = SettleDelay },
                Logger = events,
            },
            new HttpClient(wire) { Timeout = Patience });

        var placed = new ConcurrentDictionary<string, Order>(StringComparer.Ordinal);
        var unknown = new ConcurrentBag<OrderOutcomeUnknownException>();
        var stopwatch = Stopwatch.StartNew();
        int next = -1;
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => Task.Run(async () =>
        {
            // Each worker arms its order's fault and sends it at once; with eight workers a fault
            // may land on another worker's POST, which changes nothing in the counts.
            for (int i = Interlocked.Increment(ref next); i < Orders; i = Interlocked.Increment(ref next))
            {
                Arm(sandbox.Controls, plan[i]);
                string clientOid = Guid.NewGuid().ToString();
                try
                {
                    var order = await client.LimitOrderAsync(Side.Buy, Product, price: 10m, size: 1m, clientOid: clientOid).WaitAsync(Patience);
                    Assert.True(placed.TryAdd(clientOid, order));
                }
                catch (OrderOutcomeUnknownException ex)
                {
                    unknown.Add(ex);
                }
            }
        })));
        stopwatch.Stop();

        var book = await AllOrdersAsync(client);
        var byClientOid = book.GroupBy(order => order.ClientOid ?? "(none)", StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.ToList(), StringComparer.Ordinal);
        var duplicates = byClientOid.Where(pair => pair.Value.Count > 1).Select(pair => pair.Key).ToList();
        var lost = placed.Where(pair => !byClientOid.TryGetValue(pair.Key, out var listed) || listed[0].Id != pair.Value.Id).Select(pair => pair.Key).ToList();
        var unknownInBook = unknown.Count(ex => byClientOid.ContainsKey(ex.ClientOrderId));

        output.WriteLine($"orders: {Orders} on {Workers} workers in {stopwatch.Elapsed.TotalSeconds:F1} s");
        output.WriteLine($"faults armed on POST /orders: accepted then dropped {Count(plan, Fault.AcceptedThenDropped)}, dropped before the engine {Count(plan, Fault.DroppedBeforeEngine)}, placed after the client's timeout {Count(plan, Fault.PlacedAfterTimeout)}");
        output.WriteLine($"POSTs sent: {wire.Posts}; lookups sent: {wire.Lookups}");
        output.WriteLine($"answers lost: {events[10]} ({events.LostToTimeouts} of them timeouts); found by lookup: {events[11]}; resent: {events[12]}; lookups failed: {events[13]}");
        output.WriteLine($"results: placed {placed.Count}, outcome unknown {unknown.Count} ({unknownInBook} of them in the book)");
        output.WriteLine($"sandbox: {book.Count} orders, {duplicates.Count} client_oids twice, {lost.Count} returned orders missing");

        Assert.Empty(duplicates);
        Assert.Empty(lost);
        Assert.Empty(unknown);
        Assert.Equal(Orders, placed.Count);
        Assert.Equal(Orders, book.Count);
        Assert.True(events[11] > 0 && events[12] > 0, "both a found order and a resend were exercised");
    }

    private static void Arm(SandboxControls controls, Fault fault)
    {
        switch (fault)
        {
            case Fault.AcceptedThenDropped:
                controls.DropNextRequestsTo(HttpMethod.Post, "/orders", 1, afterHandling: true);
                break;
            case Fault.DroppedBeforeEngine:
                controls.DropNextRequestsTo(HttpMethod.Post, "/orders", 1, afterHandling: false);
                break;
            case Fault.PlacedAfterTimeout:
                controls.DelayNextRequestsTo(HttpMethod.Post, "/orders", 1, LateBy);
                break;
        }
    }

    private static int Count(Fault[] plan, Fault fault) => plan.Count(planned => planned == fault);

    /// <summary>Every order of the API user on the product, page by page, each once.</summary>
    private static async Task<List<Order>> AllOrdersAsync(RestClient client)
    {
        var orders = new Dictionary<string, Order>(StringComparer.Ordinal);
        string? after = null;
        while (true)
        {
            var page = await client.OrdersAsync([OrderStatus.All], Product, limit: 1000, after: after).WaitAsync(Patience);
            int before = orders.Count;
            foreach (var order in page.Results)
            {
                orders.TryAdd(order.Id, order);
            }

            if (page.Results.Count < 1000 || page.After is null || orders.Count == before)
            {
                return [.. orders.Values];
            }

            after = page.After;
        }
    }

    /// <summary>Counts the POSTs of orders and the lookups by client_oid that reach the wire.</summary>
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
            else if (Uri.UnescapeDataString(request.RequestUri!.AbsolutePath).StartsWith("/orders/client:", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _lookups);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }

    /// <summary>Counts log entries by event id, and the lost answers (event 10) that were timeouts.</summary>
    private sealed class EventCounter : Microsoft.Extensions.Logging.ILogger
    {
        private readonly ConcurrentDictionary<int, int> _counts = new();
        private int _lostToTimeouts;

        public int this[int eventId] => _counts.GetValueOrDefault(eventId);

        public int LostToTimeouts => Volatile.Read(ref _lostToTimeouts);

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => true;

        public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            _counts.AddOrUpdate(eventId.Id, 1, (_, count) => count + 1);
            if (eventId.Id == 10 && formatter(state, exception).Contains("timed out", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _lostToTimeouts);
            }
        }
    }
}
