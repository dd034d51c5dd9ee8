using System.Text.Json;
using System.Text.Json.Serialization;
using CoPrA.WebSocket;

namespace CoPrA.AdvancedTrade;

/// <summary>Reads a <see cref="Level2Event"/> member by member, its levels with <see cref="Level2UpdateConverter"/>.</summary>
internal sealed class Level2EventConverter : JsonConverter<Level2Event>
{
    private static readonly Level2UpdateConverter Levels = new();

    public override Level2Event Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        FeedRecordMembers.Scan(ref reader, ReadEvent);

    /// <summary>Reads one event from its opening brace.</summary>
    public static Level2Event ReadEvent(ref FeedObjectReader json)
    {
        json.StartObject("level2 event");
        string type = "", productId = "";
        List<Level2Update>? updates = null;
        Dictionary<string, JsonElement>? extensionData = null;
        while (json.NextMember())
        {
            switch (json.NameLength)
            {
                case 4 when json.Is("type"u8): type = json.PooledString(); break;
                case 7 when json.Is("updates"u8): updates = FeedRecordMembers.List(ref json, Level2UpdateConverter.ReadLevel, "level2 updates"); break;
                case 10 when json.Is("product_id"u8): productId = json.PooledString(); break;
                default: json.KeepUnknown(ref extensionData); break;
            }
        }

        return new Level2Event { Type = type, ProductId = productId, Updates = updates ?? [], ExtensionData = extensionData };
    }

    public override void Write(Utf8JsonWriter writer, Level2Event value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("type", value.Type);
        writer.WriteString("product_id", value.ProductId);
        FeedRecordMembers.WriteList(writer, "updates", value.Updates, Levels, options);
        FeedRecordMembers.End(writer, value);
    }
}

/// <summary>Reads <c>l2_data</c> messages in one pass.</summary>
internal sealed class Level2MessageConverter() : AdvancedTradeFeedMessageConverter<Level2Event>(new Level2EventConverter(), Level2EventConverter.ReadEvent);
