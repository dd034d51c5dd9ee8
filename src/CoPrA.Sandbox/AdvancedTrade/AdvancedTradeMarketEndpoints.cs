using System.Globalization;
using System.Text.Json;
using CoPrA.Sandbox.Catalog;
using CoPrA.Sandbox.Engine;
using CoPrA.Sandbox.Rest;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoPrA.Sandbox.AdvancedTrade;

/// <summary>
/// Advanced Trade market data from the Exchange's own books and trades: server time, products,
/// product book, best bid/ask, candles and market trades, public under <c>/market/...</c> and
/// JWT-authenticated at the same paths without it.
/// </summary>
internal static class AdvancedTradeMarketEndpoints
{
    /// <summary>More candles than this in one request are refused, as Coinbase does.</summary>
    private const int MaxCandles = 350;

    private static readonly Dictionary<string, int> Granularities = new(StringComparer.Ordinal)
    {
        ["ONE_MINUTE"] = 60,
        ["FIVE_MINUTE"] = 300,
        ["FIFTEEN_MINUTE"] = 900,
        ["THIRTY_MINUTE"] = 1800,
        ["ONE_HOUR"] = 3600,
        ["TWO_HOUR"] = 7200,
        ["SIX_HOUR"] = 21600,
        ["ONE_DAY"] = 86400,
    };

    public static void Map(IEndpointRouteBuilder api, SandboxServices services)
    {
        api.MapGet("/time", context => Time(services, context));
        MapMarket(api, services, "/market", isPublic: true);
        MapMarket(api, services, "", isPublic: false);
        api.MapGet("/best_bid_ask", context => BestBidAsk(services, context)).RequireJwt();
    }

    private static void MapMarket(IEndpointRouteBuilder api, SandboxServices services, string prefix, bool isPublic)
    {
        IEndpointConventionBuilder[] routes =
        [
            api.MapGet(prefix + "/products", context => Products(services, context)),
            api.MapGet(prefix + "/products/{product_id}", context =>
                AdvancedTradeJson.Write(context, writer => WriteProduct(writer, services, Market(services, context)))),
            api.MapGet(prefix + "/product_book", context => ProductBook(services, context)),
            api.MapGet(prefix + "/products/{product_id}/candles", context => Candles(services, context)),
            api.MapGet(prefix + "/products/{product_id}/ticker", context => MarketTrades(services, context)),
        ];
        if (!isPublic)
        {
            foreach (var route in routes)
            {
                route.RequireJwt();
            }
        }
    }

    /// <summary>The market of a product id; 404 <c>NOT_FOUND</c> as Coinbase words it when there is none.</summary>
    public static ProductMarket Market(SandboxServices services, string? productId) =>
        services.Engine.Market(productId) ?? throw AdvancedTradeJson.NotFound($"Product {productId} not supported");

    private static ProductMarket Market(SandboxServices services, HttpContext context) =>
        Market(services, context.Request.RouteValues["product_id"] as string);

    /// <summary><c>{"iso", "epochSeconds", "epochMillis"}</c>, the epochs as strings.</summary>
    private static Task Time(SandboxServices services, HttpContext context)
    {
        var now = services.Clock.UtcNow;
        return AdvancedTradeJson.WriteObject(context, writer =>
        {
            writer.WriteTime("iso", now);
            writer.WriteString("epochSeconds", now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
            writer.WriteString("epochMillis", now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));
        });
    }

    /// <summary>Offset/limit paging; <c>product_ids</c> (repeated) filters.</summary>
    private static Task Products(SandboxServices services, HttpContext context)
    {
        int offset = AdvancedTradeJson.QueryInt(context, "offset", 0, int.MaxValue) ?? 0;
        int limit = AdvancedTradeJson.QueryInt(context, "limit", 1, int.MaxValue) ?? int.MaxValue;
        var wanted = AdvancedTradeJson.QueryList(context, "product_ids");
        string? productType = AdvancedTradeJson.Query(context, "product_type");
        var markets = services.Engine.Markets
            .Where(market => wanted.Count == 0 || wanted.Contains(market.Product.Id, StringComparer.OrdinalIgnoreCase))
            .Where(market => productType is null or "SPOT")
            .ToList();
        return AdvancedTradeJson.WriteObject(context, writer =>
        {
            writer.WriteArray("products", markets.Skip(offset).Take(limit), (w, market) => WriteProduct(w, services, market));
            writer.WriteNumber("num_products", markets.Count);
        });
    }

