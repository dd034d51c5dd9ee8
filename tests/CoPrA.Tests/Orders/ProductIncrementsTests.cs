using System.Text.Json;
using CoPrA.Orders;
using CoPrA.Rest;
using static CoPrA.Tests.Rest.RestTestHarness;

namespace CoPrA.Tests.Orders;

/// <summary>Rounding to a product's increments in the safe direction, and the opt-in pre-check.</summary>
public class ProductIncrementsTests
{
    private const string ProductJson = """
        {"id": "BTC-USD", "base_currency": "BTC", "quote_currency": "USD", "quote_increment": "0.01",
         "base_increment": "0.00000001", "min_market_funds": "1", "status": "online"}
        """;

    private static readonly ProductIncrements Btc = new(0.01m, 0.00000001m, MinFunds: 1m);

    [Theory]
    [InlineData(Side.Buy, "100.019", "100.01")]
    [InlineData(Side.Sell, "100.011", "100.02")]
    [InlineData(Side.Buy, "100.01", "100.01")]
    [InlineData(Side.Sell, "100.01", "100.01")]
    public void RoundPrice_goes_down_for_a_buy_and_up_for_a_sell(Side side, string price, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Btc.RoundPrice(side, decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void RoundSize_and_RoundFunds_go_down()
    {
        Assert.Equal(0.12345678m, Btc.RoundSize(0.123456789m));
        Assert.Equal(25.99m, Btc.RoundFunds(25.999m));
        Assert.Equal(1.5m, new ProductIncrements(0.5m, 0.5m).RoundSize(1.99m));
    }

    [Fact]
    public void Without_increments_nothing_is_rounded()
    {
        var none = new ProductIncrements(null, null);
        Assert.Equal(1.23456m, none.RoundPrice(Side.Sell, 1.23456m));
        Assert.Equal(1.23456m, none.RoundSize(1.23456m));
    }

    [Fact]
    public void RoundPrice_refuses_an_unknown_side() =>
        Assert.Equal("side", Assert.Throws<ArgumentOutOfRangeException>(() => Btc.RoundPrice(Side.Unknown, 1m)).ParamName);

    [Fact]
    public void Random_values_round_to_a_multiple_within_one_increment_on_the_safe_side()
    {
        var random = new Random(17);
        decimal[] steps = [0.01m, 0.00000001m, 0.5m, 0.0001m, 5m, 0.000001m];
        for (int i = 0; i < 20_000; i++)
        {
            decimal step = steps[random.Next(steps.Length)];
            var rules = new ProductIncrements(step, step);
            // Up to 12 decimal places, up to about a million: exact decimals, never doubles.
            decimal value = new decimal(random.Next(), random.Next(0, 1000), 0, false, (byte)random.Next(0, 13)) % 1_000_000m;

            decimal buy = rules.RoundPrice(Side.Buy, value);
            decimal sell = rules.RoundPrice(Side.Sell, value);
            decimal size = rules.RoundSize(value);
            decimal funds = rules.RoundFunds(value);
            foreach (decimal rounded in new[] { buy, sell, size, funds })
            {
                Assert.True(rounded % step == 0, $"{rounded} is not a multiple of {step} (from {value})");
                Assert.True(Math.Abs(rounded - value) < step, $"{rounded} is more than one {step} from {value}");
            }

            Assert.True(buy <= value, $"buy {buy} above {value}");
            Assert.True(sell >= value, $"sell {sell} below {value}");
            Assert.True(size <= value && funds <= value, $"size {size} or funds {funds} above {value}");
            Assert.Empty(rules.CheckLimitOrder(buy, size));
        }
    }

    [Fact]
    public void CheckLimitOrder_lists_every_problem_naming_the_parameter()
    {
        var rules = new ProductIncrements(0.01m, 0.001m, MinSize: 0.01m, MaxSize: 100m, MinFunds: 10m, MaxFunds: 1000m);

        Assert.Empty(rules.CheckLimitOrder(100m, 0.5m));
        Assert.Equal(
            [("price", IncrementRule.NotAMultiple), ("size", IncrementRule.NotAMultiple), ("size", IncrementRule.BelowMinimum), ("size", IncrementRule.BelowMinimumFunds)],
            rules.CheckLimitOrder(100.001m, 0.0005m).Select(problem => (problem.ParamName, problem.Rule)));
        Assert.Equal(
            [("size", IncrementRule.AboveMaximum), ("size", IncrementRule.AboveMaximumFunds)],
            rules.CheckLimitOrder(100m, 101m).Select(problem => (problem.ParamName, problem.Rule)));
    }

    [Fact]
    public void CheckMarketOrder_checks_funds_against_the_quote_increment_and_limits()
    {
        var rules = new ProductIncrements(0.01m, 0.001m, MinFunds: 10m, MaxFunds: 1000m);

        Assert.Empty(rules.CheckMarketOrder(null, 10m));
        Assert.Equal([IncrementRule.NotAMultiple], rules.CheckMarketOrder(null, 10.005m).Select(problem => problem.Rule));
        Assert.Equal([IncrementRule.BelowMinimumFunds], rules.CheckMarketOrder(null, 9.99m).Select(problem => problem.Rule));
        Assert.Equal([IncrementRule.AboveMaximumFunds], rules.CheckMarketOrder(null, 1000.01m).Select(problem => problem.Rule));
        Assert.Equal("size", Assert.Throws<ArgumentException>(() => rules.EnsureMarketOrder(0.0001m, null)).ParamName);
    }

    [Fact]
    public void EnsureLimitOrder_throws_the_first_problem_naming_the_parameter()
    {
        var ex = Assert.Throws<ArgumentException>(() => Btc.EnsureLimitOrder(100.001m, 1m));
        Assert.Equal("price", ex.ParamName);
        Assert.Contains("not a multiple of the increment 0.01", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void From_reads_the_products_increments_and_the_retired_limits_when_sent()
    {
        var product = JsonSerializer.Deserialize(
            """{"id":"BTC-USD","quote_increment":"0.01","base_increment":"0.0001","min_market_funds":"5","base_min_size":"0.001","base_max_size":"200","max_market_funds":"1000000"}""",
            CoPrAJsonContext.Default.Product)!;

        Assert.Equal(new ProductIncrements(0.01m, 0.0001m, 0.001m, 200m, 5m, 1000000m), ProductIncrements.From(product));
        Assert.Equal(new ProductIncrements(null, null), ProductIncrements.From(new Product()));
    }

    [Fact]
    public async Task LimitOrderCheckedAsync_sends_no_POST_for_a_non_conforming_order()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/products/BTC-USD", ProductJson);

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => harness.Client.LimitOrderCheckedAsync(Side.Buy, "BTC-USD", 100.001m, 0.5m));

        Assert.Equal("price", ex.ParamName);
        Assert.DoesNotContain(harness.Sent, request => request.Method == HttpMethod.Post);
        Assert.Single(harness.Sent);
    }

    [Fact]
    public async Task MarketOrderCheckedAsync_with_given_increments_sends_nothing_for_funds_below_the_minimum()
    {
        using var harness = Authenticated();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => harness.Client.MarketOrderCheckedAsync(Side.Buy, "BTC-USD", funds: 0.5m, increments: Btc));

        Assert.Equal("funds", ex.ParamName);
        harness.AssertNothingSent();
    }

    [Fact]
    public async Task LimitOrderCheckedAsync_places_a_conforming_order()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/products/BTC-USD", ProductJson);
        harness.Reply(HttpMethod.Post, "/orders", """{"id":"a","product_id":"BTC-USD","side":"buy","status":"pending"}""");

        var order = await harness.Client.LimitOrderCheckedAsync(Side.Buy, "BTC-USD", Btc.RoundPrice(Side.Buy, 100.019m), Btc.RoundSize(0.123456789m));

        Assert.Equal("a", order.Id);
        var post = Assert.Single(harness.Sent, request => request.Method == HttpMethod.Post);
        Assert.Contains("\"price\":\"100.01\",\"size\":\"0.12345678\"", post.Body, StringComparison.Ordinal);
    }
}
