using System.Net;
using System.Text;
using CoPrA.AdvancedTrade;
using CoPrA.Rest;
using CoPrA.Tests.Rest;
using RichardSzalay.MockHttp;

namespace CoPrA.Tests.AdvancedTrade;

/// <summary>
/// Safe placement on Advanced Trade, on a scripted handler: a lost answer to <c>POST /orders</c> is
/// looked up among the product's recent orders by client_order_id; found, it is the answer; not
/// found, the order is sent again with the same client_order_id; a lookup that fails makes the outcome
/// unknown; an answer (an error status, <c>success: false</c>) is never looked up.
/// </summary>
public sealed class AdvancedTradeSafePlacementTests
{
    private const string ClientOrderId = "5a1f3c2e8b4d4e6f9a0b1c2d3e4f5a6b";
    private const string OrdersPath = "/api/v3/brokerage/orders";
    private const string ListPath = "/api/v3/brokerage/orders/historical/batch";

    // The clock of the harness less the five minutes the lookup looks back.
    private const string LookupQuery = "?product_ids=BTC-USD&start_date=2023-11-14T22:08:20Z";

    private const string Accepted = """{"success":true,"order_id":"o-1","success_response":{"order_id":"o-1","product_id":"BTC-USD","side":"BUY","client_order_id":"5a1f3c2e8b4d4e6f9a0b1c2d3e4f5a6b"}}""";

    private const string Listed = """
        {"orders":[{"order_id":"o-other","product_id":"BTC-USD","side":"SELL","client_order_id":"someone-else","status":"OPEN"},
                   {"order_id":"o-1","product_id":"BTC-USD","side":"BUY","client_order_id":"5a1f3c2e8b4d4e6f9a0b1c2d3e4f5a6b","status":"OPEN",
                    "order_configuration":{"limit_limit_gtc":{"base_size":"0.01","limit_price":"100","post_only":false}}}],"has_next":false,"cursor":""}
        """;

    private const string Nothing = """{"orders":[],"has_next":false,"cursor":""}""";

    [Fact]
    public async Task A_timeout_then_a_lookup_that_finds_the_order_returns_it_as_recovered_after_one_POST()
    {
        using var harness = Harness();
        Script(harness, OrdersPath, _ => throw new TaskCanceledException("HttpClient.Timeout elapsed"));
        harness.Reply(HttpMethod.Get, ListPath, Listed);

        var result = await PlaceAsync(harness);

        Assert.True(result.Success);
        Assert.Equal("o-1", result.OrderId);
        Assert.Equal("o-1", result.SuccessResponse!.OrderId);
        Assert.Equal("BTC-USD", result.SuccessResponse.ProductId);
        Assert.Equal(OrderSide.Buy, result.SuccessResponse.Side);
        Assert.Equal(ClientOrderId, result.SuccessResponse.ClientOrderId);
        Assert.Equal(100m, result.OrderConfiguration!.LimitLimitGtc!.LimitPrice);
        Assert.Equal(["POST " + OrdersPath, "GET " + ListPath + LookupQuery], Calls(harness));
        harness.AssertJwt(harness.Sent[1]);
    }

    [Fact]
    public async Task A_dropped_connection_and_two_lookups_that_find_nothing_send_the_order_again_with_the_same_client_order_id()
    {
        using var harness = Harness();
        int posts = 0;
        Script(harness, OrdersPath, _ => ++posts == 1
            ? throw new HttpRequestException("An error occurred while sending the request.", new IOException("Connection reset by peer"))
            : Json(HttpStatusCode.OK, Accepted));
        harness.Reply(HttpMethod.Get, ListPath, Nothing);

        var result = await PlaceAsync(harness);

        Assert.Equal("o-1", result.OrderId);
        Assert.Equal(["POST " + OrdersPath, "GET " + ListPath + LookupQuery, "GET " + ListPath + LookupQuery, "POST " + OrdersPath], Calls(harness));
        var bodies = harness.Sent.Where(request => request.Method == HttpMethod.Post).Select(request => request.Body).ToList();
        Assert.Equal(bodies[0], bodies[1]);
        Assert.Contains($"\"client_order_id\":\"{ClientOrderId}\"", bodies[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lookup_that_walks_pages_finds_the_order_on_a_later_page()
    {
        using var harness = Harness();
        Script(harness, OrdersPath, _ => Json(HttpStatusCode.GatewayTimeout, """{"error":"upstream"}"""));
        harness.Reply(HttpMethod.Get, ListPath, Listed).WithQueryString("cursor", "p-2");
        harness.Reply(HttpMethod.Get, ListPath, """{"orders":[{"order_id":"o-x","client_order_id":"x"}],"has_next":true,"cursor":"p-2"}""");

        var result = await PlaceAsync(harness);

        Assert.Equal("o-1", result.OrderId);
        Assert.Equal(["POST " + OrdersPath, "GET " + ListPath + LookupQuery, "GET " + ListPath + LookupQuery + "&cursor=p-2"], Calls(harness));
    }

    [Fact]
    public async Task A_lookup_that_fails_throws_OrderOutcomeUnknownException_naming_the_client_order_id()
    {
        using var harness = Harness();
        Script(harness, OrdersPath, _ => throw new TaskCanceledException("HttpClient.Timeout elapsed"));
        harness.Reply(HttpMethod.Get, ListPath, """{"error":"INTERNAL","message":"Internal server error"}""", HttpStatusCode.InternalServerError);

        var error = await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => PlaceAsync(harness));

        Assert.Equal(ClientOrderId, error.ClientOrderId);
        Assert.Equal(1, error.Attempts);
        Assert.Contains("client_order_id " + ClientOrderId, error.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.InternalServerError, Assert.IsType<ApiRequestException>(error.InnerException).StatusCode);
        Assert.Equal(["POST " + OrdersPath, "GET " + ListPath + LookupQuery], Calls(harness));
    }

    [Fact]
    public async Task Every_attempt_lost_and_never_found_throws_OrderOutcomeUnknownException_after_MaxAttempts_POSTs()
    {
        using var harness = Harness(maxAttempts: 2);
        Script(harness, OrdersPath, _ => Json(HttpStatusCode.ServiceUnavailable, """{"error":"unavailable"}"""));
        harness.Reply(HttpMethod.Get, ListPath, Nothing);

        var error = await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => PlaceAsync(harness));

        Assert.Equal(2, error.Attempts);
        Assert.Equal(2, harness.Sent.Count(request => request.Method == HttpMethod.Post));
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, """{"error":"INVALID_ARGUMENT","message":"bad size"}""")]
    [InlineData(HttpStatusCode.OK, """{"success":false,"error_response":{"error":"INSUFFICIENT_FUND","message":"Insufficient balance"}}""")]
    public async Task An_answer_an_error_status_or_success_false_is_never_looked_up(HttpStatusCode status, string body)
    {
        using var harness = Harness();
        harness.Reply(HttpMethod.Post, OrdersPath, body, status);
        harness.Reply(HttpMethod.Get, ListPath, Listed);

        var error = await Assert.ThrowsAnyAsync<ApiRequestException>(() => PlaceAsync(harness));

        Assert.Equal(status, error.StatusCode);
        Assert.Equal(status == HttpStatusCode.OK, error is OrderRejectedException);
        Assert.Equal(["POST " + OrdersPath], Calls(harness));
    }

