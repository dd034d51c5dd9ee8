using CoPrA.Testing;
using CoPrA.WebSocket;

namespace CoPrA.Soak;

/// <summary>
/// A WebSocket client that counts what it gets: the streamed tickers (by product), everything
/// else, gaps, opens and closes. Callbacks run on the receive loop, one at a time, so the
/// counters are written by one thread; they are read from another with Volatile/Interlocked.
/// </summary>
internal sealed class SoakClient(string streamProductId, IEnumerable<Channel> channels, WebSocketClientOptions options)
    : WebSocketClient(channels, options)
{
    private readonly CountGate _streamed = new();
    private long _other;
    private long _gaps;
    private long _missed;
    private int _opens;
    private int _cleanCloses;
    private int _drops;

    /// <summary>Streamed tickers received.</summary>
    public long Streamed => _streamed.Count;

    /// <summary>Other messages received (subscriptions, heartbeats, the market maker's orders on <c>full</c>).</summary>
    public long Other => Interlocked.Read(ref _other);

    /// <summary>Gaps reported through <see cref="OnGapAsync"/>.</summary>
    public long Gaps => Interlocked.Read(ref _gaps);

    /// <summary>Messages the reported gaps say were lost.</summary>
    public long Missed => Interlocked.Read(ref _missed);

    /// <summary>Connections opened (the first one and every reconnect).</summary>
    public int Opens => Volatile.Read(ref _opens);

    /// <summary>Connections that ended with a close frame.</summary>
    public int CleanCloses => Volatile.Read(ref _cleanCloses);

    /// <summary>Connections that dropped without one.</summary>
    public int Drops => Volatile.Read(ref _drops);

    /// <summary>Completes once at least <paramref name="count"/> streamed tickers have arrived.</summary>
    public Task WaitForStreamedAsync(long count) => _streamed.WaitForAsync(count);

    protected override Task OnMessageAsync(FeedMessage message, CancellationToken cancellationToken = default)
    {
        if (message is TickerMessage ticker && ticker.ProductId == streamProductId)
        {
            _streamed.Increment();
        }
        else
        {
            Interlocked.Increment(ref _other);
        }

        return Task.CompletedTask;
    }

    protected override Task OnGapAsync(SequenceGap gap, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _gaps);
        Interlocked.Add(ref _missed, gap.MissedCount);
        return Task.CompletedTask;
    }

    protected override Task OnOpenAsync(CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _opens);
        return Task.CompletedTask;
    }

    protected override Task OnCloseAsync(bool wasClean, int? code, string? reason, CancellationToken cancellationToken = default)
    {
        if (wasClean)
        {
            Interlocked.Increment(ref _cleanCloses);
        }
        else
        {
            Interlocked.Increment(ref _drops);
        }

        return Task.CompletedTask;
    }
}
