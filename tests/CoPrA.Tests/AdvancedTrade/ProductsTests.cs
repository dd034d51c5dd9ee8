using CoPrA.AdvancedTrade;

namespace CoPrA.Tests.AdvancedTrade;

/// <summary>The signed product and market data methods: wire shape, parsing and argument checks.</summary>
public sealed class ProductsTests
{
    internal const string ProductJson = """
        {"product_id":"BTC-USD","price":"43250.12","price_percentage_change_24h":"-1.25","volume_24h":"12345.6789",
         "base_increment":"0.00000001","quote_increment":"0.01","quote_min_size":"1","quote_max_size":"150000000",
         "base_min_size":"0.00000001","base_max_size":"3400","status":"online","trading_disabled":false,"cancel_only":false,
         "limit_only":false,"post_only":false,"auction_mode":false,"product_type":"SPOT","product_venue":"CBE",
         "alias":"","alias_to":["BTC-USDC"],"view_only":false,"price_increment":"0.01","new_field":"kept"}
        """;

    internal const string BookJson = """
        {"pricebook":{"product_id":"BTC-USD","bids":[{"price":"43250.10","size":"0.5"}],"asks":[{"price":"43250.20","size":"1.25"}],
         "time":"2026-12-06T22:00:00.123456Z"},"last":"43250.15","mid_market":"43250.15","spread_bps":"0.023","spread_absolute":"0.10"}
        """;

    internal const string CandlesJson = """
        {"candles":[{"start":"1700003540","low":"43000.01","high":"43300.5","open":"43100","close":"43250.12","volume":"12.5"},
                    {"start":"1700003480","low":"42990","high":"43110","open":"43050","close":"43100","volume":"3.25"}]}
        """;

    internal const string TradesJson = """
        {"trades":[{"trade_id":"34b080bf","product_id":"BTC-USD","price":"43250.12","size":"0.0105","time":"2026-12-06T22:00:01Z",
                    "side":"BUY","bid":"","ask":"","exchange":"CBE"}],"best_bid":"43250.10","best_ask":"43250.20"}
        """;

