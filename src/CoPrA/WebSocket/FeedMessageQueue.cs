using System.Threading.Channels;
using Queues = System.Threading.Channels.Channel;

namespace CoPrA.WebSocket;

/// <summary>
/// The bounded queue behind <see cref="WebSocketClient.ReadAllAsync"/>. When the reader falls
/// behind and the queue is full, the oldest message is dropped (never the connection, never the
/// newest data) and counted.
/// </summary>
internal sealed class FeedMessageQueue
{
    private readonly Channel<FeedMessage> _channel;
    private volatile bool _closed;

    /// <summary>Creates the queue.</summary>
    /// <param name="capacity">Messages held at most.</param>
    /// <param name="onDropped">Called once for each message dropped.</param>
    public FeedMessageQueue(int capacity, Action onDropped)
    {
        _channel = Queues.CreateBounded<FeedMessage>(
            new BoundedChannelOptions(capacity)
            {
                FullMode = BoundedChannelFullMode.DropOldest,
                SingleWriter = true,
                AllowSynchronousContinuations = false,
            },
            _ => onDropped());
    }

    /// <summary>Whether <see cref="Complete"/> was called: the queue takes no more messages.</summary>
    public bool IsClosed => _closed;

    /// <summary>The reader side.</summary>
    public ChannelReader<FeedMessage> Reader => _channel.Reader;

    /// <summary>Queues a message, dropping the oldest when full.</summary>
    public void Write(FeedMessage message) => _channel.Writer.TryWrite(message);

    /// <summary>Ends the queue: readers finish once they have read what is left.</summary>
    public void Complete()
    {
        _closed = true;
        _channel.Writer.TryComplete();
    }
}
