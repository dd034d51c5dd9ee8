using System.Globalization;
using CoPrA.AdvancedTrade;

namespace CoPrA.Tests.AdvancedTrade;

/// <summary>The CFM futures methods: verb, path, query and body on the wire, parsed answers, and checks before sending.</summary>
public sealed class FuturesTests
{
    private const string Cfm = "/api/v3/brokerage/cfm";

    [Theory]
    [InlineData(TestKey.Ecdsa)]
    [InlineData(TestKey.Ed25519)]
    public async Task GetFuturesBalanceSummary_reads_amounts_and_margin_windows(TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Get, Cfm + "/balance_summary", """
            {"balance_summary":{"futures_buying_power":{"value":"1000.50","currency":"USD"},"total_usd_balance":{"value":"2000.25","currency":"USD"},
             "cbi_usd_balance":{"value":"1500","currency":"USD"},"cfm_usd_balance":{"value":"500.25","currency":"USD"},
             "unrealized_pnl":{"value":"-12.5","currency":"USD"},"liquidation_buffer_percentage":"1000",
             "intraday_margin_window_measure":{"margin_window_type":"FCM_MARGIN_WINDOW_TYPE_INTRADAY","margin_level":"MARGIN_LEVEL_TYPE_BASE","initial_margin":"100.10","maintenance_margin":"50"},
             "overnight_margin_window_measure":{"margin_window_type":"FCM_MARGIN_WINDOW_TYPE_OVERNIGHT","initial_margin":"200"},"new_field":1}}
            """);

        var response = await harness.Client.GetFuturesBalanceSummaryAsync();