    [Fact]
    public async Task A_lost_close_position_answer_is_looked_up_on_its_product()
    {
        using var harness = Harness();
        Script(harness, OrdersPath + "/close_position", _ => throw new TaskCanceledException("HttpClient.Timeout elapsed"));
        harness.Reply(HttpMethod.Get, ListPath, """{"orders":[{"order_id":"o-7","product_id":"BIT-28JUL23-CDE","side":"SELL","client_order_id":"close-1"}],"has_next":false}""");

        var result = await harness.Client.ClosePositionAsync("close-1", "BIT-28JUL23-CDE");

        Assert.IsType<ClosePositionResponse>(result);
        Assert.Equal("o-7", result.SuccessResponse!.OrderId);
        Assert.Equal(["POST " + OrdersPath + "/close_position", "GET " + ListPath + "?product_ids=BIT-28JUL23-CDE&start_date=2023-11-14T22:08:20Z"], Calls(harness));
    }

    [Fact]
    public async Task A_caller_who_cancels_while_the_answer_is_awaited_gets_OrderPlacementCanceledException_and_no_lookup()
    {
        using var harness = Harness();
        using var cancellation = new CancellationTokenSource();
        Script(harness, OrdersPath, _ =>
        {
            cancellation.Cancel();
            throw new TaskCanceledException("cancelled", null, cancellation.Token);
        });
        harness.Reply(HttpMethod.Get, ListPath, Listed);

        var error = await Assert.ThrowsAsync<OrderPlacementCanceledException>(() => PlaceAsync(harness, cancellation.Token));

        Assert.Equal(ClientOrderId, error.ClientOrderId);
        Assert.Equal(["POST " + OrdersPath], Calls(harness));
    }

    [Fact]
    public async Task Without_safe_placement_a_lost_answer_is_thrown_as_it_came()
    {
        using var harness = new AdvancedTradeTestHarness(TestKey.Ecdsa, options => options.SafePlacement = new SafePlacementOptions { Enabled = false });
        Script(harness, OrdersPath, _ => throw new TaskCanceledException("HttpClient.Timeout elapsed"));

        await Assert.ThrowsAsync<TimeoutException>(() => PlaceAsync(harness));

        Assert.Equal(["POST " + OrdersPath], Calls(harness));
    }

    private static AdvancedTradeTestHarness Harness(int maxAttempts = 3) =>
        new(TestKey.Ecdsa, options => options.SafePlacement = new SafePlacementOptions { SettleDelay = TimeSpan.Zero, MaxAttempts = maxAttempts });

    private static Task<CreateOrderResponse> PlaceAsync(AdvancedTradeTestHarness harness, CancellationToken cancellationToken = default) =>
        harness.Client.CreateOrderAsync(ClientOrderId, "BTC-USD", OrderSide.Buy, OrderConfiguration.LimitGtc(100m, baseSize: 0.01m), cancellationToken: cancellationToken);

    /// <summary>Answers POSTs to the path with a script that may throw, recording each request first.</summary>
    private static void Script(AdvancedTradeTestHarness harness, string path, Func<HttpRequestMessage, HttpResponseMessage> answer) =>
        harness.Script(HttpMethod.Post, path, answer);

    private static HttpResponseMessage Json(HttpStatusCode status, string body) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    private static List<string> Calls(AdvancedTradeTestHarness harness) =>
        [.. harness.Sent.Select(request => request.Method.Method + " " + request.PathAndQuery)];
}
