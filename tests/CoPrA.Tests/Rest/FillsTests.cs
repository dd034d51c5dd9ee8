using CoPrA.Rest;
using static CoPrA.Tests.Rest.RestTestHarness;

namespace CoPrA.Tests.Rest;

/// <summary>Fills: a signed, paginated GET filtered by exactly one of order or product.</summary>
public class FillsTests
{
    // CoPrA's fills example and the OpenAPI one.
    private const string FillsJson = """
        [{"trade_id": 74, "product_id": "BTC-USD", "price": "10.00", "size": "0.01", "order_id": "d50ec984-77a8-460a-b958-66f114b0de9b",
          "created_at": "2014-11-07T22:19:28.578544Z", "liquidity": "T", "fee": "0.00025", "settled": true, "side": "buy"},
         {"created_at": "2019-11-21T01:38:23.878Z", "trade_id": 78098253, "product_id": "BTC-USD", "order_id": "41473628-db2c-464e-b9f4-82df7e4fb4f4",
          "user_id": "5cf6e115aaf44503db300f1e", "profile_id": "8058d771-2d88-4f0f-ab6e-299c153d4308", "liquidity": "M",
          "price": "8087.38000000", "size": "0.00601800", "fee": "0.2433492642000000", "side": "sell", "settled": true,
          "usd_volume": "48.6698528400000000", "funding_currency": "USDC", "market_type": "spot"},
         {"created_at": "2019-11-21T01:38:24Z", "trade_id": "78098254", "product_id": "BTC-USD", "order_id": "x", "liquidity": "A",
          "price": "1", "size": "1", "fee": "0", "side": "sell", "rebate": "0.01"}]
        """;

    [Fact]
    public async Task FillsAsync_by_product_sends_limit_then_product_and_reads_fills()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/fills", FillsJson, headers: [("cb-before", "78098254"), ("cb-after", "74")]);

        var (fills, before, after) = await harness.Client.FillsAsync(productId: "BTC-USD");

        AssertSigned(harness.AssertSent(HttpMethod.Get, "/fills?limit=100&product_id=BTC-USD&" + NoCache));
        Assert.Equal("78098254", before);
        Assert.Equal("74", after);
        var first = fills[0];
        Assert.Equal(74L, first.TradeId);
        Assert.Equal("BTC-USD", first.ProductId);
        Assert.Equal(10m, first.Price);
        Assert.Equal(0.01m, first.Size);
        Assert.Equal("d50ec984-77a8-460a-b958-66f114b0de9b", first.OrderId);
        Assert.Equal(new DateTimeOffset(2014, 11, 7, 22, 19, 28, TimeSpan.Zero).AddTicks(5785440), first.CreatedAt);
        Assert.Equal(Liquidity.Taker, first.Liquidity);
        Assert.Equal(0.00025m, first.Fee);
        Assert.True(first.Settled);
        Assert.Equal(Side.Buy, first.Side);
        var second = fills[1];
        Assert.Equal(Liquidity.Maker, second.Liquidity);
        Assert.Equal(48.66985284m, second.UsdVolume);
        Assert.Equal("USDC", second.FundingCurrency);
        Assert.Equal("spot", second.MarketType);
        Assert.Equal("5cf6e115aaf44503db300f1e", second.UserId);
        var third = fills[2];
        Assert.Equal(78098254L, third.TradeId);
        Assert.Equal(Liquidity.Unknown, third.Liquidity);
        Assert.Equal("0.01", third.ExtensionData!["rebate"].GetString());
    }

    [Fact]
    public async Task FillsAsync_by_order_sends_limit_cursor_then_order()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/fills", "[]");

        var page = await harness.Client.FillsAsync(orderId: "d50ec984-77a8-460a-b958-66f114b0de9b", limit: 10, after: "74");

        AssertSigned(harness.AssertSent(HttpMethod.Get, "/fills?limit=10&after=74&order_id=d50ec984-77a8-460a-b958-66f114b0de9b&" + NoCache));
        Assert.Empty(page.Results);
        Assert.Null(page.Before);
        Assert.Null(page.After);
    }

    [Fact]
    public async Task FillsAsync_treats_an_empty_id_as_not_given()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/fills", "[]");

        await harness.Client.FillsAsync(orderId: "", productId: "ETH-USD", before: "9");

        harness.AssertSent(HttpMethod.Get, "/fills?limit=100&before=9&product_id=ETH-USD&" + NoCache);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", "")]
    public async Task FillsAsync_needs_an_order_or_a_product(string? orderId, string? productId)
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentException>(c => c.FillsAsync(orderId, productId), "orderId", "Either order_id or product_id must be defined.");
    }

    [Fact]
    public async Task FillsAsync_rejects_both_an_order_and_a_product()
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentException>(c => c.FillsAsync("d50ec984", "BTC-USD"), "productId", "order_id or product_id cannot both be sent.");
    }

    [Fact]
    public async Task FillsAsync_checks_cursors_first_as_CoPrA_does()
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentException>(c => c.FillsAsync(before: "2", after: "1"), "after", "before and after cannot both be provided.");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public async Task FillsAsync_rejects_a_limit_outside_1_to_1000(int limit)
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentOutOfRangeException>(c => c.FillsAsync(productId: "BTC-USD", limit: limit), "limit", "limit must be between 1 and 1000.");
    }

    [Fact]
    public async Task FillsAsync_validation_error_wins_over_missing_credentials()
    {
        using var harness = Anonymous();
        await harness.AssertRejectedAsync<ArgumentException>(c => c.FillsAsync(), "orderId", "Either order_id or product_id must be defined.");
    }
}
