using CoPrA.AdvancedTrade;
using RichardSzalay.MockHttp;

namespace CoPrA.Tests.AdvancedTrade;

/// <summary>get_accounts (one page and every page) and get_account: wire shape, parsing and argument checks.</summary>
public sealed class AccountsTests
{
    private const string AccountJson = """
        {"uuid":"8bfc20d7-f7c6-4422-bf07-8243ca4169fe","name":"BTC Wallet","currency":"BTC",
         "available_balance":{"value":"1.23000000","currency":"BTC"},"default":false,"active":true,
         "created_at":"2021-05-31T09:59:59.000Z","updated_at":"2021-05-31T09:59:59.000Z","deleted_at":null,
         "type":"ACCOUNT_TYPE_CRYPTO","ready":true,"hold":{"value":"0.10000000","currency":"BTC"},
         "retail_portfolio_id":"b87a2d3f-8a1e-49b3-a4ea-402d8c389aca","platform":"ACCOUNT_PLATFORM_CONSUMER"}
        """;

    [Theory]
    [InlineData(TestKey.Ecdsa)]
    [InlineData(TestKey.Ed25519)]
    public async Task Get_accounts_sends_limit_cursor_and_portfolio_and_returns_the_page(TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Get, "/api/v3/brokerage/accounts", $$"""{"accounts":[{{AccountJson}}],"has_next":true,"cursor":"789100","size":1}""");

        var page = await harness.Client.GetAccountsAsync(limit: 1, cursor: "123456", retailPortfolioId: "b87a2d3f-8a1e-49b3-a4ea-402d8c389aca");

        harness.AssertSent(HttpMethod.Get, "/api/v3/brokerage/accounts?limit=1&cursor=123456&retail_portfolio_id=b87a2d3f-8a1e-49b3-a4ea-402d8c389aca");
        var account = Assert.Single(page.Accounts);
        Assert.Equal("8bfc20d7-f7c6-4422-bf07-8243ca4169fe", account.Uuid);
        Assert.Equal(1.23m, account.AvailableBalance!.Value);
        Assert.Equal(0.1m, account.Hold!.Value);
        Assert.True(page.HasNext);
        Assert.Equal("789100", page.Cursor);
        Assert.Equal(1, page.Size);
    }

    [Fact]
    public async Task Get_accounts_without_arguments_sends_no_query()
    {
        using var harness = new AdvancedTradeTestHarness();
        harness.Reply(HttpMethod.Get, "/api/v3/brokerage/accounts", """{"accounts":[],"has_next":false,"cursor":"","size":0}""");

        var page = await harness.Client.GetAccountsAsync();

        harness.AssertSent(HttpMethod.Get, "/api/v3/brokerage/accounts");
        Assert.Empty(page.Accounts);
    }

    [Theory]
    [InlineData(TestKey.Ecdsa)]
    [InlineData(TestKey.Ed25519)]
    public async Task Get_all_accounts_follows_the_cursor_while_has_next(TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Get, "/api/v3/brokerage/accounts", """{"accounts":[{"uuid":"b"}],"has_next":false,"cursor":"","size":1}""")
            .WithExactQueryString("limit=1&cursor=c1");
        harness.Reply(HttpMethod.Get, "/api/v3/brokerage/accounts", """{"accounts":[{"uuid":"a"}],"has_next":true,"cursor":"c1","size":1}""")
            .WithExactQueryString("limit=1");

        var uuids = new List<string>();
        await foreach (var account in harness.Client.GetAllAccountsAsync(limit: 1))
        {
            uuids.Add(account.Uuid);
        }

        Assert.Equal(["a", "b"], uuids);
        Assert.Equal(["/api/v3/brokerage/accounts?limit=1", "/api/v3/brokerage/accounts?limit=1&cursor=c1"], harness.Sent.Select(sent => sent.PathAndQuery));
        Assert.All(harness.Sent, sent => harness.AssertJwt(sent));
    }

    [Fact]
    public async Task Get_all_accounts_stops_when_has_next_is_false_even_with_a_cursor()
    {
        using var harness = new AdvancedTradeTestHarness();
        harness.Reply(HttpMethod.Get, "/api/v3/brokerage/accounts", """{"accounts":[{"uuid":"a"}],"has_next":false,"cursor":"c1","size":1}""");

        int count = 0;
        await foreach (var _ in harness.Client.GetAllAccountsAsync())
        {
            count++;
        }

        Assert.Equal(1, count);
        harness.AssertSent(HttpMethod.Get, "/api/v3/brokerage/accounts");
    }

    [Fact]
    public void Get_all_accounts_checks_its_arguments_when_called_before_any_enumeration()
    {
        using var harness = new AdvancedTradeTestHarness();

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => harness.Client.GetAllAccountsAsync(limit: 0));

        Assert.Equal("limit", ex.ParamName);
        harness.AssertNothingSent();
    }

    [Theory]
    [InlineData(TestKey.Ecdsa)]
    [InlineData(TestKey.Ed25519)]
    public async Task Get_account_escapes_the_uuid_and_returns_the_account(TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Get, "/api/v3/brokerage/accounts/8bfc20d7-f7c6-4422-bf07-8243ca4169fe", $$"""{"account":{{AccountJson}}}""");

        var response = await harness.Client.GetAccountAsync("8bfc20d7-f7c6-4422-bf07-8243ca4169fe");

        harness.AssertSent(HttpMethod.Get, "/api/v3/brokerage/accounts/8bfc20d7-f7c6-4422-bf07-8243ca4169fe");
        Assert.Equal("BTC", response.Account!.Currency);
        Assert.Equal("b87a2d3f-8a1e-49b3-a4ea-402d8c389aca", response.Account.RetailPortfolioId);
    }

    [Fact]
    public async Task Get_account_escapes_characters_that_would_change_the_path()
    {
        using var harness = new AdvancedTradeTestHarness();
        harness.Reply(HttpMethod.Get, "/api/v3/brokerage/accounts/a%2Fb", """{"account":{"uuid":"a/b"}}""");

        await harness.Client.GetAccountAsync("a/b");

        harness.AssertSent(HttpMethod.Get, "/api/v3/brokerage/accounts/a%2Fb");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("..")]
    public async Task Get_account_refuses_an_empty_or_path_changing_uuid(string uuid)
    {
        using var harness = new AdvancedTradeTestHarness();

        await harness.AssertRejectedAsync<ArgumentException>(client => client.GetAccountAsync(uuid), "accountUuid");
    }

    [Fact]
    public async Task Get_accounts_refuses_a_limit_below_one_and_a_blank_portfolio()
    {
        using var harness = new AdvancedTradeTestHarness();

        await harness.AssertRejectedAsync<ArgumentOutOfRangeException>(client => client.GetAccountsAsync(limit: 0), "limit");
        await harness.AssertRejectedAsync<ArgumentException>(client => client.GetAccountsAsync(retailPortfolioId: " "), "retailPortfolioId");
    }
}
