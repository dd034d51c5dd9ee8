using CoPrA.AdvancedTrade;
using static CoPrA.Tests.AdvancedTrade.OrderHelperCases;

namespace CoPrA.Tests.AdvancedTrade;

/// <summary>
/// The preview helpers: each sends what its create twin sends, less the client order id and the
/// self-trade prevention id, to the preview path, and returns the preview.
/// </summary>
public sealed class PreviewHelperTests
{
    private const string Preview = """{"order_total":"251.05","commission_total":"1.50","errs":[],"warning":[],"preview_id":"p-1","base_size":"0.0100"}""";

    // Each preview helper with the arguments its create twin gets in OrderHelperCases.Create.
    private static readonly Dictionary<string, Func<AdvancedTradeClient, Task<PreviewOrderResponse>>> Calls = new()
    {
        ["PreviewMarketOrderAsync"] = c => c.PreviewMarketOrderAsync("BTC-USD", OrderSide.Buy, quoteSize: 100.50m, leverage: 2.0m, marginType: MarginType.Cross, retailPortfolioId: "pf-1"),
        ["PreviewMarketOrderBuyAsync"] = c => c.PreviewMarketOrderBuyAsync("BTC-USD", baseSize: 0.0100m),
        ["PreviewMarketOrderSellAsync"] = c => c.PreviewMarketOrderSellAsync("BTC-USD", 0.0100m),
        ["PreviewLimitOrderIocAsync"] = c => c.PreviewLimitOrderIocAsync("BTC-USD", OrderSide.Sell, 0.0100m, 25000.50m, 2.0m, MarginType.Cross, "pf-1"),
        ["PreviewLimitOrderIocBuyAsync"] = c => c.PreviewLimitOrderIocBuyAsync("BTC-USD", 0.0100m, 25000.50m),
        ["PreviewLimitOrderIocSellAsync"] = c => c.PreviewLimitOrderIocSellAsync("BTC-USD", 0.0100m, 25000.50m),
        ["PreviewLimitOrderGtcAsync"] = c => c.PreviewLimitOrderGtcAsync("BTC-USD", OrderSide.Buy, 0.0100m, 25000.50m, true, 2.0m, MarginType.Cross, "pf-1"),
        ["PreviewLimitOrderGtcBuyAsync"] = c => c.PreviewLimitOrderGtcBuyAsync("BTC-USD", 0.0100m, 25000.50m, attachedOrderConfiguration: Bracket),
        ["PreviewLimitOrderGtcSellAsync"] = c => c.PreviewLimitOrderGtcSellAsync("BTC-USD", 0.0100m, 25000.50m, postOnly: true),
        ["PreviewLimitOrderGtdAsync"] = c => c.PreviewLimitOrderGtdAsync("BTC-USD", OrderSide.Sell, 0.0100m, 25000.50m, End, true, 2.0m, MarginType.Cross, "pf-1", Bracket),
        ["PreviewLimitOrderGtdBuyAsync"] = c => c.PreviewLimitOrderGtdBuyAsync("BTC-USD", 0.0100m, 25000.50m, End),
        ["PreviewLimitOrderGtdSellAsync"] = c => c.PreviewLimitOrderGtdSellAsync("BTC-USD", 0.0100m, 25000.50m, End, postOnly: true),
        ["PreviewLimitOrderFokAsync"] = c => c.PreviewLimitOrderFokAsync("BTC-USD", OrderSide.Buy, 0.0100m, 25000.50m, 2.0m, MarginType.Cross, "pf-1"),
        ["PreviewLimitOrderFokBuyAsync"] = c => c.PreviewLimitOrderFokBuyAsync("BTC-USD", 0.0100m, 25000.50m),
        ["PreviewLimitOrderFokSellAsync"] = c => c.PreviewLimitOrderFokSellAsync("BTC-USD", 0.0100m, 25000.50m),
        ["PreviewStopLimitOrderGtcAsync"] = c => c.PreviewStopLimitOrderGtcAsync("BTC-USD", OrderSide.Sell, 0.0100m, 24000.00m, 24100.0m, StopDirection.StopDown, 2.0m, MarginType.Cross, "pf-1"),
        ["PreviewStopLimitOrderGtcBuyAsync"] = c => c.PreviewStopLimitOrderGtcBuyAsync("BTC-USD", 0.0100m, 26000.00m, 25900.0m, StopDirection.StopUp),
        ["PreviewStopLimitOrderGtcSellAsync"] = c => c.PreviewStopLimitOrderGtcSellAsync("BTC-USD", 0.0100m, 24000.00m, 24100.0m, StopDirection.StopDown),
        ["PreviewStopLimitOrderGtdAsync"] = c => c.PreviewStopLimitOrderGtdAsync("BTC-USD", OrderSide.Buy, 0.0100m, 26000.00m, 25900.0m, End, StopDirection.StopUp, 2.0m, MarginType.Cross, "pf-1"),
        ["PreviewStopLimitOrderGtdBuyAsync"] = c => c.PreviewStopLimitOrderGtdBuyAsync("BTC-USD", 0.0100m, 26000.00m, 25900.0m, End, StopDirection.StopUp),
        ["PreviewStopLimitOrderGtdSellAsync"] = c => c.PreviewStopLimitOrderGtdSellAsync("BTC-USD", 0.0100m, 24000.00m, 24100.0m, End, StopDirection.StopDown),
        ["PreviewTriggerBracketOrderGtcAsync"] = c => c.PreviewTriggerBracketOrderGtcAsync("BTC-USD", OrderSide.Sell, 0.0100m, 26000.00m, 24000.0m, 2.0m, MarginType.Cross, "pf-1"),
        ["PreviewTriggerBracketOrderGtcBuyAsync"] = c => c.PreviewTriggerBracketOrderGtcBuyAsync("BTC-USD", 0.0100m, 24000.00m, 26000.0m),
        ["PreviewTriggerBracketOrderGtcSellAsync"] = c => c.PreviewTriggerBracketOrderGtcSellAsync("BTC-USD", 0.0100m, 26000.00m, 24000.0m),
        ["PreviewTriggerBracketOrderGtdAsync"] = c => c.PreviewTriggerBracketOrderGtdAsync("BTC-USD", OrderSide.Buy, 0.0100m, 24000.00m, 26000.0m, End, 2.0m, MarginType.Cross, "pf-1"),
        ["PreviewTriggerBracketOrderGtdBuyAsync"] = c => c.PreviewTriggerBracketOrderGtdBuyAsync("BTC-USD", 0.0100m, 24000.00m, 26000.0m, End),
        ["PreviewTriggerBracketOrderGtdSellAsync"] = c => c.PreviewTriggerBracketOrderGtdSellAsync("BTC-USD", 0.0100m, 26000.00m, 24000.0m, End),
        ["PreviewMarketOrderFokAsync"] = c => c.PreviewMarketOrderFokAsync("BTC-USD", OrderSide.Buy, quoteSize: 100.50m, leverage: 2.0m, marginType: MarginType.Cross, retailPortfolioId: "pf-1"),
        ["PreviewMarketOrderFokBuyAsync"] = c => c.PreviewMarketOrderFokBuyAsync("BTC-USD", quoteSize: 100.50m),
        ["PreviewMarketOrderFokSellAsync"] = c => c.PreviewMarketOrderFokSellAsync("BTC-USD", 0.0100m),
        ["PreviewTwapLimitGtdAsync"] = c => c.PreviewTwapLimitGtdAsync("BTC-USD", OrderSide.Buy, 25000.50m, End.AddHours(-2), End, 4, baseSize: 0.0400m, bucketSize: 0.0100m, bucketDuration: TimeSpan.FromMinutes(30), leverage: 2.0m, marginType: MarginType.Cross, retailPortfolioId: "pf-1"),
        ["PreviewTwapLimitGtdBuyAsync"] = c => c.PreviewTwapLimitGtdBuyAsync("BTC-USD", 25000.50m, End.AddHours(-2), End, 4, quoteSize: 1000.00m),
        ["PreviewTwapLimitGtdSellAsync"] = c => c.PreviewTwapLimitGtdSellAsync("BTC-USD", 25000.50m, End.AddHours(-2), End, 4, baseSize: 0.0400m),
    };

