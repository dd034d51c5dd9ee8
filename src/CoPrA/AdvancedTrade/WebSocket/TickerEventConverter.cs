using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoPrA.AdvancedTrade;

/// <summary>Reads a <see cref="TickerEvent"/> member by member, its tickers with <see cref="FeedTickerConverter"/>.</summary>
internal sealed class TickerEventConverter : JsonConverter<TickerEvent>
{
    private static readonly FeedTickerConverter Tickers = new();

    public override TickerEvent Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        FeedRecordMembers.Start(ref reader, "ticker event");
        string type = "";
        List<FeedTicker>? tickers = null;
        Dictionary<string, JsonElement>? extensionData = null;
        while (FeedRecordMembers.NextMember(ref reader))
        {
            if (reader.ValueTextEquals("type"u8))
            {
                type = FeedRecordMembers.PooledString(ref reader);
            }
            else if (reader.ValueTextEquals("tickers"u8))
            {
                tickers = FeedRecordMembers.List(ref reader, Tickers, options);
            }
            else
            {
                FeedRecordMembers.KeepUnknown(ref reader, ref extensionData);
            }
        }

        return new TickerEvent { Type = type, Tickers = tickers ?? [], ExtensionData = extensionData };
    }

    public override void Write(Utf8JsonWriter writer, TickerEvent value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("type", value.Type);
        FeedRecordMembers.WriteList(writer, "tickers", value.Tickers, Tickers, options);
        FeedRecordMembers.End(writer, value);
    }
}

/// <summary>Reads <c>ticker</c> and <c>ticker_batch</c> messages in one pass.</summary>
internal sealed class TickerMessageConverter() : AdvancedTradeFeedMessageConverter<TickerEvent>(new TickerEventConverter());
