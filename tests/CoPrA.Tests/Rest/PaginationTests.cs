using CoPrA.Rest;
using static CoPrA.Tests.Rest.RestTestHarness;

namespace CoPrA.Tests.Rest;

/// <summary>Page&lt;T&gt;: results plus the CB-BEFORE / CB-AFTER cursors, looked up case-insensitively.</summary>
public class PaginationTests
{
    // One JSON item that reads as any of the paginated record types.
    private const string OneItem = """[{"id": "1", "trade_id": 1, "order_id": "o", "product_id": "BTC-USD"}]""";

    private static readonly string[] Calls = ["trades", "ledger", "holds", "orders", "fills"];

    public static TheoryData<string, string, string> CallsAndHeaderNames()
    {
        var data = new TheoryData<string, string, string>();
        foreach (string call in Calls)
        {
            data.Add(call, "cb-before", "cb-after");
            data.Add(call, "CB-BEFORE", "CB-AFTER");
            data.Add(call, "Cb-Before", "cB-aFtEr");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CallsAndHeaderNames))]
    public async Task Every_paginated_method_reads_the_cursors_whatever_their_case(string call, string beforeHeader, string afterHeader)
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, PathOf(call), OneItem, headers: [(beforeHeader, "1071064024"), (afterHeader, "1008063508")]);

        var (count, before, after) = await Call(harness.Client, call);

        Assert.Equal(1, count);
        Assert.Equal("1071064024", before);
        Assert.Equal("1008063508", after);
    }

    public static TheoryData<string> CallNames => [.. Calls];

    [Theory]
    [MemberData(nameof(CallNames))]
    public async Task Missing_cursor_headers_read_as_null(string call)
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, PathOf(call), OneItem);

        var (count, before, after) = await Call(harness.Client, call);

        Assert.Equal(1, count);
        Assert.Null(before);
        Assert.Null(after);
    }

    [Fact]
    public async Task The_first_page_has_only_an_after_cursor()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/products/BTC-USD/trades", OneItem, headers: [("cb-after", "51584924")]);

        var page = await harness.Client.TradesAsync("BTC-USD");

        Assert.Null(page.Before);
        Assert.Equal("51584924", page.After);
    }

    [Fact]
    public async Task A_page_deconstructs_into_results_before_and_after()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/fills", """[{"trade_id": 74, "product_id": "BTC-USD", "order_id": "o1"}, {"trade_id": 73, "product_id": "BTC-USD", "order_id": "o2"}]""",
            headers: [("cb-before", "74"), ("cb-after", "73")]);

        var page = await harness.Client.FillsAsync(productId: "BTC-USD");
        var (fills, before, after) = page;

        Assert.Same(page.Results, fills);
        Assert.Equal([74L, 73L], fills.Select(f => f.TradeId));
        Assert.Equal("74", before);
        Assert.Equal("73", after);
    }

    [Fact]
    public async Task The_cursor_of_one_page_asks_for_the_next_one()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/products/BTC-USD/trades", OneItem, headers: [("cb-before", "51590012"), ("cb-after", "51590010")]);

        var first = await harness.Client.TradesAsync("BTC-USD", limit: 2);
        await harness.Client.TradesAsync("BTC-USD", limit: 2, after: first.After);

        Assert.Equal(["/products/BTC-USD/trades?limit=2&" + NoCache, "/products/BTC-USD/trades?limit=2&after=51590010&" + NoCache],
            harness.Sent.Select(r => r.PathAndQuery));
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("null")]
    public async Task An_empty_answer_is_an_empty_page(string body)
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/orders", body, headers: [("cb-before", "1")]);

        var (orders, before, after) = await harness.Client.OrdersAsync();

        Assert.Empty(orders);
        Assert.Equal("1", before);
        Assert.Null(after);
    }

    private static string PathOf(string call) => call switch
    {
        "trades" => "/products/BTC-USD/trades",
        "ledger" => "/accounts/acc-1/ledger",
        "holds" => "/accounts/acc-1/holds",
        "orders" => "/orders",
        "fills" => "/fills",
        _ => throw new ArgumentOutOfRangeException(nameof(call)),
    };

    private static async Task<(int Count, string? Before, string? After)> Call(RestClient client, string call)
    {
        switch (call)
        {
            case "trades": { var p = await client.TradesAsync("BTC-USD"); return (p.Results.Count, p.Before, p.After); }
            case "ledger": { var p = await client.AccountHistoryAsync("acc-1"); return (p.Results.Count, p.Before, p.After); }
            case "holds": { var p = await client.HoldsAsync("acc-1"); return (p.Results.Count, p.Before, p.After); }
            case "orders": { var p = await client.OrdersAsync(); return (p.Results.Count, p.Before, p.After); }
            case "fills": { var p = await client.FillsAsync(productId: "BTC-USD"); return (p.Results.Count, p.Before, p.After); }
            default: throw new ArgumentOutOfRangeException(nameof(call));
        }
    }
}
