using System.Diagnostics;
using System.Globalization;
using CoPrA.Orders.Tracking;
using CoPrA.Rest;
using CoPrA.Sandbox;
using CoPrA.WebSocket;
using Xunit.Abstractions;

namespace CoPrA.Tests.Orders.Tracking;

/// <summary>
/// The done-criterion of the tracker (issue 17 item 3): a randomized session on the sandbox (a few
/// hundred limit and market orders placed and cancelled, a counterparty trading against them, the
/// feed dropped now and then) ends with every tracked order in the state, and with the filled size,
/// that the sandbox reports for it. Its own sandbox, so that dropping the feed touches no other test.
/// </summary>
public class OrderTrackerSandboxTests(ITestOutputHelper output)
{
    private const string Product = "LTC-USD";
    private const int Steps = 600;
    private const int Drops = 5;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_randomized_session_with_forced_reconnects_ends_with_every_order_as_the_sandbox_has_it()
    {
        int seed = int.TryParse(Environment.GetEnvironmentVariable("COPRA_TRACKER_SEED"), CultureInfo.InvariantCulture, out int fixedSeed) ? fixedSeed : Random.Shared.Next();
        output.WriteLine($"seed {seed} (set COPRA_TRACKER_SEED to replay)");
        var random = new Random(seed);
        await using var sandbox = await SandboxExchange.StartAsync(new SandboxOptions { MarketMakerEnabled = false, SeedTradeHistory = false });
        var controls = sandbox.Controls;
        controls.SetBalance("USD", 10_000_000m);
        controls.SetBalance("LTC", 100_000m);
        using var rest = new RestClient(new RestClientOptions
        {
            BaseUrl = sandbox.RestUrl,
            Credentials = sandbox.Credentials,
            Retry = new RetryOptions { MaxRetries = 3, BaseDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromMilliseconds(100) },
            RateLimits = new RateLimitOptions { Enabled = false },
            Timeout = Patience,
        });
        await using var feed = new WebSocketClient([], new WebSocketClientOptions
        {
            FeedUrl = sandbox.FeedUrl,
            Credentials = sandbox.Credentials,
            ReconnectDelay = TimeSpan.FromMilliseconds(50),
            MaxReconnectDelay = TimeSpan.FromMilliseconds(800),
            ReconnectJitter = 0,
            HandshakeTimeout = Patience,
            Name = "tracker-session",
        });
        await using var tracker = new OrderTracker(rest);
        var reconnectPasses = System.Threading.Channels.Channel.CreateUnbounded<OrdersReconciledEventArgs>();
        int feedAway = 0;   // from a drop to the end of the pass after it: news of orders placed then may be lost
        tracker.Reconciled += (_, e) =>
        {
            if (e.Reason == "reconnect")
            {
                Volatile.Write(ref feedAway, 0);
                reconnectPasses.Writer.TryWrite(e);
            }
        };
        int changedByReconcile = 0;
        var subscribed = controls.NextSubscribeAsync();
        using var attached = await tracker.AttachAsync(feed, [Product]);
        await feed.ConnectAsync().WaitAsync(Patience);
        await subscribed.WaitAsync(Patience);

        var stopwatch = Stopwatch.StartNew();
        var placed = new List<string>();
        var placedWhileAway = new HashSet<string>(StringComparer.Ordinal);
        int limits = 0, markets = 0, cancels = 0, counterparty = 0, drops = 0;
        for (int step = 0; step < Steps; step++)
        {
            if ((step + 1) % (Steps / (Drops + 1)) == 0 && drops < Drops)
            {
                // Dropped at the TCP level; the session goes on while the feed reconnects. The
                // previous drop's reconcile pass is awaited first, so that each drop gets its own.
                if (drops > 0)
                {
                    changedByReconcile += (await reconnectPasses.Reader.ReadAsync().AsTask().WaitAsync(Patience)).ChangedCount;
                }

                Volatile.Write(ref feedAway, 1);
                controls.AbortFeedConnections();
                drops++;
                continue;
            }

            var side = random.Next(2) == 0 ? Side.Buy : Side.Sell;
            decimal size = random.Next(5, 100) / 100m;
            decimal price = 79m + (random.Next(0, 201) / 100m);   // 79.00 to 81.00: orders cross each other now and then
            switch (random.Next(100))
            {
                case < 40:
                    Placed(tracker.Track(await rest.LimitOrderAsync(side, Product, price, size).WaitAsync(Patience)).OrderId!);
                    limits++;
                    break;
                case < 52:
                    Placed(tracker.Track(await rest.MarketOrderAsync(side, Product, size: size).WaitAsync(Patience)).OrderId!);
                    markets++;
                    break;
                case < 72 when placed.Count > 0:
                    await CancelAsync(rest, placed[random.Next(placed.Count)]);
                    cancels++;
                    break;
                case < 90:
                    controls.PlaceCounterpartyLimitOrder(Product, side, price, size);
                    counterparty++;
                    break;
                default:
                    controls.PlaceCounterpartyMarketOrder(Product, side, size);
                    counterparty++;
                    break;
            }
        }

        void Placed(string orderId)
        {
            placed.Add(orderId);
            if (Volatile.Read(ref feedAway) == 1)
            {
                placedWhileAway.Add(orderId);
            }
        }

        if (drops > 0)
        {
            changedByReconcile += (await reconnectPasses.Reader.ReadAsync().AsTask().WaitAsync(Patience)).ChangedCount;
        }

        var truth = new Dictionary<string, Order>(StringComparer.Ordinal);
        foreach (string id in placed)
        {
            truth[id] = await rest.GetOrderAsync(id).WaitAsync(Patience);
        }

        // The feed and the reconciles catch up on their own; nothing here asks the tracker to reconcile.
        var agreed = await TrackerAgreement.WaitAsync(tracker, () => truth.Values.All(order => Agrees(tracker.Find(order.Id), order)), Patience);
        stopwatch.Stop();

        var mismatches = truth.Values.Select(order => (order, tracked: tracker.Find(order.Id))).Where(pair => !Agrees(pair.tracked, pair.order)).ToList();
        output.WriteLine($"orders {placed.Count} (limit {limits}, market {markets}; placed while a drop's reconnect pass was pending {placedWhileAway.Count}), cancels {cancels}, counterparty orders {counterparty}, feed drops {drops}, reconcile passes after them {drops} (orders changed by them {changedByReconcile})");
        output.WriteLine("final states: " + string.Join(", ", tracker.Orders.GroupBy(order => order.State).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}")));
        output.WriteLine($"fills {tracker.Orders.Sum(order => order.Fills.Count)}, mismatches {mismatches.Count}, time {stopwatch.Elapsed.TotalSeconds:F1} s");
        foreach (var (order, tracked) in mismatches)
        {
            output.WriteLine($"mismatch {order.Id}: sandbox {order.Status}/{order.DoneReason} filled {order.FilledSize}, tracker {tracked?.State} filled {tracked?.FilledSize}, placed while the feed was away {placedWhileAway.Contains(order.Id)}");
        }

        Assert.True(agreed, "the tracker did not reach the sandbox's states in time");
        Assert.Empty(mismatches);
        Assert.Equal(Drops, drops);
        Assert.Equal(placed.Count, tracker.Orders.Count);
    }

    private static async Task CancelAsync(RestClient rest, string orderId)
    {
        try
        {
            await rest.CancelAsync(orderId).WaitAsync(Patience);
        }
        catch (ApiRequestException ex) when (ex.Reason is CoPrA.Orders.RejectionReason.OrderAlreadyDone or CoPrA.Orders.RejectionReason.OrderNotFound)
        {
            // already filled or cancelled: nothing to cancel
        }
    }

    /// <summary>The sandbox's status in the tracker's terms, written out here rather than borrowed from the tracker.</summary>
    private static bool Agrees(TrackedOrder? tracked, Order order)
    {
        var expected = (order.Status, order.DoneReason) switch
        {
            (OrderStatus.Open, _) when order.FilledSize > 0 => TrackedOrderState.PartiallyFilled,
            (OrderStatus.Open, _) => TrackedOrderState.Open,
            (OrderStatus.Done, "filled") => TrackedOrderState.Filled,
            (OrderStatus.Done, "canceled") => TrackedOrderState.Cancelled,
            (OrderStatus.Rejected, _) => TrackedOrderState.Rejected,
            _ => TrackedOrderState.Pending,
        };
        return tracked is not null && tracked.State == expected && tracked.FilledSize == (order.FilledSize ?? 0);
    }
}
