using CoPrA.AdvancedTrade;

namespace CoPrA.Tests.AdvancedTrade;

/// <summary>get_transaction_summary and the data API's get_api_key_permissions.</summary>
public sealed class FeesTests
{
    [Theory]
    [InlineData(TestKey.Ecdsa)]
    [InlineData(TestKey.Ed25519)]
    public async Task Get_transaction_summary_sends_the_filters_and_reads_the_fee_tier(TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Get, "/api/v3/brokerage/transaction_summary", """
            {"total_volume":1000.5,"total_fees":25.25,"fee_tier":{"pricing_tier":"<$10k","usd_from":"0","usd_to":"10000",
             "taker_fee_rate":"0.006","maker_fee_rate":"0.004","aop_from":"","aop_to":""},"margin_rate":{"value":"0.5"},
             "goods_and_services_tax":{"rate":"0.1","type":"INCLUSIVE"},"advanced_trade_only_volumes":1000,"advanced_trade_only_fees":25,
             "coinbase_pro_volume":0,"coinbase_pro_fees":0,"total_balance":"1500.00","has_promo_fee":false}
            """);

        var summary = await harness.Client.GetTransactionSummaryAsync(ProductType.Spot, ContractExpiryType.Expiring, ProductVenue.Cbe);

        harness.AssertSent(HttpMethod.Get, "/api/v3/brokerage/transaction_summary?product_type=SPOT&contract_expiry_type=EXPIRING&product_venue=CBE");
        Assert.Equal(0.006m, summary.FeeTier!.TakerFeeRate);
        Assert.Equal(0.004m, summary.FeeTier.MakerFeeRate);
        Assert.Equal(1000.5m, summary.TotalVolume);
        Assert.Equal(1500.00m, summary.TotalBalance);
    }

    [Fact]
    public async Task Get_transaction_summary_without_filters_sends_no_query()
    {
        using var harness = new AdvancedTradeTestHarness();
        harness.Reply(HttpMethod.Get, "/api/v3/brokerage/transaction_summary", """{"total_volume":0,"total_fees":0}""");

        await harness.Client.GetTransactionSummaryAsync();

        harness.AssertSent(HttpMethod.Get, "/api/v3/brokerage/transaction_summary");
    }

    [Theory]
    [InlineData(TestKey.Ecdsa)]
    [InlineData(TestKey.Ed25519)]
    public async Task Get_api_key_permissions_reads_the_permissions_and_portfolio(TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Get, "/api/v3/brokerage/key_permissions", """
            {"can_view":true,"can_trade":true,"can_transfer":false,"portfolio_uuid":"b87a2d3f-8a1e-49b3-a4ea-402d8c389aca","portfolio_type":"DEFAULT"}
            """);

        var permissions = await harness.Client.GetApiKeyPermissionsAsync();

        harness.AssertSent(HttpMethod.Get, "/api/v3/brokerage/key_permissions");
        Assert.True(permissions.CanTrade);
        Assert.False(permissions.CanTransfer);
        Assert.Equal(PortfolioType.Default, permissions.PortfolioType);
    }

    [Fact]
    public async Task Private_methods_need_a_key_and_send_nothing_without_one()
    {
        using var harness = new AdvancedTradeTestHarness(TestKey.None);

        await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Client.GetTransactionSummaryAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Client.GetApiKeyPermissionsAsync());

        harness.AssertNothingSent();
    }
}
