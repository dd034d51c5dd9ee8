using System.Net;
using CoPrA.Rest;

namespace CoPrA.Tests.RestExtended;

/// <summary>Auto-pagination follows the CB-AFTER cursor page by page and stops at the end, on error or on cancellation.</summary>
public class PaginationTests
{
    /// <summary>Three pages of trades, newest first: 30-29, 28-27, then 26 with no further cursor.</summary>
    private static HttpResponseMessage ThreeTradePages(RecordedRequest request) => request.QueryValue("after") switch
    {
        null => RecordingExchange.Json("""[{"trade_id":30,"price":"10","size":"1","side":"buy","time":"2024-03-15T23:40:04Z"},{"trade_id":29}]""", HttpStatusCode.OK, ("CB-BEFORE", "30"), ("CB-AFTER", "29")),
        "29" => RecordingExchange.Json("""[{"trade_id":28},{"trade_id":27}]""", HttpStatusCode.OK, ("CB-BEFORE", "28"), ("CB-AFTER", "27")),
        "27" => RecordingExchange.Json("""[{"trade_id":26}]""", HttpStatusCode.OK, ("CB-BEFORE", "26")),
        var other => throw new InvalidOperationException($"Unexpected cursor {other}"),
    };

    [Fact]
    public async Task Walks_three_pages_passing_each_cursor_along_and_stops_at_the_end()
    {
        using var exchange = new RecordingExchange(ThreeTradePages);

        var ids = new List<long>();
        await foreach (var trade in exchange.PublicClient.AllTradesAsync("BTC-USD"))
        {
            ids.Add(trade.TradeId);
        }

        Assert.Equal([30L, 29, 28, 27, 26], ids);
        Assert.Equal(3, exchange.Requests.Count);
        Assert.All(exchange.Requests, request => Assert.Equal("/products/BTC-USD/trades", request.Path));
        Assert.Equal(["limit=1000", "limit=1000&after=29", "limit=1000&after=27"], exchange.Requests.Select(request => request.Query));
    }

    [Fact]
    public async Task Stops_at_an_empty_page_even_when_it_carries_a_cursor()
    {
        using var exchange = new RecordingExchange(request => request.QueryValue("after") is null
            ? RecordingExchange.Json("""[{"trade_id":2},{"trade_id":1}]""", HttpStatusCode.OK, ("CB-AFTER", "1"))
            : RecordingExchange.Json("[]", HttpStatusCode.OK, ("CB-AFTER", "0")));

        var trades = await ToListAsync(exchange.PublicClient.AllTradesAsync("BTC-USD"));

        Assert.Equal(2, trades.Count);
        Assert.Equal(2, exchange.Requests.Count);
    }

    [Fact]
    public async Task Stops_when_the_server_answers_the_cursor_it_was_asked_with()
    {
        using var exchange = new RecordingExchange(request => RecordingExchange.Json("""[{"trade_id":5}]""", HttpStatusCode.OK, ("CB-AFTER", "5")));

        var trades = await ToListAsync(exchange.PublicClient.AllTradesAsync("BTC-USD"));

        Assert.Equal(2, trades.Count);
        Assert.Equal(2, exchange.Requests.Count);
    }

