using System.Globalization;

namespace CoPrA.Tests.Sandbox.AdvancedTrade;

/// <summary>Key permissions, payment methods, fee summary, portfolios, convert and the empty derivatives answers.</summary>
[Collection(SandboxCollection.Name)]
public sealed class AdvancedTradeAccountTests(SandboxFixture fixture) : IDisposable
{
    private readonly AdvancedTradeTestClient _client = new(fixture.Sandbox);

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task Key_permissions_name_the_default_portfolio_that_holds_the_accounts()
    {
        var (_, permissions) = await _client.GetAsync("/key_permissions");
        var (_, portfolios) = await _client.GetAsync("/portfolios?portfolio_type=DEFAULT");
        var (_, accounts) = await _client.GetAsync("/accounts");

        Assert.True(permissions.GetProperty("can_trade").GetBoolean());
        Assert.Equal("DEFAULT", permissions.GetProperty("portfolio_type").GetString());
        string portfolioId = permissions.GetProperty("portfolio_uuid").GetString()!;
        Assert.Equal(portfolioId, Assert.Single(portfolios.GetProperty("portfolios").EnumerateArray()).GetProperty("uuid").GetString());
        Assert.All(accounts.GetProperty("accounts").EnumerateArray(), account => Assert.Equal(portfolioId, account.GetProperty("retail_portfolio_id").GetString()));
    }

    [Fact]
    public async Task Payment_methods_list_the_sandbox_bank_account()
    {
        var (_, list) = await _client.GetAsync("/payment_methods");
        string id = Assert.Single(list.GetProperty("payment_methods").EnumerateArray()).GetProperty("id").GetString()!;

        var (status, one) = await _client.GetAsync("/payment_methods/" + id);
        var (missing, _) = await _client.GetAsync("/payment_methods/" + Guid.NewGuid());

        Assert.Equal(200, status);
        Assert.Equal("USD", one.GetProperty("payment_method").GetProperty("currency").GetString());
        Assert.Equal(404, missing);
    }

    [Fact]
    public async Task The_transaction_summary_carries_the_sandbox_fee_rates()
    {
        var (status, body) = await _client.GetAsync("/transaction_summary");

        Assert.Equal(200, status);
        Assert.Equal("0.006", body.GetProperty("fee_tier").GetProperty("taker_fee_rate").GetString());
        Assert.Equal("0.004", body.GetProperty("fee_tier").GetProperty("maker_fee_rate").GetString());
    }

    [Fact]
    public async Task A_portfolio_is_created_funded_renamed_emptied_and_deleted()
    {
        var (_, permissions) = await _client.GetAsync("/key_permissions");
        string defaultId = permissions.GetProperty("portfolio_uuid").GetString()!;
        var usdBefore = await fixture.AccountAsync("USD");

        var (_, created) = await _client.PostAsync("/portfolios", new { name = "bots-" + Guid.NewGuid().ToString("N") });
        string id = created.GetProperty("portfolio").GetProperty("uuid").GetString()!;
        var (moved, _) = await _client.PostAsync("/portfolios/move_funds", new { funds = new { value = "250.00", currency = "USD" }, source_portfolio_uuid = defaultId, target_portfolio_uuid = id });
        var (_, breakdown) = await _client.GetAsync("/portfolios/" + id);
        var (refusedDelete, _) = await _client.SendAsync(HttpMethod.Delete, "/portfolios/" + id);
        var (_, renamed) = await _client.SendAsync(HttpMethod.Put, "/portfolios/" + id, new { name = "renamed-" + id });
        await _client.PostAsync("/portfolios/move_funds", new { funds = new { value = "250.00", currency = "USD" }, source_portfolio_uuid = id, target_portfolio_uuid = defaultId });
        var (deleted, _) = await _client.SendAsync(HttpMethod.Delete, "/portfolios/" + id);
        var (gone, _) = await _client.GetAsync("/portfolios/" + id);

        Assert.Equal(200, moved);
        var position = Assert.Single(breakdown.GetProperty("breakdown").GetProperty("spot_positions").EnumerateArray());
        Assert.Equal("USD", position.GetProperty("asset").GetString());
        Assert.Equal(250m, position.GetProperty("total_balance_crypto").GetDecimal());
        Assert.Equal(400, refusedDelete);
        Assert.Equal("renamed-" + id, renamed.GetProperty("portfolio").GetProperty("name").GetString());
        Assert.Equal(200, deleted);
        Assert.Equal(404, gone);
        Assert.Equal(usdBefore.Balance, (await fixture.AccountAsync("USD")).Balance);
    }

    [Fact]
    public async Task A_convert_quote_committed_moves_usd_to_usdc_one_for_one()
    {
        var usdBefore = await fixture.AccountAsync("USD");
        var usdcBefore = await fixture.AccountAsync("USDC");

        var (status, quote) = await _client.PostAsync("/convert/quote", new { from_account = usdBefore.Id, to_account = "USDC", amount = "10.00" });
        string id = quote.GetProperty("trade").GetProperty("id").GetString()!;
        var (_, committed) = await _client.PostAsync("/convert/trade/" + id, new { from_account = usdBefore.Id, to_account = usdcBefore.Id });
        var (_, fetched) = await _client.GetAsync("/convert/trade/" + id);
        var (again, _) = await _client.PostAsync("/convert/trade/" + id, new { });

        Assert.Equal(200, status);
        Assert.Equal("TRADE_STATUS_CREATED", quote.GetProperty("trade").GetProperty("status").GetString());
        Assert.Equal("TRADE_STATUS_COMPLETED", committed.GetProperty("trade").GetProperty("status").GetString());
        Assert.Equal("TRADE_STATUS_COMPLETED", fetched.GetProperty("trade").GetProperty("status").GetString());
        Assert.Equal(400, again);
        Assert.Equal(usdBefore.Balance - 10m, (await fixture.AccountAsync("USD")).Balance);
        Assert.Equal(usdcBefore.Balance + 10m, (await fixture.AccountAsync("USDC")).Balance);
        Assert.Equal(10m, (await fixture.Client.ConversionAsync(id)).Amount);
    }

    [Fact]
    public async Task Derivatives_answer_empty_for_an_account_without_them()
    {
        var (_, permissions) = await _client.GetAsync("/key_permissions");
        string portfolioId = permissions.GetProperty("portfolio_uuid").GetString()!;

        var (_, summary) = await _client.GetAsync("/cfm/balance_summary");
        var (_, positions) = await _client.GetAsync("/cfm/positions");
        var (one, _) = await _client.GetAsync("/cfm/positions/BIT-28JUN24-CDE");
        var (_, perps) = await _client.GetAsync("/intx/positions/" + portfolioId);
        var (sweep, error) = await _client.PostAsync("/cfm/sweeps/schedule", new { usd_amount = "5" });

        Assert.Equal(0m, decimal.Parse(summary.GetProperty("balance_summary").GetProperty("total_usd_balance").GetProperty("value").GetString()!, CultureInfo.InvariantCulture));
        Assert.Empty(positions.GetProperty("positions").EnumerateArray());
        Assert.Equal(404, one);
        Assert.Empty(perps.GetProperty("positions").EnumerateArray());
        Assert.Equal(400, sweep);
        Assert.Equal("INVALID_ARGUMENT", error.GetProperty("error").GetString());
    }

    [Fact]
    public async Task An_unknown_path_is_404_in_the_advanced_trade_shape()
    {
        var (status, body) = await _client.GetAsync("/no/such/thing");

        Assert.Equal(404, status);
        Assert.Equal("NOT_FOUND", body.GetProperty("error").GetString());
    }
}
