using System.Net;
using System.Text.Json;
using CoPrA.Rest;
using static CoPrA.Tests.Rest.RestTestHarness;

namespace CoPrA.Tests.Rest;

/// <summary>Error responses become ApiRequestException (never a JSON exception), as CoPrA's APIRequestError.</summary>
public class ErrorsTests
{
    [Fact]
    public async Task A_JSON_error_gives_status_message_body_headers_and_CoPrAs_text()
    {
        using var harness = Authenticated();
        const string body = """{"message": "NotFound"}""";
        harness.Reply(HttpMethod.Get, "/products/XYZ-USD/ticker", body, HttpStatusCode.NotFound, headers: [("cb-request-id", "e1f2")]);

        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.TickerAsync("XYZ-USD"));

        Assert.Equal(HttpStatusCode.NotFound, ex.StatusCode);
        Assert.Equal("NotFound", ex.ServerMessage);
        Assert.Equal(body, ex.Body);
        Assert.Equal("e1f2", ex.Headers["CB-Request-Id"]);
        Assert.StartsWith("application/json", ex.Headers["content-type"], StringComparison.Ordinal);
        Assert.Equal("NotFound [404]", ex.ToString());
        Assert.Equal("NotFound [404]", ex.Message);
        Assert.Null(ex.InnerException);
        Assert.Single(harness.Sent);
    }

    [Fact]
    public async Task A_rejected_order_throws_after_one_request()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Post, "/orders", """{"message": "Insufficient funds"}""", HttpStatusCode.BadRequest);

        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.LimitOrderAsync(Side.Buy, "BTC-USD", 100m, 1000m));

        Assert.Equal(HttpStatusCode.BadRequest, ex.StatusCode);
        Assert.Equal("Insufficient funds [400]", ex.ToString());
        AssertSigned(Assert.Single(harness.Sent));
    }

    [Fact]
    public async Task Status_429_gives_RateLimitExceededException_with_Retry_After_seconds()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/products", """{"message": "Public rate limit exceeded"}""", HttpStatusCode.TooManyRequests, headers: [("Retry-After", "5")]);

        var ex = await Assert.ThrowsAsync<RateLimitExceededException>(() => harness.Client.ProductsAsync());

        Assert.Equal(HttpStatusCode.TooManyRequests, ex.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), ex.RetryAfter);
        Assert.Equal("Public rate limit exceeded [429]", ex.ToString());
    }

    // The fixed clock reads 1700000000.250 (Tue, 14 Nov 2023 22:13:20.250 GMT). A date already past
    // (clock skew, a slow response) means "now", never a negative wait.
    [Theory]
    [InlineData("Tue, 14 Nov 2023 22:13:50 GMT", 29_750)]
    [InlineData("Tue, 14 Nov 2023 22:13:00 GMT", 0)]
    public async Task Status_429_with_a_Retry_After_date_is_measured_from_the_clients_clock(string date, int expectedMilliseconds)
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/accounts", """{"message": "Private rate limit exceeded"}""", HttpStatusCode.TooManyRequests,
            headers: [("Retry-After", date)]);

        var ex = await Assert.ThrowsAsync<RateLimitExceededException>(() => harness.Client.AccountsAsync());

        Assert.Equal(TimeSpan.FromMilliseconds(expectedMilliseconds), ex.RetryAfter);
    }

    [Fact]
    public async Task Status_429_without_Retry_After_has_no_delay()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/products", """{"message": "slow down"}""", HttpStatusCode.TooManyRequests);

        var ex = await Assert.ThrowsAsync<RateLimitExceededException>(() => harness.Client.ProductsAsync());

        Assert.Null(ex.RetryAfter);
    }

    [Fact]
    public async Task Status_401_gives_AuthenticationFailedException_without_secrets()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/accounts", """{"message": "invalid signature"}""", HttpStatusCode.Unauthorized);

        var ex = await Assert.ThrowsAsync<AuthenticationFailedException>(() => harness.Client.AccountsAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, ex.StatusCode);
        Assert.Equal("invalid signature", ex.ServerMessage);
        Assert.Equal("invalid signature [401]", ex.ToString());
        string everything = ex + ex.Body + string.Join(";", ex.Headers.Values);
        Assert.DoesNotContain(Secret, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(Passphrase, everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_HTML_error_page_uses_its_text_as_the_message()
    {
        using var harness = Authenticated();
        const string html = "<html><body><h1>502 Bad Gateway</h1></body></html>\n";
        harness.Reply(HttpMethod.Get, "/products", html, HttpStatusCode.BadGateway, "text/html");

        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.ProductsAsync());

        Assert.Equal(HttpStatusCode.BadGateway, ex.StatusCode);
        Assert.Equal(html.Trim(), ex.ServerMessage);
        Assert.Equal(html, ex.Body);
        Assert.Equal(html.Trim() + " [502]", ex.ToString());
    }

    [Fact]
    public async Task A_plain_text_error_gives_ApiRequestException_not_a_content_type_error()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Delete, "/orders", "Service Unavailable", HttpStatusCode.ServiceUnavailable, "text/plain");

        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.CancelAllAsync());

        Assert.Equal("Service Unavailable", ex.ServerMessage);
        Assert.Equal("Service Unavailable [503]", ex.ToString());
    }

    [Fact]
    public async Task An_empty_error_body_uses_the_status_name()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/fees", "", HttpStatusCode.InternalServerError);

        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.FeesAsync());

        Assert.Equal(HttpStatusCode.InternalServerError, ex.StatusCode);
        Assert.Equal("", ex.Body);
        Assert.Equal("InternalServerError [500]", ex.ToString());
    }

    [Theory]
    [InlineData("""{"error": "bad_request"}""")]
    [InlineData("""{"message": 42}""")]
    [InlineData("""["not", "an", "object"]""")]
    public async Task A_JSON_error_without_a_string_message_uses_the_body(string body)
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/time", body, HttpStatusCode.BadRequest);

        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.ServerTimeAsync());

        Assert.Equal(body, ex.ServerMessage);
        Assert.Equal(body + " [400]", ex.ToString());
    }

    [Fact]
    public async Task Base_verbs_throw_on_an_error_status_too()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/nowhere", """{"message": "route not found"}""", HttpStatusCode.NotFound);

        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.GetAsync("/nowhere"));

        Assert.Equal("route not found [404]", ex.ToString());
    }

    [Theory]
    [InlineData("[{\"id\": \"BTC-USD\"", "application/json")]
    [InlineData("<html><body>maintenance</body></html>", "text/html")]
    [InlineData("""{"message": "not a list"}""", "application/json")]
    public async Task A_success_body_that_cannot_be_read_gives_ApiRequestException_with_the_JSON_error_inside(string body, string mediaType)
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/products", body, mediaType: mediaType);

        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.ProductsAsync());

        Assert.Equal(HttpStatusCode.OK, ex.StatusCode);
        Assert.Equal(body, ex.Body);
        Assert.IsAssignableFrom<JsonException>(ex.InnerException);
        Assert.EndsWith(" [200]", ex.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    public async Task A_success_without_a_record_gives_ApiRequestException_not_null(string body)
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/orders/68e6a28f-ae28-4788-8d4f-5ab4e5e5ae08", body);

        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.GetOrderAsync("68e6a28f-ae28-4788-8d4f-5ab4e5e5ae08"));

        Assert.Equal(HttpStatusCode.OK, ex.StatusCode);
        Assert.Equal(body, ex.Body);
    }
}
