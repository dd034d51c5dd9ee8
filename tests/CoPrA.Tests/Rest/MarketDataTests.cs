using CoPrA.Rest;
using static CoPrA.Tests.Rest.RestTestHarness;

namespace CoPrA.Tests.Rest;

/// <summary>Market data: public GETs, never signed even on a client with credentials.</summary>
public class MarketDataTests
{
    // CoPrA's products example (its Python repr turned into JSON) and the OpenAPI example.
    private const string ProductsJson = """
        [
          {"id": "BTC-USD", "base_currency": "BTC", "quote_currency": "USD", "base_min_size": "0.001", "base_max_size": "70",
           "quote_increment": "0.01", "display_name": "BTC/USD", "status": "online", "margin_enabled": false,
           "status_message": null, "min_market_funds": "10", "max_market_funds": "1000000", "post_only": false,
           "limit_only": false, "cancel_only": false},
          {"id": "ETH-USD", "base_currency": "ETH", "quote_currency": "USD", "quote_increment": "0.01000000",
           "base_increment": "0.00000001", "display_name": "ETH/USD", "min_market_funds": "10", "margin_enabled": false,
           "post_only": false, "limit_only": false, "cancel_only": false, "status": "online", "status_message": "",
           "auction_mode": true}
        ]
        """;

    [Fact]
    public async Task ProductsAsync_gets_products_unsigned_and_keeps_unknown_members()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/products", ProductsJson);

        var products = await harness.Client.ProductsAsync();

