using CoPrA.AdvancedTrade;

namespace CoPrA.Tests.AdvancedTrade;

/// <summary>The INTX perpetuals methods: verb, path and body on the wire, parsed answers, and checks before sending.</summary>
public sealed class PerpetualsTests
{
    private const string Intx = "/api/v3/brokerage/intx";
    private const string PortfolioId = "018c6dd2-1111-7000-8000-0000000000aa";

    [Theory]
    [InlineData(TestKey.Ecdsa)]
    [InlineData(TestKey.Ed25519)]
    public async Task AllocatePortfolio_posts_the_four_fields_with_the_amount_as_a_string(TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Post, Intx + "/allocate", "{}");

        var response = await harness.Client.AllocatePortfolioAsync(PortfolioId, "BTC-PERP-INTX", 250.00m, "USDC");

        harness.AssertSent(HttpMethod.Post, Intx + "/allocate", $$"""{"portfolio_uuid":"{{PortfolioId}}","symbol":"BTC-PERP-INTX","amount":"250.00","currency":"USDC"}""");
        Assert.NotNull(response);
    }

    [Theory]
    [InlineData(TestKey.Ecdsa)]
    [InlineData(TestKey.Ed25519)]
    public async Task GetPerpsPortfolioSummary_reads_portfolios_and_totals(TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Get, Intx + "/portfolio/" + PortfolioId, """
            {"portfolios":[{"portfolio_uuid":"@id","collateral":"1000.5","position_notional":"2000","margin_type":"MARGIN_TYPE_CROSS","liquidation_status":"PORTFOLIO_LIQUIDATION_STATUS_NOT_LIQUIDATING",
                            "unrealized_pnl":{"value":"-5.25","currency":"USD"},"total_balance":{"value":"995.25","currency":"USD"}}],
             "summary":{"unrealized_pnl":{"value":"-5.25","currency":"USD"},"buying_power":{"value":"4000","currency":"USD"},"total_balance":{"value":"995.25","currency":"USD"},"max_withdrawal_amount":{"value":"500","currency":"USD"}}}
            """.Replace("@id", PortfolioId, StringComparison.Ordinal));

        var response = await harness.Client.GetPerpsPortfolioSummaryAsync(PortfolioId);

        harness.AssertSent(HttpMethod.Get, Intx + "/portfolio/" + PortfolioId);
        var portfolio = Assert.Single(response.Portfolios);
        Assert.Equal(PortfolioId, portfolio.PortfolioUuid);
        Assert.Equal(1000.5m, portfolio.Collateral);
        Assert.Equal("MARGIN_TYPE_CROSS", portfolio.MarginType.ToString());
        Assert.Equal(-5.25m, portfolio.UnrealizedPnl!.Value);
        Assert.Equal(4000m, response.Summary!.BuyingPower!.Value);
        Assert.Equal(500m, response.Summary.MaxWithdrawalAmount!.Value);
    }

    [Theory]
    [InlineData(TestKey.Ecdsa)]
    [InlineData(TestKey.Ed25519)]
    public async Task ListPerpsPositions_reads_positions_and_the_summary(TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Get, Intx + "/positions/" + PortfolioId, """
            {"positions":[{"product_id":"BTC-PERP-INTX","symbol":"BTC-PERP-INTX","position_side":"POSITION_SIDE_LONG","net_size":"0.5","leverage":"2.5",
                           "vwap":{"value":"42000.1","currency":"USDC"},"mark_price":{"value":"42100","currency":"USDC"}}],
             "summary":{"aggregated_pnl":{"value":"50.05","currency":"USDC"}}}
            """);

        var response = await harness.Client.ListPerpsPositionsAsync(PortfolioId);

        harness.AssertSent(HttpMethod.Get, Intx + "/positions/" + PortfolioId);
        var position = Assert.Single(response.Positions);
        Assert.Equal("BTC-PERP-INTX", position.Symbol);
        Assert.Equal(0.5m, position.NetSize);
        Assert.Equal(2.5m, position.Leverage);
        Assert.Equal(42000.1m, position.Vwap!.Value);
        Assert.Equal(50.05m, response.Summary!.AggregatedPnl!.Value);
    }

    [Theory]
    [InlineData(TestKey.Ecdsa)]
    [InlineData(TestKey.Ed25519)]
    public async Task GetPerpsPosition_puts_portfolio_and_symbol_in_the_path(TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Get, Intx + "/positions/" + PortfolioId + "/ETH%2FPERP", """
            {"position":{"symbol":"ETH/PERP","position_side":"POSITION_SIDE_SHORT","net_size":"-3","liquidation_price":{"value":"4100.5","currency":"USDC"}}}
            """);

        var response = await harness.Client.GetPerpsPositionAsync(PortfolioId, "ETH/PERP");

        harness.AssertSent(HttpMethod.Get, Intx + "/positions/" + PortfolioId + "/ETH%2FPERP");
        Assert.Equal("ETH/PERP", response.Position!.Symbol);
        Assert.Equal(-3m, response.Position.NetSize);
        Assert.Equal(4100.5m, response.Position.LiquidationPrice!.Value);
    }

    [Theory]
    [InlineData(TestKey.Ecdsa)]
    [InlineData(TestKey.Ed25519)]
    public async Task GetPerpsPortfolioBalances_reads_the_asset_balances(TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Get, Intx + "/balances/" + PortfolioId, $$"""
            {"portfolio_balances":[{"portfolio_uuid":"{{PortfolioId}}","is_margin_limit_reached":false,
              "balances":[{"asset":{"asset_id":"1","asset_name":"USDC","status":"ACTIVE","collateral_weight":"1"},"quantity":"1500.75","hold":"10","collateral_value":"1490.75","max_withdraw_amount":"1400"}]}]}
            """);

        var response = await harness.Client.GetPerpsPortfolioBalancesAsync(PortfolioId);

        harness.AssertSent(HttpMethod.Get, Intx + "/balances/" + PortfolioId);
        var entry = Assert.Single(response.PortfolioBalances);
        Assert.Equal(PortfolioId, entry.PortfolioUuid);
        Assert.False(entry.IsMarginLimitReached);
        var balance = Assert.Single(entry.Balances);
        Assert.Equal("USDC", balance.Asset!.AssetName);
        Assert.Equal(1500.75m, balance.Quantity);
        Assert.Equal(1400m, balance.MaxWithdrawAmount);
    }

    [Theory]
    [InlineData(TestKey.Ecdsa, true)]
    [InlineData(TestKey.Ed25519, false)]
    public async Task OptInOrOutMultiAssetCollateral_posts_the_flag_as_a_JSON_boolean(TestKey key, bool enabled)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Post, Intx + "/multi_asset_collateral", $$"""{"cross_collateral_enabled":{{(enabled ? "true" : "false")}}}""");

        var response = await harness.Client.OptInOrOutMultiAssetCollateralAsync(PortfolioId, enabled);

        harness.AssertSent(HttpMethod.Post, Intx + "/multi_asset_collateral", $$"""{"portfolio_uuid":"{{PortfolioId}}","multi_asset_collateral_enabled":{{(enabled ? "true" : "false")}}}""");
        Assert.Equal(enabled, response.CrossCollateralEnabled);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("..")]
    public async Task Every_perpetuals_method_rejects_a_bad_portfolio_before_sending(string portfolioUuid)
    {
        using var harness = new AdvancedTradeTestHarness();
        await harness.AssertRejectedAsync<ArgumentException>(client => client.AllocatePortfolioAsync(portfolioUuid, "BTC-PERP-INTX", 1m, "USDC"), "portfolioUuid");
        await harness.AssertRejectedAsync<ArgumentException>(client => client.GetPerpsPortfolioSummaryAsync(portfolioUuid), "portfolioUuid");
        await harness.AssertRejectedAsync<ArgumentException>(client => client.ListPerpsPositionsAsync(portfolioUuid), "portfolioUuid");
        await harness.AssertRejectedAsync<ArgumentException>(client => client.GetPerpsPositionAsync(portfolioUuid, "BTC-PERP-INTX"), "portfolioUuid");
        await harness.AssertRejectedAsync<ArgumentException>(client => client.GetPerpsPortfolioBalancesAsync(portfolioUuid), "portfolioUuid");
        await harness.AssertRejectedAsync<ArgumentException>(client => client.OptInOrOutMultiAssetCollateralAsync(portfolioUuid, true), "portfolioUuid");
    }

    [Fact]
    public async Task The_symbol_amount_and_currency_are_checked_before_sending()
    {
        using var harness = new AdvancedTradeTestHarness();
        await harness.AssertRejectedAsync<ArgumentException>(client => client.GetPerpsPositionAsync(PortfolioId, "."), "symbol");
        await harness.AssertRejectedAsync<ArgumentException>(client => client.AllocatePortfolioAsync(PortfolioId, "", 1m, "USDC"), "symbol");
        await harness.AssertRejectedAsync<ArgumentOutOfRangeException>(client => client.AllocatePortfolioAsync(PortfolioId, "BTC-PERP-INTX", 0m, "USDC"), "amount");
        await harness.AssertRejectedAsync<ArgumentException>(client => client.AllocatePortfolioAsync(PortfolioId, "BTC-PERP-INTX", 1m, " "), "currency");
    }
}
