using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CoPrA.Sandbox.Catalog;
using CoPrA.Sandbox.Engine;
using CoPrA.Sandbox.Json;
using CoPrA.Sandbox.Rest.Wire;

namespace CoPrA.Sandbox.Feed;

/// <summary>Builds the feed's messages as UTF-8 JSON frames, serialised once and shared by every connection.</summary>
internal static class FeedFrames
{
    public static byte[] Serialize<T>(T message, JsonTypeInfo<T> typeInfo) => JsonSerializer.SerializeToUtf8Bytes(message, typeInfo);

    public static byte[] Error(string message, string? reason) => Serialize(new ErrorMessage(message, reason), SandboxJsonContext.Default.ErrorMessage);

    public static byte[] Subscriptions(IReadOnlySet<(string Channel, string ProductId)> subscriptions, IReadOnlyList<string> channelOrder)
    {
        var channels = subscriptions
            .GroupBy(pair => pair.Channel)
            .OrderBy(group => IndexOf(channelOrder, group.Key))
            .Select(group => new ChannelSubscription(group.Key, [.. group.Select(pair => pair.ProductId).Where(id => id.Length > 0).Order(StringComparer.Ordinal)]))
            .ToList();
        return Serialize(new SubscriptionsMessage(channels), SandboxJsonContext.Default.SubscriptionsMessage);
    }

    public static byte[] Heartbeat(ProductMarket market, DateTimeOffset time) =>
        Serialize(new HeartbeatMessage(market.Sequence, market.History.LastTradeId, market.Product.Id, time), SandboxJsonContext.Default.HeartbeatMessage);

    /// <summary>The ticker for the latest trade, or null before the first trade. Call under the product's lock.</summary>
    public static byte[]? Ticker(ProductMarket market, long sequence, Side takerSide, DateTimeOffset now)
    {
        if (market.History.Last is not { } last)
        {
            return null;
        }

        var stats = market.History.Stats(now);
        var bid = market.Book.Best(Side.Buy);
        var ask = market.Book.Best(Side.Sell);
        return Serialize(new TickerMessage
        {
            Sequence = sequence,
            ProductId = market.Product.Id,
            Price = last.Price,
            Open24H = stats.Open ?? last.Price,
            Volume24H = stats.Volume ?? 0m,
            Low24H = stats.Low ?? last.Price,
            High24H = stats.High ?? last.Price,
            Volume30D = stats.Volume30Day ?? 0m,
            BestBid = bid?.Price,
            BestBidSize = bid?.Size,
            BestAsk = ask?.Price,
            BestAskSize = ask?.Size,
            Side = WireNames.Of(takerSide),
            Time = last.Time,
            TradeId = last.TradeId,
            LastSize = last.Size,
        }, SandboxJsonContext.Default.TickerMessage);
    }

    /// <summary>The whole book as a level-2 snapshot. Call under the product's lock.</summary>
    public static byte[] Snapshot(ProductMarket market) =>
        Serialize(
            new L2SnapshotMessage(market.Product.Id, Rows(market.Book.Levels(Side.Buy)), Rows(market.Book.Levels(Side.Sell))),
            SandboxJsonContext.Default.L2SnapshotMessage);

    public static byte[] L2Update(string productId, IEnumerable<BookChange> changes, DateTimeOffset time) =>
        Serialize(
            new L2UpdateMessage(productId, time, [.. changes.Select(change => new[] { WireNames.Of(change.Side), Amount(change.Price), Amount(change.Size) })]),
            SandboxJsonContext.Default.L2UpdateMessage);

    /// <summary>The status channel's message: <c>{"type":"status","products":[...],"currencies":[...]}</c>.</summary>
    public static byte[] Status(IReadOnlyList<SandboxProduct> products, IReadOnlyList<Currency> currencies)
    {
        var buffer = new ArrayBufferWriter<byte>(8192);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "status");
            writer.WritePropertyName("products");
            writer.WriteArray(products, MarketDataWire.Product);
            writer.WritePropertyName("currencies");
            writer.WriteArray(currencies, MarketDataWire.Currency);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static byte[] Order(OrderMessage message) => Serialize(message, SandboxJsonContext.Default.OrderMessage);

    /// <summary>Unix seconds with microseconds, as the activate message's <c>timestamp</c>.</summary>
    public static string UnixSeconds(DateTimeOffset time) =>
        ((time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / (decimal)TimeSpan.TicksPerSecond).ToString("0.000000", CultureInfo.InvariantCulture);

    private static List<string[]> Rows(IEnumerable<PriceLevel> levels) => [.. levels.Select(level => new[] { Amount(level.Price), Amount(level.Size) })];

    private static string Amount(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static int IndexOf(IReadOnlyList<string> order, string name)
    {
        for (int i = 0; i < order.Count; i++)
        {
            if (order[i] == name)
            {
                return i;
            }
        }

        return order.Count;
    }
}
