using System.Text.Json;
using System.Text.Json.Serialization;
using CoPrA.WebSocket;

namespace CoPrA.AdvancedTrade;

/// <summary>Reads a <see cref="TickerEvent"/> member by member, its tickers with <see cref="FeedTickerConverter"/>.</summary>
internal sealed class TickerEventConverter : JsonConverter<TickerEvent>
{
    private static readonly FeedTickerConverter Tickers = new();

    public override TickerEvent Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        FeedRecordMembers.Scan(ref reader, ReadEvent);

    /// <summary>Reads one event from its opening brace.</summary>
    public static TickerEvent ReadEvent(ref FeedObjectReader json)
    {
        json.StartObject("ticker event");
        string type = "";
        List<FeedTicker>? tickers = null;
        Dictionary<string, JsonElement>? extensionData = null;
        while (json.NextMember())
        {
            switch (json.NameLength)
            {
                case 4 when json.Is("type"u8): type = json.PooledString(); break;
                case 7 when json.Is("tickers"u8): tickers = FeedRecordMembers.List(ref json, FeedTickerConverter.ReadTicker, "tickers"); break;
                default: json.KeepUnknown(ref extensionData); break;
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
internal sealed class TickerMessageConverter() : AdvancedTradeFeedMessageConverter<TickerEvent>(new TickerEventConverter(), TickerEventConverter.ReadEvent);
