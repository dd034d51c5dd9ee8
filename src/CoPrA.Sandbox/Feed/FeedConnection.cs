using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Threading.Channels;
using CoPrA.Sandbox.Accounts;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;

namespace CoPrA.Sandbox.Feed;

/// <summary>
/// One client of the feed: a receive loop that hands frames to the hub, and a send loop that
/// drains a bounded queue of ready-made frames. A client that falls a whole queue behind is
/// dropped, as the exchange drops slow consumers.
/// </summary>
internal sealed class FeedConnection
{
    private const int MaxFrameBytes = 64 * 1024;
    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(5);

    private readonly HttpContext _context;
    private readonly System.Net.WebSockets.WebSocket _socket;
    private readonly Channel<ReadOnlyMemory<byte>> _outbound;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _stop;
    private readonly ConcurrentQueue<Burst> _bursts = new();
    private readonly Lock _subscriptionGate = new();
    private volatile HashSet<(string Channel, string ProductId)> _subscriptions = [];
    private int _closing;

    public FeedConnection(long id, HttpContext context, System.Net.WebSockets.WebSocket socket, int queueCapacity)
    {
        Id = id;
        _context = context;
        _socket = socket;
        _outbound = Channel.CreateBounded<ReadOnlyMemory<byte>>(new BoundedChannelOptions(queueCapacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
    }

    public long Id { get; }

    /// <summary>Cancelled when the connection ends.</summary>
    public CancellationToken Stopping => _stop.Token;

    /// <summary>The user the last authenticated subscribe proved to be, or null.</summary>
    public SandboxUser? User { get; set; }

    /// <summary>Whether a subscribe has been accepted (the subscribe deadline is then met).</summary>
    public bool HasSubscribed { get; set; }

    /// <summary>The current subscriptions as (channel, product) pairs; never mutated once published.</summary>
    public IReadOnlySet<(string Channel, string ProductId)> Subscriptions => _subscriptions;

    /// <summary>Whether the connection wants a channel's messages for a product.</summary>
    public bool IsSubscribed(string channel, string productId) => _subscriptions.Contains((channel, productId));

    /// <summary>Whether the connection subscribed to a channel for any product.</summary>
    public bool IsSubscribed(string channel) => _subscriptions.Any(pair => pair.Channel == channel);

    /// <summary>Replaces the subscription set (copy on write, so readers never lock).</summary>
    public void UpdateSubscriptions(Func<HashSet<(string Channel, string ProductId)>, bool> change)
    {
        lock (_subscriptionGate)
        {
            var next = new HashSet<(string Channel, string ProductId)>(_subscriptions);
            if (change(next))
            {
                _subscriptions = next;
            }
        }
    }

    /// <summary>Queues a frame; a full queue means a slow consumer, which is dropped.</summary>
    public void Send(ReadOnlyMemory<byte> frame)
    {
        if (!_outbound.Writer.TryWrite(frame) && Volatile.Read(ref _closing) == 0)
        {
            Abort();
        }
    }

    /// <summary>
    /// Sends <paramref name="count"/> generated frames as fast as the socket takes them, between
    /// the queued ones. Completes when the last one has been written (or the connection ended).
    /// </summary>
    public Task EnqueueBurst(int count, Func<long, byte[]> frame)
    {
        var burst = new Burst(count, frame);
        _bursts.Enqueue(burst);
        _outbound.Writer.TryWrite(ReadOnlyMemory<byte>.Empty); // wakes the send loop
        if (_stop.IsCancellationRequested)
        {
            burst.Done.TrySetResult();
        }

        return burst.Done.Task;
    }

    /// <summary>Runs the connection until it ends (or <paramref name="cancellationToken"/> ends it); frames received go to <paramref name="onFrame"/>.</summary>
    public async Task RunAsync(Func<FeedConnection, ReadOnlyMemory<byte>, CancellationToken, Task> onFrame, CancellationToken cancellationToken)
    {
        await using var registration = cancellationToken.Register(() => _stop.Cancel()).ConfigureAwait(false);
        var sending = SendLoopAsync(_stop.Token);
        try
        {
            await ReceiveLoopAsync(onFrame, _stop.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException or ConnectionAbortedException)
        {
            // The client went away or the connection was aborted: nothing more to do.
        }
        finally
        {
            Interlocked.Exchange(ref _closing, 1);
            await _stop.CancelAsync().ConfigureAwait(false);
            _outbound.Writer.TryComplete();
            try
            {
                await sending.ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
            {
                // The send loop stops with the connection.
            }

            while (_bursts.TryDequeue(out var burst))
            {
                burst.Done.TrySetResult();
            }
        }
    }

    /// <summary>Drops the TCP connection without a close frame.</summary>
    public void Abort()
    {
        Interlocked.Exchange(ref _closing, 1);
        try
        {
            _context.Abort();
            _stop.Cancel();
        }
        catch (Exception ex) when (ex is ObjectDisposedException or InvalidOperationException)
        {
            // The connection had already ended.
        }
    }

    /// <summary>Sends a close frame (after any frame already being sent), then ends the connection.</summary>
    public async Task CloseAsync(WebSocketCloseStatus status, string reason, ReadOnlyMemory<byte> lastFrame, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _closing, 1) != 0)
        {
            return;
        }

        try
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token, cancellationToken);
            await _sendLock.WaitAsync(linked.Token).ConfigureAwait(false);
            try
            {
                if (!lastFrame.IsEmpty)
                {
                    await _socket.SendAsync(lastFrame, WebSocketMessageType.Text, true, linked.Token).ConfigureAwait(false);
                }

                await _socket.CloseOutputAsync(status, reason, linked.Token).ConfigureAwait(false);
            }
            finally
            {
                _sendLock.Release();
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
        {
            return;
        }

        // The client should answer the close; if it does not, the connection is dropped.
        _stop.CancelAfter(CloseHandshakeTimeout);
    }

    private async Task ReceiveLoopAsync(Func<FeedConnection, ReadOnlyMemory<byte>, CancellationToken, Task> onFrame, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        while (!cancellationToken.IsCancellationRequested)
        {
            var result = await _socket.ReceiveAsync(buffer.GetMemory(4096), cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                if (_socket.State == WebSocketState.CloseReceived)
                {
                    Interlocked.Exchange(ref _closing, 1);
                    await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
                    try
                    {
                        await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", cancellationToken).ConfigureAwait(false);
                    }
                    finally
                    {
                        _sendLock.Release();
                    }
                }

                return;
            }

            buffer.Advance(result.Count);
            if (buffer.WrittenCount > MaxFrameBytes)
            {
                await CloseAsync(WebSocketCloseStatus.MessageTooBig, "Message too big", default, cancellationToken).ConfigureAwait(false);
                return;
            }

            if (result.EndOfMessage)
            {
                await onFrame(this, buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
                buffer.ResetWrittenCount();
            }
        }
    }

    private async Task SendLoopAsync(CancellationToken cancellationToken)
    {
        var reader = _outbound.Reader;
        while (true)
        {
            while (reader.TryRead(out var frame))
            {
                if (!frame.IsEmpty)
                {
                    await SendFrameAsync(frame, cancellationToken).ConfigureAwait(false);
                }
            }

            if (_bursts.TryPeek(out var burst))
            {
                if (burst.TryNext(out byte[]? generated))
                {
                    await SendFrameAsync(generated, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    _bursts.TryDequeue(out _);
                    burst.Done.TrySetResult();
                }

                continue;
            }

            if (!await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return;
            }
        }
    }

    private async Task SendFrameAsync(ReadOnlyMemory<byte> frame, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                await _socket.SendAsync(frame, WebSocketMessageType.Text, true, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>A run of generated frames being streamed to this connection.</summary>
    private sealed class Burst(int count, Func<long, byte[]> frame)
    {
        private long _sent;

        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool TryNext(out byte[]? generated)
        {
            if (_sent >= count)
            {
                generated = null;
                return false;
            }

            generated = frame(++_sent);
            return true;
        }
    }
}
