using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoPrA.AdvancedTrade;

/// <summary>
/// Reads a <see cref="Level2Update"/> member by member: a level2 message carries many, and the
/// generated reader boxes every member of an init-only record (a measured cost, docs/performance.md).
/// </summary>
internal sealed class Level2UpdateConverter : JsonConverter<Level2Update>
{
    public override Level2Update Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        FeedRecordMembers.Start(ref reader, "level2 update");
        string side = "";
        DateTimeOffset? eventTime = null;
        decimal priceLevel = 0, newQuantity = 0;
        Dictionary<string, JsonElement>? extensionData = null;
        while (FeedRecordMembers.NextMember(ref reader))
        {
            if (reader.ValueTextEquals("side"u8))
            {
                side = FeedRecordMembers.PooledString(ref reader);
            }
            else if (reader.ValueTextEquals("event_time"u8))
            {
                eventTime = FeedRecordMembers.Time(ref reader, options);
            }
            else if (reader.ValueTextEquals("price_level"u8))
            {
                priceLevel = FeedRecordMembers.Decimal(ref reader);
            }
            else if (reader.ValueTextEquals("new_quantity"u8))
            {
                newQuantity = FeedRecordMembers.Decimal(ref reader);
            }
            else
            {
                FeedRecordMembers.KeepUnknown(ref reader, ref extensionData);
            }
        }

        return new Level2Update { Side = side, EventTime = eventTime, PriceLevel = priceLevel, NewQuantity = newQuantity, ExtensionData = extensionData };
    }

    public override void Write(Utf8JsonWriter writer, Level2Update value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("side", value.Side);
        if (value.EventTime is { } eventTime)
        {
            writer.WriteString("event_time", JsonFormat.Timestamp(eventTime));
        }

        FeedRecordMembers.WriteDecimal(writer, "price_level", value.PriceLevel);
        FeedRecordMembers.WriteDecimal(writer, "new_quantity", value.NewQuantity);
        FeedRecordMembers.End(writer, value);
    }
}
