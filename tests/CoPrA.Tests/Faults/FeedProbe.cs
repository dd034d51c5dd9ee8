using System.Threading.Channels;
using CoPrA.Testing;
using CoPrA.WebSocket;
using Channel = CoPrA.WebSocket.Channel;
using Queue = System.Threading.Channels.Channel;

namespace CoPrA.Tests.Faults;

/// <summary>
/// A WebSocket client for feed fault tests that can take a flood: the sandbox's streamed tickers
/// (of <see cref="StreamProduct"/>) are only counted and checked for order, everything else is
/// recorded, and so are opens, closes and gaps. Callbacks run on the receive loop, one at a time.
/// </summary>
internal sealed class FeedProbe(IEnumerable<Channel> channels, WebSocketClientOptions options) : WebSocketClient(channels, options)
{
    /// <summary>The product the sandbox's stream control floods with; no test subscribes to it, so its tickers are the stream's.</summary>
    public const string StreamProduct = "LTC-USD";

    private readonly CountGate _streamed = new();
    private long _lastSequence;
    private int _outOfOrder;
    private int _opens;

    /// <summary>Streamed tickers received.</summary>
    public long Streamed => _streamed.Count;

    /// <summary>The sequence of the last streamed ticker (each stream numbers its messages from 1).</summary>
    public long LastStreamSequence => Interlocked.Read(ref _lastSequence);

    /// <summary>Streamed tickers that were not the previous one's successor nor the first of a new stream: a hole or a repeat.</summary>
    public int OutOfOrder => Volatile.Read(ref _outOfOrder);

    /// <summary>Connections opened.</summary>
    public int Opens => Volatile.Read(ref _opens);

    /// <summary>Every message but the streamed tickers.</summary>
    public Channel<FeedMessage> Others { get; } = Queue.CreateUnbounded<FeedMessage>();

    public Channel<(bool WasClean, int? Code)> Closes { get; } = Queue.CreateUnbounded<(bool, int?)>();

    public Channel<SequenceGap> Gaps { get; } = Queue.CreateUnbounded<SequenceGap>();

    /// <summary>Completes once at least <paramref name="count"/> streamed tickers have arrived in all.</summary>
    public Task WaitForStreamedAsync(long count) => _streamed.WaitForAsync(count);

    /// <summary>The next recorded message of type <typeparamref name="T"/> that matches, skipping others.</summary>
    public async Task<T> NextAsync<T>(Func<T, bool> match)
        where T : FeedMessage
    {
        using var timeout = new CancellationTokenSource(FaultSandboxFixture.Patience);
        while (true)
        {
            if (await Others.Reader.ReadAsync(timeout.Token) is T message && match(message))
            {
                return message;
            }
        }
    }

    protected override Task OnMessageAsync(FeedMessage message, CancellationToken cancellationToken = default)
    {
        if (message is TickerMessage { ProductId: StreamProduct } ticker)
        {
            if (ticker.Sequence != 1 && ticker.Sequence != _lastSequence + 1)
            {
                Interlocked.Increment(ref _outOfOrder);
            }

            Interlocked.Exchange(ref _lastSequence, ticker.Sequence);
            _streamed.Increment();
        }
        else
        {
            Others.Writer.TryWrite(message);
        }

        return Task.CompletedTask;
    }

    protected override Task OnOpenAsync(CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _opens);
        return Task.CompletedTask;
    }

    protected override Task OnCloseAsync(bool wasClean, int? code, string? reason, CancellationToken cancellationToken = default)
    {
        Closes.Writer.TryWrite((wasClean, code));
        return Task.CompletedTask;
    }

    protected override Task OnGapAsync(SequenceGap gap, CancellationToken cancellationToken = default)
    {
        Gaps.Writer.TryWrite(gap);
        return Task.CompletedTask;
    }
}
