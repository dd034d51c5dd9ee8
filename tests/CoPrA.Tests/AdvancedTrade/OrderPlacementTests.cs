using System.Net;
using System.Text.Json;
using CoPrA.AdvancedTrade;
using CoPrA.Orders;

namespace CoPrA.Tests.AdvancedTrade;

/// <summary>Creating and previewing Advanced Trade orders: the body sent, the generated client order id, and rejections that cannot pass for success.</summary>
public sealed class OrderPlacementTests
{
    private const string Accepted = """
        {"success":true,"failure_reason":"UNKNOWN_FAILURE_REASON","order_id":"11111111-1111-1111-1111-111111111111",
         "success_response":{"order_id":"11111111-1111-1111-1111-111111111111","product_id":"BTC-USD","side":"BUY","client_order_id":"my-id-1"},
         "order_configuration":{"limit_limit_gtc":{"base_size":"0.0100","limit_price":"25000.50","post_only":true}}}
        """;

    private const string Refused = """
        {"success":false,"failure_reason":"UNKNOWN_FAILURE_REASON","order_id":"",
         "error_response":{"error":"INSUFFICIENT_FUND","message":"Insufficient balance in source account","error_details":"","preview_failure_reason":"PREVIEW_INSUFFICIENT_FUND","new_order_failure_reason":"INSUFFICIENT_FUND"},
         "order_configuration":{"limit_limit_gtc":{"base_size":"0.0100","limit_price":"25000.50","post_only":true}}}
        """;

    [Theory]
    [InlineData(TestKey.Ecdsa)]
    [InlineData(TestKey.Ed25519)]
    public async Task An_order_is_sent_with_its_configuration_as_decimal_strings_and_a_verified_token(TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Post, "/api/v3/brokerage/orders", Accepted);

        var result = await harness.Client.CreateOrderAsync("my-id-1", "BTC-USD", OrderSide.Buy, OrderConfiguration.LimitGtc(25000.50m, baseSize: 0.0100m, postOnly: true), selfTradePreventionId: "stp-1");

        harness.AssertSent(
            HttpMethod.Post,
            "/api/v3/brokerage/orders",
            "{\"client_order_id\":\"my-id-1\",\"product_id\":\"BTC-USD\",\"side\":\"BUY\",\"order_configuration\":{\"limit_limit_gtc\":{\"base_size\":\"0.0100\",\"limit_price\":\"25000.50\",\"post_only\":true}},\"self_trade_prevention_id\":\"stp-1\"}");
        Assert.True(result.Success);
        Assert.Equal("11111111-1111-1111-1111-111111111111", result.SuccessResponse!.OrderId);
        Assert.Equal("my-id-1", result.SuccessResponse.ClientOrderId);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task A_missing_client_order_id_is_generated_as_32_hex_digits_and_differs_per_order(string? clientOrderId)
    {
        using var harness = new AdvancedTradeTestHarness(TestKey.Ed25519);
        harness.Reply(HttpMethod.Post, "/api/v3/brokerage/orders", Accepted);

        await harness.Client.CreateOrderAsync(clientOrderId, "BTC-USD", OrderSide.Sell, OrderConfiguration.MarketIoc(baseSize: 0.5m));
        await harness.Client.CreateOrderAsync(clientOrderId, "BTC-USD", OrderSide.Sell, OrderConfiguration.MarketIoc(baseSize: 0.5m));

        var ids = harness.Sent.Select(request => JsonDocument.Parse(request.Body!).RootElement.GetProperty("client_order_id").GetString()!).ToArray();
        Assert.All(ids, id => Assert.Matches("^[0-9a-f]{32}$", id));
        Assert.NotEqual(ids[0], ids[1]);
    }

