using CoPrA.AdvancedTrade;
using CoPrA.Rest;

namespace CoPrA.Tests.AdvancedTrade;

/// <summary>
/// The order helpers: each sends its side and configuration (decimal strings with their scale,
/// end times in UTC, post_only as a boolean) through the create call, with a verified token.
/// </summary>
public sealed class OrderHelperTests
{
    private const string Path = OrderHelperCases.CreatePath;
    private const string Accepted = """{"success":true,"order_id":"o-1","success_response":{"order_id":"o-1","product_id":"BTC-USD","side":"BUY","client_order_id":"id-1"}}""";

    public static TheoryData<string, TestKey> Helpers => OrderHelperCases.WithBothKeys(OrderHelperCases.Create.Keys);

    [Theory]
    [MemberData(nameof(Helpers))]
    public async Task Each_helper_sends_its_side_and_configuration_through_the_create_call_with_a_verified_token(string helper, TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Post, Path, Accepted);
        var (call, side, configuration, extra) = OrderHelperCases.Create[helper];

        await call(harness.Client);

        harness.AssertSent(HttpMethod.Post, Path, $"{{\"client_order_id\":\"id-1\",\"product_id\":\"BTC-USD\",\"side\":\"{side}\",\"order_configuration\":{configuration}{extra}}}");
    }

    [Fact]
    public void Every_helper_on_the_orders_path_has_a_case() =>
        Assert.Equal(OrderHelperCases.HelpersOn(Path, except: nameof(AdvancedTradeClient.CreateOrderAsync)), OrderHelperCases.Create.Keys.Order(StringComparer.Ordinal));

    [Fact]
    public async Task A_helper_generates_a_missing_client_order_id_and_throws_a_refusal()
    {
        using var harness = new AdvancedTradeTestHarness(TestKey.Ecdsa);
        harness.Reply(HttpMethod.Post, Path, """{"success":false,"error_response":{"error":"INSUFFICIENT_FUND","message":"Insufficient balance in source account"}}""");

        var ex = await Assert.ThrowsAsync<OrderRejectedException>(() => harness.Client.LimitOrderGtcBuyAsync(null, "BTC-USD", 0.0100m, 25000.50m));

        Assert.Matches("^[0-9a-f]{32}$", ex.ClientOrderId);
        Assert.Equal("INSUFFICIENT_FUND", ex.ErrorCode);
    }

    public static TheoryData<string, string> Invalid => new()
    {
        { "MarketOrderAsync", "side" },
        { "MarketOrderBuyAsync", "quoteSize" },
        { "MarketOrderSellAsync", "baseSize" },
        { "LimitOrderIocBuyAsync", "limitPrice" },
        { "LimitOrderGtcSellAsync", "baseSize" },
        { "LimitOrderGtcBuyAsync", "attachedOrderConfiguration" },
        { "LimitOrderGtdBuyAsync", "productId" },
        { "LimitOrderFokSellAsync", "limitPrice" },
        { "StopLimitOrderGtcBuyAsync", "stopDirection" },
        { "StopLimitOrderGtdSellAsync", "stopPrice" },
        { "TriggerBracketOrderGtcSellAsync", "stopTriggerPrice" },
        { "TriggerBracketOrderGtdBuyAsync", "baseSize" },
        { "MarketOrderFokBuyAsync", "quoteSize" },
        { "TwapLimitGtdSellAsync", "endTime" },
        { "TwapLimitGtdBuyAsync", "numberBuckets" },
        { "LimitOrderIocAsync", "clientOrderId" },
    };

    private static readonly Dictionary<string, Func<AdvancedTradeClient, Task>> InvalidCalls = new()
    {
        ["MarketOrderAsync"] = c => c.MarketOrderAsync("id-1", "BTC-USD", default, quoteSize: 10m),
        ["MarketOrderBuyAsync"] = c => c.MarketOrderBuyAsync("id-1", "BTC-USD", quoteSize: 0m),
        ["MarketOrderSellAsync"] = c => c.MarketOrderSellAsync("id-1", "BTC-USD", -0.5m),
        ["LimitOrderIocBuyAsync"] = c => c.LimitOrderIocBuyAsync("id-1", "BTC-USD", 1m, 0m),
        ["LimitOrderGtcSellAsync"] = c => c.LimitOrderGtcSellAsync("id-1", "BTC-USD", 0m, 100m),
        ["LimitOrderGtcBuyAsync"] = c => c.LimitOrderGtcBuyAsync("id-1", "BTC-USD", 1m, 100m, attachedOrderConfiguration: new AttachedOrderConfiguration()),
        ["LimitOrderGtdBuyAsync"] = c => c.LimitOrderGtdBuyAsync("id-1", " ", 1m, 100m, OrderHelperCases.End),
        ["LimitOrderFokSellAsync"] = c => c.LimitOrderFokSellAsync("id-1", "BTC-USD", 1m, -100m),
        ["StopLimitOrderGtcBuyAsync"] = c => c.StopLimitOrderGtcBuyAsync("id-1", "BTC-USD", 1m, 100m, 99m, default),
        ["StopLimitOrderGtdSellAsync"] = c => c.StopLimitOrderGtdSellAsync("id-1", "BTC-USD", 1m, 100m, 0m, OrderHelperCases.End, StopDirection.StopDown),
        ["TriggerBracketOrderGtcSellAsync"] = c => c.TriggerBracketOrderGtcSellAsync("id-1", "BTC-USD", 1m, 110m, 0m),
        ["TriggerBracketOrderGtdBuyAsync"] = c => c.TriggerBracketOrderGtdBuyAsync("id-1", "BTC-USD", 0m, 90m, 110m, OrderHelperCases.End),
        ["MarketOrderFokBuyAsync"] = c => c.MarketOrderFokBuyAsync("id-1", "BTC-USD", quoteSize: 10m, baseSize: 1m),
        ["TwapLimitGtdSellAsync"] = c => c.TwapLimitGtdSellAsync("id-1", "BTC-USD", 100m, OrderHelperCases.End, OrderHelperCases.End, 4, baseSize: 1m),
        ["TwapLimitGtdBuyAsync"] = c => c.TwapLimitGtdBuyAsync("id-1", "BTC-USD", 100m, OrderHelperCases.End.AddHours(-1), OrderHelperCases.End, 0, baseSize: 1m),
        ["LimitOrderIocAsync"] = c => c.LimitOrderIocAsync(" ", "BTC-USD", OrderSide.Buy, 1m, 100m),
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task Bad_arguments_are_refused_naming_the_helper_parameter_before_anything_is_sent(string helper, string paramName)
    {
        using var harness = new AdvancedTradeTestHarness(TestKey.Ecdsa);

        await harness.AssertRejectedAsync<ArgumentException>(InvalidCalls[helper], paramName);
    }
}
