using System.Text.Json;
using System.Text.Json.Serialization;
using CoPrA.WebSocket;

namespace CoPrA.AdvancedTrade;

/// <summary>
/// Reads a <see cref="Level2Update"/> member by member with a <see cref="FeedObjectReader"/>: a
/// level2 message carries many, and the generated reader boxes every member of an init-only record
/// (a measured cost, docs/performance.md).
/// </summary>
internal sealed class Level2UpdateConverter : JsonConverter<Level2Update>
{
    public override Level2Update Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        FeedRecordMembers.Scan(ref reader, ReadLevel);

    /// <summary>Reads one level from its opening brace.</summary>
    public static Level2Update ReadLevel(ref FeedObjectReader json)
    {
        json.StartObject("level2 update");
        string side = "";
        DateTimeOffset? eventTime = null;
        decimal priceLevel = 0, newQuantity = 0;
        Dictionary<string, JsonElement>? extensionData = null;
        while (json.NextMember())
        {
            switch (json.NameLength)
            {
                case 4 when json.Is("side"u8): side = json.PooledString(); break;
                case 10 when json.Is("event_time"u8): eventTime = json.LenientTime(); break;
                case 11 when json.Is("price_level"u8): priceLevel = json.Decimal(); break;
                case 12 when json.Is("new_quantity"u8): newQuantity = json.Decimal(); break;
                default: json.KeepUnknown(ref extensionData); break;
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