    [Fact]
    public async Task A_refusal_at_HTTP_200_throws_with_its_codes_its_typed_reason_and_the_client_order_id()
    {
        using var harness = new AdvancedTradeTestHarness(TestKey.Ecdsa);
        harness.Reply(HttpMethod.Post, "/api/v3/brokerage/orders", Refused);

        var ex = await Assert.ThrowsAsync<OrderRejectedException>(() => harness.Client.CreateOrderAsync("my-id-2", "BTC-USD", OrderSide.Buy, OrderConfiguration.LimitGtc(25000.50m, baseSize: 0.0100m, postOnly: true)));

        Assert.Equal(HttpStatusCode.OK, ex.StatusCode);
        Assert.Equal(RejectionReason.InsufficientFunds, ex.Reason);
        Assert.Equal("INSUFFICIENT_FUND", ex.ErrorCode);
        Assert.Equal("PREVIEW_INSUFFICIENT_FUND", ex.PreviewFailureReason);
        Assert.Equal("INSUFFICIENT_FUND", ex.NewOrderFailureReason);
        Assert.Equal("my-id-2", ex.ClientOrderId);
        Assert.Equal("Order rejected: Insufficient balance in source account (INSUFFICIENT_FUND)", ex.ServerMessage);
        Assert.Equal(Refused, ex.Body);
        Assert.False(ex.Response.Success);
    }

    [Fact]
    public async Task An_answer_without_success_is_returned_as_it_came()
    {
        using var harness = new AdvancedTradeTestHarness(TestKey.Ecdsa);
        harness.Reply(HttpMethod.Post, "/api/v3/brokerage/orders", "{\"order_id\":\"abc\",\"new_field\":1}");

        var result = await harness.Client.CreateOrderAsync("x", "BTC-USD", OrderSide.Buy, OrderConfiguration.MarketIoc(quoteSize: 10m));

        Assert.Null(result.Success);
        Assert.Equal("abc", result.OrderId);
        Assert.True(result.ExtensionData!.ContainsKey("new_field"));
    }

    [Fact]
    public async Task Bad_orders_are_refused_before_anything_is_sent()
    {
        using var harness = new AdvancedTradeTestHarness(TestKey.Ecdsa);
        var order = OrderConfiguration.MarketIoc(quoteSize: 10m);

        await harness.AssertRejectedAsync<ArgumentException>(client => client.CreateOrderAsync("x", " ", OrderSide.Buy, order), "productId");
        await harness.AssertRejectedAsync<ArgumentException>(client => client.CreateOrderAsync("x", "BTC-USD", default, order), "side");
        await harness.AssertRejectedAsync<ArgumentException>(client => client.CreateOrderAsync("x", "BTC-USD", OrderSide.Buy, new OrderConfiguration()), "orderConfiguration");
        await harness.AssertRejectedAsync<ArgumentOutOfRangeException>(client => client.CreateOrderAsync("x", "BTC-USD", OrderSide.Buy, order, leverage: 0m), "leverage");
        await harness.AssertRejectedAsync<ArgumentException>(client => client.PreviewOrderAsync("BTC-USD", OrderSide.Buy, new OrderConfiguration()), "orderConfiguration");
    }

    [Theory]
    [InlineData(TestKey.Ecdsa)]
    [InlineData(TestKey.Ed25519)]
    public async Task A_preview_is_sent_without_a_client_order_id_and_its_errors_are_returned_not_thrown(TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Post, "/api/v3/brokerage/orders/preview", "{\"order_total\":\"100.60\",\"commission_total\":\"0.60\",\"errs\":[\"PREVIEW_INSUFFICIENT_FUND\"],\"warning\":[],\"preview_id\":\"p-1\"}");

        var preview = await harness.Client.PreviewOrderAsync("BTC-USD", OrderSide.Buy, OrderConfiguration.MarketIoc(quoteSize: 100.00m), leverage: 2.0m, marginType: MarginType.Cross);

        harness.AssertSent(
            HttpMethod.Post,
            "/api/v3/brokerage/orders/preview",
            "{\"product_id\":\"BTC-USD\",\"side\":\"BUY\",\"order_configuration\":{\"market_market_ioc\":{\"quote_size\":\"100.00\"}},\"leverage\":\"2.0\",\"margin_type\":\"CROSS\"}");
        Assert.Equal(100.60m, preview.OrderTotal);
        Assert.Equal("p-1", preview.PreviewId);
        Assert.Equal(["PREVIEW_INSUFFICIENT_FUND"], preview.Errs);
    }
}