    [Fact]
    public async Task Cancelling_mid_way_stops_before_the_next_item_and_request()
    {
        using var exchange = new RecordingExchange(ThreeTradePages);
        using var cancellation = new CancellationTokenSource();
        var seen = new List<long>();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var trade in exchange.PublicClient.AllTradesAsync("BTC-USD", cancellationToken: cancellation.Token))
            {
                seen.Add(trade.TradeId);
                await cancellation.CancelAsync();
            }
        });

        Assert.Equal([30L], seen);
        Assert.Single(exchange.Requests);
    }

    [Fact]
    public async Task The_token_given_to_WithCancellation_is_honoured_too()
    {
        using var exchange = new RecordingExchange(ThreeTradePages);
        using var cancellation = new CancellationTokenSource();
        var seen = new List<long>();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var trade in exchange.PublicClient.AllTradesAsync("BTC-USD").WithCancellation(cancellation.Token))
            {
                seen.Add(trade.TradeId);
                if (seen.Count == 3)
                {
                    await cancellation.CancelAsync();
                }
            }
        });

        Assert.Equal([30L, 29, 28], seen);
        Assert.Equal(2, exchange.Requests.Count);
    }

    [Fact]
    public async Task An_error_on_page_two_surfaces_as_an_api_error_after_the_first_page()
    {
        using var exchange = new RecordingExchange(request => request.QueryValue("after") is null
            ? RecordingExchange.Json("""[{"trade_id":2},{"trade_id":1}]""", HttpStatusCode.OK, ("CB-AFTER", "1"))
            : RecordingExchange.Json("""{"message":"Internal server error"}""", HttpStatusCode.InternalServerError));
        var seen = new List<long>();

        var error = await Assert.ThrowsAsync<ApiRequestException>(async () =>
        {
            await foreach (var trade in exchange.PublicClient.AllTradesAsync("BTC-USD"))
            {
                seen.Add(trade.TradeId);
            }
        });

        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Equal("Internal server error", error.ServerMessage);
        Assert.Equal([2L, 1], seen);
        Assert.Equal(2, exchange.Requests.Count);
    }

    [Fact]
    public async Task Nothing_is_sent_before_enumeration_and_bad_arguments_are_refused_before_any_request()
    {
        using var exchange = new RecordingExchange(ThreeTradePages);

        var walk = exchange.PublicClient.AllTradesAsync("");
        Assert.Empty(exchange.Requests);

        var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => ToListAsync(walk));
        Assert.Equal("productId", error.ParamName);
        var fillsError = await Assert.ThrowsAnyAsync<ArgumentException>(() => ToListAsync(exchange.Client.AllFillsAsync()));
        Assert.Equal("orderId", fillsError.ParamName);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => ToListAsync(exchange.Client.AllHoldsAsync("acc-1", limit: 0)));
        Assert.Empty(exchange.Requests);
    }

    [Fact]
    public void PaginateAsync_refuses_a_missing_page_fetcher() =>
        Assert.Throws<ArgumentNullException>(() => RestClient.PaginateAsync<Trade>(null!));

    [Fact]
    public async Task PaginateAsync_hands_each_cursor_and_a_cancellable_token_to_the_fetcher()
    {
        var pages = new Dictionary<string, Page<int>>
        {
            [""] = new([1, 2], "b1", "a1"),
            ["a1"] = new([3], "b2", "a2"),
            ["a2"] = new([4], "b3", null),
        };
        var asked = new List<string?>();
        using var cancellation = new CancellationTokenSource();

        var items = await ToListAsync(RestClient.PaginateAsync((after, ct) =>
        {
            asked.Add(after);
            Assert.True(ct.CanBeCanceled);
            return Task.FromResult(pages[after ?? ""]);
        }, cancellation.Token));

        Assert.Equal([1, 2, 3, 4], items);
        Assert.Equal([null, "a1", "a2"], asked);
    }

    /// <summary>Each walker, the path it reads and the query of its first page.</summary>
    private static readonly Dictionary<string, (Func<RestClient, IAsyncEnumerable<object>> Walk, string Path, string FirstQuery)> Walkers = new()
    {
        ["trades"] = (c => c.AllTradesAsync("BTC-USD"), "/products/BTC-USD/trades", "limit=1000"),
        ["fills"] = (c => c.AllFillsAsync(productId: "BTC-USD"), "/fills", "limit=1000&product_id=BTC-USD"),
        ["orders"] = (c => c.AllOrdersAsync([OrderStatus.Open, OrderStatus.Done], "BTC-USD"), "/orders", "limit=1000&status=open&status=done&product_id=BTC-USD"),
        ["account history"] = (c => c.AllAccountHistoryAsync("acc-1"), "/accounts/acc-1/ledger", "limit=1000"),
        ["holds"] = (c => c.AllHoldsAsync("acc-1", limit: 50), "/accounts/acc-1/holds", "limit=50"),
        ["account transfers"] = (c => c.AllAccountTransfersAsync("acc-1", TransferType.Deposit), "/accounts/acc-1/transfers", "limit=1000&type=deposit"),
        ["transfers"] = (c => c.AllTransfersAsync(TransferType.Withdraw, currency: "USD"), "/transfers", "limit=1000&type=withdraw&currency=USD"),
        ["conversions"] = (c => c.AllConversionsAsync("prof-1"), "/conversions", "limit=1000&profile_id=prof-1"),
        ["travel rules"] = (c => c.AllTravelRulesAsync("0xabc"), "/travel-rules", "limit=1000&address=0xabc"),
        ["stake-wraps"] = (c => c.AllStakeWrapsAsync("ETH"), "/wrapped-assets/stake-wrap", "limit=1000&from=ETH"),
        ["redeems"] = (c => c.AllWrappedAssetRedeemsAsync(status: "completed"), "/wrapped-assets/redeem", "limit=1000&status=completed"),
    };

    public static TheoryData<string> WalkerNames => new(Walkers.Keys);

    [Theory]
    [MemberData(nameof(WalkerNames))]
    public async Task Each_walker_reads_its_endpoint_and_follows_the_cursor(string name)
    {
        var (walk, path, firstQuery) = Walkers[name];
        using var exchange = new RecordingExchange(request => request.QueryValue("after") is null
            ? RecordingExchange.Json("[{},{}]", HttpStatusCode.OK, ("CB-AFTER", "c1"))
            : RecordingExchange.Json("[{}]"));

        var items = await ToListAsync(walk(exchange.Client));

        Assert.Equal(3, items.Count);
        Assert.Equal(2, exchange.Requests.Count);
        Assert.All(exchange.Requests, request => Assert.Equal(path, request.Path));
        Assert.Equal(firstQuery, exchange.Requests[0].Query);
        string limit = firstQuery.Split('&')[0];
        Assert.Equal(firstQuery.Replace(limit, limit + "&after=c1", StringComparison.Ordinal), exchange.Requests[1].Query);
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> source)
    {
        var items = new List<T>();
        await foreach (var item in source)
        {
            items.Add(item);
        }

        return items;
    }
}
