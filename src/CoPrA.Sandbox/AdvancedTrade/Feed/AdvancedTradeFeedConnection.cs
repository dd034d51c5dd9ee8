using System.Buffers;
using System.Text.Json;
using CoPrA.Sandbox.Feed;

namespace CoPrA.Sandbox.AdvancedTrade.Feed;

/// <summary>
/// One client of the Advanced Trade feed: the Exchange feed's connection (receive loop, bounded send
/// queue, slow-consumer drop) plus the envelope every message travels in, whose <c>sequence_num</c>
/// counts from 0 per connection across all channels. Numbers are taken and frames queued under one
/// lock, so that the queue holds them in order.
/// </summary>
internal sealed class AdvancedTradeFeedConnection
{
    private readonly Lock _sendGate = new();
    private long _nextSequence;
    private int _skipNext;
    private long _heartbeatCounter;

    public AdvancedTradeFeedConnection(FeedConnection inner, bool userEndpoint)
    {
        Inner = inner;
        UserEndpoint = userEndpoint;
    }

    /// <summary>The socket, queue and subscription set.</summary>
    public FeedConnection Inner { get; }

    /// <summary>Whether this is the user-data endpoint (heartbeats, user and futures_balance_summary only).</summary>
    public bool UserEndpoint { get; }

    public long Id => Inner.Id;

    /// <summary>Makes the next message skip one sequence number, to provoke a gap.</summary>
    public void SkipNextSequenceNumber() => Interlocked.Exchange(ref _skipNext, 1);

    /// <summary>The next heartbeat_counter of this connection, from 0.</summary>
    public long NextHeartbeatCounter() => Interlocked.Increment(ref _heartbeatCounter) - 1;

    /// <summary>Queues one message: the envelope around ready-made <c>events</c> (a JSON array).</summary>
    public void Send(string channel, DateTimeOffset timestamp, ReadOnlyMemory<byte> events)
    {
        lock (_sendGate)
        {
            if (Interlocked.Exchange(ref _skipNext, 0) == 1)
            {
                _nextSequence++;
            }

            Inner.Send(Envelope(channel, timestamp, _nextSequence++, events.Span));
        }
    }

    /// <summary>Queues an error object; errors are outside the sequence.</summary>
    public void SendError(string message, string? reason) => Inner.Send(AdvancedTradeFeedJson.Error(message, reason));

    private static byte[] Envelope(string channel, DateTimeOffset timestamp, long sequence, ReadOnlySpan<byte> events)
    {
        var buffer = new ArrayBufferWriter<byte>(events.Length + 160);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("channel", channel);
            writer.WriteString("client_id", "");
            writer.WriteTime("timestamp", timestamp);
            writer.WriteNumber("sequence_num", sequence);
            writer.WritePropertyName("events");
            writer.WriteRawValue(events, skipInputValidation: true);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
