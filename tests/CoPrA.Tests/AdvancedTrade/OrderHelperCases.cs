using System.Reflection;
using CoPrA.AdvancedTrade;
using CoPrA.Rest;

namespace CoPrA.Tests.AdvancedTrade;

/// <summary>
/// What the helper tests share: every create helper called with its arguments, with the side,
/// configuration and further fields its body must carry (a preview with the same arguments sends the
/// same, less the self-trade prevention id), the helpers found by their endpoint, and theory rows for
/// both key kinds.
/// </summary>
internal static class OrderHelperCases
{
    public const string CreatePath = "/api/v3/brokerage/orders";
    public const string PreviewPath = "/api/v3/brokerage/orders/preview";

    // An end time an hour ahead of UTC: the body must carry it in UTC.
    public static readonly DateTimeOffset End = new(2026, 12, 31, 23, 30, 0, TimeSpan.FromHours(1));
    public const string EndText = "2026-12-31T22:30:00Z";
    public static readonly AttachedOrderConfiguration Bracket = AttachedOrderConfiguration.TriggerBracket(26000.00m, 24000.0m);
    public const string BracketJson = ",\"attached_order_configuration\":{\"trigger_bracket_gtc\":{\"limit_price\":\"26000.00\",\"stop_trigger_price\":\"24000.0\"}}";

    // The optional parameters every generic helper passes, and how they travel.
    public const string SelfTradePreventionJson = ",\"self_trade_prevention_id\":\"stp-1\"";
    public const string Optional = ",\"leverage\":\"2.0\",\"margin_type\":\"CROSS\",\"retail_portfolio_id\":\"pf-1\"" + SelfTradePreventionJson;

