namespace CoPrA.WebSocket;

/// <summary>
/// Reads a <see cref="TickerMessage"/> by hand in one pass: tickers are the busiest messages of the
/// feed, and this is several times faster than the generated reader (see docs/performance.md).
/// Members are tested in the order the exchange sends them.
/// </summary>
internal static class TickerReader
{
    /// <summary>The message type this reader reads.</summary>
    public const string Type = "ticker";

    /// <summary>Reads the members after <c>type</c>, or all of them (a repeated <c>type</c> is skipped).</summary>
    public static TickerMessage Read(ref FeedObjectReader json)
    {
        string productId = "";
        long sequence = 0;
        long? tradeId = null;
        decimal price = 0, open24h = 0, volume24h = 0, low24h = 0, high24h = 0, volume30d = 0;
        decimal bestBid = 0, bestBidSize = 0, bestAsk = 0, bestAskSize = 0;
        decimal? lastSize = null;
        Side side = default;
        DateTimeOffset? time = null;
        while (json.NextMember())
        {
            switch (json.NameLength)
            {
                case 4 when json.Is("type"u8): json.SkipValue(); break;
                case 4 when json.Is("side"u8): side = json.Side(); break;
                case 4 when json.Is("time"u8): time = json.OptionalTime(); break;
                case 5 when json.Is("price"u8): price = json.Decimal(); break;
                case 7 when json.Is("low_24h"u8): low24h = json.DecimalOrZero(); break;
                case 8 when json.Is("sequence"u8): sequence = json.Int64(); break;
                case 8 when json.Is("open_24h"u8): open24h = json.DecimalOrZero(); break;
                case 8 when json.Is("high_24h"u8): high24h = json.DecimalOrZero(); break;
                case 8 when json.Is("best_bid"u8): bestBid = json.DecimalOrZero(); break;
                case 8 when json.Is("best_ask"u8): bestAsk = json.DecimalOrZero(); break;
                case 8 when json.Is("trade_id"u8): tradeId = json.OptionalInt64(); break;
                case 9 when json.Is("last_size"u8): lastSize = json.OptionalDecimal(); break;
                case 10 when json.Is("product_id"u8): productId = json.PooledString(); break;
                case 10 when json.Is("volume_24h"u8): volume24h = json.DecimalOrZero(); break;
                case 10 when json.Is("volume_30d"u8): volume30d = json.DecimalOrZero(); break;
                case 13 when json.Is("best_bid_size"u8): bestBidSize = json.DecimalOrZero(); break;
                case 13 when json.Is("best_ask_size"u8): bestAskSize = json.DecimalOrZero(); break;
                default: json.KeepUnknown(); break;
            }
        }

        json.EndOfMessage();
        return new TickerMessage
        {
            Type = Type,
            ProductId = productId,
            Sequence = sequence,
            Price = price,
            Open24h = open24h,
            Volume24h = volume24h,
            Low24h = low24h,
            High24h = high24h,
            Volume30d = volume30d,
            BestBid = bestBid,
            BestBidSize = bestBidSize,
            BestAsk = bestAsk,
            BestAskSize = bestAskSize,
            Side = side,
            Time = time,
            TradeId = tradeId,
            LastSize = lastSize,
            ExtensionData = json.ExtensionData,
        };
    }
}
