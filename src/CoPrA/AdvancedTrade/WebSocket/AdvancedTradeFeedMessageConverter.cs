using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoPrA.AdvancedTrade;

/// <summary>
/// Reads a message of a busy channel (level2, ticker) member by member, its events with
/// <paramref name="events"/>: the generated reader's per-message state and boxed members cost
/// more than the message itself (a measured cost, docs/performance.md).
/// </summary>
/// <typeparam name="TEvent">The channel's event type.</typeparam>
/// <param name="events">Reads and writes one event.</param>
internal abstract class AdvancedTradeFeedMessageConverter<TEvent>(JsonConverter<TEvent> events) : JsonConverter<AdvancedTradeFeedMessage<TEvent>>
    where TEvent : AdvancedTradeFeedEvent
{
    public override AdvancedTradeFeedMessage<TEvent> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        FeedRecordMembers.Start(ref reader, "feed message");
        string channel = "", clientId = "";
        DateTimeOffset? timestamp = null;
        long? sequenceNum = null;
        List<TEvent>? list = null;
        Dictionary<string, JsonElement>? extensionData = null;
        while (FeedRecordMembers.NextMember(ref reader))
        {
            switch (FeedRecordMembers.NameLength(ref reader))
            {
                case 6 when reader.ValueTextEquals("events"u8): list = FeedRecordMembers.List(ref reader, events, options); break;
                case 7 when reader.ValueTextEquals("channel"u8): channel = FeedRecordMembers.PooledString(ref reader); break;
                case 9 when reader.ValueTextEquals("client_id"u8): clientId = FeedRecordMembers.PooledString(ref reader); break;
                case 9 when reader.ValueTextEquals("timestamp"u8): timestamp = FeedRecordMembers.Time(ref reader, options); break;
                case 12 when reader.ValueTextEquals("sequence_num"u8): sequenceNum = FeedRecordMembers.OptionalInt64(ref reader); break;
                default: FeedRecordMembers.KeepUnknown(ref reader, ref extensionData); break;
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