    private static void WriteProduct(Utf8JsonWriter writer, SandboxServices services, ProductMarket market)
    {
        var product = market.Product;
        decimal? price, bid, ask;
        ProductStats stats;
        lock (market.Gate)
        {
            price = market.History.Last?.Price;
            bid = market.Book.Best(Side.Buy)?.Price;
            ask = market.Book.Best(Side.Sell)?.Price;
            stats = market.History.Stats(services.Clock.UtcNow);
        }

        decimal? mid = bid is { } b && ask is { } a ? product.RoundPrice((b + a) / 2) : null;
        decimal change = stats.Open is { } open && open != 0 && price is { } last ? Math.Round((last - open) / open * 100, 8) : 0m;
        writer.WriteStartObject();
        writer.WriteString("product_id", product.Id);
        writer.WriteAmount("price", price);
        writer.WriteAmount("price_percentage_change_24h", change);
        writer.WriteAmount("volume_24h", stats.Volume ?? 0m);
        writer.WriteAmount("volume_percentage_change_24h", 0m);
        writer.WriteAmount("base_increment", product.BaseIncrement);
        writer.WriteAmount("quote_increment", product.QuoteIncrement);
        writer.WriteAmount("quote_min_size", product.MinMarketFunds);
        writer.WriteAmount("quote_max_size", 10_000_000m);
        writer.WriteAmount("base_min_size", product.BaseIncrement);
        writer.WriteAmount("base_max_size", 10_000m);
        writer.WriteString("base_name", services.Catalog.FindCurrency(product.BaseCurrency)?.Name ?? product.BaseCurrency);
        writer.WriteString("quote_name", services.Catalog.FindCurrency(product.QuoteCurrency)?.Name ?? product.QuoteCurrency);
        writer.WriteBoolean("watched", false);
        writer.WriteBoolean("is_disabled", false);
        writer.WriteBoolean("new", false);
        writer.WriteString("status", "online");
        writer.WriteBoolean("cancel_only", false);
        writer.WriteBoolean("limit_only", false);
        writer.WriteBoolean("post_only", false);
        writer.WriteBoolean("trading_disabled", false);
        writer.WriteBoolean("auction_mode", false);
        writer.WriteString("product_type", "SPOT");
        writer.WriteString("quote_currency_id", product.QuoteCurrency);
        writer.WriteString("base_currency_id", product.BaseCurrency);
        writer.WriteNull("fcm_trading_session_details");
        writer.WriteAmount("mid_market_price", mid);
        writer.WriteString("alias", "");
        writer.WriteEmptyArray("alias_to");
        writer.WriteString("base_display_symbol", product.BaseCurrency);
        writer.WriteString("quote_display_symbol", product.QuoteCurrency);
        writer.WriteBoolean("view_only", false);
        writer.WriteAmount("price_increment", product.QuoteIncrement);
        writer.WriteString("display_name", product.DisplayName);
        writer.WriteString("product_venue", "CBE");
        writer.WriteAmount("approximate_quote_24h_volume", price is { } p ? product.RoundPrice((stats.Volume ?? 0m) * p) : 0m);
        writer.WriteNull("future_product_details");
        writer.WriteEndObject();
    }

    /// <summary><c>pricebook{product_id, bids, asks, time}</c> with last, mid_market and the spread; <c>limit</c> levels per side.</summary>
    private static Task ProductBook(SandboxServices services, HttpContext context)
    {
        var market = Market(services, AdvancedTradeJson.Query(context, "product_id") ?? throw AdvancedTradeJson.InvalidArgument("product_id is required"));
        int limit = AdvancedTradeJson.QueryInt(context, "limit", 1, int.MaxValue) ?? 1000;
        List<BookRow> bids, asks;
        decimal? last;
        lock (market.Gate)
        {
            bids = [.. market.Book.Levels(Side.Buy).Take(Math.Min(limit, 1000)).Select(level => new BookRow(level.Price, level.Size))];
            asks = [.. market.Book.Levels(Side.Sell).Take(Math.Min(limit, 1000)).Select(level => new BookRow(level.Price, level.Size))];
            last = market.History.Last?.Price;
        }

        var now = services.Clock.UtcNow;
        return AdvancedTradeJson.WriteObject(context, writer =>
        {
            WritePricebook(writer, "pricebook", market.Product.Id, bids, asks, now);
            writer.WriteAmount("last", last);
            if (bids.Count > 0 && asks.Count > 0)
            {
                decimal mid = (bids[0].Price + asks[0].Price) / 2;
                decimal spread = asks[0].Price - bids[0].Price;
                writer.WriteAmount("mid_market", mid);
                writer.WriteAmount("spread_bps", Math.Round(spread / mid * 10_000, 8));
                writer.WriteAmount("spread_absolute", spread);
            }
            else
            {
                writer.WriteString("mid_market", "");
                writer.WriteString("spread_bps", "");
                writer.WriteString("spread_absolute", "");
            }
        });
    }

