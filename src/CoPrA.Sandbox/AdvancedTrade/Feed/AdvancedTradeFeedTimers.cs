using CoPrA.Sandbox.Engine;

namespace CoPrA.Sandbox.AdvancedTrade.Feed;

/// <summary>The Advanced Trade feed's clocked messages: heartbeats, candles (every second), ticker_batch and status.</summary>
internal sealed class AdvancedTradeFeedTimers
{
    private static readonly TimeSpan CandlesInterval = TimeSpan.FromSeconds(1);
    private readonly AdvancedTradeFeedHub _hub;
    private readonly AdvancedTradeFeedPublisher _publisher;
    private readonly MatchingEngine _engine;
    private readonly SandboxClock _clock;
    private readonly SandboxOptions _options;

    public AdvancedTradeFeedTimers(AdvancedTradeFeedHub hub, AdvancedTradeFeedPublisher publisher, MatchingEngine engine, SandboxClock clock, SandboxOptions options)
    {
        _hub = hub;
        _publisher = publisher;
        _engine = engine;
        _clock = clock;
        _options = options;
    }

    /// <summary>Runs every timer until cancelled.</summary>
    public Task RunAsync(Action<Exception> onError, CancellationToken cancellationToken) => Task.WhenAll(
        PeriodicLoop.RunAsync(_options.HeartbeatInterval, _clock.TimeProvider, SendHeartbeats, onError, cancellationToken),
        PeriodicLoop.RunAsync(_options.StatusInterval, _clock.TimeProvider, SendStatus, onError, cancellationToken),
        PeriodicLoop.RunAsync(CandlesInterval, _clock.TimeProvider, () => _engine.ForEachMarket(_publisher.FlushCandles), onError, cancellationToken),
        PeriodicLoop.RunAsync(_options.AdvancedTradeTickerBatchInterval, _clock.TimeProvider, () => _engine.ForEachMarket(_publisher.FlushTickerBatch), onError, cancellationToken));

    /// <summary>Each heartbeats subscriber gets its own counter, from 0.</summary>
    private void SendHeartbeats()
    {
        foreach (var connection in _hub.Connections)
        {
            if (connection.Inner.IsSubscribed(AdvancedTradeChannels.Heartbeats, ""))
            {
                var now = _clock.UtcNow;
                connection.Send(AdvancedTradeChannels.Heartbeats, now, AdvancedTradeFeedJson.Heartbeat(now, connection.NextHeartbeatCounter()));
            }
        }
    }

    /// <summary>Each status subscriber gets the products it asked for (all for none).</summary>
    private void SendStatus()
    {
        foreach (var connection in _hub.Connections)
        {
            var products = connection.Inner.Subscriptions.Where(pair => pair.Channel == AdvancedTradeChannels.Status).Select(pair => pair.ProductId).ToList();
            if (products.Count > 0)
            {
                IReadOnlyList<ProductMarket> markets = products.Contains("") ? _engine.Markets : [.. products.Select(id => _engine.Market(id)!)];
                connection.Send(AdvancedTradeChannels.Status, _clock.UtcNow, AdvancedTradeFeedJson.Status(AdvancedTradeFeedJson.Update, markets));
            }
        }
    }
}
