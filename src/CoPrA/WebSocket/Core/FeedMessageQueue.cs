using System.Threading.Channels;
using Queues = System.Threading.Channels.Channel;

namespace CoPrA.WebSocket;

/// <summary>
/// The bounded queue behind <see cref="WebSocketClient.ReadAllAsync"/>. When the reader falls
/// behind and the queue is full, either the oldest message is dropped (never the connection, never
/// the newest data) and handed to <c>onDropped</c>, or the writer waits for room.
/// </summary>
internal sealed class FeedMessageQueue<TMessage>
    where TMessage : class
{
    private readonly Channel<TMessage> _channel;
    private readonly bool _wait;
    private volatile bool _closed;

    /// <summary>Creates the queue.</summary>
    /// <param name="capacity">Messages held at most.</param>
    /// <param name="fullMode">Drop the oldest message or wait when full.</param>
    /// <param name="onDropped">Called with each message dropped, from inside the write that dropped it.</param>
    public FeedMessageQueue(int capacity, FeedQueueFullMode fullMode, Action<TMessage> onDropped)
    {
        _wait = fullMode == FeedQueueFullMode.Wait;
        _channel = Queues.CreateBounded<TMessage>(
            new BoundedChannelOptions(capacity)
            {
                FullMode = _wait ? BoundedChannelFullMode.Wait : BoundedChannelFullMode.DropOldest,
                SingleWriter = true,
                AllowSynchronousContinuations = false,
            },
            onDropped);
    }

    /// <summary>Whether <see cref="Complete"/> was called: the queue takes no more messages.</summary>
    public bool IsClosed => _closed;

    /// <summary>The reader side.</summary>
    public ChannelReader<TMessage> Reader => _channel.Reader;

    /// <summary>Queues a message: at once when there is room or the oldest is dropped, else (Wait) once the reader has made room.</summary>
    public ValueTask WriteAsync(TMessage message, CancellationToken cancellationToken) =>
        _channel.Writer.TryWrite(message) || !_wait ? ValueTask.CompletedTask : WaitForRoomAsync(message, cancellationToken);

    /// <summary>Ends the queue: readers finish once they have read what is left.</summary>
    public void Complete()
    {
        _closed = true;
        _channel.Writer.TryComplete();
    }

    private async ValueTask WaitForRoomAsync(TMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await _channel.Writer.WriteAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (ChannelClosedException)
        {
            // The client stopped while waiting: nobody reads any more.
        }
    }
}