        AssertUnsigned(harness.AssertSent(HttpMethod.Get, "/products?" + NoCache));
        Assert.Equal(2, products.Count);
        var btc = products[0];
        Assert.Equal("BTC-USD", btc.Id);
        Assert.Equal("BTC", btc.BaseCurrency);
        Assert.Equal("USD", btc.QuoteCurrency);
        Assert.Equal(0.01m, btc.QuoteIncrement);
        Assert.Equal(10m, btc.MinMarketFunds);
        Assert.Equal("BTC/USD", btc.DisplayName);
        Assert.False(btc.MarginEnabled);
        Assert.Null(btc.StatusMessage);
        Assert.Equal("0.001", btc.ExtensionData!["base_min_size"].GetString());
        Assert.Equal("1000000", btc.ExtensionData["max_market_funds"].GetString());
        Assert.Equal(0.00000001m, products[1].BaseIncrement);
        Assert.Equal("", products[1].StatusMessage);
        Assert.True(products[1].AuctionMode);
    }

    [Fact]
    public async Task OrderBookAsync_asks_for_level_1_by_default_and_reads_order_counts()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/products/BTC-USD/book", """
            {"sequence": 7068939079, "bids": [["482.98", "54.49144003", 18]], "asks": [["482.99", "4.57036219", 10]],
             "time": "2021-02-12T01:09:23.334723Z", "auction_mode": false, "price_bands": {"lower": "400"}}
            """);

        var book = await harness.Client.OrderBookAsync("BTC-USD");

        AssertUnsigned(harness.AssertSent(HttpMethod.Get, "/products/BTC-USD/book?level=1&" + NoCache));
        Assert.Equal(7068939079L, book.Sequence);
        Assert.Equal(new BookLevel(482.98m, 54.49144003m, 18), Assert.Single(book.Bids));
        Assert.Equal(new BookLevel(482.99m, 4.57036219m, 10), Assert.Single(book.Asks));
        Assert.Equal(new DateTimeOffset(2021, 2, 12, 1, 9, 23, TimeSpan.Zero).AddTicks(3347230), book.Time);
        Assert.False(book.AuctionMode);
        Assert.True(book.ExtensionData!.ContainsKey("price_bands"));
    }

    [Fact]
    public async Task OrderBookAsync_level_2_sends_the_level_and_reads_every_row()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/products/ETH-USD/book", """
            {"sequence": 7069016926, "bids": [["489.13", "0.001", 1], ["487.99", "0.03", 1]],
             "asks": [["489.14", "40.72125158", 16], ["490.11", "0.5", 1]]}
            """);

        var book = await harness.Client.OrderBookAsync("ETH-USD", level: 2);

        harness.AssertSent(HttpMethod.Get, "/products/ETH-USD/book?level=2&" + NoCache);
        Assert.Equal([new BookLevel(489.13m, 0.001m, 1), new BookLevel(487.99m, 0.03m, 1)], book.Bids);
        Assert.Equal([new BookLevel(489.14m, 40.72125158m, 16), new BookLevel(490.11m, 0.5m, 1)], book.Asks);
    }

    [Fact]
    public async Task OrderBookAsync_level_3_reads_order_ids()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/products/BTC-USD/book", """
            {"sequence": 7072737439,
             "bids": [["468.9", "0.01100413", "48c3ed25-616d-430d-bab4-cb338b489a33"], ["468.9", "0.224", "b96424ea-e992-4df5-b503-df50dac1ac50"]],
             "asks": [["468.91", "5.96606527", "cc37e457-020c-4843-9a3e-e6164dcf4e60"]]}
            """);

        var book = await harness.Client.OrderBookAsync("BTC-USD", 3);

        harness.AssertSent(HttpMethod.Get, "/products/BTC-USD/book?level=3&" + NoCache);
        Assert.Equal(new BookLevel(468.9m, 0.01100413m, null, "48c3ed25-616d-430d-bab4-cb338b489a33"), book.Bids[0]);
        Assert.Equal("b96424ea-e992-4df5-b503-df50dac1ac50", book.Bids[1].OrderId);
        Assert.Equal(new BookLevel(468.91m, 5.96606527m, null, "cc37e457-020c-4843-9a3e-e6164dcf4e60"), Assert.Single(book.Asks));
    }

    [Fact]
    public async Task TickerAsync_gets_the_ticker_unsigned()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/products/BTC-USD/ticker", """
            {"trade_id": 51554088, "price": "6503.14000000", "size": "0.00532605", "bid": "6503.13", "ask": "6503.14",
             "volume": "6060.89272148", "time": "2018-09-27T13:18:42.571000Z", "rfq_volume": "123.122", "best_bid_size": "0.5"}
            """);

        var ticker = await harness.Client.TickerAsync("BTC-USD");

        AssertUnsigned(harness.AssertSent(HttpMethod.Get, "/products/BTC-USD/ticker?" + NoCache));
        Assert.Equal(51554088L, ticker.TradeId);
        Assert.Equal(6503.14m, ticker.Price);
        Assert.Equal(0.00532605m, ticker.Size);
        Assert.Equal(6503.13m, ticker.Bid);
        Assert.Equal(6503.14m, ticker.Ask);
        Assert.Equal(6060.89272148m, ticker.Volume);
        Assert.Equal(123.122m, ticker.RfqVolume);
        Assert.Equal(new DateTimeOffset(2018, 9, 27, 13, 18, 42, 571, TimeSpan.Zero), ticker.Time);
        Assert.Equal("0.5", ticker.ExtensionData!["best_bid_size"].GetString());
    }

    [Fact]
    public async Task TradesAsync_sends_the_default_limit_and_reads_trades_and_cursors()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/products/BTC-USD/trades", """
            [{"time": "2018-09-27T22:49:16.105Z", "trade_id": 51584925, "price": "6681.01000000", "size": "0.02350019", "side": "sell"},
             {"time": "2018-09-27T22:49:12.39Z", "trade_id": 51584924, "price": "6681.00000000", "size": "0.01020000", "side": "buy"},
             {"time": "2018-09-27T22:49:10Z", "trade_id": 51584923, "price": "6680", "size": "1", "side": "auction", "venue": "x"}]
            """, headers: [("cb-before", "51590012"), ("cb-after", "51590010")]);

        var (trades, before, after) = await harness.Client.TradesAsync("BTC-USD");

        AssertUnsigned(harness.AssertSent(HttpMethod.Get, "/products/BTC-USD/trades?limit=100&" + NoCache));
        Assert.Equal("51590012", before);
        Assert.Equal("51590010", after);
        Assert.Equal(3, trades.Count);
        Assert.Equal(51584925L, trades[0].TradeId);
        Assert.Equal(6681.01m, trades[0].Price);
        Assert.Equal(0.02350019m, trades[0].Size);
        Assert.Equal(Side.Sell, trades[0].Side);
        Assert.Equal(new DateTimeOffset(2018, 9, 27, 22, 49, 16, 105, TimeSpan.Zero), trades[0].Time);
        Assert.Equal(Side.Buy, trades[1].Side);
        Assert.Equal(Side.Unknown, trades[2].Side);
        Assert.Equal("x", trades[2].ExtensionData!["venue"].GetString());
    }

    [Theory]
    [InlineData(50, "51590012", null, "limit=50&before=51590012")]
    [InlineData(1000, null, "51590010", "limit=1000&after=51590010")]
    [InlineData(1, "", "", "limit=1")]
    public async Task TradesAsync_sends_limit_then_the_cursor(int limit, string? before, string? after, string query)
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/products/BTC-USD/trades", "[]");

        await harness.Client.TradesAsync("BTC-USD", limit, before, after);

        harness.AssertSent(HttpMethod.Get, $"/products/BTC-USD/trades?{query}&{NoCache}");
    }

    private const string CandlesJson = """
        [[1538179200, 61.12, 61.75, 61.74, 61.18, 2290.8172972700004],
         [1538175600, 61.62, 61.8, 61.65, 61.75, 2282.2335001199995],
         [1538172000, 61.52, 61.79, 61.66, 61.65, 3877.4680861400007]]
        """;

    [Fact]
    public async Task HistoricRatesAsync_sends_the_default_granularity_and_reads_candles()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/products/LTC-USD/candles", CandlesJson);

        var candles = await harness.Client.HistoricRatesAsync("LTC-USD");

        AssertUnsigned(harness.AssertSent(HttpMethod.Get, "/products/LTC-USD/candles?granularity=3600&" + NoCache));
        Assert.Equal(3, candles.Count);
        Assert.Equal(new Candle(DateTimeOffset.FromUnixTimeSeconds(1538179200), 61.12m, 61.75m, 61.74m, 61.18m, 2290.8172972700004m), candles[0]);
        Assert.Equal(3877.4680861400007m, candles[2].Volume);
    }

    [Fact]
    public async Task HistoricRatesAsync_sends_start_and_end_as_ISO_UTC_with_literal_colons()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/products/BTC-USD/candles", "[]");
        var start = new DateTimeOffset(2018, 9, 28, 2, 0, 0, TimeSpan.FromHours(2));
        var end = new DateTimeOffset(2018, 9, 28, 5, 0, 0, 500, TimeSpan.Zero);

        var candles = await harness.Client.HistoricRatesAsync("BTC-USD", 300, start, end);

        harness.AssertSent(HttpMethod.Get, "/products/BTC-USD/candles?granularity=300&start=2018-09-28T00:00:00Z&end=2018-09-28T05:00:00.5Z&" + NoCache);
        Assert.Empty(candles);
    }

    [Theory]
    [InlineData(60)]
    [InlineData(300)]
    [InlineData(900)]
    [InlineData(3600)]
    [InlineData(21600)]
    [InlineData(86400)]
    public async Task HistoricRatesAsync_accepts_every_granularity_CoPrA_allows(int granularity)
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/products/BTC-USD/candles", "[]");

        await harness.Client.HistoricRatesAsync("BTC-USD", granularity);

        harness.AssertSent(HttpMethod.Get, $"/products/BTC-USD/candles?granularity={granularity}&{NoCache}");
    }

    [Fact]
    public async Task Get24HourStatsAsync_gets_stats_unsigned()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/products/BTC-USD/stats", """
            {"open": "6710.37000000", "high": "6786.73000000", "low": "6452.02000000", "volume": "9627.98224214",
             "last": "6484.03000000", "volume_30day": "238376.24964395", "rfq_volume_24hour": "1.5",
             "conversions_volume_30day": "0", "open_interest": "12"}
            """);

        var stats = await harness.Client.Get24HourStatsAsync("BTC-USD");

        AssertUnsigned(harness.AssertSent(HttpMethod.Get, "/products/BTC-USD/stats?" + NoCache));
        Assert.Equal(6710.37m, stats.Open);
        Assert.Equal(6786.73m, stats.High);
        Assert.Equal(6452.02m, stats.Low);
        Assert.Equal(9627.98224214m, stats.Volume);
        Assert.Equal(6484.03m, stats.Last);
        Assert.Equal(238376.24964395m, stats.Volume30Day);
        Assert.Equal(1.5m, stats.RfqVolume24Hour);
        Assert.Equal(0m, stats.ConversionsVolume30Day);
        Assert.Null(stats.RfqVolume30Day);
        Assert.Equal("12", stats.ExtensionData!["open_interest"].GetString());
    }

    [Fact]
    public async Task CurrenciesAsync_gets_currencies_unsigned_with_nested_details()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/currencies", """
            [{"id": "BTC", "name": "Bitcoin", "min_size": "0.00000001"},
             {"id": "USD", "name": "United States Dollar", "min_size": "0.01", "max_precision": "0.01", "status": "online",
              "details": {"type": "fiat", "symbol": "$", "sort_order": 1,
                          "push_payment_methods": ["bank_wire", "fedwire", "swift_bank_account", "intra_bank_account"],
                          "display_name": "US Dollar", "group_types": ["fiat", "usd"]}}]
            """);

        var currencies = await harness.Client.CurrenciesAsync();

        AssertUnsigned(harness.AssertSent(HttpMethod.Get, "/currencies?" + NoCache));
        Assert.Equal("BTC", currencies[0].Id);
        Assert.Equal("Bitcoin", currencies[0].Name);
        Assert.Equal(0.00000001m, currencies[0].MinSize);
        var usd = currencies[1];
        Assert.Equal(0.01m, usd.MaxPrecision);
        Assert.Equal("online", usd.Status);
        Assert.Equal("fiat", usd.Details!.Type);
        Assert.Equal("$", usd.Details.Symbol);
        Assert.Equal(1, usd.Details.SortOrder);
        Assert.Equal(["bank_wire", "fedwire", "swift_bank_account", "intra_bank_account"], usd.Details.PushPaymentMethods!);
        Assert.Equal("US Dollar", usd.Details.ExtensionData!["display_name"].GetString());
        Assert.True(usd.Details.ExtensionData.ContainsKey("group_types"));
    }

    [Fact]
    public async Task ServerTimeAsync_gets_the_time_unsigned()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/time", """{"iso": "2018-09-29T03:02:27.753Z", "epoch": 1538190147.753}""");

        var time = await harness.Client.ServerTimeAsync();

        AssertUnsigned(harness.AssertSent(HttpMethod.Get, "/time?" + NoCache));
        Assert.Equal(new DateTimeOffset(2018, 9, 29, 3, 2, 27, 753, TimeSpan.Zero), time.Iso);
        Assert.Equal(1538190147.753m, time.Epoch);
        Assert.Null(time.ExtensionData);
    }

    [Fact]
    public async Task Public_methods_work_on_a_client_without_credentials()
    {
        using var harness = Anonymous();
        harness.Reply(HttpMethod.Get, "/products/BTC-USD/ticker", """{"trade_id": 1, "price": "1", "size": "1"}""");

        var ticker = await harness.Client.TickerAsync("BTC-USD");

        AssertUnsigned(harness.AssertSent(HttpMethod.Get, "/products/BTC-USD/ticker?" + NoCache));
        Assert.Equal(1L, ticker.TradeId);
    }

    // ---- validation: CoPrA's rules, then the library's extra ones; nothing is sent ----

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(-1)]
    public async Task OrderBookAsync_rejects_a_level_other_than_1_2_or_3(int level)
    {
        using var harness = Authenticated();
        var ex = await harness.AssertRejectedAsync<ArgumentOutOfRangeException>(c => c.OrderBookAsync("BTC-USD", level), "level", "level must be 1, 2, or 3");
        Assert.Equal(level, ex.ActualValue);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(59)]
    [InlineData(3601)]
    [InlineData(604800)]
    public async Task HistoricRatesAsync_rejects_an_unknown_granularity(int granularity)
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentOutOfRangeException>(c => c.HistoricRatesAsync("BTC-USD", granularity), "granularity", $"invalid granularity {granularity}");
    }

    [Fact]
    public async Task HistoricRatesAsync_rejects_start_without_end()
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentException>(c => c.HistoricRatesAsync("BTC-USD", 3600, start: Now), "end", "end must be set if start is.");
    }

    [Fact]
    public async Task HistoricRatesAsync_rejects_end_without_start()
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentException>(c => c.HistoricRatesAsync("BTC-USD", 3600, end: Now), "start", "start must be set if end is.");
    }

    [Fact]
    public async Task HistoricRatesAsync_rejects_start_after_end()
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentException>(c => c.HistoricRatesAsync("BTC-USD", 3600, Now, Now.AddHours(-1)), "start", "start must not be later than end.");
    }

    [Fact]
    public async Task HistoricRatesAsync_checks_granularity_before_start_and_end_as_CoPrA_does()
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentOutOfRangeException>(c => c.HistoricRatesAsync("BTC-USD", 7, start: Now), "granularity", "invalid granularity 7");
    }

    [Fact]
    public async Task TradesAsync_rejects_both_cursors()
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentException>(c => c.TradesAsync("BTC-USD", before: "2", after: "1"), "after", "before and after cannot both be provided.");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(1001)]
    public async Task TradesAsync_rejects_a_limit_outside_1_to_1000(int limit)
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentOutOfRangeException>(c => c.TradesAsync("BTC-USD", limit), "limit", "limit must be between 1 and 1000.");
    }

    public static TheoryData<string> ProductCalls => ["book", "ticker", "trades", "candles", "stats"];

    [Theory]
    [MemberData(nameof(ProductCalls))]
    public async Task Product_methods_reject_an_empty_or_blank_product_id(string call)
    {
        foreach (string? productId in new[] { "", "  " })
        {
            using var harness = Authenticated();
            await harness.AssertRejectedAsync<ArgumentException>(c => CallProduct(c, call, productId!), "productId");
        }

        using var nullHarness = Authenticated();
        await nullHarness.AssertRejectedAsync<ArgumentNullException>(c => CallProduct(c, call, null!), "productId");
    }

    private static Task CallProduct(RestClient client, string call, string productId) => call switch
    {
        "book" => client.OrderBookAsync(productId),
        "ticker" => client.TickerAsync(productId),
        "trades" => client.TradesAsync(productId),
        "candles" => client.HistoricRatesAsync(productId),
        "stats" => client.Get24HourStatsAsync(productId),
        _ => throw new ArgumentOutOfRangeException(nameof(call)),
    };
}
