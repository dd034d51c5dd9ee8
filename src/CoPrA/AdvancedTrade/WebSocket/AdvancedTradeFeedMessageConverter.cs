using System.Text.Json;
using System.Text.Json.Serialization;
using CoPrA.WebSocket;

namespace CoPrA.AdvancedTrade;

/// <summary>
/// Reads a message of a busy channel (level2, ticker) member by member with a
/// <see cref="FeedObjectReader"/>, its events with <paramref name="readEvent"/>: the generated
/// reader's per-message state and boxed members cost more than the message itself (a measured cost,
/// docs/performance.md). The feed's reader calls <see cref="ReadMembers"/> on the frame directly.
/// </summary>
/// <typeparam name="TEvent">The channel's event type.</typeparam>
/// <param name="events">Writes one event.</param>
/// <param name="readEvent">Reads one event from its opening brace.</param>
internal abstract class AdvancedTradeFeedMessageConverter<TEvent>(JsonConverter<TEvent> events, ObjectRead<TEvent> readEvent) : JsonConverter<AdvancedTradeFeedMessage<TEvent>>
    where TEvent : AdvancedTradeFeedEvent
{
    public override AdvancedTradeFeedMessage<TEvent> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        FeedRecordMembers.Scan(ref reader, (ref json) =>
        {
            json.StartObject("feed message");
            return ReadMembers(ref json, "");
        });

    /// <summary>
    /// Reads the message's members up to its closing brace: all of them, or those after a leading
    /// <c>channel</c> the caller has read (then <paramref name="channel"/>).
    /// </summary>
    public AdvancedTradeFeedMessage<TEvent> ReadMembers(ref FeedObjectReader json, string channel)
    {
        string clientId = "";
        DateTimeOffset? timestamp = null;
        long? sequenceNum = null;
        List<TEvent>? list = null;
        Dictionary<string, JsonElement>? extensionData = null;
        while (json.NextMember())
        {
            switch (json.NameLength)
            {
                case 6 when json.Is("events"u8): list = FeedRecordMembers.List(ref json, readEvent, "events"); break;
                case 7 when json.Is("channel"u8): channel = json.PooledString(); break;
                case 9 when json.Is("client_id"u8): clientId = json.PooledString(); break;
                case 9 when json.Is("timestamp"u8): timestamp = json.LenientTime(); break;
                case 12 when json.Is("sequence_num"u8): sequenceNum = FeedRecordMembers.OptionalInt64(ref json); break;
                default: json.KeepUnknown(ref extensionData); break;
            }
        }

        return new AdvancedTradeFeedMessage<TEvent>
        {
            Channel = channel,
            ClientId = clientId,
            Timestamp = timestamp,
            SequenceNum = sequenceNum,
            Events = list ?? [],
            ExtensionData = extensionData,
        };
    }

    public override void Write(Utf8JsonWriter writer, AdvancedTradeFeedMessage<TEvent> value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("channel", value.Channel);
        writer.WriteString("client_id", value.ClientId);
        if (value.Timestamp is { } timestamp)
        {
            writer.WriteString("timestamp", JsonFormat.Timestamp(timestamp));
        }

        if (value.SequenceNum is { } sequenceNum)
        {
            writer.WriteNumber("sequence_num", sequenceNum);
        }

        FeedRecordMembers.WriteList(writer, "events", value.Events, events, options);
        FeedRecordMembers.End(writer, value);
    }
}