        harness.AssertSent(HttpMethod.Get, Cfm + "/balance_summary");
        var summary = response.BalanceSummary!;
        Assert.Equal(1000.50m, summary.FuturesBuyingPower!.Value);
        Assert.Equal("USD", summary.FuturesBuyingPower.Currency);
        Assert.Equal(500.25m, summary.CfmUsdBalance!.Value);
        Assert.Equal(-12.5m, summary.UnrealizedPnl!.Value);
        Assert.Equal(1000m, summary.LiquidationBufferPercentage);
        Assert.Equal(100.10m, summary.IntradayMarginWindowMeasure!.InitialMargin);
        Assert.Equal("FCM_MARGIN_WINDOW_TYPE_OVERNIGHT", summary.OvernightMarginWindowMeasure!.MarginWindowType);
    }

    [Theory]
    [InlineData(TestKey.Ecdsa)]
    [InlineData(TestKey.Ed25519)]
    public async Task ListFuturesPositions_reads_every_position(TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Get, Cfm + "/positions", """
            {"positions":[{"product_id":"BIT-28JUL23-CDE","expiration_time":"2023-07-28T15:00:00Z","side":"LONG","number_of_contracts":"2","current_price":"29500.5","avg_entry_price":"29000","unrealized_pnl":"10.01","daily_realized_pnl":"0"},
                          {"product_id":"ET-28JUL23-CDE","side":"SHORT","number_of_contracts":"1"}]}
            """);

        var response = await harness.Client.ListFuturesPositionsAsync();

        harness.AssertSent(HttpMethod.Get, Cfm + "/positions");
        Assert.Equal(2, response.Positions.Count);
        var first = response.Positions[0];
        Assert.Equal("BIT-28JUL23-CDE", first.ProductId);
        Assert.Equal(new DateTimeOffset(2023, 7, 28, 15, 0, 0, TimeSpan.Zero), first.ExpirationTime);
        Assert.Equal(2m, first.NumberOfContracts);
        Assert.Equal(29500.5m, first.CurrentPrice);
        Assert.Equal("SHORT", response.Positions[1].Side);
    }

    [Theory]
    [InlineData(TestKey.Ecdsa)]
    [InlineData(TestKey.Ed25519)]
    public async Task GetFuturesPosition_puts_the_escaped_product_in_the_path(TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Get, Cfm + "/positions/BIT%2028JUL23", """{"position":{"product_id":"BIT 28JUL23","side":"LONG","avg_entry_price":"29000.25"}}""");

        var response = await harness.Client.GetFuturesPositionAsync("BIT 28JUL23");

        harness.AssertSent(HttpMethod.Get, Cfm + "/positions/BIT%2028JUL23");
        Assert.Equal("BIT 28JUL23", response.Position!.ProductId);
        Assert.Equal(29000.25m, response.Position.AvgEntryPrice);
    }

    [Theory]
    [InlineData(TestKey.Ecdsa)]
    [InlineData(TestKey.Ed25519)]
    public async Task ScheduleFuturesSweep_posts_the_amount_as_an_invariant_decimal_string(TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Post, Cfm + "/sweeps/schedule", """{"success":true}""");

        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var response = await harness.Client.ScheduleFuturesSweepAsync(100.50m);
            Assert.True(response.Success);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }

        harness.AssertSent(HttpMethod.Post, Cfm + "/sweeps/schedule", """{"usd_amount":"100.50"}""");
    }

    [Theory]
    [InlineData(TestKey.Ecdsa)]
    [InlineData(TestKey.Ed25519)]
    public async Task ListFuturesSweeps_reads_the_sweeps(TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Get, Cfm + "/sweeps", """
            {"sweeps":[{"id":"591ad2ae-0000-4000-8000-000000000001","requested_amount":{"value":"75.5","currency":"USD"},"should_sweep_all":false,"status":"PENDING","scheduled_time":"2026-12-07T22:00:00Z"},
                       {"id":"591ad2ae-0000-4000-8000-000000000002","status":"SOMETHING_NEW"}]}
            """);

        var response = await harness.Client.ListFuturesSweepsAsync();

        harness.AssertSent(HttpMethod.Get, Cfm + "/sweeps");
        Assert.Equal(2, response.Sweeps.Count);
        var first = response.Sweeps[0];
        Assert.Equal(75.5m, first.RequestedAmount!.Value);
        Assert.False(first.ShouldSweepAll);
        Assert.Equal("PENDING", first.Status.ToString());
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 22, 0, 0, TimeSpan.Zero), first.ScheduledTime);
        Assert.Equal("SOMETHING_NEW", response.Sweeps[1].Status.ToString());
    }

    [Theory]
    [InlineData(TestKey.Ecdsa)]
    [InlineData(TestKey.Ed25519)]
    public async Task CancelPendingFuturesSweep_sends_a_DELETE_without_a_body(TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Delete, Cfm + "/sweeps", """{"success":true}""");

        var response = await harness.Client.CancelPendingFuturesSweepAsync();

        harness.AssertSent(HttpMethod.Delete, Cfm + "/sweeps");
        Assert.True(response.Success);
    }

    [Theory]
    [InlineData(TestKey.Ecdsa)]
    [InlineData(TestKey.Ed25519)]
    public async Task GetIntradayMarginSetting_reads_the_setting(TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Get, Cfm + "/intraday/margin_setting", """{"setting":"INTRADAY_MARGIN_SETTING_INTRADAY"}""");

        var response = await harness.Client.GetIntradayMarginSettingAsync();

        harness.AssertSent(HttpMethod.Get, Cfm + "/intraday/margin_setting");
        Assert.Equal(IntradayMarginSetting.Intraday, response.Setting);
    }

    [Theory]
    [InlineData(TestKey.Ecdsa)]
    [InlineData(TestKey.Ed25519)]
    public async Task SetIntradayMarginSetting_posts_the_setting(TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Post, Cfm + "/intraday/margin_setting", "{}");

        var response = await harness.Client.SetIntradayMarginSettingAsync(IntradayMarginSetting.Standard);

        harness.AssertSent(HttpMethod.Post, Cfm + "/intraday/margin_setting", """{"setting":"INTRADAY_MARGIN_SETTING_STANDARD"}""");
        Assert.NotNull(response);
    }

    [Theory]
    [InlineData(TestKey.Ecdsa)]
    [InlineData(TestKey.Ed25519)]
    public async Task GetCurrentMarginWindow_sends_the_profile_on_the_query(TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Get, Cfm + "/intraday/current_margin_window", """
            {"margin_window":{"margin_window_type":"FCM_MARGIN_WINDOW_TYPE_INTRADAY","end_time":"2026-12-07T21:00:00Z"},"is_intraday_margin_killswitch_enabled":false,"is_intraday_margin_enrollment_killswitch_enabled":true}
            """);

        var response = await harness.Client.GetCurrentMarginWindowAsync(MarginProfileType.RetailIntradayMargin1);

        harness.AssertSent(HttpMethod.Get, Cfm + "/intraday/current_margin_window?margin_profile_type=MARGIN_PROFILE_TYPE_RETAIL_INTRADAY_MARGIN_1");
        Assert.Equal("FCM_MARGIN_WINDOW_TYPE_INTRADAY", response.MarginWindow!.MarginWindowType);
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 21, 0, 0, TimeSpan.Zero), response.MarginWindow.EndTime);
        Assert.False(response.IsIntradayMarginKillswitchEnabled);
        Assert.True(response.IsIntradayMarginEnrollmentKillswitchEnabled);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(".")]
    [InlineData("..")]
    public async Task GetFuturesPosition_rejects_a_bad_product_before_sending(string productId)
    {
        using var harness = new AdvancedTradeTestHarness();
        await harness.AssertRejectedAsync<ArgumentException>(client => client.GetFuturesPositionAsync(productId), "productId");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public async Task ScheduleFuturesSweep_rejects_an_amount_that_is_not_positive(int usdAmount)
    {
        using var harness = new AdvancedTradeTestHarness();
        await harness.AssertRejectedAsync<ArgumentOutOfRangeException>(client => client.ScheduleFuturesSweepAsync(usdAmount), "usdAmount");
    }

    [Fact]
    public async Task The_setting_and_the_margin_profile_must_not_be_the_default_value()
    {
        using var harness = new AdvancedTradeTestHarness();
        await harness.AssertRejectedAsync<ArgumentException>(client => client.SetIntradayMarginSettingAsync(default), "setting");
        await harness.AssertRejectedAsync<ArgumentException>(client => client.GetCurrentMarginWindowAsync(default), "marginProfileType");
    }

    [Fact]
    public async Task A_futures_call_without_a_key_throws_before_sending()
    {
        using var harness = new AdvancedTradeTestHarness(TestKey.None);

        await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Client.GetFuturesBalanceSummaryAsync());

        harness.AssertNothingSent();
    }
}