    public static readonly Dictionary<string, (Func<AdvancedTradeClient, Task> Call, string Side, string Configuration, string Extra)> Create = new()
    {
        ["MarketOrderAsync"] = (c => c.MarketOrderAsync("id-1", "BTC-USD", OrderSide.Buy, quoteSize: 100.50m, selfTradePreventionId: "stp-1", leverage: 2.0m, marginType: MarginType.Cross, retailPortfolioId: "pf-1"), "BUY", "{\"market_market_ioc\":{\"quote_size\":\"100.50\"}}", Optional),
        ["MarketOrderBuyAsync"] = (c => c.MarketOrderBuyAsync("id-1", "BTC-USD", baseSize: 0.0100m), "BUY", "{\"market_market_ioc\":{\"base_size\":\"0.0100\"}}", ""),
        ["MarketOrderSellAsync"] = (c => c.MarketOrderSellAsync("id-1", "BTC-USD", 0.0100m), "SELL", "{\"market_market_ioc\":{\"base_size\":\"0.0100\"}}", ""),
        ["LimitOrderIocAsync"] = (c => c.LimitOrderIocAsync("id-1", "BTC-USD", OrderSide.Sell, 0.0100m, 25000.50m, "stp-1", 2.0m, MarginType.Cross, "pf-1"), "SELL", "{\"sor_limit_ioc\":{\"base_size\":\"0.0100\",\"limit_price\":\"25000.50\"}}", Optional),
        ["LimitOrderIocBuyAsync"] = (c => c.LimitOrderIocBuyAsync("id-1", "BTC-USD", 0.0100m, 25000.50m), "BUY", "{\"sor_limit_ioc\":{\"base_size\":\"0.0100\",\"limit_price\":\"25000.50\"}}", ""),
        ["LimitOrderIocSellAsync"] = (c => c.LimitOrderIocSellAsync("id-1", "BTC-USD", 0.0100m, 25000.50m), "SELL", "{\"sor_limit_ioc\":{\"base_size\":\"0.0100\",\"limit_price\":\"25000.50\"}}", ""),
        ["LimitOrderGtcAsync"] = (c => c.LimitOrderGtcAsync("id-1", "BTC-USD", OrderSide.Buy, 0.0100m, 25000.50m, true, "stp-1", 2.0m, MarginType.Cross, "pf-1"), "BUY", "{\"limit_limit_gtc\":{\"base_size\":\"0.0100\",\"limit_price\":\"25000.50\",\"post_only\":true}}", Optional),
        ["LimitOrderGtcBuyAsync"] = (c => c.LimitOrderGtcBuyAsync("id-1", "BTC-USD", 0.0100m, 25000.50m, attachedOrderConfiguration: Bracket), "BUY", "{\"limit_limit_gtc\":{\"base_size\":\"0.0100\",\"limit_price\":\"25000.50\",\"post_only\":false}}", BracketJson),
        ["LimitOrderGtcSellAsync"] = (c => c.LimitOrderGtcSellAsync("id-1", "BTC-USD", 0.0100m, 25000.50m, postOnly: true), "SELL", "{\"limit_limit_gtc\":{\"base_size\":\"0.0100\",\"limit_price\":\"25000.50\",\"post_only\":true}}", ""),
        ["LimitOrderGtdAsync"] = (c => c.LimitOrderGtdAsync("id-1", "BTC-USD", OrderSide.Sell, 0.0100m, 25000.50m, End, true, "stp-1", 2.0m, MarginType.Cross, "pf-1", Bracket), "SELL", "{\"limit_limit_gtd\":{\"base_size\":\"0.0100\",\"limit_price\":\"25000.50\",\"end_time\":\"" + EndText + "\",\"post_only\":true}}", BracketJson + Optional),
        ["LimitOrderGtdBuyAsync"] = (c => c.LimitOrderGtdBuyAsync("id-1", "BTC-USD", 0.0100m, 25000.50m, End), "BUY", "{\"limit_limit_gtd\":{\"base_size\":\"0.0100\",\"limit_price\":\"25000.50\",\"end_time\":\"" + EndText + "\",\"post_only\":false}}", ""),
        ["LimitOrderGtdSellAsync"] = (c => c.LimitOrderGtdSellAsync("id-1", "BTC-USD", 0.0100m, 25000.50m, End, postOnly: true), "SELL", "{\"limit_limit_gtd\":{\"base_size\":\"0.0100\",\"limit_price\":\"25000.50\",\"end_time\":\"" + EndText + "\",\"post_only\":true}}", ""),
        ["LimitOrderFokAsync"] = (c => c.LimitOrderFokAsync("id-1", "BTC-USD", OrderSide.Buy, 0.0100m, 25000.50m, "stp-1", 2.0m, MarginType.Cross, "pf-1"), "BUY", "{\"limit_limit_fok\":{\"base_size\":\"0.0100\",\"limit_price\":\"25000.50\"}}", Optional),
        ["LimitOrderFokBuyAsync"] = (c => c.LimitOrderFokBuyAsync("id-1", "BTC-USD", 0.0100m, 25000.50m), "BUY", "{\"limit_limit_fok\":{\"base_size\":\"0.0100\",\"limit_price\":\"25000.50\"}}", ""),
        ["LimitOrderFokSellAsync"] = (c => c.LimitOrderFokSellAsync("id-1", "BTC-USD", 0.0100m, 25000.50m), "SELL", "{\"limit_limit_fok\":{\"base_size\":\"0.0100\",\"limit_price\":\"25000.50\"}}", ""),
        ["StopLimitOrderGtcAsync"] = (c => c.StopLimitOrderGtcAsync("id-1", "BTC-USD", OrderSide.Sell, 0.0100m, 24000.00m, 24100.0m, StopDirection.StopDown, "stp-1", 2.0m, MarginType.Cross, "pf-1"), "SELL", "{\"stop_limit_stop_limit_gtc\":{\"base_size\":\"0.0100\",\"limit_price\":\"24000.00\",\"stop_price\":\"24100.0\",\"stop_direction\":\"STOP_DIRECTION_STOP_DOWN\"}}", Optional),
        ["StopLimitOrderGtcBuyAsync"] = (c => c.StopLimitOrderGtcBuyAsync("id-1", "BTC-USD", 0.0100m, 26000.00m, 25900.0m, StopDirection.StopUp), "BUY", "{\"stop_limit_stop_limit_gtc\":{\"base_size\":\"0.0100\",\"limit_price\":\"26000.00\",\"stop_price\":\"25900.0\",\"stop_direction\":\"STOP_DIRECTION_STOP_UP\"}}", ""),
        ["StopLimitOrderGtcSellAsync"] = (c => c.StopLimitOrderGtcSellAsync("id-1", "BTC-USD", 0.0100m, 24000.00m, 24100.0m, StopDirection.StopDown), "SELL", "{\"stop_limit_stop_limit_gtc\":{\"base_size\":\"0.0100\",\"limit_price\":\"24000.00\",\"stop_price\":\"24100.0\",\"stop_direction\":\"STOP_DIRECTION_STOP_DOWN\"}}", ""),
        ["StopLimitOrderGtdAsync"] = (c => c.StopLimitOrderGtdAsync("id-1", "BTC-USD", OrderSide.Buy, 0.0100m, 26000.00m, 25900.0m, End, StopDirection.StopUp, "stp-1", 2.0m, MarginType.Cross, "pf-1"), "BUY", "{\"stop_limit_stop_limit_gtd\":{\"base_size\":\"0.0100\",\"limit_price\":\"26000.00\",\"stop_price\":\"25900.0\",\"stop_direction\":\"STOP_DIRECTION_STOP_UP\",\"end_time\":\"" + EndText + "\"}}", Optional),
        ["StopLimitOrderGtdBuyAsync"] = (c => c.StopLimitOrderGtdBuyAsync("id-1", "BTC-USD", 0.0100m, 26000.00m, 25900.0m, End, StopDirection.StopUp), "BUY", "{\"stop_limit_stop_limit_gtd\":{\"base_size\":\"0.0100\",\"limit_price\":\"26000.00\",\"stop_price\":\"25900.0\",\"stop_direction\":\"STOP_DIRECTION_STOP_UP\",\"end_time\":\"" + EndText + "\"}}", ""),
        ["StopLimitOrderGtdSellAsync"] = (c => c.StopLimitOrderGtdSellAsync("id-1", "BTC-USD", 0.0100m, 24000.00m, 24100.0m, End, StopDirection.StopDown), "SELL", "{\"stop_limit_stop_limit_gtd\":{\"base_size\":\"0.0100\",\"limit_price\":\"24000.00\",\"stop_price\":\"24100.0\",\"stop_direction\":\"STOP_DIRECTION_STOP_DOWN\",\"end_time\":\"" + EndText + "\"}}", ""),
        ["TriggerBracketOrderGtcAsync"] = (c => c.TriggerBracketOrderGtcAsync("id-1", "BTC-USD", OrderSide.Sell, 0.0100m, 26000.00m, 24000.0m, "stp-1", 2.0m, MarginType.Cross, "pf-1"), "SELL", "{\"trigger_bracket_gtc\":{\"base_size\":\"0.0100\",\"limit_price\":\"26000.00\",\"stop_trigger_price\":\"24000.0\"}}", Optional),
        ["TriggerBracketOrderGtcBuyAsync"] = (c => c.TriggerBracketOrderGtcBuyAsync("id-1", "BTC-USD", 0.0100m, 24000.00m, 26000.0m), "BUY", "{\"trigger_bracket_gtc\":{\"base_size\":\"0.0100\",\"limit_price\":\"24000.00\",\"stop_trigger_price\":\"26000.0\"}}", ""),
        ["TriggerBracketOrderGtcSellAsync"] = (c => c.TriggerBracketOrderGtcSellAsync("id-1", "BTC-USD", 0.0100m, 26000.00m, 24000.0m), "SELL", "{\"trigger_bracket_gtc\":{\"base_size\":\"0.0100\",\"limit_price\":\"26000.00\",\"stop_trigger_price\":\"24000.0\"}}", ""),
        ["TriggerBracketOrderGtdAsync"] = (c => c.TriggerBracketOrderGtdAsync("id-1", "BTC-USD", OrderSide.Buy, 0.0100m, 24000.00m, 26000.0m, End, "stp-1", 2.0m, MarginType.Cross, "pf-1"), "BUY", "{\"trigger_bracket_gtd\":{\"base_size\":\"0.0100\",\"limit_price\":\"24000.00\",\"stop_trigger_price\":\"26000.0\",\"end_time\":\"" + EndText + "\"}}", Optional),
        ["TriggerBracketOrderGtdBuyAsync"] = (c => c.TriggerBracketOrderGtdBuyAsync("id-1", "BTC-USD", 0.0100m, 24000.00m, 26000.0m, End), "BUY", "{\"trigger_bracket_gtd\":{\"base_size\":\"0.0100\",\"limit_price\":\"24000.00\",\"stop_trigger_price\":\"26000.0\",\"end_time\":\"" + EndText + "\"}}", ""),
        ["TriggerBracketOrderGtdSellAsync"] = (c => c.TriggerBracketOrderGtdSellAsync("id-1", "BTC-USD", 0.0100m, 26000.00m, 24000.0m, End), "SELL", "{\"trigger_bracket_gtd\":{\"base_size\":\"0.0100\",\"limit_price\":\"26000.00\",\"stop_trigger_price\":\"24000.0\",\"end_time\":\"" + EndText + "\"}}", ""),
        ["MarketOrderFokAsync"] = (c => c.MarketOrderFokAsync("id-1", "BTC-USD", OrderSide.Buy, quoteSize: 100.50m, selfTradePreventionId: "stp-1", leverage: 2.0m, marginType: MarginType.Cross, retailPortfolioId: "pf-1"), "BUY", "{\"market_market_fok\":{\"quote_size\":\"100.50\"}}", Optional),
        ["MarketOrderFokBuyAsync"] = (c => c.MarketOrderFokBuyAsync("id-1", "BTC-USD", quoteSize: 100.50m), "BUY", "{\"market_market_fok\":{\"quote_size\":\"100.50\"}}", ""),
        ["MarketOrderFokSellAsync"] = (c => c.MarketOrderFokSellAsync("id-1", "BTC-USD", 0.0100m), "SELL", "{\"market_market_fok\":{\"base_size\":\"0.0100\"}}", ""),
        ["TwapLimitGtdAsync"] = (c => c.TwapLimitGtdAsync("id-1", "BTC-USD", OrderSide.Buy, 25000.50m, End.AddHours(-2), End, 4, baseSize: 0.0400m, bucketSize: 0.0100m, bucketDuration: TimeSpan.FromMinutes(30), selfTradePreventionId: "stp-1", leverage: 2.0m, marginType: MarginType.Cross, retailPortfolioId: "pf-1"), "BUY", "{\"twap_limit_gtd\":{\"base_size\":\"0.0400\",\"limit_price\":\"25000.50\",\"start_time\":\"2026-12-31T20:30:00Z\",\"end_time\":\"" + EndText + "\",\"number_buckets\":\"4\",\"bucket_size\":\"0.0100\",\"bucket_duration\":\"1800s\"}}", Optional),
        ["TwapLimitGtdBuyAsync"] = (c => c.TwapLimitGtdBuyAsync("id-1", "BTC-USD", 25000.50m, End.AddHours(-2), End, 4, quoteSize: 1000.00m), "BUY", "{\"twap_limit_gtd\":{\"quote_size\":\"1000.00\",\"limit_price\":\"25000.50\",\"start_time\":\"2026-12-31T20:30:00Z\",\"end_time\":\"" + EndText + "\",\"number_buckets\":\"4\"}}", ""),
        ["TwapLimitGtdSellAsync"] = (c => c.TwapLimitGtdSellAsync("id-1", "BTC-USD", 25000.50m, End.AddHours(-2), End, 4, baseSize: 0.0400m), "SELL", "{\"twap_limit_gtd\":{\"base_size\":\"0.0400\",\"limit_price\":\"25000.50\",\"start_time\":\"2026-12-31T20:30:00Z\",\"end_time\":\"" + EndText + "\",\"number_buckets\":\"4\"}}", ""),
    };

    public static IEnumerable<string> HelpersOn(string path, string except) =>
        typeof(AdvancedTradeClient).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(method => method.GetCustomAttribute<CoinbaseEndpointAttribute>() is { Method: "POST" } endpoint && endpoint.Path == path && method.Name != except)
            .Select(method => method.Name)
            .Order(StringComparer.Ordinal);

    public static TheoryData<string, TestKey> WithBothKeys(IEnumerable<string> helpers)
    {
        var data = new TheoryData<string, TestKey>();
        foreach (string helper in helpers)
        {
            data.Add(helper, TestKey.Ecdsa);
            data.Add(helper, TestKey.Ed25519);
        }

        return data;
    }
}
