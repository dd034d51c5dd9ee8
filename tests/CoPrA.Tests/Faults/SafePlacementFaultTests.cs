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

    private static readonly TimeSpan Patience = PlacementFaultPlan.Patience;

    [Fact]
    public async Task A_thousand_orders_under_drops_and_timeouts_leave_no_duplicate_and_no_lost_order()
    {
        await using var sandbox = await SandboxExchange.StartAsync(new SandboxOptions { MarketMakerEnabled = false, SeedTradeHistory = false });
        var plan = new PlacementFaultPlan(Orders, "/orders");
        var wire = new PlacementWireCounter(CoPrA.Http.HttpPipeline.CreatePrimaryHandler(), request => Uri.UnescapeDataString(request.RequestUri!.AbsolutePath).StartsWith("/orders/client:", StringComparison.Ordinal));
        var events = new EventCounter();
        using var client = new RestClient(
            new RestClientOptions
            {
                BaseUrl = sandbox.RestUrl,
                Credentials = sandbox.Credentials,
                RequestTimeout = PlacementFaultPlan.RequestTimeout,
                Retry = new RetryOptions { MaxRetries = 3, BaseDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromMilliseconds(100) },
                RateLimits = new RateLimitOptions { Enabled = false },
                SafePlacement = new SafePlacementOptions { SettleDelay = PlacementFaultPlan.SettleDelay },
                Logger = events,
            },
            new HttpClient(wire) { Timeout = Patience });

        var placed = new ConcurrentDictionary<string, Order>(StringComparer.Ordinal);
        var unknown = new ConcurrentBag<OrderOutcomeUnknownException>();
        var stopwatch = Stopwatch.StartNew();
        await plan.RunAsync(sandbox.Controls, Workers, async _ =>
        {
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
        });
        stopwatch.Stop();

        var book = await client.AllOrdersAsync([OrderStatus.All], Product, limit: 1000).ToListAsync().AsTask().WaitAsync(Patience);
        var byClientOid = book.GroupBy(order => order.ClientOid ?? "(none)", StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.ToList(), StringComparer.Ordinal);
        var duplicates = byClientOid.Where(pair => pair.Value.Count > 1).Select(pair => pair.Key).ToList();
        var lost = placed.Where(pair => !byClientOid.TryGetValue(pair.Key, out var listed) || listed[0].Id != pair.Value.Id).Select(pair => pair.Key).ToList();
        var unknownInBook = unknown.Count(ex => byClientOid.ContainsKey(ex.ClientOrderId));

        output.WriteLine($"orders: {Orders} on {Workers} workers in {stopwatch.Elapsed.TotalSeconds:F1} s");
        output.WriteLine(plan.Describe());
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
