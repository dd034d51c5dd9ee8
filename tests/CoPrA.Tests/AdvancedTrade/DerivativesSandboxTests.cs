using System.Net;
using CoPrA.AdvancedTrade;
using CoPrA.Rest;
using CoPrA.Tests.Sandbox;

namespace CoPrA.Tests.AdvancedTrade;

/// <summary>The futures and perpetuals methods end to end against the sandbox, whose account has no derivatives.</summary>
[Collection(SandboxCollection.Name)]
public sealed class DerivativesSandboxTests(SandboxFixture fixture) : IDisposable
{
    private readonly AdvancedTradeClient _client = new(new AdvancedTradeClientOptions
    {
        ApiKey = new CdpApiKey(fixture.Sandbox.AdvancedTradeKeyName, fixture.Sandbox.AdvancedTradeEcdsaKeyPem),
        BaseUrl = fixture.Sandbox.RestUrl,
    });

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task The_futures_reads_answer_an_account_without_futures()
    {
        var balance = await _client.GetFuturesBalanceSummaryAsync();
        var positions = await _client.ListFuturesPositionsAsync();
        var sweeps = await _client.ListFuturesSweepsAsync();
        var setting = await _client.GetIntradayMarginSettingAsync();
        var window = await _client.GetCurrentMarginWindowAsync(MarginProfileType.RetailRegular);

        Assert.Equal(0m, balance.BalanceSummary!.TotalUsdBalance!.Value);
        Assert.Equal("USD", balance.BalanceSummary.TotalUsdBalance.Currency);
        Assert.Empty(positions.Positions);
        Assert.Empty(sweeps.Sweeps);
        Assert.Equal(IntradayMarginSetting.Standard, setting.Setting);
        Assert.NotNull(window.MarginWindow!.EndTime);
        Assert.False(window.IsIntradayMarginKillswitchEnabled);
    }

    [Fact]
    public async Task A_futures_sweep_and_a_missing_position_surface_as_API_errors()
    {
        var sweep = await Assert.ThrowsAsync<ApiRequestException>(() => _client.ScheduleFuturesSweepAsync(10m));
        var position = await Assert.ThrowsAsync<ApiRequestException>(() => _client.GetFuturesPositionAsync("BIT-28JUL23-CDE"));

        Assert.Equal(HttpStatusCode.BadRequest, sweep.StatusCode);
        Assert.Contains("futures", sweep.ServerMessage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, position.StatusCode);
    }

    [Fact]
    public async Task The_perpetuals_reads_answer_for_the_default_portfolio_and_404_for_an_unknown_one()
    {
        var permissions = await _client.GetAsync("/api/v3/brokerage/key_permissions");
        string portfolioUuid = permissions.Json.GetProperty("portfolio_uuid").GetString()!;

        var summary = await _client.GetPerpsPortfolioSummaryAsync(portfolioUuid);
        var positions = await _client.ListPerpsPositionsAsync(portfolioUuid);
        var balances = await _client.GetPerpsPortfolioBalancesAsync(portfolioUuid);
        var unknown = await Assert.ThrowsAsync<ApiRequestException>(() => _client.GetPerpsPortfolioSummaryAsync(Guid.NewGuid().ToString()));

        Assert.Empty(summary.Portfolios);
        Assert.Equal(0m, summary.Summary!.BuyingPower!.Value);
        Assert.Empty(positions.Positions);
        Assert.Equal(0m, positions.Summary!.AggregatedPnl!.Value);
        Assert.Empty(balances.PortfolioBalances);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
