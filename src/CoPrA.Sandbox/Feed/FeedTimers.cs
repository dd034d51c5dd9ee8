using CoPrA.Sandbox.Engine;

namespace CoPrA.Sandbox.Feed;

/// <summary>The feed's clocked messages: heartbeats, status, and the batched level2 and ticker channels.</summary>
internal sealed class FeedTimers
{
    private static readonly TimeSpan TickerBatchInterval = TimeSpan.FromSeconds(5);
    private readonly FeedHub _hub;
    private readonly FeedPublisher _publisher;
    private readonly MatchingEngine _engine;
    private readonly SandboxClock _clock;
    private readonly SandboxOptions _options;

    public FeedTimers(FeedHub hub, FeedPublisher publisher, MatchingEngine engine, SandboxClock clock, SandboxOptions options)
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
        PeriodicLoop.RunAsync(_options.Level2BatchInterval, _clock.TimeProvider, () => _engine.ForEachMarket(market => _publisher.FlushLevel2Batch(market, _clock.UtcNow)), onError, cancellationToken),
        PeriodicLoop.RunAsync(TickerBatchInterval, _clock.TimeProvider, () => _engine.ForEachMarket(_publisher.FlushTickerBatch), onError, cancellationToken));

    private void SendHeartbeats()
    {
        var connections = _hub.Connections;
        if (!connections.Any(connection => connection.IsSubscribed(FeedChannels.Heartbeat)))
        {
            return;
        }

        _engine.ForEachMarket(market =>
        {
            byte[]? frame = null;
            foreach (var connection in connections)
            {
                if (connection.IsSubscribed(FeedChannels.Heartbeat, market.Product.Id))
                {
                    connection.Send(frame ??= FeedFrames.Heartbeat(market, _clock.UtcNow));
                }
            }
        });
    }

    private void SendStatus()
    {
        byte[]? frame = null;
        foreach (var connection in _hub.Connections)
        {
            if (connection.IsSubscribed(FeedChannels.Status, ""))
            {
                connection.Send(frame ??= _hub.StatusFrame());
            }
        }
    }
}
