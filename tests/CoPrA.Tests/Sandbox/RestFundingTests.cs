using System.Net;
using CoPrA.Rest;

namespace CoPrA.Tests.Sandbox;

/// <summary>Deposits, withdrawals, conversions, fees, trailing volume and reports move and report real balances.</summary>
[Collection(SandboxCollection.Name)]
public class RestFundingTests(SandboxFixture fixture)
{
    private RestClient Client => fixture.Client;

    [Fact]
    public async Task Deposits_and_withdrawals_move_the_balance_and_write_transfer_entries()
    {
        var bank = Assert.Single(await Client.PaymentMethodsAsync());
        var wallet = (await Client.CoinbaseAccountsAsync()).Single(w => w.Currency == "BTC");
        var usd = await fixture.AccountAsync("USD");
        var btc = await fixture.AccountAsync("BTC");

        var deposit = await Client.DepositPaymentMethodAsync(250m, "USD", bank.Id);
        await Client.WithdrawPaymentMethodAsync(50m, "USD", bank.Id);
        await Client.DepositCoinbaseAsync(0.5m, "BTC", wallet.Id);
        await Client.WithdrawCryptoAsync(0.2m, "BTC", "bc1qsandboxaddress");

        Assert.Equal(250m, deposit.Amount);
        Assert.Equal(usd.Balance + 200m, (await fixture.AccountAsync("USD")).Balance);
        Assert.Equal(btc.Balance + 0.3m, (await fixture.AccountAsync("BTC")).Balance);
        Assert.Equal(wallet.Balance - 0.5m, (await Client.CoinbaseAccountsAsync()).Single(w => w.Currency == "BTC").Balance);
        var (ledger, _, _) = await Client.AccountHistoryAsync(usd.Id, limit: 2);
        Assert.Equal([-50m, 250m], ledger.Select(entry => entry.Amount));
        Assert.All(ledger, entry => Assert.Equal("transfer", entry.Type));
    }

    [Fact]
    public async Task Withdrawing_more_than_is_available_is_refused()
    {
        var bank = Assert.Single(await Client.PaymentMethodsAsync());

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Client.WithdrawPaymentMethodAsync(10_000_000m, "USD", bank.Id));

        Assert.Equal((HttpStatusCode.BadRequest, "Insufficient funds"), (error.StatusCode, error.ServerMessage));
    }

    [Fact]
    public async Task Usd_converts_to_usdc_one_for_one()
    {
        var usd = await fixture.AccountAsync("USD");
        var usdc = await fixture.AccountAsync("USDC");

        var conversion = await Client.StablecoinConversionAsync("USD", "USDC", 100m);

        Assert.Equal((100m, "USD", "USDC", usd.Id, usdc.Id), (conversion.Amount, conversion.From, conversion.To, conversion.FromAccountId, conversion.ToAccountId));
        Assert.Equal(usd.Balance - 100m, (await fixture.AccountAsync("USD")).Balance);
        Assert.Equal(usdc.Balance + 100m, (await fixture.AccountAsync("USDC")).Balance);
        await Assert.ThrowsAsync<ApiRequestException>(() => Client.StablecoinConversionAsync("BTC", "USDC", 1m));
    }

    [Fact]
    public async Task Fees_and_trailing_volume_come_from_the_users_own_fills()
    {
        await fixture.ResetAsync("LTC-USD");
        var feesBefore = await Client.FeesAsync();
        fixture.Controls.PlaceCounterpartyLimitOrder("LTC-USD", Side.Sell, 80.00m, 10m);
        await Client.MarketOrderAsync(Side.Buy, "LTC-USD", size: 2m);

        var fees = await Client.FeesAsync();
        var volumes = await Client.TrailingVolumeAsync();

        Assert.Equal((0.004m, 0.006m), (fees.MakerFeeRate, fees.TakerFeeRate));
        Assert.Equal(feesBefore.UsdVolume + 160m, fees.UsdVolume);
        Assert.True(volumes.Single(v => v.ProductId == "LTC-USD").Volume >= 2m);
    }

    [Fact]
    public async Task A_report_is_pending_then_ready_with_a_file()
    {
        var btc = await fixture.AccountAsync("BTC");
        var now = DateTimeOffset.UtcNow;

        var created = await Client.CreateReportAsync(ReportType.Account, now.AddDays(-1), now.AddMinutes(1), accountId: btc.Id, reportFormat: ReportFormat.Csv);
        var ready = await Client.ReportStatusAsync(created.Id);
        using var http = new HttpClient();
        string csv = await http.GetStringAsync(new Uri(ready.FileUrl!));

        Assert.Equal((ReportType.Account, ReportStatus.Pending), (created.Type, created.Status));
        Assert.Equal(ReportStatus.Ready, ready.Status);
        Assert.StartsWith("portfolio,type,time,amount,balance", csv, StringComparison.Ordinal);
    }
}
