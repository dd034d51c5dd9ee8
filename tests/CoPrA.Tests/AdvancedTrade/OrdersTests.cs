using System.Net;
using CoPrA.AdvancedTrade;
using RichardSzalay.MockHttp;

namespace CoPrA.Tests.AdvancedTrade;

/// <summary>Managing Advanced Trade orders: edit, preview edit, cancel, close a position, list, fills and get; the wire shape, validation and paging.</summary>
public sealed class OrdersTests
{
    private const string OrderId = "0000-000000-000000";

    private const string OrderJson = """
        {"order_id":"0000-000000-000000","product_id":"BTC-USD","user_id":"u-1","side":"BUY","client_order_id":"c-1","status":"OPEN","time_in_force":"GOOD_UNTIL_CANCELLED",
         "created_time":"2024-01-02T03:04:05.123Z","completion_percentage":"0","filled_size":"0","average_filled_price":"0","number_of_fills":"0","filled_value":"0",
         "pending_cancel":false,"size_in_quote":false,"total_fees":"0","order_type":"LIMIT","product_type":"SPOT","settled":false,
         "order_configuration":{"limit_limit_gtc":{"base_size":"0.0100","limit_price":"25000.50","post_only":false}},"edit_history":[],"new_field":1}
        """;

    [Theory]
    [InlineData(TestKey.Ecdsa)]
    [InlineData(TestKey.Ed25519)]
    public async Task EditOrder_posts_the_id_and_the_new_size_and_price_as_decimal_strings(TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Post, "/api/v3/brokerage/orders/edit", """{"success":true,"success_response":{"order_id":"0000-000000-000000"},"errors":[]}""");

        var result = await harness.Client.EditOrderAsync(OrderId, size: 0.0200m, price: 25100.00m);

