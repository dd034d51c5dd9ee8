using System.Buffers;
using System.Globalization;
using System.Text.Json;
using CoPrA.Sandbox.Engine;

namespace CoPrA.Sandbox.AdvancedTrade.Feed;

/// <summary>
/// The Advanced Trade feed's <c>events</c> arrays and error objects, with the sandbox's own
/// <see cref="Utf8JsonWriter"/> code: snake_case, every number a string, times RFC 3339 UTC.
/// Each event is <c>snapshot</c> (the first after subscribing) or <c>update</c>.
/// </summary>
internal static class AdvancedTradeFeedJson
{
    public const string Snapshot = "snapshot";
    public const string Update = "update";

    /// <summary><c>{"type":"error","message":...,"reason":...}</c>.</summary>
    public static byte[] Error(string message, string? reason) => Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("type", "error");
        writer.WriteString("message", message);
        if (reason is not null)
        {
            writer.WriteString("reason", reason);
        }

        writer.WriteEndObject();
    });

    /// <summary>A one-event array: <c>[{...}]</c> with the members <paramref name="members"/> writes.</summary>
    public static byte[] Event(Action<Utf8JsonWriter> members) => Write(writer =>
    {
        writer.WriteStartArray();
        writer.WriteStartObject();
        members(writer);
        writer.WriteEndObject();
        writer.WriteEndArray();
    });

    /// <summary>heartbeats: <c>current_time</c> as Go prints a time, <c>heartbeat_counter</c> as a string.</summary>
    public static byte[] Heartbeat(DateTimeOffset now, long counter) => Event(writer =>
    {
        writer.WriteString("current_time", now.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.fffffff '+0000 UTC'", CultureInfo.InvariantCulture));
        writer.WriteString("heartbeat_counter", counter.ToString(CultureInfo.InvariantCulture));
    });

    /// <summary>candles: the product's current 5-minute candle (none before its first trade).</summary>
    public static byte[] Candles(string type, string productId, Candle? candle) => Event(writer =>
    {
        writer.WriteString("type", type);
        writer.WriteStartArray("candles");
        if (candle is not null)
        {
            writer.WriteStartObject();
            writer.WriteCandleFields(candle);
            writer.WriteString("product_id", productId);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    });

    /// <summary>status: the products with their increments, all online.</summary>
    public static byte[] Status(string type, IEnumerable<ProductMarket> markets) => Event(writer =>
    {
        writer.WriteString("type", type);
        writer.WriteArray("products", markets, (w, market) =>
        {
            var product = market.Product;
            w.WriteStartObject();
            w.WriteString("product_type", "SPOT");
            w.WriteString("id", product.Id);
            w.WriteString("base_currency", product.BaseCurrency);
            w.WriteString("quote_currency", product.QuoteCurrency);
            w.WriteAmount("base_increment", product.BaseIncrement);
            w.WriteAmount("quote_increment", product.QuoteIncrement);
            w.WriteString("display_name", product.DisplayName);
            w.WriteString("status", "online");
            w.WriteString("status_message", "");
            w.WriteAmount("min_market_funds", product.MinMarketFunds);
            w.WriteEndObject();
        });
    });

    /// <summary>
    /// ticker and ticker_batch: last price, 24-hour figures and the top of the book. Call under the
    /// product's lock. The sandbox keeps no year of history: the 52-week low and high are the 24-hour ones.
    /// </summary>
    public static byte[] Ticker(string type, ProductMarket market, DateTimeOffset now)
    {
        var stats = market.History.Stats(now);
        var bid = market.Book.Best(Side.Buy);
        var ask = market.Book.Best(Side.Sell);
        decimal last = market.History.Last?.Price ?? 0m;
        decimal change = stats.Open is { } open && open != 0 ? Math.Round((last - open) / open * 100, 8) : 0m;
        return Event(writer =>
        {
            writer.WriteString("type", type);
            writer.WriteStartArray("tickers");
            writer.WriteStartObject();
            writer.WriteString("type", "ticker");
            writer.WriteString("product_id", market.Product.Id);
            writer.WriteAmount("price", last);
            writer.WriteAmount("volume_24_h", stats.Volume ?? 0m);
            writer.WriteAmount("low_24_h", stats.Low ?? last);
            writer.WriteAmount("high_24_h", stats.High ?? last);
            writer.WriteAmount("low_52_w", stats.Low ?? last);
            writer.WriteAmount("high_52_w", stats.High ?? last);
            writer.WriteAmount("price_percent_chg_24_h", change);
            writer.WriteAmount("best_bid", bid?.Price);
            writer.WriteAmount("best_ask", ask?.Price);
            writer.WriteAmount("best_bid_quantity", bid?.Size);
            writer.WriteAmount("best_ask_quantity", ask?.Size);
            writer.WriteEndObject();
            writer.WriteEndArray();
        });
    }

    /// <summary>l2_data: level changes with the new total size at each price (<c>"0"</c> removes the level).</summary>
    public static byte[] Level2(string type, string productId, IEnumerable<BookChange> changes, DateTimeOffset time) => Event(writer =>
    {
        writer.WriteString("type", type);
        writer.WriteString("product_id", productId);
        writer.WriteArray("updates", changes, (w, change) =>
        {
            w.WriteStartObject();
            w.WriteString("side", change.Side == Side.Buy ? "bid" : "offer");
            w.WriteTime("event_time", time);
            w.WriteAmount("price_level", change.Price);
            w.WriteAmount("new_quantity", change.Size);
            w.WriteEndObject();
        });
    });

    /// <summary>The whole book as level2 snapshot rows, bids best first, then offers best first. Call under the product's lock.</summary>
    public static byte[] Level2Snapshot(ProductMarket market, DateTimeOffset time) => Level2(
        Snapshot,
        market.Product.Id,
        [.. Rows(market.Book, Side.Buy), .. Rows(market.Book, Side.Sell)],
        time);

    /// <summary>market_trades: trades with the taker's side (the engine's trade side is the maker's).</summary>
    public static byte[] MarketTrades(string type, string productId, IEnumerable<Trade> trades) => Event(writer =>
    {
        writer.WriteString("type", type);
        writer.WriteArray("trades", trades, (w, trade) =>
        {
            w.WriteStartObject();
            w.WriteTradeFields(trade, productId);
            w.WriteEndObject();
        });
    });

    /// <summary>futures_balance_summary: the sandbox trades no futures, so every figure is 0.</summary>
    public static byte[] FuturesBalanceSummary(string type) => Event(writer =>
    {
        writer.WriteString("type", type);
        writer.WriteStartObject("fcm_balance_summary");
        foreach (string name in (string[])[
            "futures_buying_power", "total_usd_balance", "cbi_usd_balance", "cfm_usd_balance", "total_open_orders_hold_amount",
            "unrealized_pnl", "daily_realized_pnl", "initial_margin", "available_margin", "liquidation_threshold",
            "liquidation_buffer_amount", "liquidation_buffer_percentage"])
        {
            writer.WriteAmount(name, 0m);
        }

        foreach (string name in (string[])["intraday_margin_window_measure", "overnight_margin_window_measure"])
        {
            writer.WriteStartObject(name);
            writer.WriteString("margin_window_type", "FCM_MARGIN_WINDOW_TYPE_UNSPECIFIED");
            writer.WriteString("margin_level", "MARGIN_LEVEL_TYPE_UNSPECIFIED");
            writer.WriteAmount("initial_margin", 0m);
            writer.WriteAmount("maintenance_margin", 0m);
            writer.WriteAmount("liquidation_buffer_percentage", 0m);
            writer.WriteAmount("total_hold", 0m);
            writer.WriteAmount("futures_buying_power", 0m);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    });

    /// <summary>subscriptions: every channel of the connection with its product ids (empty for all).</summary>
    public static byte[] Subscriptions(IReadOnlySet<(string Channel, string ProductId)> subscriptions) => Event(writer =>
    {
        writer.WriteStartObject("subscriptions");
        foreach (var channel in subscriptions.GroupBy(pair => pair.Channel).OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            writer.WriteStartArray(channel.Key);
            foreach (string productId in channel.Select(pair => pair.ProductId).Where(id => id.Length > 0).Order(StringComparer.Ordinal))
            {
                writer.WriteStringValue(productId);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    });

    /// <summary>Writes one JSON value to a new array.</summary>
    public static byte[] Write(Action<Utf8JsonWriter> value)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            value(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static IEnumerable<BookChange> Rows(Engine.OrderBook book, Side side) =>
        book.Levels(side).Select(level => new BookChange(side, level.Price, level.Size));
}
