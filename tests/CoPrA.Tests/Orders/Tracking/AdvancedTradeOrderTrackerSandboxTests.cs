using System.Diagnostics;
using System.Globalization;
using CoPrA.AdvancedTrade;
using CoPrA.Orders.Tracking;
using CoPrA.Sandbox;
using CoPrA.Tests.Sandbox.AdvancedTrade;
using Xunit.Abstractions;

namespace CoPrA.Tests.Orders.Tracking;

/// <summary>
/// The done-criterion of the Advanced Trade tracker (issue 17 item 3): a randomized session on the
/// sandbox (a few hundred Advanced Trade limit and market orders placed and cancelled, a counterparty
/// trading against them, the user feed dropped now and then and a sequence gap provoked) ends with
/// every tracked order in the state, with the filled size and with the fills, that the sandbox
/// reports for it. Its own sandbox, so that dropping the feed touches no other test.
/// </summary>
public class AdvancedTradeOrderTrackerSandboxTests(ITestOutputHelper output)
{
    private const string Product = "LTC-USD";
    private const int Steps = 500;
    private const int Drops = 4;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_randomized_session_with_forced_reconnects_and_a_gap_ends_with_every_order_as_the_sandbox_has_it()
    {
        int seed = int.TryParse(Environment.GetEnvironmentVariable("COPRA_TRACKER_SEED"), CultureInfo.InvariantCulture, out int fixedSeed) ? fixedSeed : Random.Shared.Next();
        output.WriteLine($"seed {seed} (set COPRA_TRACKER_SEED to replay)");
        var random = new Random(seed);
        await using var sandbox = await SandboxExchange.StartAsync(new SandboxOptions { MarketMakerEnabled = false, SeedTradeHistory = false });
        var controls = sandbox.Controls;
        controls.SetBalance("USD", 10_000_000m);
        controls.SetBalance("LTC", 100_000m);
        using var client = AdvancedTradeTestClient.CreateLibraryClient(sandbox);
        await using var feed = new AdvancedTradeWebSocketClient([], new AdvancedTradeWebSocketClientOptions
        {
            MarketDataUrl = sandbox.AdvancedTradeMarketDataWebSocketUrl,
            UserDataUrl = sandbox.AdvancedTradeUserWebSocketUrl,
            ApiKey = new CdpApiKey(sandbox.AdvancedTradeKeyName, sandbox.AdvancedTradeEcdsaKeyPem),
            ReconnectDelay = TimeSpan.FromMilliseconds(50),
            MaxReconnectDelay = TimeSpan.FromMilliseconds(800),
            ReconnectJitter = 0,
            HandshakeTimeout = Patience,
            IdleTimeout = Timeout.InfiniteTimeSpan,   // a quiet user channel is no lost connection: every reconnect here is a forced one
            Name = "at-tracker-session",
        });
        await using var tracker = new AdvancedTradeOrderTracker(client);
        var passes = System.Threading.Channels.Channel.CreateUnbounded<OrdersReconciledEventArgs>();
        var reasons = new List<string>();
        tracker.Reconciled += (_, e) => passes.Writer.TryWrite(e);
        using var attached = await tracker.AttachAsync(feed, [Product]);
        await feed.ConnectAsync().WaitAsync(Patience);
        await controls.WaitForAdvancedTradeFeedConnectionsAsync(1).WaitAsync(Patience);

        var stopwatch = Stopwatch.StartNew();
        var placed = new List<string>();
        int limits = 0, markets = 0, refused = 0, cancels = 0, counterparty = 0, drops = 0, gaps = 0, changedByReconcile = 0;
        async Task<int> NextPassAsync()
        {
            var pass = await passes.Reader.ReadAsync().AsTask().WaitAsync(Patience);
            reasons.Add(pass.Reason);
            return pass.ChangedCount;
        }

        for (int step = 0; step < Steps; step++)
        {
            if ((step + 1) % (Steps / (Drops + 2)) == 0 && drops + gaps < Drops + 1)
            {
                // Each fault's reconcile pass is awaited before the next fault, so that each gets its own.
                if (drops + gaps > 0)
                {
                    changedByReconcile += await NextPassAsync();
                }

                if (drops == Drops / 2 && gaps == 0)
                {
                    await controls.WaitForAdvancedTradeFeedConnectionsAsync(1).WaitAsync(Patience);
                    controls.SkipNextAdvancedTradeSequenceNumber();   // the next message (a heartbeat or an order update) reveals it
                    gaps++;
                }
                else
                {
                    controls.AbortAdvancedTradeFeedConnections();    // TCP drop; the session goes on while the feed reconnects
                    drops++;
                }

                continue;
            }

            var side = random.Next(2) == 0 ? OrderSide.Buy : OrderSide.Sell;
            decimal size = random.Next(5, 100) / 100m;
            decimal price = 79m + (random.Next(0, 201) / 100m);   // 79.00 to 81.00: orders cross each other now and then
            switch (random.Next(100))
            {
                case < 40:
                    placed.Add(tracker.Track(await client.LimitOrderGtcAsync(null, Product, side, size, price).WaitAsync(Patience)).OrderId!);
                    limits++;
                    break;
                case < 52:
                    try
                    {
                        placed.Add(tracker.Track(await client.MarketOrderAsync(null, Product, side, baseSize: size).WaitAsync(Patience)).OrderId!);
                        markets++;
                    }
                    catch (OrderRejectedException)
                    {
                        refused++; // nothing on the other side: refused, no order to track
                    }

                    break;
                case < 72 when placed.Count > 0:
                    await client.CancelOrdersAsync([placed[random.Next(placed.Count)]]).WaitAsync(Patience);
                    cancels++;
                    break;
                case < 90:
                    controls.PlaceCounterpartyLimitOrder(Product, side == OrderSide.Buy ? Side.Buy : Side.Sell, price, size);
                    counterparty++;
                    break;
                default:
                    controls.PlaceCounterpartyMarketOrder(Product, side == OrderSide.Buy ? Side.Buy : Side.Sell, size);
                    counterparty++;
                    break;
            }
        }

        changedByReconcile += await NextPassAsync();

        var truth = new Dictionary<string, AdvancedOrder>(StringComparer.Ordinal);
        foreach (string id in placed)
        {
            truth[id] = (await client.GetOrderAsync(id).WaitAsync(Patience)).Order!;
        }

        // The feed, the reconciles and the fill lookups catch up on their own; nothing here asks the tracker to reconcile.
        var agreed = await TrackerAgreement.WaitAsync(tracker, () => truth.Values.All(order => Agrees(tracker.Find(order.OrderId), order)), Patience);
        stopwatch.Stop();

        var mismatches = truth.Values.Select(order => (order, tracked: tracker.Find(order.OrderId))).Where(pair => !Agrees(pair.tracked, pair.order)).ToList();
        output.WriteLine($"orders {placed.Count} (limit {limits}, market {markets}; {refused} market orders refused), cancels {cancels}, counterparty orders {counterparty}, feed drops {drops}, gaps {gaps} (orders changed by the reconciles after them {changedByReconcile})");
        output.WriteLine("passes after the faults: " + string.Join(", ", reasons));
        output.WriteLine("final states: " + string.Join(", ", tracker.Orders.GroupBy(order => order.State).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}")));
        output.WriteLine($"fills {tracker.Orders.Sum(order => order.Fills.Count)}, mismatches {mismatches.Count}, time {stopwatch.Elapsed.TotalSeconds:F1} s");
        foreach (var (order, tracked) in mismatches)
        {
            output.WriteLine($"mismatch {order.OrderId}: sandbox {order.Status} filled {order.FilledSize}, tracker {tracked?.State} filled {tracked?.FilledSize} fills {tracked?.Fills.Sum(f => f.Size)}");
        }

        Assert.True(agreed, "the tracker did not reach the sandbox's states in time");
        Assert.Empty(mismatches);
        Assert.Equal((Drops, 1), (drops, gaps));
        Assert.Equal((Drops, 1), (reasons.Count(r => r == "reconnect"), reasons.Count(r => r == "gap")));
        Assert.Equal(placed.Count, tracker.Orders.Count);
    }

    /// <summary>The sandbox's status in the tracker's terms, written out here rather than borrowed from the tracker; the fills must add up too.</summary>
    private static bool Agrees(TrackedOrder? tracked, AdvancedOrder order)
    {
        decimal filled = order.FilledSize ?? 0;
        var expected = order.Status?.ToString() switch
        {
            "OPEN" when filled > 0 => TrackedOrderState.PartiallyFilled,
            "OPEN" => TrackedOrderState.Open,
            "FILLED" => TrackedOrderState.Filled,
            "CANCELLED" => TrackedOrderState.Cancelled,
            "EXPIRED" => TrackedOrderState.Expired,
            "FAILED" => TrackedOrderState.Rejected,
            _ => TrackedOrderState.Pending,
        };
        return tracked is not null && tracked.State == expected && tracked.FilledSize == filled && tracked.Fills.Sum(fill => fill.Size) == filled;
    }
}
