using CoPrA.Sandbox.Engine;

namespace CoPrA.Sandbox.Feed;

/// <summary>The feed's clocked messages: heartbeats, status, and the batched level2 and ticker channels.</summary>
internal sealed class FeedTimers(FeedHub hub, FeedPublisher publisher, MatchingEngine engine, SandboxClock clock, SandboxOptions options)
{
    private static readonly TimeSpan TickerBatchInterval = TimeSpan.FromSeconds(5);

    /// <summary>Runs every timer until cancelled.</summary>
    public Task RunAsync(Action<Exception> onError, CancellationToken cancellationToken) => Task.WhenAll(
        PeriodicLoop.RunAsync(options.HeartbeatInterval, clock.TimeProvider, SendHeartbeats, onError, cancellationToken),
        PeriodicLoop.RunAsync(options.StatusInterval, clock.TimeProvider, SendStatus, onError, cancellationToken),
        PeriodicLoop.RunAsync(options.Level2BatchInterval, clock.TimeProvider, () => engine.ForEachMarket(market => publisher.FlushLevel2Batch(market, clock.UtcNow)), onError, cancellationToken),
        PeriodicLoop.RunAsync(TickerBatchInterval, clock.TimeProvider, () => engine.ForEachMarket(publisher.FlushTickerBatch), onError, cancellationToken));

    private void SendHeartbeats()
    {
        var connections = hub.Connections;
        if (!connections.Any(connection => connection.IsSubscribed(FeedChannels.Heartbeat)))
        {
            return;
        }

        engine.ForEachMarket(market =>
        {
            byte[]? frame = null;
            foreach (var connection in connections)
            {
                if (connection.IsSubscribed(FeedChannels.Heartbeat, market.Product.Id))
                {
                    connection.Send(frame ??= FeedFrames.Heartbeat(market, clock.UtcNow));
                }
            }
        });
    }

    private void SendStatus()
    {
        byte[]? frame = null;
        foreach (var connection in hub.Connections)
        {
            if (connection.IsSubscribed(FeedChannels.Status, ""))
            {
                connection.Send(frame ??= hub.StatusFrame());
            }
        }
    }
}