    /// <summary>The best level of each product asked for (repeated <c>product_ids</c>; every product when none).</summary>
    private static Task BestBidAsk(SandboxServices services, HttpContext context)
    {
        var ids = AdvancedTradeJson.QueryList(context, "product_ids");
        var markets = ids.Count == 0 ? [.. services.Engine.Markets] : ids.Select(id => Market(services, id)).ToList();
        var now = services.Clock.UtcNow;
        var books = new List<(string Id, List<BookRow> Bids, List<BookRow> Asks)>();
        foreach (var market in markets)
        {
            lock (market.Gate)
            {
                books.Add((market.Product.Id,
                    [.. market.Book.Levels(Side.Buy).Take(1).Select(level => new BookRow(level.Price, level.Size))],
                    [.. market.Book.Levels(Side.Sell).Take(1).Select(level => new BookRow(level.Price, level.Size))]));
            }
        }

        return AdvancedTradeJson.WriteObject(context, writer =>
            writer.WriteArray("pricebooks", books, (w, book) => WritePricebook(w, null, book.Id, book.Bids, book.Asks, now)));
    }

    private static void WritePricebook(Utf8JsonWriter writer, string? name, string productId, List<BookRow> bids, List<BookRow> asks, DateTimeOffset time)
    {
        writer.WriteStartObjectNamed(name);

        writer.WriteString("product_id", productId);
        writer.WriteArray("bids", bids, WriteLevel);
        writer.WriteArray("asks", asks, WriteLevel);
        writer.WriteTime("time", time);
        writer.WriteEndObject();

        static void WriteLevel(Utf8JsonWriter w, BookRow level)
        {
            w.WriteStartObject();
            w.WriteAmount("price", level.Price);
            w.WriteAmount("size", level.Size);
            w.WriteEndObject();
        }
    }

    /// <summary>
    /// Candles of a named granularity between start and end (Unix seconds), newest first, values as
    /// strings; more than 350 candles is 400 <c>INVALID_ARGUMENT</c>, as Coinbase answers.
    /// </summary>
    private static Task Candles(SandboxServices services, HttpContext context)
    {
        var market = Market(services, context);
        string name = AdvancedTradeJson.Query(context, "granularity") ?? throw AdvancedTradeJson.InvalidArgument("granularity is required");
        if (!Granularities.TryGetValue(name, out int granularity))
        {
            throw AdvancedTradeJson.InvalidArgument($"granularity argument is invalid: {name}");
        }

        var start = AdvancedTradeJson.QueryUnixSeconds(context, "start") ?? throw AdvancedTradeJson.InvalidArgument("start is required");
        var end = AdvancedTradeJson.QueryUnixSeconds(context, "end") ?? throw AdvancedTradeJson.InvalidArgument("end is required");
        if (start > end)
        {
            throw AdvancedTradeJson.InvalidArgument("start must not be later than end");
        }

        int limit = AdvancedTradeJson.QueryInt(context, "limit", 1, MaxCandles) ?? MaxCandles;
        long seconds = end.ToUnixTimeSeconds() - start.ToUnixTimeSeconds();
        if ((seconds + granularity - 1) / granularity > MaxCandles)
        {
            throw AdvancedTradeJson.InvalidArgument($"number of candles requested should be less than {MaxCandles}");
        }

        List<Candle> candles;
        lock (market.Gate)
        {
            candles = market.History.Candles(granularity, start, end);
        }

        return AdvancedTradeJson.WriteObject(context, writer => writer.WriteArray("candles", candles.Take(limit), (w, candle) =>
        {
            w.WriteStartObject();
            w.WriteCandleFields(candle);
            w.WriteEndObject();
        }));
    }

    /// <summary>
    /// The latest trades (<c>limit</c> required, 1 to 1000), optionally within start/end (Unix seconds),
    /// newest first, with the best bid and ask. <c>side</c> is the taker's side (the Exchange's trade side
    /// is the maker's).
    /// </summary>
    private static Task MarketTrades(SandboxServices services, HttpContext context)
    {
        var market = Market(services, context);
        int limit = AdvancedTradeJson.QueryInt(context, "limit", 1, 1000) ?? throw AdvancedTradeJson.InvalidArgument("limit is required");
        var start = AdvancedTradeJson.QueryUnixSeconds(context, "start") ?? DateTimeOffset.MinValue;
        var end = AdvancedTradeJson.QueryUnixSeconds(context, "end") ?? DateTimeOffset.MaxValue;
        List<Trade> trades;
        decimal? bid, ask;
        lock (market.Gate)
        {
            trades = [.. market.History.NewestFirst.Where(trade => trade.Time >= start && trade.Time <= end).Take(limit)];
            bid = market.Book.Best(Side.Buy)?.Price;
            ask = market.Book.Best(Side.Sell)?.Price;
        }

        string productId = market.Product.Id;
        return AdvancedTradeJson.WriteObject(context, writer =>
        {
            writer.WriteArray("trades", trades, (w, trade) =>
            {
                w.WriteStartObject();
                w.WriteTradeFields(trade, productId);
                w.WriteString("exchange", "");
                w.WriteEndObject();
            });
            writer.WriteAmount("best_bid", bid);
            writer.WriteAmount("best_ask", ask);
        });
    }

    private readonly record struct BookRow(decimal Price, decimal Size);
}
