using System.Globalization;
using System.Text.Json;

namespace CoPrA.Tests.Sandbox.AdvancedTrade;

/// <summary>Advanced Trade market data comes from the Exchange's books and trades, in Coinbase's shapes.</summary>
[Collection(SandboxCollection.Name)]
public sealed class AdvancedTradeMarketDataTests(SandboxFixture fixture) : IDisposable
{
    private readonly AdvancedTradeTestClient _client = new(fixture.Sandbox);

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task Server_time_has_iso_and_epochs_as_strings()
    {
        var (status, body) = await _client.GetAsync("/time", token: "");

        Assert.Equal(200, status);
        Assert.EndsWith("Z", body.GetProperty("iso").GetString(), StringComparison.Ordinal);
        long seconds = long.Parse(body.GetProperty("epochSeconds").GetString()!, CultureInfo.InvariantCulture);
        long millis = long.Parse(body.GetProperty("epochMillis").GetString()!, CultureInfo.InvariantCulture);
        Assert.Equal(seconds, millis / 1000);
        Assert.InRange(seconds, DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 60, DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 60);
    }

    [Fact]
    public async Task Products_page_by_offset_and_limit_and_filter_by_repeated_ids()
    {
        var (_, all) = await _client.GetAsync("/market/products", token: "");
        var (_, page) = await _client.GetAsync("/products?limit=2&offset=1");
        var (_, some) = await _client.GetAsync("/products?product_ids=BTC-USD&product_ids=ETH-BTC");

        var ids = Ids(all, "products", "product_id");
        Assert.Equal(["BTC-USD", "ETH-USD", "ETH-BTC", "LTC-USD"], ids);
        Assert.Equal(4, all.GetProperty("num_products").GetInt32());
        Assert.Equal(ids[1..3], Ids(page, "products", "product_id"));
        Assert.Equal(["BTC-USD", "ETH-BTC"], Ids(some, "products", "product_id"));
        var btc = all.GetProperty("products")[0];
        Assert.Equal("0.01", btc.GetProperty("quote_increment").GetString());
        Assert.Equal("SPOT", btc.GetProperty("product_type").GetString());
    }

    [Fact]
    public async Task An_unknown_product_is_404_NOT_FOUND()
    {
        var (status, body) = await _client.GetAsync("/market/products/NOPE-USD", token: "");

        Assert.Equal(404, status);
        Assert.Equal("NOT_FOUND", body.GetProperty("error").GetString());
        Assert.Equal("Product NOPE-USD not supported", body.GetProperty("message").GetString());
    }

    [Fact]
    public async Task The_product_book_and_best_bid_ask_show_the_exchange_book()
    {
        await fixture.ResetAsync("LTC-USD");
        fixture.Controls.PlaceCounterpartyLimitOrder("LTC-USD", Side.Buy, 79.00m, 2m);
        fixture.Controls.PlaceCounterpartyLimitOrder("LTC-USD", Side.Buy, 78.00m, 1m);
        fixture.Controls.PlaceCounterpartyLimitOrder("LTC-USD", Side.Sell, 81.00m, 3m);

        var (status, book) = await _client.GetAsync("/product_book?product_id=LTC-USD&limit=1");
        var (_, best) = await _client.GetAsync("/best_bid_ask?product_ids=LTC-USD&product_ids=BTC-USD");

        Assert.Equal(200, status);
        var pricebook = book.GetProperty("pricebook");
        Assert.Equal("LTC-USD", pricebook.GetProperty("product_id").GetString());
        var bid = Assert.Single(pricebook.GetProperty("bids").EnumerateArray());
        Assert.Equal("79.00", bid.GetProperty("price").GetString());
        Assert.Equal(2m, decimal.Parse(bid.GetProperty("size").GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal("81.00", pricebook.GetProperty("asks")[0].GetProperty("price").GetString());
        Assert.Equal(80m, decimal.Parse(book.GetProperty("mid_market").GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal(2m, decimal.Parse(book.GetProperty("spread_absolute").GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal(["LTC-USD", "BTC-USD"], Ids(best, "pricebooks", "product_id"));
        Assert.Equal("81.00", best.GetProperty("pricebooks")[0].GetProperty("asks")[0].GetProperty("price").GetString());
    }

    [Fact]
    public async Task Candles_come_from_the_seeded_history_newest_first()
    {
        long end = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        long start = end - (350 * 3600);

        var (status, body) = await _client.GetAsync($"/market/products/BTC-USD/candles?start={start}&end={end}&granularity=ONE_HOUR", token: "");

        Assert.Equal(200, status);
        var starts = body.GetProperty("candles").EnumerateArray().Select(candle => long.Parse(candle.GetProperty("start").GetString()!, CultureInfo.InvariantCulture)).ToList();
        Assert.InRange(starts.Count, 1, 351);
        Assert.Equal(starts.OrderByDescending(value => value), starts);
        Assert.All(starts, value => Assert.Equal(0, value % 3600));
    }

    [Fact]
    public async Task More_than_350_candles_is_400_INVALID_ARGUMENT()
    {
        long end = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        long start = end - (351 * 60);

        var (status, body) = await _client.GetAsync($"/products/BTC-USD/candles?start={start}&end={end}&granularity=ONE_MINUTE");

        Assert.Equal(400, status);
        Assert.Equal("INVALID_ARGUMENT", body.GetProperty("error").GetString());
        Assert.Equal("number of candles requested should be less than 350", body.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("granularity=SEVEN_MINUTE&start=0&end=60", "granularity")]
    [InlineData("start=0&end=60", "granularity is required")]
    [InlineData("granularity=ONE_MINUTE&start=2024-01-01&end=60", "start must be Unix seconds")]
    public async Task Bad_candle_arguments_are_400(string query, string message)
    {
        var (status, body) = await _client.GetAsync("/market/products/BTC-USD/candles?" + query, token: "");

        Assert.Equal(400, status);
        Assert.Contains(message, body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Market_trades_need_a_limit_and_list_the_latest_trades()
    {
        await fixture.ResetAsync("ETH-USD");
        fixture.Controls.PlaceCounterpartyLimitOrder("ETH-USD", Side.Sell, 3100.00m, 1m);
        fixture.Controls.PlaceCounterpartyMarketOrder("ETH-USD", Side.Buy, 0.25m);

        var (missing, _) = await _client.GetAsync("/market/products/ETH-USD/ticker", token: "");
        var (status, body) = await _client.GetAsync("/products/ETH-USD/ticker?limit=3");

        Assert.Equal(400, missing);
        Assert.Equal(200, status);
        var trades = body.GetProperty("trades").EnumerateArray().ToList();
        Assert.Equal(3, trades.Count);
        Assert.Equal("3100.00", trades[0].GetProperty("price").GetString());
        Assert.Equal("0.25", trades[0].GetProperty("size").GetString());
        Assert.Equal("BUY", trades[0].GetProperty("side").GetString());
        Assert.Equal("3100.00", body.GetProperty("best_ask").GetString());
    }

    private static List<string> Ids(JsonElement body, string list, string field) =>
        [.. body.GetProperty(list).EnumerateArray().Select(item => item.GetProperty(field).GetString()!)];
}
