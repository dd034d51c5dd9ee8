using CoPrA.Sandbox.Engine;

namespace CoPrA.Sandbox.AdvancedTrade.Feed;

/// <summary>The Advanced Trade feed's clocked messages: heartbeats, candles (every second), ticker_batch and status.</summary>
internal sealed class AdvancedTradeFeedTimers(AdvancedTradeFeedHub hub, AdvancedTradeFeedPublisher publisher, MatchingEngine engine, SandboxClock clock, SandboxOptions options)
{
    private static readonly TimeSpan CandlesInterval = TimeSpan.FromSeconds(1);

    /// <summary>Runs every timer until cancelled.</summary>
    public Task RunAsync(Action<Exception> onError, CancellationToken cancellationToken) => Task.WhenAll(
        PeriodicLoop.RunAsync(options.HeartbeatInterval, clock.TimeProvider, SendHeartbeats, onError, cancellationToken),
        PeriodicLoop.RunAsync(options.StatusInterval, clock.TimeProvider, SendStatus, onError, cancellationToken),
        PeriodicLoop.RunAsync(CandlesInterval, clock.TimeProvider, () => engine.ForEachMarket(publisher.FlushCandles), onError, cancellationToken),
        PeriodicLoop.RunAsync(options.AdvancedTradeTickerBatchInterval, clock.TimeProvider, () => engine.ForEachMarket(publisher.FlushTickerBatch), onError, cancellationToken));

    /// <summary>Each heartbeats subscriber gets its own counter, from 0.</summary>
    private void SendHeartbeats()
    {
        foreach (var connection in hub.Connections)
        {
            if (connection.Inner.IsSubscribed(AdvancedTradeChannels.Heartbeats, ""))
            {
                var now = clock.UtcNow;
                connection.Send(AdvancedTradeChannels.Heartbeats, now, AdvancedTradeFeedJson.Heartbeat(now, connection.NextHeartbeatCounter()));
            }
        }
    }

    /// <summary>Each status subscriber gets the products it asked for (all for none).</summary>
    private void SendStatus()
    {
        foreach (var connection in hub.Connections)
        {
            var products = connection.Inner.Subscriptions.Where(pair => pair.Channel == AdvancedTradeChannels.Status).Select(pair => pair.ProductId).ToList();
            if (products.Count > 0)
            {
                IReadOnlyList<ProductMarket> markets = products.Contains("") ? engine.Markets : [.. products.Select(id => engine.Market(id)!)];
                connection.Send(AdvancedTradeChannels.Status, clock.UtcNow, AdvancedTradeFeedJson.Status(AdvancedTradeFeedJson.Update, markets));
            }
        }
    }
}
