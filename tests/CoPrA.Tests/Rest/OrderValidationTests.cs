using CoPrA.Rest;
using static CoPrA.Tests.Rest.RestTestHarness;

namespace CoPrA.Tests.Rest;

/// <summary>
/// Every argument rule of order placement, listing and lookup, in CoPrA's order: the exception
/// type, the parameter named, CoPrA's message, and that nothing was sent.
/// </summary>
public class OrderValidationTests
{
    private const StopType BadStop = StopType.Unknown;

    private static Task Limit(
        RestClient client,
        Side side = Side.Buy,
        TimeInForce timeInForce = TimeInForce.GoodTillCancelled,
        CancelAfter? cancelAfter = null,
        bool postOnly = false,
        SelfTradePrevention stp = SelfTradePrevention.DecreaseAndCancel,
        StopType? stop = null,
        decimal? stopPrice = null,
        string productId = "BTC-USD",
        decimal price = 100m,
        decimal size = 0.01m) =>
        client.LimitOrderAsync(side, productId, price, size, timeInForce, cancelAfter, postOnly, null, stp, stop, stopPrice);

    private static Task Market(
        RestClient client,
        Side side = Side.Buy,
        decimal? size = 1m,
        decimal? funds = null,
        SelfTradePrevention stp = SelfTradePrevention.DecreaseAndCancel,
        StopType? stop = null,
        decimal? stopPrice = null,
        string productId = "BTC-USD") =>
        client.MarketOrderAsync(side, productId, size, funds, null, stp, stop, stopPrice);

    // ---- limit_order: CoPrA's eleven rules, one by one ----

