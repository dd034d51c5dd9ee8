using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoPrA.AdvancedTrade;

/// <summary>Reads a <see cref="Level2Event"/> member by member, its levels with <see cref="Level2UpdateConverter"/>.</summary>
internal sealed class Level2EventConverter : JsonConverter<Level2Event>
{
    private static readonly Level2UpdateConverter Levels = new();

    public override Level2Event Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        FeedRecordMembers.Start(ref reader, "level2 event");
        string type = "", productId = "";
        List<Level2Update>? updates = null;
        Dictionary<string, JsonElement>? extensionData = null;
        while (FeedRecordMembers.NextMember(ref reader))
        {
            if (reader.ValueTextEquals("type"u8))
            {
                type = FeedRecordMembers.PooledString(ref reader);
            }
            else if (reader.ValueTextEquals("product_id"u8))
            {
                productId = FeedRecordMembers.PooledString(ref reader);
            }
            else if (reader.ValueTextEquals("updates"u8))
            {
                updates = FeedRecordMembers.List(ref reader, Levels, options);
            }
            else
            {
                FeedRecordMembers.KeepUnknown(ref reader, ref extensionData);
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
internal sealed class Level2MessageConverter() : AdvancedTradeFeedMessageConverter<Level2Event>(new Level2EventConverter());