    private static readonly DateTimeOffset Start = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);

    [Theory]
    [InlineData(TestKey.Ecdsa)]
    [InlineData(TestKey.Ed25519)]
    public async Task Get_products_sends_every_filter_with_lists_as_repeated_keys(TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Get, "/api/v3/brokerage/products", $$"""{"products":[{{ProductJson}}],"num_products":1}""");

        var page = await harness.Client.GetProductsAsync(
            limit: 10, offset: 20, productType: ProductType.Spot, productIds: ["BTC-USD", "ETH-USD"],
            contractExpiryType: ContractExpiryType.Expiring, expiringContractStatus: ExpiringContractStatus.All,
            getTradabilityStatus: true, getAllProducts: true);

        harness.AssertSent(HttpMethod.Get, "/api/v3/brokerage/products?limit=10&offset=20&product_type=SPOT&product_ids=BTC-USD&product_ids=ETH-USD"
            + "&contract_expiry_type=EXPIRING&expiring_contract_status=STATUS_ALL&get_tradability_status=true&get_all_products=true");
        var product = Assert.Single(page.Products);
        Assert.Equal(43250.12m, product.Price);
        Assert.Equal(ProductType.Spot, product.ProductType);
        Assert.True(product.ExtensionData!.ContainsKey("new_field"));
        Assert.Equal(1, page.NumProducts);
    }

    [Fact]
    public async Task Get_products_always_sends_the_two_flags_false_by_default()
    {
        using var harness = new AdvancedTradeTestHarness();
        harness.Reply(HttpMethod.Get, "/api/v3/brokerage/products", """{"products":[],"num_products":0}""");

        await harness.Client.GetProductsAsync();

        harness.AssertSent(HttpMethod.Get, "/api/v3/brokerage/products?get_tradability_status=false&get_all_products=false");
    }

    [Theory]
    [InlineData(TestKey.Ecdsa)]
    [InlineData(TestKey.Ed25519)]
    public async Task Get_product_sends_the_tradability_flag_and_returns_the_product_itself(TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Get, "/api/v3/brokerage/products/BTC-USD", ProductJson);

        var product = await harness.Client.GetProductAsync("BTC-USD", getTradabilityStatus: true);

        harness.AssertSent(HttpMethod.Get, "/api/v3/brokerage/products/BTC-USD?get_tradability_status=true");
        Assert.Equal("BTC-USD", product.ProductId);
        Assert.Equal(0.00000001m, product.BaseIncrement);
        Assert.Equal(["BTC-USDC"], product.AliasTo);
    }

    [Theory]
    [InlineData(TestKey.Ecdsa)]
    [InlineData(TestKey.Ed25519)]
    public async Task Get_product_book_sends_the_increment_with_its_scale(TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Get, "/api/v3/brokerage/product_book", BookJson);

        var book = await harness.Client.GetProductBookAsync("BTC-USD", limit: 5, aggregationPriceIncrement: 0.10m);

        harness.AssertSent(HttpMethod.Get, "/api/v3/brokerage/product_book?product_id=BTC-USD&limit=5&aggregation_price_increment=0.10");
        Assert.Equal(43250.10m, Assert.Single(book.Pricebook!.Bids).Price);
        Assert.Equal(1.25m, Assert.Single(book.Pricebook.Asks).Size);
        Assert.Equal(0.10m, book.SpreadAbsolute);
    }

    [Theory]
    [InlineData(TestKey.Ecdsa)]
    [InlineData(TestKey.Ed25519)]
    public async Task Get_best_bid_ask_sends_the_products_as_repeated_keys(TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Get, "/api/v3/brokerage/best_bid_ask", """
            {"pricebooks":[{"product_id":"BTC-USD","bids":[{"price":"43250.10","size":"0.5"}],"asks":[{"price":"43250.20","size":"1"}],"time":"2026-12-06T22:00:00Z"},
                           {"product_id":"ETH-USD","bids":[],"asks":[],"time":"2026-12-06T22:00:00Z"}]}
            """);

        var answer = await harness.Client.GetBestBidAskAsync(["BTC-USD", "ETH-USD"]);

        harness.AssertSent(HttpMethod.Get, "/api/v3/brokerage/best_bid_ask?product_ids=BTC-USD&product_ids=ETH-USD");
        Assert.Equal(["BTC-USD", "ETH-USD"], answer.Pricebooks.Select(book => book.ProductId));
        Assert.Equal(43250.20m, answer.Pricebooks[0].Asks[0].Price);
    }

    [Fact]
    public async Task Get_best_bid_ask_without_products_sends_no_query()
    {
        using var harness = new AdvancedTradeTestHarness();
        harness.Reply(HttpMethod.Get, "/api/v3/brokerage/best_bid_ask", """{"pricebooks":[]}""");

        await harness.Client.GetBestBidAskAsync();

        harness.AssertSent(HttpMethod.Get, "/api/v3/brokerage/best_bid_ask");
    }

    [Theory]
    [InlineData(TestKey.Ecdsa)]
    [InlineData(TestKey.Ed25519)]
    public async Task Get_candles_sends_unix_seconds_and_the_granularity(TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Get, "/api/v3/brokerage/products/BTC-USD/candles", CandlesJson);

        var answer = await harness.Client.GetCandlesAsync("BTC-USD", Start.AddMilliseconds(900), Start.AddHours(1), Granularity.OneMinute, limit: 60);

        harness.AssertSent(HttpMethod.Get, "/api/v3/brokerage/products/BTC-USD/candles?start=1700000000&end=1700003600&granularity=ONE_MINUTE&limit=60");
        Assert.Equal(2, answer.Candles.Count);
        Assert.Equal(1700003540, answer.Candles[0].Start);
        Assert.Equal(43250.12m, answer.Candles[0].Close);
        Assert.Equal(3.25m, answer.Candles[1].Volume);
    }

    [Fact]
    public async Task Get_candles_sends_a_window_of_exactly_350_candles()
    {
        using var harness = new AdvancedTradeTestHarness();
        harness.Reply(HttpMethod.Get, "/api/v3/brokerage/products/BTC-USD/candles", """{"candles":[]}""");

        await harness.Client.GetCandlesAsync("BTC-USD", Start, Start.AddMinutes(5 * 350), Granularity.FiveMinute);

        harness.AssertSent(HttpMethod.Get, "/api/v3/brokerage/products/BTC-USD/candles?start=1700000000&end=1700105000&granularity=FIVE_MINUTE");
    }

    [Theory]
    [InlineData("ONE_MINUTE", 351 * 60)]
    [InlineData("ONE_MINUTE", 350 * 60 + 1)]
    [InlineData("ONE_HOUR", 351 * 3600)]
    [InlineData("ONE_DAY", 400 * 86400)]
    public async Task Get_candles_refuses_a_window_of_more_than_350_candles(string granularity, int seconds)
    {
        using var harness = new AdvancedTradeTestHarness();

        var ex = await harness.AssertRejectedAsync<ArgumentException>(client => client.GetCandlesAsync("BTC-USD", Start, Start.AddSeconds(seconds), new Granularity(granularity)), "end");

        Assert.Contains("350", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_candles_sends_a_long_window_of_a_granularity_whose_width_it_does_not_know()
    {
        using var harness = new AdvancedTradeTestHarness();
        harness.Reply(HttpMethod.Get, "/api/v3/brokerage/products/BTC-USD/candles", """{"candles":[]}""");

        await harness.Client.GetCandlesAsync("BTC-USD", Start, Start.AddDays(30), new Granularity("FOUR_HOUR"));

        harness.AssertSent(HttpMethod.Get, "/api/v3/brokerage/products/BTC-USD/candles?start=1700000000&end=1702592000&granularity=FOUR_HOUR");
    }

    [Fact]
    public async Task Get_candles_refuses_bad_arguments_before_sending()
    {
        using var harness = new AdvancedTradeTestHarness();

        await harness.AssertRejectedAsync<ArgumentException>(client => client.GetCandlesAsync("", Start, Start.AddHours(1), Granularity.OneHour), "productId");
        await harness.AssertRejectedAsync<ArgumentException>(client => client.GetCandlesAsync("BTC-USD", Start, Start, Granularity.OneHour), "end");
        await harness.AssertRejectedAsync<ArgumentException>(client => client.GetCandlesAsync("BTC-USD", Start, Start.AddMilliseconds(999), Granularity.OneHour), "end");
        await harness.AssertRejectedAsync<ArgumentException>(client => client.GetCandlesAsync("BTC-USD", Start, Start.AddHours(1), default), "granularity");
        await harness.AssertRejectedAsync<ArgumentOutOfRangeException>(client => client.GetCandlesAsync("BTC-USD", Start, Start.AddHours(1), Granularity.OneMinute, limit: 351), "limit");
        await harness.AssertRejectedAsync<ArgumentOutOfRangeException>(client => client.GetCandlesAsync("BTC-USD", Start, Start.AddHours(1), Granularity.OneMinute, limit: 0), "limit");
    }

    [Theory]
    [InlineData(TestKey.Ecdsa)]
    [InlineData(TestKey.Ed25519)]
    public async Task Get_market_trades_sends_limit_and_window_and_returns_trades_and_best_prices(TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Get, "/api/v3/brokerage/products/BTC-USD/ticker", TradesJson);

        var answer = await harness.Client.GetMarketTradesAsync("BTC-USD", 100, start: Start, end: Start.AddMinutes(1));

        harness.AssertSent(HttpMethod.Get, "/api/v3/brokerage/products/BTC-USD/ticker?limit=100&start=1700000000&end=1700000060");
        var trade = Assert.Single(answer.Trades);
        Assert.Equal("34b080bf", trade.TradeId);
        Assert.Equal(OrderSide.Buy, trade.Side);
        Assert.Equal(0.0105m, trade.Size);
        Assert.Null(trade.Bid);
        Assert.Equal(43250.10m, answer.BestBid);
    }

    [Fact]
    public async Task Get_market_trades_sends_only_the_limit_when_no_window_is_given()
    {
        using var harness = new AdvancedTradeTestHarness();
        harness.Reply(HttpMethod.Get, "/api/v3/brokerage/products/BTC-USD/ticker", """{"trades":[],"best_bid":"1","best_ask":"2"}""");

        await harness.Client.GetMarketTradesAsync("BTC-USD", 1);

        harness.AssertSent(HttpMethod.Get, "/api/v3/brokerage/products/BTC-USD/ticker?limit=1");
    }

    [Fact]
    public async Task Product_methods_refuse_bad_arguments_before_sending()
    {
        using var harness = new AdvancedTradeTestHarness();

        await harness.AssertRejectedAsync<ArgumentException>(client => client.GetProductAsync(".."), "productId");
        await harness.AssertRejectedAsync<ArgumentOutOfRangeException>(client => client.GetProductsAsync(limit: 0), "limit");
        await harness.AssertRejectedAsync<ArgumentOutOfRangeException>(client => client.GetProductsAsync(offset: -1), "offset");
        await harness.AssertRejectedAsync<ArgumentException>(client => client.GetProductsAsync(productIds: ["BTC-USD", " "]), "productIds");
        await harness.AssertRejectedAsync<ArgumentException>(client => client.GetProductBookAsync(" "), "productId");
        await harness.AssertRejectedAsync<ArgumentOutOfRangeException>(client => client.GetProductBookAsync("BTC-USD", aggregationPriceIncrement: 0m), "aggregationPriceIncrement");
        await harness.AssertRejectedAsync<ArgumentOutOfRangeException>(client => client.GetProductBookAsync("BTC-USD", limit: 0), "limit");
        await harness.AssertRejectedAsync<ArgumentException>(client => client.GetBestBidAskAsync([""]), "productIds");
        await harness.AssertRejectedAsync<ArgumentOutOfRangeException>(client => client.GetMarketTradesAsync("BTC-USD", 0), "limit");
        await harness.AssertRejectedAsync<ArgumentException>(client => client.GetMarketTradesAsync("BTC-USD", 10, Start, Start.AddSeconds(-1)), "end");
        await harness.AssertRejectedAsync<ArgumentException>(client => client.GetMarketTradesAsync(".", 10), "productId");
    }
}
