using System.Net.WebSockets;

namespace CoPrA.Sandbox;

/// <summary>The Advanced Trade feed's levers and gauges.</summary>
public sealed partial class SandboxControls
{
    /// <summary>Open Advanced Trade feed connections now (both endpoints).</summary>
    public int AdvancedTradeFeedConnectionCount => _services.AdvancedTradeFeed.Connections.Count;

    /// <summary>Advanced Trade feed handshakes accepted since start (both endpoints).</summary>
    public long AdvancedTradeFeedHandshakeCount => _services.AdvancedTradeFeed.AcceptedCount;

    /// <summary>
    /// Every subscribe and unsubscribe frame the Advanced Trade feed received since start, in order, with
    /// the verified JWT's claims and the error sent back for a refused one.
    /// </summary>
    public IReadOnlyList<SandboxAdvancedTradeFrame> AdvancedTradeFeedFrames => _services.AdvancedTradeFeed.Frames;

    /// <summary>
    /// Completes with the latest frame of <see cref="AdvancedTradeFeedFrames"/> that satisfies a condition, once
    /// there is one (frames received before the call count).
    /// </summary>
    /// <param name="condition">Which frame to wait for.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    public async Task<SandboxAdvancedTradeFrame> WaitForAdvancedTradeFeedFrameAsync(Func<SandboxAdvancedTradeFrame, bool> condition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(condition);
        SandboxAdvancedTradeFrame? found = null;
        await _services.Changes.WaitAsync(() => (found = _services.AdvancedTradeFeed.Frames.LastOrDefault(condition)) is not null, cancellationToken).ConfigureAwait(false);
        return found!;
    }

    /// <summary>Completes when exactly <paramref name="count"/> Advanced Trade feed connections are open.</summary>
    /// <param name="count">The number to wait for.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    public Task WaitForAdvancedTradeFeedConnectionsAsync(int count, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return _services.Changes.WaitAsync(() => _services.AdvancedTradeFeed.Connections.Count == count, cancellationToken);
    }

    /// <summary>Drops every Advanced Trade feed connection at the TCP level, with no close frame. Returns how many were dropped.</summary>
    public int AbortAdvancedTradeFeedConnections()
    {
        var connections = _services.AdvancedTradeFeed.Connections;
        foreach (var connection in connections)
        {
            connection.Inner.Abort();
        }

        return connections.Count;
    }

    /// <summary>Closes every Advanced Trade feed connection with a close frame (1001 going away by default). Returns how many were closed.</summary>
    /// <param name="status">The close status.</param>
    /// <param name="reason">The close reason.</param>
    /// <param name="cancellationToken">Stops waiting for the close frames to be sent.</param>
    public async Task<int> CloseAdvancedTradeFeedConnectionsAsync(WebSocketCloseStatus status = WebSocketCloseStatus.EndpointUnavailable, string reason = "going away", CancellationToken cancellationToken = default)
    {
        var connections = _services.AdvancedTradeFeed.Connections;
        await Task.WhenAll(connections.Select(connection => connection.Inner.CloseAsync(status, reason, default, cancellationToken))).ConfigureAwait(false);
        return connections.Count;
    }

    /// <summary>
    /// Makes the next message of every open Advanced Trade feed connection skip one <c>sequence_num</c>,
    /// so that clients see a gap. Returns how many connections will skip.
    /// </summary>
    public int SkipNextAdvancedTradeSequenceNumber()
    {
        var connections = _services.AdvancedTradeFeed.Connections;
        foreach (var connection in connections)
        {
            connection.SkipNextSequenceNumber();
        }

        return connections.Count;
    }
}