    [Theory]
    [InlineData(Side.Unknown, "Invalid side: Unknown. Must be either buy or sell")]
    [InlineData((Side)7, "Invalid side: 7. Must be either buy or sell")]
    public async Task LimitOrder_rule_1_side(Side side, string message)
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentOutOfRangeException>(c => Limit(c, side: side), "side", message);
    }

    [Fact]
    public async Task LimitOrder_rule_2_time_in_force()
    {
        using var harness = Authenticated();
        // CoPrA's message says "GCC"; the port corrects the typo to "GTT".
        await harness.AssertRejectedAsync<ArgumentOutOfRangeException>(c => Limit(c, timeInForce: TimeInForce.Unknown), "timeInForce", "time_in_force must be GTC, GTT, IOC or FOK.");
    }

    [Fact]
    public async Task LimitOrder_rule_3_GTT_needs_cancel_after()
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentException>(c => Limit(c, timeInForce: TimeInForce.GoodTillTime), "cancelAfter", "cancel_after required for GTT time_in_force.");
    }

    [Fact]
    public async Task LimitOrder_rule_4_cancel_after_must_be_min_hour_or_day()
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentOutOfRangeException>(c => Limit(c, timeInForce: TimeInForce.GoodTillTime, cancelAfter: CancelAfter.Unknown), "cancelAfter", "cancel_after must be min, hour, or day.");
    }

    [Theory]
    [InlineData(TimeInForce.GoodTillCancelled)]
    [InlineData(TimeInForce.ImmediateOrCancel)]
    [InlineData(TimeInForce.FillOrKill)]
    public async Task LimitOrder_rule_5_cancel_after_needs_GTT(TimeInForce timeInForce)
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentException>(c => Limit(c, timeInForce: timeInForce, cancelAfter: CancelAfter.Day), "cancelAfter", "cancel_after requires time_in_force to be GTT.");
    }

    [Theory]
    [InlineData(TimeInForce.ImmediateOrCancel, "IOC")]
    [InlineData(TimeInForce.FillOrKill, "FOK")]
    public async Task LimitOrder_rule_6_no_post_only_with_IOC_or_FOK(TimeInForce timeInForce, string wire)
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentException>(c => Limit(c, timeInForce: timeInForce, postOnly: true), "postOnly", $"post_only must be False for time_in_force {wire}");
    }

    [Fact]
    public async Task LimitOrder_rule_7_stp()
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentOutOfRangeException>(c => Limit(c, stp: SelfTradePrevention.Unknown), "stp", "Invalid stp: Unknown. Must be dc, co, cn, or cb.");
    }

    [Fact]
    public async Task LimitOrder_rule_8_stop_must_be_loss_or_entry()
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentOutOfRangeException>(c => Limit(c, stop: BadStop, stopPrice: 90m), "stop", "Invalid stop: Unknown. Must be either loss or entry.");
    }

    [Fact]
    public async Task LimitOrder_rule_9_stop_needs_stop_price()
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentException>(c => Limit(c, stop: StopType.Loss), "stopPrice", "Stop orders must have stop_price set.");
    }

    [Fact]
    public async Task LimitOrder_rule_10_stop_price_needs_stop()
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentException>(c => Limit(c, stopPrice: 90m), "stop", "Stop orders must have the stop parameter set.");
    }

    [Fact]
    public async Task LimitOrder_rule_11_no_post_only_on_stop_orders()
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentException>(c => Limit(c, postOnly: true, stop: StopType.Entry, stopPrice: 110m), "postOnly", "post_only must be False for stop orders.");
    }

    // ---- limit_order: the earlier rule wins when several are broken ----

    [Fact]
    public async Task LimitOrder_side_is_checked_before_time_in_force() =>
        await AssertFirstRule(c => Limit(c, Side.Unknown, TimeInForce.Unknown), "side", "Invalid side: Unknown. Must be either buy or sell");

    [Fact]
    public async Task LimitOrder_time_in_force_is_checked_before_stp_and_stop() =>
        await AssertFirstRule(c => Limit(c, timeInForce: TimeInForce.Unknown, stp: SelfTradePrevention.Unknown, stop: BadStop), "timeInForce", "time_in_force must be GTC, GTT, IOC or FOK.");

    [Fact]
    public async Task LimitOrder_missing_cancel_after_is_checked_before_stp() =>
        await AssertFirstRule(c => Limit(c, timeInForce: TimeInForce.GoodTillTime, stp: SelfTradePrevention.Unknown), "cancelAfter", "cancel_after required for GTT time_in_force.");

    [Fact]
    public async Task LimitOrder_cancel_after_value_is_checked_before_its_time_in_force() =>
        await AssertFirstRule(c => Limit(c, cancelAfter: CancelAfter.Unknown), "cancelAfter", "cancel_after must be min, hour, or day.");

    [Fact]
    public async Task LimitOrder_cancel_after_without_GTT_is_checked_before_post_only() =>
        await AssertFirstRule(c => Limit(c, timeInForce: TimeInForce.ImmediateOrCancel, cancelAfter: CancelAfter.Minute, postOnly: true), "cancelAfter", "cancel_after requires time_in_force to be GTT.");

    [Fact]
    public async Task LimitOrder_post_only_with_IOC_is_checked_before_stp() =>
        await AssertFirstRule(c => Limit(c, timeInForce: TimeInForce.ImmediateOrCancel, postOnly: true, stp: SelfTradePrevention.Unknown), "postOnly", "post_only must be False for time_in_force IOC");

    [Fact]
    public async Task LimitOrder_stp_is_checked_before_stop() =>
        await AssertFirstRule(c => Limit(c, stp: SelfTradePrevention.Unknown, stop: BadStop), "stp", "Invalid stp: Unknown. Must be dc, co, cn, or cb.");

    [Fact]
    public async Task LimitOrder_stop_value_is_checked_before_stop_price() =>
        await AssertFirstRule(c => Limit(c, stop: BadStop), "stop", "Invalid stop: Unknown. Must be either loss or entry.");

    [Fact]
    public async Task LimitOrder_missing_stop_price_is_checked_before_post_only() =>
        await AssertFirstRule(c => Limit(c, postOnly: true, stop: StopType.Loss), "stopPrice", "Stop orders must have stop_price set.");

    // ---- limit_order: the library's extra rules ----

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public async Task LimitOrder_rejects_a_price_that_is_not_positive(int price)
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentOutOfRangeException>(c => Limit(c, price: price), "price", "price must be greater than zero.");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-0.5)]
    public async Task LimitOrder_rejects_a_size_that_is_not_positive(double size)
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentOutOfRangeException>(c => Limit(c, size: (decimal)size), "size", "size must be greater than zero.");
    }

    [Fact]
    public async Task LimitOrder_rejects_a_stop_price_that_is_not_positive()
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentOutOfRangeException>(c => Limit(c, stop: StopType.Loss, stopPrice: 0m), "stopPrice", "stopPrice must be greater than zero.");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public async Task LimitOrder_rejects_an_empty_product(string productId)
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentException>(c => Limit(c, productId: productId), "productId");
    }

    // ---- market_order: CoPrA's rules ----

    [Fact]
    public async Task MarketOrder_rule_1_side()
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentOutOfRangeException>(c => Market(c, side: Side.Unknown), "side", "Invalid side: Unknown. Must be either buy or sell");
    }

    [Fact]
    public async Task MarketOrder_rule_2_size_or_funds()
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentException>(c => Market(c, size: null), "size", "Market orders must have size or funds set.");
    }

    [Fact]
    public async Task MarketOrder_rule_3_not_both_size_and_funds()
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentException>(c => Market(c, size: 1m, funds: 10m), "funds", "Market orders can't have both size and funds set.");
    }

    [Fact]
    public async Task MarketOrder_rule_4_stp()
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentOutOfRangeException>(c => Market(c, stp: (SelfTradePrevention)42), "stp", "Invalid stp: 42. Must be dc, co, cn, or cb.");
    }

    [Fact]
    public async Task MarketOrder_rule_5_stop_must_be_loss_or_entry()
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentOutOfRangeException>(c => Market(c, stop: BadStop, stopPrice: 1m), "stop", "Invalid stop: Unknown. Must be either loss or entry.");
    }

    [Fact]
    public async Task MarketOrder_rule_6_stop_needs_stop_price()
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentException>(c => Market(c, stop: StopType.Entry), "stopPrice", "Stop orders must have stop_price set.");
    }

    [Fact]
    public async Task MarketOrder_rule_7_stop_price_needs_stop()
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentException>(c => Market(c, stopPrice: 1m), "stop", "Stop orders must have the stop parameter set.");
    }

    [Fact]
    public async Task MarketOrder_side_is_checked_before_size_and_funds() =>
        await AssertFirstRule(c => Market(c, Side.Unknown, size: null), "side", "Invalid side: Unknown. Must be either buy or sell");

    [Fact]
    public async Task MarketOrder_missing_size_and_funds_is_checked_before_stp() =>
        await AssertFirstRule(c => Market(c, size: null, stp: SelfTradePrevention.Unknown), "size", "Market orders must have size or funds set.");

    [Fact]
    public async Task MarketOrder_both_size_and_funds_is_checked_before_stp() =>
        await AssertFirstRule(c => Market(c, size: 1m, funds: 1m, stp: SelfTradePrevention.Unknown), "funds", "Market orders can't have both size and funds set.");

    [Fact]
    public async Task MarketOrder_stp_is_checked_before_stop() =>
        await AssertFirstRule(c => Market(c, stp: SelfTradePrevention.Unknown, stop: BadStop), "stp", "Invalid stp: Unknown. Must be dc, co, cn, or cb.");

    [Fact]
    public async Task MarketOrder_stop_value_is_checked_before_stop_price() =>
        await AssertFirstRule(c => Market(c, stop: BadStop), "stop", "Invalid stop: Unknown. Must be either loss or entry.");

    [Theory]
    [InlineData("size")]
    [InlineData("funds")]
    public async Task MarketOrder_rejects_an_amount_that_is_not_positive(string which)
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentOutOfRangeException>(
            c => which == "size" ? Market(c, size: 0m) : Market(c, size: null, funds: -10m), which, $"{which} must be greater than zero.");
    }

    // ---- validation wins over missing credentials (CoPrA checks auth last) ----

    [Fact]
    public async Task LimitOrder_validation_error_wins_over_missing_credentials()
    {
        using var harness = Anonymous();
        await harness.AssertRejectedAsync<ArgumentException>(c => Limit(c, postOnly: true, stop: StopType.Loss, stopPrice: 1m), "postOnly", "post_only must be False for stop orders.");
    }

    [Fact]
    public async Task MarketOrder_validation_error_wins_over_missing_credentials()
    {
        using var harness = Anonymous();
        await harness.AssertRejectedAsync<ArgumentException>(c => Market(c, size: null), "size", "Market orders must have size or funds set.");
    }

    [Fact]
    public async Task A_valid_order_on_a_client_without_credentials_fails_before_sending()
    {
        using var harness = Anonymous();
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => Limit(harness.Client));
        Assert.StartsWith("client is not properly configured for authorization", ex.Message, StringComparison.Ordinal);
        harness.AssertNothingSent();
    }

    // ---- orders, get_order, cancel ----

    [Fact]
    public async Task Orders_rejects_both_cursors()
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentException>(c => c.OrdersAsync(before: "2", after: "1"), "after", "before and after cannot both be provided.");
    }

    [Theory]
    [InlineData(OrderStatus.Unknown, "Invalid status: Unknown")]
    public async Task Orders_rejects_a_status_it_cannot_filter_on(OrderStatus status, string message)
    {
        using var harness = Authenticated();
        var ex = await harness.AssertRejectedAsync<ArgumentOutOfRangeException>(c => c.OrdersAsync([OrderStatus.Open, status]), "status", message);
        Assert.Equal(status, ex.ActualValue);
    }

    [Fact]
    public async Task Orders_checks_cursors_before_statuses() =>
        await AssertFirstRule(c => c.OrdersAsync([OrderStatus.Received], before: "2", after: "1"), "after", "before and after cannot both be provided.");

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public async Task Orders_rejects_a_limit_outside_1_to_1000(int limit)
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentOutOfRangeException>(c => c.OrdersAsync(limit: limit), "limit", "limit must be between 1 and 1000.");
    }

    [Theory]
    [InlineData("cancel")]
    [InlineData("get")]
    public async Task Order_lookups_reject_an_empty_order_id(string call)
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentException>(c => call == "cancel" ? c.CancelAsync("") : c.GetOrderAsync("\t"), "orderId");
    }

    private static async Task AssertFirstRule(Func<RestClient, Task> call, string paramName, string message)
    {
        using var harness = Authenticated();
        var ex = await Assert.ThrowsAnyAsync<ArgumentException>(() => call(harness.Client));
        Assert.Equal(paramName, ex.ParamName);
        Assert.StartsWith($"{message} (Parameter '{paramName}')", ex.Message, StringComparison.Ordinal);
        harness.AssertNothingSent();
    }
}
