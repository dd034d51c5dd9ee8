using System.Text.Json;
using System.Text.Json.Serialization;
using CoPrA.WebSocket;

namespace CoPrA.AdvancedTrade;

/// <summary>
/// Reads a <see cref="FeedTicker"/> member by member with a <see cref="FeedObjectReader"/>: tickers are the busiest messages of the feed,
/// and the generated reader boxes every member of an init-only record (a measured cost, docs/performance.md).
/// </summary>
internal sealed class FeedTickerConverter : JsonConverter<FeedTicker>
{
    public override FeedTicker Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        FeedRecordMembers.Scan(ref reader, ReadTicker);

    /// <summary>Reads one ticker from its opening brace.</summary>
    public static FeedTicker ReadTicker(ref FeedObjectReader json)
    {
        json.StartObject("ticker");
        string? type = null;
        string productId = "";
        decimal price = 0;
        decimal? volume24H = null, low24H = null, high24H = null, low52W = null, high52W = null, change24H = null;
        decimal? bestBid = null, bestAsk = null, bestBidQuantity = null, bestAskQuantity = null;
        Dictionary<string, JsonElement>? extensionData = null;
        while (json.NextMember())
        {
            switch (json.NameLength)
            {
                case 4 when json.Is("type"u8): type = json.PooledString(); break;
                case 5 when json.Is("price"u8): price = json.Decimal(); break;
                case 8 when json.Is("low_24_h"u8): low24H = json.OptionalDecimal(); break;
                case 8 when json.Is("low_52_w"u8): low52W = json.OptionalDecimal(); break;
                case 8 when json.Is("best_bid"u8): bestBid = json.OptionalDecimal(); break;
                case 8 when json.Is("best_ask"u8): bestAsk = json.OptionalDecimal(); break;
                case 9 when json.Is("high_24_h"u8): high24H = json.OptionalDecimal(); break;
                case 9 when json.Is("high_52_w"u8): high52W = json.OptionalDecimal(); break;
                case 10 when json.Is("product_id"u8): productId = json.PooledString(); break;
                case 11 when json.Is("volume_24_h"u8): volume24H = json.OptionalDecimal(); break;
                case 17 when json.Is("best_bid_quantity"u8): bestBidQuantity = json.OptionalDecimal(); break;
                case 17 when json.Is("best_ask_quantity"u8): bestAskQuantity = json.OptionalDecimal(); break;
                case 22 when json.Is("price_percent_chg_24_h"u8): change24H = json.OptionalDecimal(); break;
                default: json.KeepUnknown(ref extensionData); break;
            }
        }

        return new FeedTicker
        {
            Type = type,
            ProductId = productId,
            Price = price,
            Volume24H = volume24H,
            Low24H = low24H,
            High24H = high24H,
            Low52W = low52W,
            High52W = high52W,
            PricePercentChange24H = change24H,
            BestBid = bestBid,
            BestAsk = bestAsk,
            BestBidQuantity = bestBidQuantity,
            BestAskQuantity = bestAskQuantity,
            ExtensionData = extensionData,
        };
    }

    public override void Write(Utf8JsonWriter writer, FeedTicker value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        FeedRecordMembers.WriteString(writer, "type", value.Type);
        writer.WriteString("product_id", value.ProductId);
        FeedRecordMembers.WriteDecimal(writer, "price", value.Price);
        FeedRecordMembers.WriteDecimal(writer, "volume_24_h", value.Volume24H);
        FeedRecordMembers.WriteDecimal(writer, "low_24_h", value.Low24H);
        FeedRecordMembers.WriteDecimal(writer, "high_24_h", value.High24H);
        FeedRecordMembers.WriteDecimal(writer, "low_52_w", value.Low52W);
        FeedRecordMembers.WriteDecimal(writer, "high_52_w", value.High52W);
        FeedRecordMembers.WriteDecimal(writer, "price_percent_chg_24_h", value.PricePercentChange24H);
        FeedRecordMembers.WriteDecimal(writer, "best_bid", value.BestBid);
        FeedRecordMembers.WriteDecimal(writer, "best_ask", value.BestAsk);
        FeedRecordMembers.WriteDecimal(writer, "best_bid_quantity", value.BestBidQuantity);
        FeedRecordMembers.WriteDecimal(writer, "best_ask_quantity", value.BestAskQuantity);
        FeedRecordMembers.End(writer, value);
    }
}
