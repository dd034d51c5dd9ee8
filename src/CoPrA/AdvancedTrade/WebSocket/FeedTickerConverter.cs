using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoPrA.AdvancedTrade;

/// <summary>
/// Reads a <see cref="FeedTicker"/> member by member: tickers are the busiest messages of the feed,
/// and the generated reader boxes every member of an init-only record (a measured cost, docs/performance.md).
/// </summary>
internal sealed class FeedTickerConverter : JsonConverter<FeedTicker>
{
    public override FeedTicker Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        FeedRecordMembers.Start(ref reader, "ticker");
        string? type = null;
        string productId = "";
        decimal price = 0;
        decimal? volume24H = null, low24H = null, high24H = null, low52W = null, high52W = null, change24H = null;
        decimal? bestBid = null, bestAsk = null, bestBidQuantity = null, bestAskQuantity = null;
        Dictionary<string, JsonElement>? extensionData = null;
        while (FeedRecordMembers.NextMember(ref reader))
        {
            switch (FeedRecordMembers.NameLength(ref reader))
            {
                case 4 when reader.ValueTextEquals("type"u8): type = FeedRecordMembers.PooledString(ref reader); break;
                case 5 when reader.ValueTextEquals("price"u8): price = FeedRecordMembers.Decimal(ref reader); break;
                case 8 when reader.ValueTextEquals("low_24_h"u8): low24H = FeedRecordMembers.OptionalDecimal(ref reader); break;
                case 8 when reader.ValueTextEquals("low_52_w"u8): low52W = FeedRecordMembers.OptionalDecimal(ref reader); break;
                case 8 when reader.ValueTextEquals("best_bid"u8): bestBid = FeedRecordMembers.OptionalDecimal(ref reader); break;
                case 8 when reader.ValueTextEquals("best_ask"u8): bestAsk = FeedRecordMembers.OptionalDecimal(ref reader); break;
                case 9 when reader.ValueTextEquals("high_24_h"u8): high24H = FeedRecordMembers.OptionalDecimal(ref reader); break;
                case 9 when reader.ValueTextEquals("high_52_w"u8): high52W = FeedRecordMembers.OptionalDecimal(ref reader); break;
                case 10 when reader.ValueTextEquals("product_id"u8): productId = FeedRecordMembers.PooledString(ref reader); break;
                case 11 when reader.ValueTextEquals("volume_24_h"u8): volume24H = FeedRecordMembers.OptionalDecimal(ref reader); break;
                case 17 when reader.ValueTextEquals("best_bid_quantity"u8): bestBidQuantity = FeedRecordMembers.OptionalDecimal(ref reader); break;
                case 17 when reader.ValueTextEquals("best_ask_quantity"u8): bestAskQuantity = FeedRecordMembers.OptionalDecimal(ref reader); break;
                case 22 when reader.ValueTextEquals("price_percent_chg_24_h"u8): change24H = FeedRecordMembers.OptionalDecimal(ref reader); break;
                default: FeedRecordMembers.KeepUnknown(ref reader, ref extensionData); break;
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