    public static TheoryData<string, TestKey> Helpers => WithBothKeys(Calls.Keys);

    [Theory]
    [MemberData(nameof(Helpers))]
    public async Task Each_preview_helper_sends_what_its_create_twin_sends_less_the_ids_and_returns_the_preview(string helper, TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Post, PreviewPath, Preview);
        var (_, side, configuration, extra) = Create[helper["Preview".Length..]];

        var preview = await Calls[helper](harness.Client);

        harness.AssertSent(HttpMethod.Post, PreviewPath, $"{{\"product_id\":\"BTC-USD\",\"side\":\"{side}\",\"order_configuration\":{configuration}{extra.Replace(SelfTradePreventionJson, "", StringComparison.Ordinal)}}}");
        Assert.Equal(251.05m, preview.OrderTotal);
        Assert.Equal("p-1", preview.PreviewId);
    }

    [Fact]
    public void Every_helper_on_the_preview_path_has_a_case_and_a_create_twin()
    {
        var helpers = HelpersOn(PreviewPath, except: nameof(AdvancedTradeClient.PreviewOrderAsync)).ToArray();

        Assert.Equal(helpers, Calls.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(helpers, Create.Keys.Select(name => "Preview" + name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Bad_arguments_are_refused_before_anything_is_sent()
    {
        using var harness = new AdvancedTradeTestHarness(TestKey.Ecdsa);

        await harness.AssertRejectedAsync<ArgumentException>(c => c.PreviewMarketOrderAsync("BTC-USD", default, quoteSize: 10m), "side");
        await harness.AssertRejectedAsync<ArgumentException>(c => c.PreviewMarketOrderSellAsync("BTC-USD", 0m), "baseSize");
        await harness.AssertRejectedAsync<ArgumentException>(c => c.PreviewLimitOrderGtdBuyAsync("BTC-USD", 1m, 0m, End), "limitPrice");
        await harness.AssertRejectedAsync<ArgumentException>(c => c.PreviewStopLimitOrderGtdSellAsync("BTC-USD", 1m, 100m, 101m, End, default), "stopDirection");
        await harness.AssertRejectedAsync<ArgumentException>(c => c.PreviewTriggerBracketOrderGtcBuyAsync(" ", 1m, 90m, 110m), "productId");
        await harness.AssertRejectedAsync<ArgumentException>(c => c.PreviewLimitOrderGtcSellAsync("BTC-USD", 1m, 100m, attachedOrderConfiguration: new AttachedOrderConfiguration()), "attachedOrderConfiguration");
        await harness.AssertRejectedAsync<ArgumentException>(c => c.PreviewTwapLimitGtdBuyAsync("BTC-USD", 100m, End, End.AddHours(-1), 4, baseSize: 1m), "endTime");
    }
}
