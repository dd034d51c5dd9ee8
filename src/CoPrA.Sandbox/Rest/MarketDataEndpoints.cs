using System.Globalization;
using System.Text.Json;
using CoPrA.Sandbox.Engine;
using CoPrA.Sandbox.Json;
using CoPrA.Sandbox.Rest.Wire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoPrA.Sandbox.Rest;

/// <summary>Public market data: products, books, tickers, trades, candles, stats, currencies and time.</summary>
internal static class MarketDataEndpoints
{
    private const int MaxCandles = 300;
    private static readonly int[] Granularities = [60, 300, 900, 3600, 21600, 86400];

    public static void Map(IEndpointRouteBuilder app, SandboxServices services)
    {
        app.MapGet("/products", context =>
            Respond.List(context, services.Catalog.Products, MarketDataWire.Product));
        app.MapGet("/products/{product_id}", context =>
            Respond.Json(context, Market(services, context).Product, MarketDataWire.Product));
        app.MapGet("/products/{product_id}/book", context => Book(services, context));
        app.MapGet("/products/{product_id}/ticker", context => Ticker(services, context));
        app.MapGet("/products/{product_id}/trades", context => Trades(services, context));
        app.MapGet("/products/{product_id}/candles", context => Candles(services, context));
        app.MapGet("/products/{product_id}/stats", context => Stats(services, context));
        app.MapGet("/currencies", context => Respond.List(context, services.Catalog.Currencies, MarketDataWire.Currency));
        app.MapGet("/currencies/{currency_id}", context =>
            Respond.Json(
                context,
                services.Catalog.FindCurrency(RequestInfo.Route(context, "currency_id")) ?? throw SandboxApiException.NotFound(),
                MarketDataWire.Currency));
        app.MapGet("/time", context => Time(services, context));
    }

    /// <summary>The market named by the route's product id; 404 NotFound when there is none.</summary>
    public static ProductMarket Market(SandboxServices services, HttpContext context) =>
        services.Engine.Market(RequestInfo.Route(context, "product_id")) ?? throw SandboxApiException.NotFound();

    /// <summary><c>{"iso": "...Z", "epoch": 1538190147.753}</c>: the epoch is a JSON number, as Coinbase sends it.</summary>
    private static async Task Time(SandboxServices services, HttpContext context)
    {
        var now = services.Clock.UtcNow;
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var writer = new Utf8JsonWriter(context.Response.Body);
        writer.WriteStartObject();
        writer.WriteString("iso", UtcTimestampConverter.Format(now));
        writer.WriteNumber("epoch", now.ToUnixTimeMilliseconds() / 1000m);
        writer.WriteEndObject();
        await writer.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }

    private static Task Book(SandboxServices services, HttpContext context)
    {
        var market = Market(services, context);
        int level = 1;
        if (RequestInfo.Query(context, "level") is { } text && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out level) || level is < 1 or > 3))
        {
            throw SandboxApiException.BadRequest("Invalid level: it must be 1, 2 or 3");
        }

        OrderBook book;
        lock (market.Gate)
        {
            book = new OrderBook
            {
                Sequence = market.Sequence,
                Bids = Rows(market, Side.Buy, level),
                Asks = Rows(market, Side.Sell, level),
                Time = services.Clock.UtcNow,
                AuctionMode = false,
            };
        }

        return Respond.Json(context, book, MarketDataWire.Book);
    }

    private static List<BookLevel> Rows(ProductMarket market, Side side, int level)
    {
        var levels = market.Book.Levels(side);
        return level switch
        {
            1 => [.. levels.Take(1).Select(row => new BookLevel(row.Price, row.Size, row.Orders.Count))],
            2 => [.. levels.Select(row => new BookLevel(row.Price, row.Size, row.Orders.Count))],
            _ => [.. levels.SelectMany(row => row.Orders).Select(order => new BookLevel(order.Price!.Value, order.BookSize, OrderId: order.Id))],
        };
    }

    private static Task Ticker(SandboxServices services, HttpContext context)
    {
        var market = Market(services, context);
        ProductTicker ticker;
        lock (market.Gate)
        {
            var last = market.History.Last;
            ticker = new ProductTicker
            {
                TradeId = last?.TradeId ?? 0,
                Price = last?.Price ?? 0m,
                Size = last?.Size ?? 0m,
                Bid = market.Book.Best(Side.Buy)?.Price,
                Ask = market.Book.Best(Side.Sell)?.Price,
                Volume = market.History.Stats(services.Clock.UtcNow).Volume,
                RfqVolume = 0m,
                ConversionsVolume = 0m,
                Time = last?.Time ?? services.Clock.UtcNow,
            };
        }

        return Respond.Json(context, ticker, MarketDataWire.Ticker);
    }

    private static Task Trades(SandboxServices services, HttpContext context)
    {
        var market = Market(services, context);
        var paging = Paging.Read(context, defaultLimit: 1000);
        PageResult<Trade> page;
        lock (market.Gate)
        {
            page = paging.Slice(market.History.NewestFirst, trade => trade.TradeId);
        }

        return Respond.Page(context, page, MarketDataWire.Trade);
    }

    private static Task Candles(SandboxServices services, HttpContext context)
    {
        var market = Market(services, context);
        int granularity = 3600;
        if (RequestInfo.Query(context, "granularity") is { } text
            && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out granularity) || !Granularities.Contains(granularity)))
        {
            throw SandboxApiException.BadRequest("Unsupported granularity: use 60, 300, 900, 3600, 21600 or 86400");
        }

        string? startText = RequestInfo.Query(context, "start");
        string? endText = RequestInfo.Query(context, "end");
        var now = services.Clock.UtcNow;
        DateTimeOffset start, end;
        if (startText is null && endText is null)
        {
            end = now;
            start = now - TimeSpan.FromSeconds(granularity * (MaxCandles - 1));
        }
        else if (startText is null || endText is null)
        {
            throw SandboxApiException.BadRequest("start and end must be given together");
        }
        else if (!UtcTimestampConverter.TryParse(startText, out start) || !UtcTimestampConverter.TryParse(endText, out end))
        {
            throw SandboxApiException.BadRequest("start and end must be ISO 8601 times");
        }

        if (start > end)
        {
            throw SandboxApiException.BadRequest("start must not be later than end");
        }

        if ((end - start).TotalSeconds / granularity > MaxCandles)
        {
            throw SandboxApiException.BadRequest("granularity too small for the requested time range. Count of aggregations requested exceeds 300");
        }

        List<Candle> candles;
        lock (market.Gate)
        {
            candles = market.History.Candles(granularity, start, end);
        }

        return Respond.List(context, candles, MarketDataWire.Candle);
    }

    private static Task Stats(SandboxServices services, HttpContext context)
    {
        var market = Market(services, context);
        ProductStats stats;
        lock (market.Gate)
        {
            stats = market.History.Stats(services.Clock.UtcNow);
        }

        return Respond.Json(context, stats, MarketDataWire.Stats);
    }
}
