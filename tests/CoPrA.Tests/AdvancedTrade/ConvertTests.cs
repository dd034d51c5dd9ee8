namespace CoPrA.Tests.AdvancedTrade;

/// <summary>create_convert_quote, get_convert_trade and commit_convert_trade.</summary>
public sealed class ConvertTests
{
    private const string From = "8bfc20d7-f7c6-4422-bf07-8243ca4169fe";
    private const string To = "a1b2c3d4-0000-4000-8000-123456789abc";
    private const string TradeJson = """
        {"trade":{"id":"3f6c4a5e-1111-4c22-9d33-444455556666","status":"TRADE_STATUS_CREATED",
         "user_entered_amount":{"value":"100.00","currency":"USD"},"amount":{"value":"100.00","currency":"USD"},
         "subtotal":{"value":"99.00","currency":"USD"},"total":{"value":"100.00","currency":"USD"},
         "fees":[{"title":"Coinbase fee","description":"","amount":{"value":"1.00","currency":"USD"},"label":"Fee"}],
         "total_fee":{"title":"Total fee","description":"","amount":{"value":"1.00","currency":"USD"},"label":"Fee"},
         "source_currency":"USD","target_currency":"USDC","source_id":"8bfc20d7-f7c6-4422-bf07-8243ca4169fe",
         "target_id":"a1b2c3d4-0000-4000-8000-123456789abc","exchange_rate":{"value":"1","currency":"USDC"},"unit_price":{"extra":true}}}
        """;

    [Theory]
    [InlineData(TestKey.Ecdsa)]
    [InlineData(TestKey.Ed25519)]
    public async Task Create_convert_quote_posts_accounts_and_amount_without_incentive_metadata(TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Post, "/api/v3/brokerage/convert/quote", TradeJson);

        var answer = await harness.Client.CreateConvertQuoteAsync(From, To, 100.00m);

        harness.AssertSent(HttpMethod.Post, "/api/v3/brokerage/convert/quote", $$"""{"from_account":"{{From}}","to_account":"{{To}}","amount":"100.00"}""");
        var trade = answer.Trade!;
        Assert.Equal("3f6c4a5e-1111-4c22-9d33-444455556666", trade.Id);
        Assert.Equal(99.00m, trade.Subtotal!.Value);
        Assert.Equal(1.00m, Assert.Single(trade.Fees).Amount!.Value);
        Assert.True(trade.ExtensionData!.ContainsKey("unit_price"));
    }

    [Theory]
    [InlineData("incentive-1", null, """{"user_incentive_id":"incentive-1"}""")]
    [InlineData(null, "CODE", """{"code_val":"CODE"}""")]
    [InlineData("incentive-1", "CODE", """{"user_incentive_id":"incentive-1","code_val":"CODE"}""")]
    public async Task Create_convert_quote_sends_incentive_metadata_with_only_the_given_values(string? userIncentiveId, string? codeVal, string metadata)
    {
        using var harness = new AdvancedTradeTestHarness();
        harness.Reply(HttpMethod.Post, "/api/v3/brokerage/convert/quote", TradeJson);

        await harness.Client.CreateConvertQuoteAsync(From, To, 0.5m, userIncentiveId, codeVal);

        harness.AssertSent(HttpMethod.Post, "/api/v3/brokerage/convert/quote",
            $$"""{"from_account":"{{From}}","to_account":"{{To}}","amount":"0.5","trade_incentive_metadata":{{metadata}}}""");
    }

    [Theory]
    [InlineData(TestKey.Ecdsa)]
    [InlineData(TestKey.Ed25519)]
    public async Task Get_convert_trade_sends_the_accounts_in_the_query(TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Get, "/api/v3/brokerage/convert/trade/3f6c4a5e-1111-4c22-9d33-444455556666", TradeJson);

        var answer = await harness.Client.GetConvertTradeAsync("3f6c4a5e-1111-4c22-9d33-444455556666", From, To);

        harness.AssertSent(HttpMethod.Get, $"/api/v3/brokerage/convert/trade/3f6c4a5e-1111-4c22-9d33-444455556666?from_account={From}&to_account={To}");
        Assert.Equal("USDC", answer.Trade!.TargetCurrency);
    }

    [Theory]
    [InlineData(TestKey.Ecdsa)]
    [InlineData(TestKey.Ed25519)]
    public async Task Commit_convert_trade_posts_the_accounts(TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Post, "/api/v3/brokerage/convert/trade/3f6c4a5e-1111-4c22-9d33-444455556666", TradeJson.Replace("TRADE_STATUS_CREATED", "TRADE_STATUS_COMPLETED", StringComparison.Ordinal));

        var answer = await harness.Client.CommitConvertTradeAsync("3f6c4a5e-1111-4c22-9d33-444455556666", From, To);

        harness.AssertSent(HttpMethod.Post, "/api/v3/brokerage/convert/trade/3f6c4a5e-1111-4c22-9d33-444455556666", $$"""{"from_account":"{{From}}","to_account":"{{To}}"}""");
        Assert.Equal("TRADE_STATUS_COMPLETED", answer.Trade!.Status);
    }

    [Fact]
    public async Task Convert_methods_refuse_bad_arguments_before_sending()
    {
        using var harness = new AdvancedTradeTestHarness();

        await harness.AssertRejectedAsync<ArgumentException>(client => client.CreateConvertQuoteAsync("", To, 1m), "fromAccount");
        await harness.AssertRejectedAsync<ArgumentException>(client => client.CreateConvertQuoteAsync(From, " ", 1m), "toAccount");
        await harness.AssertRejectedAsync<ArgumentOutOfRangeException>(client => client.CreateConvertQuoteAsync(From, To, 0m), "amount");
        await harness.AssertRejectedAsync<ArgumentException>(client => client.GetConvertTradeAsync("..", From, To), "tradeId");
        await harness.AssertRejectedAsync<ArgumentException>(client => client.GetConvertTradeAsync("t", "", To), "fromAccount");
        await harness.AssertRejectedAsync<ArgumentException>(client => client.CommitConvertTradeAsync("", From, To), "tradeId");
        await harness.AssertRejectedAsync<ArgumentException>(client => client.CommitConvertTradeAsync("t", From, ""), "toAccount");
    }
}
