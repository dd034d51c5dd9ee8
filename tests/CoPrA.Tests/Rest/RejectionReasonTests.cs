using System.Net;
using CoPrA.Orders;
using CoPrA.Rest;
using static CoPrA.Tests.Rest.RestTestHarness;

namespace CoPrA.Tests.Rest;

/// <summary>Error answers carry a typed reason from the one Exchange mapping; the raw message and body stay.</summary>
public class RejectionReasonTests
{
    [Theory]
    [InlineData(400, "Insufficient funds", RejectionReason.InsufficientFunds)]
    [InlineData(404, "order not found", RejectionReason.OrderNotFound)]
    [InlineData(400, "Invalid order id", RejectionReason.OrderNotFound)]
    [InlineData(400, "Order already done", RejectionReason.OrderAlreadyDone)]
    [InlineData(400, "Product not found", RejectionReason.ProductNotFound)]
    [InlineData(400, "price too precise", RejectionReason.PriceTooPrecise)]
    [InlineData(400, "stop_price too precise", RejectionReason.PriceTooPrecise)]
    [InlineData(400, "price too small", RejectionReason.PriceTooSmall)]
    [InlineData(400, "size is too accurate. Smallest unit is 0.00000001", RejectionReason.SizeTooPrecise)]
    [InlineData(400, "size is too small", RejectionReason.SizeTooSmall)]
    [InlineData(400, "size is too large. Maximum size is 200", RejectionReason.SizeTooLarge)]
    [InlineData(400, "funds is too accurate. Smallest unit is 0.01", RejectionReason.FundsTooPrecise)]
    [InlineData(400, "funds is too small. Minimum funds is 1", RejectionReason.FundsTooSmall)]
    [InlineData(400, "Cancel only mode", RejectionReason.ProductNotTradable)]
    [InlineData(400, "Post only mode", RejectionReason.ProductNotTradable)]
    [InlineData(400, "Limit only mode", RejectionReason.ProductNotTradable)]
    [InlineData(400, "Trading pair not available", RejectionReason.ProductNotTradable)]
    [InlineData(503, "BTC-USD is under maintenance.", RejectionReason.ProductNotTradable)]
    [InlineData(400, "Post only order would take liquidity", RejectionReason.PostOnlyWouldCross)]
    [InlineData(429, "Private rate limit exceeded", RejectionReason.RateLimited)]
    [InlineData(429, "Too many requests", RejectionReason.RateLimited)]
    [InlineData(401, "request timestamp expired", RejectionReason.ExpiredTimestamp)]
    [InlineData(401, "invalid signature", RejectionReason.InvalidSignature)]
    [InlineData(401, "Invalid API Key", RejectionReason.Unauthorized)]
    [InlineData(401, "Invalid Passphrase", RejectionReason.Unauthorized)]
    [InlineData(403, "Forbidden", RejectionReason.Unauthorized)]
    [InlineData(404, "NotFound", RejectionReason.NotFound)]
    [InlineData(400, "Invalid limit", RejectionReason.Unknown)]
    [InlineData(500, "Internal server error", RejectionReason.Unknown)]
    public async Task The_exchanges_messages_map_to_a_reason_and_keep_message_and_body(int status, string message, RejectionReason expected)
    {
        // Unsigned, so an expired-timestamp answer is not followed by a clock sync.
        using var harness = Anonymous();
        string body = "{\"message\":\"" + message + "\"}";
        harness.Reply(HttpMethod.Get, "/time", body, (HttpStatusCode)status);

        var ex = await Assert.ThrowsAnyAsync<ApiRequestException>(() => harness.Client.ServerTimeAsync());

        Assert.Equal(expected, ex.Reason);
        Assert.Equal(message, ex.ServerMessage);
        Assert.Equal(body, ex.Body);
    }

    [Fact]
    public async Task A_bare_404_on_an_order_means_the_order_was_not_found()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/orders/42", """{"message":"NotFound"}""", HttpStatusCode.NotFound);
        harness.Reply(HttpMethod.Get, "/products/NOPE-USD", """{"message":"NotFound"}""", HttpStatusCode.NotFound);

        var order = await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.GetOrderAsync("42"));
        var product = await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.ProductAsync("NOPE-USD"));

        Assert.Equal(RejectionReason.OrderNotFound, order.Reason);
        Assert.Equal(RejectionReason.ProductNotFound, product.Reason);
    }

    [Fact]
    public async Task Rate_limit_and_authentication_failures_keep_their_own_types()
    {
        using var harness = Anonymous();
        harness.Reply(HttpMethod.Get, "/time", """{"message":"Public rate limit exceeded"}""", HttpStatusCode.TooManyRequests);
        harness.Reply(HttpMethod.Get, "/products", """{"message":"request timestamp expired"}""", HttpStatusCode.Unauthorized);

        var limited = await Assert.ThrowsAsync<RateLimitExceededException>(() => harness.Client.ServerTimeAsync());
        var expired = await Assert.ThrowsAsync<AuthenticationFailedException>(() => harness.Client.ProductsAsync());

        Assert.Equal(RejectionReason.RateLimited, limited.Reason);
        Assert.Equal(RejectionReason.ExpiredTimestamp, expired.Reason);
    }

    [Fact]
    public void A_rejected_order_has_a_reason_and_any_other_order_none()
    {
        Assert.Equal(RejectionReason.PostOnlyWouldCross, ExchangeRejections.Classify(new Order { Status = OrderStatus.Rejected, RejectReason = "post only" }));
        Assert.Equal(RejectionReason.Unknown, ExchangeRejections.Classify(new Order { Status = OrderStatus.Rejected }));
        Assert.Null(ExchangeRejections.Classify(new Order { Status = OrderStatus.Open }));
    }

    [Fact]
    public void A_directly_built_exception_classifies_its_message()
    {
        var ex = new ApiRequestException(HttpStatusCode.BadRequest, "Insufficient funds", "{}", new Dictionary<string, string>());

        Assert.Equal(RejectionReason.InsufficientFunds, ex.Reason);
    }
}
