using CoPrA.AdvancedTrade;
using static CoPrA.Tests.AdvancedTrade.ProductsTests;

namespace CoPrA.Tests.AdvancedTrade;

/// <summary>The public market data methods under /market and the server time: unsigned without a key, signed with one.</summary>
public sealed class PublicTests
{
    private static readonly DateTimeOffset Start = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);

    [Theory]
    [InlineData(TestKey.None)]
    [InlineData(TestKey.Ecdsa)]
    [InlineData(TestKey.Ed25519)]
    public async Task Get_public_products_sends_every_filter_and_always_get_all_products(TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Get, "/api/v3/brokerage/market/products", $$"""{"products":[{{ProductJson}}],"num_products":1}""");

        var page = await harness.Client.GetPublicProductsAsync(
            limit: 2, offset: 0, productType: ProductType.Future, productIds: ["BIT-27DEC26-CDE", "BTC-USD"],
            contractExpiryType: ContractExpiryType.Perpetual, expiringContractStatus: ExpiringContractStatus.Unexpired, getAllProducts: true);

        harness.AssertSent(HttpMethod.Get, "/api/v3/brokerage/market/products?limit=2&offset=0&product_type=FUTURE&product_ids=BIT-27DEC26-CDE&product_ids=BTC-USD"
            + "&contract_expiry_type=PERPETUAL&expiring_contract_status=STATUS_UNEXPIRED&get_all_products=true");
        Assert.Equal("BTC-USD", Assert.Single(page.Products).ProductId);
    }

    [Fact]
    public async Task Get_public_products_sends_get_all_products_false_by_default()
    {
        using var harness = new AdvancedTradeTestHarness(TestKey.None);
        harness.Reply(HttpMethod.Get, "/api/v3/brokerage/market/products", """{"products":[]}""");

        await harness.Client.GetPublicProductsAsync();

        harness.AssertSent(HttpMethod.Get, "/api/v3/brokerage/market/products?get_all_products=false");
    }

    [Theory]
    [InlineData(TestKey.None)]
    [InlineData(TestKey.Ecdsa)]
    [InlineData(TestKey.Ed25519)]
    public async Task Get_public_product_returns_the_product_itself(TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Get, "/api/v3/brokerage/market/products/BTC-USD", ProductJson);

        var product = await harness.Client.GetPublicProductAsync("BTC-USD");

        harness.AssertSent(HttpMethod.Get, "/api/v3/brokerage/market/products/BTC-USD");
        Assert.Equal(0.01m, product.QuoteIncrement);
        Assert.Equal(ProductVenue.Cbe, product.ProductVenue);
    }

    [Theory]
    [InlineData(TestKey.None)]
    [InlineData(TestKey.Ed25519)]
    public async Task Get_public_product_book_sends_product_limit_and_increment(TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Get, "/api/v3/brokerage/market/product_book", BookJson);

        var book = await harness.Client.GetPublicProductBookAsync("BTC-USD", limit: 1, aggregationPriceIncrement: 1.00m);

        harness.AssertSent(HttpMethod.Get, "/api/v3/brokerage/market/product_book?product_id=BTC-USD&limit=1&aggregation_price_increment=1.00");
        Assert.Equal(43250.15m, book.Last);
        Assert.Equal("BTC-USD", book.Pricebook!.ProductId);
    }

    [Theory]
    [InlineData(TestKey.None)]
    [InlineData(TestKey.Ecdsa)]
    public async Task Get_public_candles_sends_unix_seconds_and_the_granularity(TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Get, "/api/v3/brokerage/market/products/BTC-USD/candles", CandlesJson);

        var answer = await harness.Client.GetPublicCandlesAsync("BTC-USD", Start, Start.AddDays(2), Granularity.SixHour, limit: 8);

        harness.AssertSent(HttpMethod.Get, "/api/v3/brokerage/market/products/BTC-USD/candles?start=1700000000&end=1700172800&granularity=SIX_HOUR&limit=8");
        Assert.Equal(43300.5m, answer.Candles[0].High);
    }

    [Fact]
    public async Task Get_public_candles_refuses_more_than_350_candles_before_sending()
    {
        using var harness = new AdvancedTradeTestHarness(TestKey.None);

        await harness.AssertRejectedAsync<ArgumentException>(client => client.GetPublicCandlesAsync("BTC-USD", Start, Start.AddMinutes(15 * 351), Granularity.FifteenMinute), "end");
    }

    [Theory]
    [InlineData(TestKey.None)]
    [InlineData(TestKey.Ed25519)]
    public async Task Get_public_market_trades_sends_limit_and_window(TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Get, "/api/v3/brokerage/market/products/BTC-USD/ticker", TradesJson);

        var answer = await harness.Client.GetPublicMarketTradesAsync("BTC-USD", 5, start: Start, end: Start.AddSeconds(30));

        harness.AssertSent(HttpMethod.Get, "/api/v3/brokerage/market/products/BTC-USD/ticker?limit=5&start=1700000000&end=1700000030");
        Assert.Equal(43250.20m, answer.BestAsk);
        Assert.Equal(43250.12m, Assert.Single(answer.Trades).Price);
    }

    [Theory]
    [InlineData(TestKey.None)]
    [InlineData(TestKey.Ecdsa)]
    public async Task Get_unix_time_reads_iso_and_the_epoch_strings(TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Get, "/api/v3/brokerage/time", """{"iso":"2026-12-06T22:30:00.123Z","epochSeconds":"1796596200","epochMillis":"1796596200123"}""");

        var time = await harness.Client.GetUnixTimeAsync();

        harness.AssertSent(HttpMethod.Get, "/api/v3/brokerage/time");
        Assert.Equal(new DateTimeOffset(2026, 12, 6, 22, 30, 0, 123, TimeSpan.Zero), time.Iso);
        Assert.Equal(1796596200, time.EpochSeconds);
        Assert.Equal(1796596200123, time.EpochMillis);
    }

    [Fact]
    public async Task Public_methods_refuse_bad_arguments_before_sending()
    {
        using var harness = new AdvancedTradeTestHarness(TestKey.None);

        await harness.AssertRejectedAsync<ArgumentException>(client => client.GetPublicProductAsync(""), "productId");
        await harness.AssertRejectedAsync<ArgumentOutOfRangeException>(client => client.GetPublicProductsAsync(limit: -5), "limit");
        await harness.AssertRejectedAsync<ArgumentException>(client => client.GetPublicProductBookAsync(""), "productId");
        await harness.AssertRejectedAsync<ArgumentOutOfRangeException>(client => client.GetPublicProductBookAsync("BTC-USD", aggregationPriceIncrement: -1m), "aggregationPriceIncrement");
        await harness.AssertRejectedAsync<ArgumentException>(client => client.GetPublicCandlesAsync("BTC-USD", Start, Start.AddHours(-1), Granularity.OneHour), "end");
        await harness.AssertRejectedAsync<ArgumentOutOfRangeException>(client => client.GetPublicMarketTradesAsync("BTC-USD", 0), "limit");
    }
}
