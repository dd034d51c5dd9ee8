using CoPrA.Rest;
using static CoPrA.Tests.Rest.RestTestHarness;

namespace CoPrA.Tests.Rest;

/// <summary>
/// The parameters issue 17 made reachable go out under the API's names, in the query or the body,
/// formatted as the API wants, after the ones CoPrA always sent; and bad values are refused first.
/// </summary>
public class ParameterWireTests
{
    private const string Profile = "8058d771-2d88-4f0f-ab6e-299c153d4308";
    private static readonly DateTimeOffset Start = new(2024, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset End = new(2024, 3, 15, 12, 30, 0, TimeSpan.FromHours(2));

    [Fact]
    public async Task LimitOrderAsync_sends_profile_max_floor_and_stop_limit_price_last_in_the_body()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Post, "/orders", "{}");

        await harness.Client.LimitOrderAsync(Side.Sell, "BTC-USD", 100.5m, 2m, stop: StopType.Loss, stopPrice: 101m, profileId: Profile, maxFloor: 0.25m, stopLimitPrice: 99.75m);

        AssertSigned(harness.AssertSentOrder("/orders",
            $$"""{"type":"limit","side":"sell","product_id":"BTC-USD","price":"100.5","size":"2","time_in_force":"GTC","post_only":false,"stp":"dc","stop":"loss","stop_price":"101","profile_id":"{{Profile}}","max_floor":"0.25","stop_limit_price":"99.75"}"""));
    }

    [Fact]
    public async Task MarketOrderAsync_sends_the_profile_last_in_the_body()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Post, "/orders", "{}");

        await harness.Client.MarketOrderAsync(Side.Buy, "BTC-USD", funds: 10m, profileId: Profile);

        harness.AssertSentOrder("/orders", $$"""{"type":"market","side":"buy","product_id":"BTC-USD","stp":"dc","funds":"10","profile_id":"{{Profile}}"}""");
    }

    [Fact]
    public async Task CancelAsync_sends_profile_and_product_in_the_query()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Delete, "/orders/o-1", "\"o-1\"");

        var cancelled = await harness.Client.CancelAsync("o-1", Profile, "BTC-USD");

        AssertSigned(harness.AssertSent(HttpMethod.Delete, $"/orders/o-1?profile_id={Profile}&product_id=BTC-USD"));
        Assert.Equal(["o-1"], cancelled);
    }

    [Fact]
    public async Task CancelAllAsync_sends_the_profile_after_the_product()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Delete, "/orders", "[]");

        await harness.Client.CancelAllAsync("BTC-USD", profileId: Profile);

        harness.AssertSent(HttpMethod.Delete, $"/orders?product_id=BTC-USD&profile_id={Profile}");
    }

    [Fact]
    public async Task The_signatures_before_the_new_parameters_still_take_a_token_in_second_place()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Delete, "/orders/o-1", "\"o-1\"");
        harness.Reply(HttpMethod.Get, "/orders/o-1", "{}");
        harness.Reply(HttpMethod.Get, "/products", "[]");
        using var cts = new CancellationTokenSource();

        await harness.Client.CancelAsync("o-1", cts.Token);
        await harness.Client.GetOrderAsync("o-1", cts.Token);
        await harness.Client.ProductsAsync(cts.Token);

        Assert.Equal(
            ["DELETE /orders/o-1", $"GET /orders/o-1?{NoCache}", $"GET /products?{NoCache}"],
            harness.Sent.Select(r => $"{r.Method} {r.PathAndQuery}"));
    }

    [Fact]
    public async Task OrdersAsync_sends_the_new_filters_after_the_product_with_the_APIs_names()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/orders", "[]");

        await harness.Client.OrdersAsync(
            [OrderStatus.Received, OrderStatus.Rejected],
            "BTC-USD",
            profileId: Profile,
            sortedBy: OrderSortField.Price,
            sorting: SortDirection.Ascending,
            startDate: Start,
            endDate: End,
            marketType: MarketType.Rfq);

        AssertSigned(harness.AssertSent(HttpMethod.Get,
            $"/orders?limit=100&status=received&status=rejected&product_id=BTC-USD&profile_id={Profile}&sortedBy=price&sorting=asc&start_date=2024-03-01T00:00:00Z&end_date=2024-03-15T10:30:00Z&market_type=rfq&{NoCache}"));
    }

    [Fact]
    public async Task GetOrderAsync_sends_the_market_type()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/orders/o-1", "{}");

        await harness.Client.GetOrderAsync("o-1", MarketType.Spot);

        harness.AssertSent(HttpMethod.Get, $"/orders/o-1?market_type=spot&{NoCache}");
    }

    [Fact]
    public async Task FillsAsync_sends_market_type_and_date_range()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/fills", "[]");

        await harness.Client.FillsAsync(productId: "BTC-USD", marketType: MarketType.Rfq, startDate: Start, endDate: End);

        harness.AssertSent(HttpMethod.Get, $"/fills?limit=100&product_id=BTC-USD&market_type=rfq&start_date=2024-03-01T00:00:00Z&end_date=2024-03-15T10:30:00Z&{NoCache}");
    }

    [Fact]
    public async Task AccountHistoryAsync_sends_date_range_and_profile()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/accounts/a-1/ledger", "[]");

        await harness.Client.AccountHistoryAsync("a-1", startDate: Start, endDate: End, profileId: Profile);

        harness.AssertSent(HttpMethod.Get, $"/accounts/a-1/ledger?limit=100&start_date=2024-03-01T00:00:00Z&end_date=2024-03-15T10:30:00Z&profile_id={Profile}&{NoCache}");
    }

    [Fact]
    public async Task ProductsAsync_sends_the_type_unsigned()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/products", "[]");

        await harness.Client.ProductsAsync("spot");

        AssertUnsigned(harness.AssertSent(HttpMethod.Get, $"/products?type=spot&{NoCache}"));
    }

    [Fact]
    public async Task StablecoinConversionAsync_sends_profile_and_nonce_last_in_the_body()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Post, "/conversions", "{}");

        await harness.Client.StablecoinConversionAsync("USD", "USDC", 10m, Profile, "n-42");

        harness.AssertSent(HttpMethod.Post, "/conversions", $$"""{"from":"USD","to":"USDC","amount":"10","profile_id":"{{Profile}}","nonce":"n-42"}""");
    }

    [Fact]
    public async Task WithdrawCryptoAsync_sends_every_optional_member_with_the_APIs_types()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Post, "/withdrawals/crypto", "{}");
        var travelRule = new TravelRuleData("Ada Lovelace", "Charles Babbage")
        {
            OriginatorFirstName = "Ada",
            OriginatorLastName = "Lovelace",
            OriginatorAddress = new StreetAddress { Address1 = "1 Main St", City = "London", Country = "GB" },
            OriginatorDateOfBirth = new DateOnly(1815, 12, 10),
            BeneficiaryAccountLocation = "GB",
            IsSelf = false,
            AttestVerifiedWalletOwnership = true,
        };

        await harness.Client.WithdrawCryptoAsync(1.5m, "XRP", "rAddress", Profile, "12345", null, 7, "ripple", true, false, travelRule);

        AssertSigned(harness.AssertSent(HttpMethod.Post, "/withdrawals/crypto",
            """{"amount":"1.5","currency":"XRP","crypto_address":"rAddress","profile_id":"8058d771-2d88-4f0f-ab6e-299c153d4308","destination_tag":"12345","nonce":7,"network":"ripple","add_network_fee_to_total":true,"is_intermediary":false,"travel_rule_data":{"originator_name":"Ada Lovelace","originator_natural_name":{"first_name":"Ada","last_name":"Lovelace"},"originator_address":{"address_1":"1 Main St","city":"London","country":"GB"},"originator_date_of_birth":{"year":1815,"month":12,"day":10},"beneficiary_name":"Charles Babbage","beneficiary_account_location":"GB","is_self":false,"originating_vasp_for_intermediary":{"attest_verified_wallet_ownership":true}}}"""));
    }

    [Fact]
    public async Task WithdrawCryptoAsync_sends_no_destination_tag()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Post, "/withdrawals/crypto", "{}");

        await harness.Client.WithdrawCryptoAsync(1m, "XRP", "rAddress", noDestinationTag: true);

        harness.AssertSent(HttpMethod.Post, "/withdrawals/crypto", """{"amount":"1","currency":"XRP","crypto_address":"rAddress","no_destination_tag":true}""");
    }

    [Fact]
    public async Task CreateReportAsync_sends_a_balance_report_with_the_end_as_its_time()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Post, "/reports", "{}");

        await harness.Client.CreateReportAsync(ReportType.Balance, Start, End, reportFormat: ReportFormat.Csv, profileId: Profile);

        harness.AssertSent(HttpMethod.Post, "/reports",
            $$$"""{"type":"balance","format":"csv","profile_id":"{{{Profile}}}","balance":{"datetime":"2024-03-15T10:30:00Z"}}""");
    }

    [Theory]
    [InlineData(ReportType.OtcFills, "otc-fills", "otc_fills")]
    [InlineData(ReportType.RfqFills, "rfq-fills", "rfq_fills")]
    [InlineData(ReportType.TaxInvoice, "tax-invoice", "tax_invoice")]
    public async Task CreateReportAsync_sends_the_range_in_an_object_named_after_the_type(ReportType type, string wire, string key)
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Post, "/reports", "{}");

        await harness.Client.CreateReportAsync(type, Start, End, productId: "BTC-USD", email: "a@example.test");

        harness.AssertSent(HttpMethod.Post, "/reports",
            $$$"""{"type":"{{{wire}}}","format":"pdf","email":"a@example.test","{{{key}}}":{"start_date":"2024-03-01T00:00:00Z","end_date":"2024-03-15T10:30:00Z","product_id":"BTC-USD"}}""");
    }

    [Fact]
    public async Task CreateReportAsync_sends_a_1099k_report_with_its_year_only()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Post, "/reports", "{}");

        await harness.Client.CreateReportAsync(ReportType.Form1099KTransactionHistory, Start, End, year: "2023");

        harness.AssertSent(HttpMethod.Post, "/reports", """{"type":"1099k-transaction-history","format":"pdf","year":"2023"}""");
    }

    [Fact]
    public async Task CreateReportAsync_sends_the_profile_of_a_fills_report_after_CoPrAs_flat_fields()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Post, "/reports", "{}");

        await harness.Client.CreateReportAsync(ReportType.Fills, Start, End, "BTC-USD", profileId: Profile);

        harness.AssertSent(HttpMethod.Post, "/reports",
            $$"""{"type":"fills","start_date":"2024-03-01T00:00:00Z","end_date":"2024-03-15T10:30:00Z","format":"pdf","product_id":"BTC-USD","profile_id":"{{Profile}}"}""");
    }

    // ---- refused before anything is sent ----

    public static TheoryData<string, Func<RestClient, Task>, string> Refusals() => new()
    {
        { "orders: end before start", c => c.OrdersAsync(startDate: End, endDate: Start), "endDate" },
        { "orders: blank profile", c => c.OrdersAsync(profileId: " "), "profileId" },
        { "orders: unknown sort", c => c.OrdersAsync(sortedBy: OrderSortField.Unknown), "sortedBy" },
        { "orders: unknown market", c => c.OrdersAsync(marketType: (MarketType)99), "marketType" },
        { "get order: unknown market", c => c.GetOrderAsync("o-1", MarketType.Unknown), "marketType" },
        { "limit: max floor zero", c => c.LimitOrderAsync(Side.Buy, "BTC-USD", 1m, 1m, maxFloor: 0m), "maxFloor" },
        { "limit: negative stop limit", c => c.LimitOrderAsync(Side.Buy, "BTC-USD", 1m, 1m, stopLimitPrice: -1m), "stopLimitPrice" },
        { "limit: profile '..'", c => c.LimitOrderAsync(Side.Buy, "BTC-USD", 1m, 1m, profileId: ".."), "profileId" },
        { "cancel: blank product", c => c.CancelAsync("o-1", productId: ""), "productId" },
        { "cancel all: blank profile", c => c.CancelAllAsync(profileId: ""), "profileId" },
        { "fills: end before start", c => c.FillsAsync(productId: "BTC-USD", startDate: End, endDate: Start), "endDate" },
        { "ledger: end before start", c => c.AccountHistoryAsync("a-1", startDate: End, endDate: Start), "endDate" },
        { "products: blank type", c => c.ProductsAsync(" "), "type" },
        { "conversion: blank profile", c => c.StablecoinConversionAsync("USD", "USDC", 1m, profileId: ""), "profileId" },
        { "withdraw: tag and no tag", c => c.WithdrawCryptoAsync(1m, "XRP", "r", destinationTag: "1", noDestinationTag: true), "noDestinationTag" },
        { "withdraw: travel rule without beneficiary", c => c.WithdrawCryptoAsync(1m, "XRP", "r", travelRuleData: new TravelRuleData("Ada", " ")), "travelRuleData" },
        { "withdraw: travel rule bad country", c => c.WithdrawCryptoAsync(1m, "XRP", "r", travelRuleData: new TravelRuleData("Ada", "Bob") { BeneficiaryAccountLocation = "GBR" }), "travelRuleData" },
        { "report: 1099k without year", c => c.CreateReportAsync(ReportType.Form1099KTransactionHistory, Start, End), "year" },
        { "report: 1099k year not four digits", c => c.CreateReportAsync(ReportType.Form1099KTransactionHistory, Start, End, year: "23"), "year" },
        { "report: blank profile", c => c.CreateReportAsync(ReportType.Balance, Start, End, profileId: " "), "profileId" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_bad_new_parameter_is_refused_before_any_request(string name, Func<RestClient, Task> call, string paramName)
    {
        Assert.NotEmpty(name);
        using var harness = Authenticated();
        var ex = await Assert.ThrowsAnyAsync<ArgumentException>(() => call(harness.Client));
        Assert.Equal(paramName, ex.ParamName);
        harness.AssertNothingSent();
    }
}
