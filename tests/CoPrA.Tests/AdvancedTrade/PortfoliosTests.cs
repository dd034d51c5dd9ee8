using CoPrA.AdvancedTrade;

namespace CoPrA.Tests.AdvancedTrade;

/// <summary>The portfolio methods: list, create, breakdown, move funds, edit (PUT) and delete.</summary>
public sealed class PortfoliosTests
{
    private const string Source = "b87a2d3f-8a1e-49b3-a4ea-402d8c389aca";
    private const string Target = "e1f0a2c4-5b6d-4e8f-9a0b-1c2d3e4f5a6b";
    private const string PortfolioJson = """{"name":"Bots","uuid":"e1f0a2c4-5b6d-4e8f-9a0b-1c2d3e4f5a6b","type":"CONSUMER","deleted":false}""";

    [Theory]
    [InlineData(TestKey.Ecdsa)]
    [InlineData(TestKey.Ed25519)]
    public async Task Get_portfolios_sends_the_type_and_returns_the_portfolios(TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Get, "/api/v3/brokerage/portfolios", $$"""{"portfolios":[{{PortfolioJson}}]}""");

        var answer = await harness.Client.GetPortfoliosAsync(PortfolioType.Consumer);

        harness.AssertSent(HttpMethod.Get, "/api/v3/brokerage/portfolios?portfolio_type=CONSUMER");
        var portfolio = Assert.Single(answer.Portfolios);
        Assert.Equal(Target, portfolio.Uuid);
        Assert.Equal(PortfolioType.Consumer, portfolio.Type);
    }

    [Fact]
    public async Task Get_portfolios_without_a_type_sends_no_query()
    {
        using var harness = new AdvancedTradeTestHarness();
        harness.Reply(HttpMethod.Get, "/api/v3/brokerage/portfolios", """{"portfolios":[]}""");

        await harness.Client.GetPortfoliosAsync();

        harness.AssertSent(HttpMethod.Get, "/api/v3/brokerage/portfolios");
    }

    [Theory]
    [InlineData(TestKey.Ecdsa)]
    [InlineData(TestKey.Ed25519)]
    public async Task Create_portfolio_posts_the_name(TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Post, "/api/v3/brokerage/portfolios", $$"""{"portfolio":{{PortfolioJson}}}""");

        var answer = await harness.Client.CreatePortfolioAsync("Bots \"1\"");

        harness.AssertSent(HttpMethod.Post, "/api/v3/brokerage/portfolios", """{"name":"Bots \u00221\u0022"}""");
        Assert.Equal("Bots", answer.Portfolio!.Name);
    }

    [Theory]
    [InlineData(TestKey.Ecdsa)]
    [InlineData(TestKey.Ed25519)]
    public async Task Get_portfolio_breakdown_sends_the_currency_and_reads_balances_and_positions(TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Get, "/api/v3/brokerage/portfolios/" + Source, """
            {"breakdown":{"portfolio":{"name":"Default","uuid":"b87a2d3f-8a1e-49b3-a4ea-402d8c389aca","type":"DEFAULT","deleted":false},
             "portfolio_balances":{"total_balance":{"value":"1500.25","currency":"EUR"},"total_crypto_balance":{"value":"500.25","currency":"EUR"}},
             "spot_positions":[{"asset":"BTC","account_uuid":"8bfc20d7","total_balance_fiat":500.25,"total_balance_crypto":0.0123,
               "available_to_trade_fiat":500.25,"allocation":0.33,"cost_basis":{"value":"450","currency":"EUR"},"is_cash":false}],
             "perp_positions":[],"futures_positions":[]}}
            """);

        var answer = await harness.Client.GetPortfolioBreakdownAsync(Source, currency: "EUR");

        harness.AssertSent(HttpMethod.Get, "/api/v3/brokerage/portfolios/" + Source + "?currency=EUR");
        var breakdown = answer.Breakdown!;
        Assert.Equal(1500.25m, breakdown.PortfolioBalances!.TotalBalance!.Value);
        Assert.Equal("EUR", breakdown.PortfolioBalances.TotalBalance.Currency);
        var position = Assert.Single(breakdown.SpotPositions);
        Assert.Equal(0.0123m, position.TotalBalanceCrypto);
        Assert.Equal(450m, position.CostBasis!.Value);
    }

    [Theory]
    [InlineData(TestKey.Ecdsa)]
    [InlineData(TestKey.Ed25519)]
    public async Task Move_portfolio_funds_posts_the_funds_as_a_decimal_string_with_its_scale(TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Post, "/api/v3/brokerage/portfolios/move_funds", $$"""{"source_portfolio_uuid":"{{Source}}","target_portfolio_uuid":"{{Target}}"}""");

        var answer = await harness.Client.MovePortfolioFundsAsync(100.50m, "USD", Source, Target);

        harness.AssertSent(HttpMethod.Post, "/api/v3/brokerage/portfolios/move_funds",
            $$"""{"funds":{"value":"100.50","currency":"USD"},"source_portfolio_uuid":"{{Source}}","target_portfolio_uuid":"{{Target}}"}""");
        Assert.Equal(Source, answer.SourcePortfolioUuid);
        Assert.Equal(Target, answer.TargetPortfolioUuid);
    }

    [Theory]
    [InlineData(TestKey.Ecdsa)]
    [InlineData(TestKey.Ed25519)]
    public async Task Edit_portfolio_puts_the_new_name(TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Put, "/api/v3/brokerage/portfolios/" + Target, $$"""{"portfolio":{{PortfolioJson}}}""");

        var answer = await harness.Client.EditPortfolioAsync(Target, "Bots");

        harness.AssertSent(HttpMethod.Put, "/api/v3/brokerage/portfolios/" + Target, """{"name":"Bots"}""");
        Assert.Equal(Target, answer.Portfolio!.Uuid);
    }

    [Theory]
    [InlineData(TestKey.Ecdsa)]
    [InlineData(TestKey.Ed25519)]
    public async Task Delete_portfolio_sends_a_delete_without_a_body(TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Delete, "/api/v3/brokerage/portfolios/" + Target, "{}");

        var answer = await harness.Client.DeletePortfolioAsync(Target);

        harness.AssertSent(HttpMethod.Delete, "/api/v3/brokerage/portfolios/" + Target);
        Assert.NotNull(answer);
    }

    [Fact]
    public async Task Move_portfolio_funds_refuses_bad_arguments_before_sending()
    {
        using var harness = new AdvancedTradeTestHarness();

        await harness.AssertRejectedAsync<ArgumentOutOfRangeException>(client => client.MovePortfolioFundsAsync(0m, "USD", Source, Target), "value");
        await harness.AssertRejectedAsync<ArgumentOutOfRangeException>(client => client.MovePortfolioFundsAsync(-1m, "USD", Source, Target), "value");
        await harness.AssertRejectedAsync<ArgumentException>(client => client.MovePortfolioFundsAsync(1m, " ", Source, Target), "currency");
        await harness.AssertRejectedAsync<ArgumentException>(client => client.MovePortfolioFundsAsync(1m, "USD", "", Target), "sourcePortfolioUuid");
        await harness.AssertRejectedAsync<ArgumentException>(client => client.MovePortfolioFundsAsync(1m, "USD", Source, ""), "targetPortfolioUuid");
        await harness.AssertRejectedAsync<ArgumentException>(client => client.MovePortfolioFundsAsync(1m, "USD", Source, Source.ToUpperInvariant()), "targetPortfolioUuid");
    }

    [Fact]
    public async Task Portfolio_methods_refuse_bad_ids_and_names_before_sending()
    {
        using var harness = new AdvancedTradeTestHarness();

        await harness.AssertRejectedAsync<ArgumentException>(client => client.CreatePortfolioAsync(" "), "name");
        await harness.AssertRejectedAsync<ArgumentException>(client => client.GetPortfolioBreakdownAsync(".."), "portfolioUuid");
        await harness.AssertRejectedAsync<ArgumentException>(client => client.GetPortfolioBreakdownAsync(Source, currency: ""), "currency");
        await harness.AssertRejectedAsync<ArgumentException>(client => client.EditPortfolioAsync("", "Bots"), "portfolioUuid");
        await harness.AssertRejectedAsync<ArgumentException>(client => client.EditPortfolioAsync(Target, ""), "name");
        await harness.AssertRejectedAsync<ArgumentException>(client => client.DeletePortfolioAsync("."), "portfolioUuid");
    }
}
