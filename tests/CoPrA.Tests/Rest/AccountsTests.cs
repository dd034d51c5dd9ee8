using CoPrA.Rest;
using static CoPrA.Tests.Rest.RestTestHarness;

namespace CoPrA.Tests.Rest;

/// <summary>Accounts, ledger and holds: signed GETs.</summary>
public class AccountsTests
{
    private const string AccountId = "a764610f-334e-4ece-b4dd-f31111ed58e7";

    // CoPrA's account example plus the OpenAPI one.
    private const string AccountJson = """
        {"id": "a764610f-334e-4ece-b4dd-f31111ed58e7", "currency": "USD", "balance": "1000.0000005931528000",
         "available": "1000.0000005931528", "hold": "0.0000000000000000", "profile_id": "019be148-d490-45f9-9ead-0d1f64127716"}
        """;

    [Fact]
    public async Task AccountsAsync_gets_the_accounts_signed()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/accounts", "[" + AccountJson + """
            , {"id": "7fd0abc0-e5ad-4cbb-8d54-f2b3f43364da", "currency": "BTC", "balance": "0.0000000000000000",
               "hold": "0.0000000000000000", "available": "0", "profile_id": "8058d771-2d88-4f0f-ab6e-299c153d4308",
               "trading_enabled": true, "pending_deposit": "0.5", "display_name": "Bitcoin", "flags": ["new"]}]
            """);

        var accounts = await harness.Client.AccountsAsync();

        AssertSigned(harness.AssertSent(HttpMethod.Get, "/accounts?" + NoCache));
        Assert.Equal(2, accounts.Count);
        Assert.Equal(AccountId, accounts[0].Id);
        Assert.Equal("USD", accounts[0].Currency);
        Assert.Equal(1000.0000005931528000m, accounts[0].Balance);
        Assert.Equal(1000.0000005931528m, accounts[0].Available);
        Assert.Equal(0m, accounts[0].Hold);
        Assert.Equal("019be148-d490-45f9-9ead-0d1f64127716", accounts[0].ProfileId);
        Assert.Null(accounts[0].TradingEnabled);
        Assert.True(accounts[1].TradingEnabled);
        Assert.Equal(0.5m, accounts[1].PendingDeposit);
        Assert.Equal("Bitcoin", accounts[1].DisplayName);
        Assert.True(accounts[1].ExtensionData!.ContainsKey("flags"));
    }

    [Fact]
    public async Task AccountAsync_gets_one_account_signed()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/accounts/" + AccountId, AccountJson);

        var account = await harness.Client.AccountAsync(AccountId);

        AssertSigned(harness.AssertSent(HttpMethod.Get, $"/accounts/{AccountId}?{NoCache}"));
        Assert.Equal(AccountId, account.Id);
        Assert.Equal(1000.0000005931528000m, account.Balance);
    }

    [Fact]
    public async Task AccountHistoryAsync_sends_the_default_limit_and_reads_entries_and_cursors()
    {
        using var harness = Authenticated();
        // The OpenAPI example and CoPrA's match entry, whose details carry the trade.
        harness.Reply(HttpMethod.Get, $"/accounts/{AccountId}/ledger", """
            [{"created_at": "2019-06-11T22:11:56.382749Z", "id": "1444415179", "amount": "3.2200000000000000",
              "balance": "3.2200000000000000", "type": "transfer",
              "details": {"to": "6d326768-71f2-4068-99dc-7075c78f6402", "from": "20640810-6219-4d3b-95f4-5e1741dd6ea4",
                          "profile_transfer_id": "1f854356-4923-4b10-8db1-d82f7fae8eda"}},
             {"created_at": "2018-09-28T19:31:21.211159Z", "id": "10712040275", "amount": "-600.9103845810000000",
              "balance": "0.0000005931528000", "type": "match",
              "details": {"order_id": "d2fadbb5-8769-4b80-91da-be3d9c6bd38d", "trade_id": "34209042", "product_id": "BTC-USD"}}]
            """, headers: [("cb-before", "1071064024"), ("cb-after", "1008063508")]);

        var (entries, before, after) = await harness.Client.AccountHistoryAsync(AccountId);

        AssertSigned(harness.AssertSent(HttpMethod.Get, $"/accounts/{AccountId}/ledger?limit=100&{NoCache}"));
        Assert.Equal("1071064024", before);
        Assert.Equal("1008063508", after);
        Assert.Equal("1444415179", entries[0].Id);
        Assert.Equal(3.22m, entries[0].Amount);
        Assert.Equal("transfer", entries[0].Type);
        Assert.Equal("1f854356-4923-4b10-8db1-d82f7fae8eda", entries[0].Details!.ExtensionData!["profile_transfer_id"].GetString());
        var match = entries[1];
        Assert.Equal(-600.9103845810000000m, match.Amount);
        Assert.Equal(0.0000005931528000m, match.Balance);
        Assert.Equal(new DateTimeOffset(2018, 9, 28, 19, 31, 21, TimeSpan.Zero).AddTicks(2111590), match.CreatedAt);
        Assert.Equal("d2fadbb5-8769-4b80-91da-be3d9c6bd38d", match.Details!.OrderId);
        Assert.Equal("34209042", match.Details.TradeId);
        Assert.Equal("BTC-USD", match.Details.ProductId);
    }

    [Theory]
    [InlineData(25, null, "1008063508", "limit=25&after=1008063508")]
    [InlineData(100, "1071064024", null, "limit=100&before=1071064024")]
    public async Task AccountHistoryAsync_sends_limit_then_the_cursor(int limit, string? before, string? after, string query)
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, $"/accounts/{AccountId}/ledger", "[]");

        await harness.Client.AccountHistoryAsync(AccountId, limit, before, after);

        AssertSigned(harness.AssertSent(HttpMethod.Get, $"/accounts/{AccountId}/ledger?{query}&{NoCache}"));
    }

    [Fact]
    public async Task HoldsAsync_reads_holds_and_cursors()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, $"/accounts/{AccountId}/holds", """
            [{"id": "82dcd140-c3c7-4507-8de4-2c529cd1a28f", "account_id": "e0b3f39a-183d-453e-b754-0c13e5bab0b3",
              "created_at": "2014-11-06T10:34:47.123456Z", "updated_at": "2014-11-06T10:40:47.123456Z",
              "amount": "4.23", "type": "order", "ref": "0a205de4-dd35-4370-a285-fe8fc375a273", "source": "api"}]
            """, headers: [("cb-after", "2014-11-06T10:34:47.123456Z")]);

        var (holds, before, after) = await harness.Client.HoldsAsync(AccountId, limit: 10, after: "2014-11-07T00:00:00Z");

        AssertSigned(harness.AssertSent(HttpMethod.Get, $"/accounts/{AccountId}/holds?limit=10&after=2014-11-07T00:00:00Z&{NoCache}"));
        Assert.Null(before);
        Assert.Equal("2014-11-06T10:34:47.123456Z", after);
        var hold = Assert.Single(holds);
        Assert.Equal("82dcd140-c3c7-4507-8de4-2c529cd1a28f", hold.Id);
        Assert.Equal("e0b3f39a-183d-453e-b754-0c13e5bab0b3", hold.AccountId);
        Assert.Equal(4.23m, hold.Amount);
        Assert.Equal("order", hold.Type);
        Assert.Equal("0a205de4-dd35-4370-a285-fe8fc375a273", hold.Ref);
        Assert.Equal(new DateTimeOffset(2014, 11, 6, 10, 40, 47, TimeSpan.Zero).AddTicks(1234560), hold.UpdatedAt);
        Assert.Equal("api", hold.ExtensionData!["source"].GetString());
    }

    [Fact]
    public async Task HoldsAsync_sends_the_default_limit()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, $"/accounts/{AccountId}/holds", "[]");

        var page = await harness.Client.HoldsAsync(AccountId);

        AssertSigned(harness.AssertSent(HttpMethod.Get, $"/accounts/{AccountId}/holds?limit=100&{NoCache}"));
        Assert.Empty(page.Results);
    }

    // ---- validation ----

    public static TheoryData<string> PagedCalls => ["ledger", "holds"];

    [Theory]
    [MemberData(nameof(PagedCalls))]
    public async Task Paged_account_methods_reject_both_cursors(string call)
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentException>(c => CallPaged(c, call, AccountId, 100, "2", "1"), "after", "before and after cannot both be provided.");
    }

    [Theory]
    [MemberData(nameof(PagedCalls))]
    public async Task Paged_account_methods_reject_a_limit_outside_1_to_1000(string call)
    {
        foreach (int limit in new[] { 0, 1001 })
        {
            using var harness = Authenticated();
            await harness.AssertRejectedAsync<ArgumentOutOfRangeException>(c => CallPaged(c, call, AccountId, limit, null, null), "limit", "limit must be between 1 and 1000.");
        }
    }

    [Theory]
    [InlineData("account")]
    [InlineData("ledger")]
    [InlineData("holds")]
    public async Task Account_methods_reject_an_empty_account_id(string call)
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentException>(c => call == "account" ? c.AccountAsync(" ") : CallPaged(c, call, "", 100, null, null), "accountId");
    }

    [Fact]
    public async Task A_validation_error_wins_over_missing_credentials()
    {
        using var harness = Anonymous();
        await harness.AssertRejectedAsync<ArgumentException>(c => c.HoldsAsync(AccountId, before: "2", after: "1"), "after", "before and after cannot both be provided.");
    }

    private static Task CallPaged(RestClient client, string call, string accountId, int limit, string? before, string? after) => call switch
    {
        "ledger" => client.AccountHistoryAsync(accountId, limit, before, after),
        "holds" => client.HoldsAsync(accountId, limit, before, after),
        _ => throw new ArgumentOutOfRangeException(nameof(call)),
    };
}
