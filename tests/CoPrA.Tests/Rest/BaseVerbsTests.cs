using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using static CoPrA.Tests.Rest.RestTestHarness;

namespace CoPrA.Tests.Rest;

/// <summary>CoPrA's base verbs get, post and delete: any path, raw JSON and headers back.</summary>
public class BaseVerbsTests
{
    private static KeyValuePair<string, string> Pair(string key, string value) => new(key, value);

    [Fact]
    public async Task GetAsync_sends_the_query_in_order_then_no_cache_unsigned_and_returns_status_headers_and_json()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/products/BTC-USD/book", """{"sequence": 1, "bids": [], "asks": []}""", headers: [("X-Request-Id", "req-1")]);

        var response = await harness.Client.GetAsync("/products/BTC-USD/book", [Pair("level", "2"), Pair("extra", "x")]);

        AssertUnsigned(harness.AssertSent(HttpMethod.Get, "/products/BTC-USD/book?level=2&extra=x&" + NoCache));
        Assert.Equal(200, response.StatusCode);
        Assert.Equal("req-1", response.Headers["x-request-id"]);
        Assert.StartsWith("application/json", response.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Equal(1, response.Json.GetProperty("sequence").GetInt32());
    }

    [Fact]
    public async Task GetAsync_defaults_to_the_root_path()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/", "{}");

        await harness.Client.GetAsync();

        harness.AssertSent(HttpMethod.Get, "/?" + NoCache);
    }

    [Fact]
    public async Task GetAsync_with_auth_signs_the_query_including_no_cache()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/profiles", "[]");

        var response = await harness.Client.GetAsync("/profiles", [Pair("active", "true")], auth: true);

        AssertSigned(harness.AssertSent(HttpMethod.Get, "/profiles?active=true&" + NoCache));
        Assert.Equal(JsonValueKind.Array, response.Json.ValueKind);
    }

    [Fact]
    public async Task GetAsync_keeps_a_callers_no_cache_in_place_and_adds_no_second_one()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/time", "{}");

        await harness.Client.GetAsync("/time", [Pair("no-cache", "1546384260.0321212"), Pair("a", "b")]);

        harness.AssertSent(HttpMethod.Get, "/time?no-cache=1546384260.0321212&a=b");
    }

    [Fact]
    public async Task GetAsync_repeats_repeated_keys()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/orders", "[]");

        await harness.Client.GetAsync("/orders", [Pair("status", "open"), Pair("status", "pending"), Pair("limit", "100")], auth: true);

        AssertSigned(harness.AssertSent(HttpMethod.Get, "/orders?status=open&status=pending&limit=100&" + NoCache));
    }

    [Fact]
    public async Task GetAsync_sends_a_null_value_as_empty()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/products", "[]");

        await harness.Client.GetAsync("/products", [Pair("type", null!)]);

        harness.AssertSent(HttpMethod.Get, "/products?type=&" + NoCache);
    }

    [Fact]
    public async Task PostAsync_sends_the_object_compactly_in_key_order_signed()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Post, "/orders", """{"id": "97059421-3033-4cf4-99cb-925c1bf2c54f"}""");
        var data = new JsonObject { ["size"] = "1.0", ["price"] = "1.0", ["side"] = "buy", ["product_id"] = "BTC-USD", ["post_only"] = false };

        var response = await harness.Client.PostAsync("/orders", data, auth: true);

        AssertSigned(harness.AssertSent(HttpMethod.Post, "/orders", """{"size":"1.0","price":"1.0","side":"buy","product_id":"BTC-USD","post_only":false}"""));
        Assert.Equal("97059421-3033-4cf4-99cb-925c1bf2c54f", response.Json.GetProperty("id").GetString());
    }

    [Fact]
    public async Task PostAsync_without_auth_is_unsigned_even_with_credentials()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Post, "/echo", "{}");

        await harness.Client.PostAsync("/echo", new JsonObject { ["a"] = 1 });

        AssertUnsigned(harness.AssertSent(HttpMethod.Post, "/echo", """{"a":1}"""));
    }

    [Fact]
    public async Task PostAsync_sends_no_body_for_null_data_and_signs_an_empty_body()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Post, "/profiles/deactivate", "{}");

        await harness.Client.PostAsync("/profiles/deactivate", auth: true);

        AssertSigned(harness.AssertSent(HttpMethod.Post, "/profiles/deactivate"));
    }

    [Fact]
    public async Task PostAsync_sends_no_body_for_an_empty_object_as_CoPrA_does()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Post, "/orders", "{}");

        await harness.Client.PostAsync("/orders", [], auth: true);

        AssertSigned(harness.AssertSent(HttpMethod.Post, "/orders"));
    }

    [Fact]
    public async Task DeleteAsync_sends_the_query_without_no_cache_signed()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Delete, "/orders", """["144c6f8e-713f-4682-8435-5280fbe8b2b4"]""");

        var response = await harness.Client.DeleteAsync("/orders", [Pair("product_id", "BTC-USD")], auth: true);

        AssertSigned(harness.AssertSent(HttpMethod.Delete, "/orders?product_id=BTC-USD"));
        Assert.Equal("144c6f8e-713f-4682-8435-5280fbe8b2b4", response.Json[0].GetString());
    }

    [Fact]
    public async Task DeleteAsync_without_a_query_sends_the_bare_path()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Delete, "/address-book/abc", "", HttpStatusCode.NoContent);

        var response = await harness.Client.DeleteAsync("/address-book/abc", auth: true);

        AssertSigned(harness.AssertSent(HttpMethod.Delete, "/address-book/abc"));
        Assert.Equal(204, response.StatusCode);
        Assert.Equal(JsonValueKind.Undefined, response.Json.ValueKind);
    }

    [Theory]
    [InlineData("get")]
    [InlineData("post")]
    [InlineData("delete")]
    public async Task Base_verbs_with_auth_need_credentials(string verb)
    {
        using var harness = Anonymous();
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => verb switch
        {
            "get" => harness.Client.GetAsync("/accounts", auth: true),
            "post" => harness.Client.PostAsync("/orders", new JsonObject { ["a"] = "b" }, auth: true),
            _ => harness.Client.DeleteAsync("/orders", auth: true),
        });
        Assert.StartsWith("client is not properly configured for authorization", ex.Message, StringComparison.Ordinal);
        harness.AssertNothingSent();
    }

    [Theory]
    [InlineData("orders")]
    [InlineData("/orders?status=open")]
    public async Task Base_verbs_reject_a_path_without_a_leading_slash_or_with_a_query(string path)
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentException>(c => c.GetAsync(path), "path", "path must start with '/' and carry no query string; pass parameters in query.");
        await harness.AssertRejectedAsync<ArgumentException>(c => c.DeleteAsync(path), "path");
        await harness.AssertRejectedAsync<ArgumentException>(c => c.PostAsync(path), "path");
    }

    [Fact]
    public async Task Base_verbs_reject_an_empty_path()
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentException>(c => c.GetAsync(""), "path");
        await harness.AssertRejectedAsync<ArgumentNullException>(c => c.PostAsync(null!), "path");
    }

    [Fact]
    public async Task Base_verbs_reject_an_empty_query_key()
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentException>(c => c.GetAsync("/products", [Pair("", "x")]), "query");
    }

    [Fact]
    public async Task Base_verbs_validate_before_checking_credentials()
    {
        using var harness = Anonymous();
        await harness.AssertRejectedAsync<ArgumentException>(c => c.DeleteAsync("orders", auth: true), "path");
    }
}