        harness.AssertSent(HttpMethod.Post, "/api/v3/brokerage/orders/edit", """{"order_id":"0000-000000-000000","size":"0.0200","price":"25100.00"}""");
        Assert.True(result.Success);
        Assert.Equal(OrderId, result.SuccessResponse!.OrderId);
    }

    [Fact]
    public async Task EditOrder_refused_at_HTTP_200_throws_with_the_answer_and_its_failure_code()
    {
        const string Refused = """{"success":false,"error_response":{"error_details":"order is not editable","edit_order_failure_reason":"ORDER_NOT_EDITABLE"},"errors":[{"edit_failure_reason":"ORDER_NOT_EDITABLE"}]}""";
        using var harness = new AdvancedTradeTestHarness();
        harness.Reply(HttpMethod.Post, "/api/v3/brokerage/orders/edit", Refused);

        var ex = await Assert.ThrowsAsync<OrderEditRejectedException>(() => harness.Client.EditOrderAsync(OrderId, price: 1m));

        Assert.Equal(HttpStatusCode.OK, ex.StatusCode);
        Assert.Equal(OrderId, ex.OrderId);
        Assert.Equal("ORDER_NOT_EDITABLE", ex.FailureReason);
        Assert.Equal("Order edit rejected: order is not editable (ORDER_NOT_EDITABLE)", ex.ServerMessage);
        Assert.False(ex.Response.Success);
        Assert.Equal(Refused, ex.Body);
    }

    [Fact]
    public async Task EditOrder_refused_with_only_errors_takes_its_code_from_them()
    {
        using var harness = new AdvancedTradeTestHarness();
        harness.Reply(HttpMethod.Post, "/api/v3/brokerage/orders/edit", """{"success":false,"errors":[{"preview_failure_reason":"PREVIEW_INVALID_LIMIT_PRICE"}]}""");

        var ex = await Assert.ThrowsAsync<OrderEditRejectedException>(() => harness.Client.EditOrderAsync(OrderId, size: 1m));

        Assert.Equal("PREVIEW_INVALID_LIMIT_PRICE", ex.FailureReason);
    }

    [Theory]
    [InlineData(TestKey.Ecdsa)]
    [InlineData(TestKey.Ed25519)]
    public async Task PreviewEditOrder_posts_to_edit_preview_and_returns_errors_without_throwing(TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Post, "/api/v3/brokerage/orders/edit_preview", """{"errors":[{"edit_failure_reason":"CANNOT_EDIT_TO_BELOW_FILLED_SIZE"}],"slippage":"0","order_total":"251.00","commission_total":"1.5","quote_size":"251","base_size":"0.01","best_bid":"25000","best_ask":"25001","average_filled_price":"0"}""");

        var result = await harness.Client.PreviewEditOrderAsync(OrderId, size: 0.01m);

        harness.AssertSent(HttpMethod.Post, "/api/v3/brokerage/orders/edit_preview", """{"order_id":"0000-000000-000000","size":"0.01"}""");
        Assert.Equal("CANNOT_EDIT_TO_BELOW_FILLED_SIZE", Assert.Single(result.Errors).EditFailureReason);
        Assert.Equal(251.00m, result.OrderTotal);
        Assert.Equal(25001m, result.BestAsk);
    }

    [Theory]
    [InlineData(TestKey.Ecdsa)]
    [InlineData(TestKey.Ed25519)]
    public async Task CancelOrders_posts_the_ids_and_returns_one_result_per_order(TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Post, "/api/v3/brokerage/orders/batch_cancel", """{"results":[{"success":true,"failure_reason":"UNKNOWN_CANCEL_FAILURE_REASON","order_id":"a-1"},{"success":false,"failure_reason":"UNKNOWN_CANCEL_ORDER","order_id":"b-2"}]}""");

        var result = await harness.Client.CancelOrdersAsync(["a-1", "b-2"]);

        harness.AssertSent(HttpMethod.Post, "/api/v3/brokerage/orders/batch_cancel", """{"order_ids":["a-1","b-2"]}""");
        Assert.Equal(2, result.Results.Count);
        Assert.True(result.Results[0].Success);
        Assert.False(result.Results[1].Success);
        Assert.Equal("UNKNOWN_CANCEL_ORDER", result.Results[1].FailureReason);
    }

    [Theory]
    [InlineData(TestKey.Ecdsa)]
    [InlineData(TestKey.Ed25519)]
    public async Task ClosePosition_posts_client_order_id_product_and_size(TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Post, "/api/v3/brokerage/orders/close_position", """{"success":true,"success_response":{"order_id":"o-9","product_id":"BIT-28JUL23-CDE","side":"SELL","client_order_id":"close-1"},"order_configuration":{"market_market_ioc":{"base_size":"1"}}}""");

        var result = await harness.Client.ClosePositionAsync("close-1", "BIT-28JUL23-CDE", size: 1m);

        harness.AssertSent(HttpMethod.Post, "/api/v3/brokerage/orders/close_position", """{"client_order_id":"close-1","product_id":"BIT-28JUL23-CDE","size":"1"}""");
        Assert.True(result.Success);
        Assert.Equal("o-9", result.SuccessResponse!.OrderId);
    }

    [Fact]
    public async Task ClosePosition_generates_a_client_order_id_and_leaves_out_a_missing_size()
    {
        using var harness = new AdvancedTradeTestHarness();
        harness.Reply(HttpMethod.Post, "/api/v3/brokerage/orders/close_position", """{"success":true,"success_response":{"order_id":"o-9"}}""");

        await harness.Client.ClosePositionAsync("", "BIT-28JUL23-CDE");

        Assert.Matches("""^\{"client_order_id":"[0-9a-f]{32}","product_id":"BIT-28JUL23-CDE"\}$""", Assert.Single(harness.Sent).Body);
    }

    [Fact]
    public async Task ClosePosition_refused_at_HTTP_200_throws_OrderRejectedException()
    {
        using var harness = new AdvancedTradeTestHarness();
        harness.Reply(HttpMethod.Post, "/api/v3/brokerage/orders/close_position", """{"success":false,"error_response":{"error":"INVALID_ARGUMENT","message":"no open position"}}""");

        var ex = await Assert.ThrowsAsync<OrderRejectedException>(() => harness.Client.ClosePositionAsync("close-2", "BIT-28JUL23-CDE"));

        Assert.Equal("close-2", ex.ClientOrderId);
        Assert.IsType<ClosePositionResponse>(ex.Response);
        Assert.Single(harness.Sent);
    }

    [Theory]
    [InlineData(TestKey.Ecdsa)]
    [InlineData(TestKey.Ed25519)]
    public async Task ListOrders_sends_every_filter_with_lists_as_repeated_keys_and_times_as_RFC_3339(TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Get, "/api/v3/brokerage/orders/historical/batch", "{\"orders\":[" + OrderJson + "],\"sequence\":\"7\",\"has_next\":true,\"cursor\":\"c-2\"}");

        var page = await harness.Client.ListOrdersAsync(
            orderIds: ["o-1", "o-2"],
            productIds: ["BTC-USD", "ETH-USD"],
            orderStatus: [AdvancedOrderStatus.Open, AdvancedOrderStatus.Filled],
            limit: 50,
            startDate: new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero),
            endDate: new DateTimeOffset(2024, 1, 3, 0, 0, 0, TimeSpan.FromHours(1)),
            orderTypes: AdvancedOrderType.Limit,
            orderSide: OrderSide.Buy,
            cursor: "c-1",
            productType: ProductType.Spot,
            orderPlacementSource: OrderPlacementSource.RetailAdvanced,
            contractExpiryType: ContractExpiryType.Perpetual,
            assetFilters: ["BTC", "ETH"],
            retailPortfolioId: "p-1",
            timeInForces: AdvancedTimeInForce.GoodUntilCancelled,
            sortBy: OrderSortBy.LastFillTime);

        harness.AssertSent(
            HttpMethod.Get,
            "/api/v3/brokerage/orders/historical/batch?order_ids=o-1&order_ids=o-2&product_ids=BTC-USD&product_ids=ETH-USD&order_status=OPEN&order_status=FILLED&limit=50"
            + "&start_date=2024-01-02T03:04:05Z&end_date=2024-01-02T23:00:00Z&order_types=LIMIT&order_side=BUY&cursor=c-1&product_type=SPOT"
            + "&order_placement_source=RETAIL_ADVANCED&contract_expiry_type=PERPETUAL&asset_filters=BTC&asset_filters=ETH&retail_portfolio_id=p-1"
            + "&time_in_forces=GOOD_UNTIL_CANCELLED&sort_by=LAST_FILL_TIME");
        var order = Assert.Single(page.Orders);
        Assert.Equal(OrderId, order.OrderId);
        Assert.Equal(AdvancedOrderStatus.Open, order.Status);
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 3, 4, 5, 123, TimeSpan.Zero), order.CreatedTime);
        Assert.Equal(7, page.Sequence);
        Assert.True(page.HasNext);
        Assert.Equal("c-2", page.Cursor);
    }

    [Fact]
    public async Task ListOrders_without_filters_sends_no_query()
    {
        using var harness = new AdvancedTradeTestHarness();
        harness.Reply(HttpMethod.Get, "/api/v3/brokerage/orders/historical/batch", """{"orders":[],"has_next":false,"cursor":""}""");

        var page = await harness.Client.ListOrdersAsync();

        harness.AssertSent(HttpMethod.Get, "/api/v3/brokerage/orders/historical/batch");
        Assert.Empty(page.Orders);
    }

    [Fact]
    public async Task ListAllOrders_follows_the_cursor_while_has_next_over_three_pages()
    {
        using var harness = new AdvancedTradeTestHarness(TestKey.Ed25519);
        harness.Reply(HttpMethod.Get, "/api/v3/brokerage/orders/historical/batch", """{"orders":[{"order_id":"o-3"}],"has_next":false,"cursor":"ignored"}""").WithQueryString("cursor", "c-3");
        harness.Reply(HttpMethod.Get, "/api/v3/brokerage/orders/historical/batch", """{"orders":[{"order_id":"o-2"}],"has_next":true,"cursor":"c-3"}""").WithQueryString("cursor", "c-2");
        harness.Reply(HttpMethod.Get, "/api/v3/brokerage/orders/historical/batch", """{"orders":[{"order_id":"o-1"}],"has_next":true,"cursor":"c-2"}""");

        var ids = await harness.Client.ListAllOrdersAsync(productIds: ["BTC-USD"], limit: 1).Select(order => order.OrderId).ToListAsync();

        Assert.Equal(["o-1", "o-2", "o-3"], ids);
        Assert.Equal(
            ["/api/v3/brokerage/orders/historical/batch?product_ids=BTC-USD&limit=1", "/api/v3/brokerage/orders/historical/batch?product_ids=BTC-USD&limit=1&cursor=c-2", "/api/v3/brokerage/orders/historical/batch?product_ids=BTC-USD&limit=1&cursor=c-3"],
            harness.Sent.Select(request => request.PathAndQuery));
        Assert.All(harness.Sent, request => harness.AssertJwt(request));
    }

    [Theory]
    [InlineData(TestKey.Ecdsa)]
    [InlineData(TestKey.Ed25519)]
    public async Task GetFills_sends_every_filter_and_reads_the_fills(TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Get, "/api/v3/brokerage/orders/historical/fills", """
            {"fills":[{"entry_id":"e-1","trade_id":"t-1","order_id":"o-1","trade_time":"2024-01-02T03:04:05Z","trade_type":"FILL","price":"25000.50","size":"0.0100","commission":"1.25",
              "product_id":"BTC-USD","sequence_timestamp":"2024-01-02T03:04:05.5Z","liquidity_indicator":"MAKER","size_in_quote":false,"user_id":"u-1","side":"BUY","retail_portfolio_id":"p-1"}],"cursor":"f-2"}
            """);

        var page = await harness.Client.GetFillsAsync(
            orderIds: ["o-1"],
            tradeIds: ["t-1", "t-2"],
            productIds: ["BTC-USD"],
            startSequenceTimestamp: new DateTimeOffset(2024, 1, 2, 0, 0, 0, TimeSpan.Zero),
            endSequenceTimestamp: new DateTimeOffset(2024, 1, 3, 0, 0, 0, TimeSpan.Zero),
            retailPortfolioId: "p-1",
            limit: 100,
            cursor: "f-1",
            sortBy: "TRADE_TIME");

        harness.AssertSent(
            HttpMethod.Get,
            "/api/v3/brokerage/orders/historical/fills?order_ids=o-1&trade_ids=t-1&trade_ids=t-2&product_ids=BTC-USD&start_sequence_timestamp=2024-01-02T00:00:00Z"
            + "&end_sequence_timestamp=2024-01-03T00:00:00Z&retail_portfolio_id=p-1&limit=100&cursor=f-1&sort_by=TRADE_TIME");
        var fill = Assert.Single(page.Fills);
        Assert.Equal("e-1", fill.EntryId);
        Assert.Equal(25000.50m, fill.Price);
        Assert.Equal(0.0100m, fill.Size);
        Assert.Equal(OrderSide.Buy, fill.Side);
        Assert.Equal("f-2", page.Cursor);
    }

    [Fact]
    public async Task GetAllFills_follows_the_cursor_until_it_comes_back_empty_over_three_pages()
    {
        using var harness = new AdvancedTradeTestHarness();
        harness.Reply(HttpMethod.Get, "/api/v3/brokerage/orders/historical/fills", """{"fills":[{"entry_id":"e-3"}],"cursor":""}""").WithQueryString("cursor", "f-3");
        harness.Reply(HttpMethod.Get, "/api/v3/brokerage/orders/historical/fills", """{"fills":[{"entry_id":"e-2"}],"cursor":"f-3"}""").WithQueryString("cursor", "f-2");
        harness.Reply(HttpMethod.Get, "/api/v3/brokerage/orders/historical/fills", """{"fills":[{"entry_id":"e-1"}],"cursor":"f-2"}""");

        var ids = await harness.Client.GetAllFillsAsync(orderIds: ["o-1"]).Select(fill => fill.EntryId).ToListAsync();

        Assert.Equal(["e-1", "e-2", "e-3"], ids);
        Assert.Equal(
            ["/api/v3/brokerage/orders/historical/fills?order_ids=o-1", "/api/v3/brokerage/orders/historical/fills?order_ids=o-1&cursor=f-2", "/api/v3/brokerage/orders/historical/fills?order_ids=o-1&cursor=f-3"],
            harness.Sent.Select(request => request.PathAndQuery));
    }

    [Theory]
    [InlineData(TestKey.Ecdsa)]
    [InlineData(TestKey.Ed25519)]
    public async Task GetOrder_escapes_the_id_into_the_path_and_keeps_unknown_fields(TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Get, "/api/v3/brokerage/orders/historical/" + OrderId, "{\"order\":" + OrderJson + "}");

        var result = await harness.Client.GetOrderAsync(OrderId);

        harness.AssertSent(HttpMethod.Get, "/api/v3/brokerage/orders/historical/" + OrderId);
        Assert.Equal("c-1", result.Order!.ClientOrderId);
        Assert.Equal(0.0100m, result.Order.OrderConfiguration!.LimitLimitGtc!.BaseSize);
    }

    public static TheoryData<string, Func<AdvancedTradeClient, Task>> BadInput => new()
    {
        { "orderId", client => client.EditOrderAsync("", size: 1m) },
        { "size", client => client.EditOrderAsync(OrderId) },
        { "size", client => client.EditOrderAsync(OrderId, size: 0m) },
        { "price", client => client.EditOrderAsync(OrderId, price: -1m) },
        { "orderId", client => client.PreviewEditOrderAsync(" ", price: 1m) },
        { "size", client => client.PreviewEditOrderAsync(OrderId) },
        { "orderIds", client => client.CancelOrdersAsync([]) },
        { "orderIds", client => client.CancelOrdersAsync(["a-1", ""]) },
        { "orderIds", client => client.CancelOrdersAsync(["a-1", ".."]) },
        { "productId", client => client.ClosePositionAsync(null, "") },
        { "size", client => client.ClosePositionAsync(null, "BIT-28JUL23-CDE", size: 0m) },
        { "clientOrderId", client => client.ClosePositionAsync(".", "BIT-28JUL23-CDE") },
        { "endDate", client => client.ListOrdersAsync(startDate: DateTimeOffset.UnixEpoch.AddDays(2), endDate: DateTimeOffset.UnixEpoch.AddDays(1)) },
        { "orderIds", client => client.ListOrdersAsync(orderIds: [""]) },
        { "productIds", client => client.ListOrdersAsync(productIds: [" "]) },
        { "limit", client => client.ListOrdersAsync(limit: 0) },
        { "endDate", client => client.ListAllOrdersAsync(startDate: DateTimeOffset.UnixEpoch.AddDays(2), endDate: DateTimeOffset.UnixEpoch.AddDays(1)).ToListAsync().AsTask() },
        { "endSequenceTimestamp", client => client.GetFillsAsync(startSequenceTimestamp: DateTimeOffset.UnixEpoch.AddDays(2), endSequenceTimestamp: DateTimeOffset.UnixEpoch.AddDays(1)) },
        { "tradeIds", client => client.GetFillsAsync(tradeIds: [""]) },
        { "limit", client => client.GetAllFillsAsync(limit: -1).ToListAsync().AsTask() },
        { "orderId", client => client.GetOrderAsync("") },
        { "orderId", client => client.GetOrderAsync("..") },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Bad_input_is_refused_naming_the_parameter_before_anything_is_sent(string paramName, Func<AdvancedTradeClient, Task> call)
    {
        using var harness = new AdvancedTradeTestHarness();

        var ex = await Assert.ThrowsAnyAsync<ArgumentException>(() => call(harness.Client));

        Assert.Equal(paramName, ex.ParamName);
        harness.AssertNothingSent();
    }
}
