using System.Net;
using System.Text.Json.Nodes;
using CoPrA.AdvancedTrade;
using CoPrA.Orders;
using CoPrA.Rest;
using CoPrA.Tests.Rest;
using CoPrA.Tests.Support;
using RichardSzalay.MockHttp;

namespace CoPrA.Tests.AdvancedTrade;

/// <summary>The Advanced Trade client's core: JWT per request on the shared pipeline, public and private paths, base verbs, clock repair, sessions.</summary>
public sealed class AdvancedTradeClientTests
{
    [Theory]
    [InlineData(TestKey.Ecdsa)]
    [InlineData(TestKey.Ed25519)]
    public async Task A_private_GET_carries_a_verified_token_whose_uri_is_method_host_and_path_without_the_query(TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Get, "/api/v3/brokerage/orders/historical/batch", "{\"orders\":[]}");

        var response = await harness.Client.GetAsync("/api/v3/brokerage/orders/historical/batch", [new("product_ids", "BTC-USD"), new("product_ids", "ETH-USD"), new("limit", "50")]);

        Assert.Equal(200, response.StatusCode);
        var sent = harness.AssertSent(HttpMethod.Get, "/api/v3/brokerage/orders/historical/batch?product_ids=BTC-USD&product_ids=ETH-USD&limit=50");
        Assert.Null(sent.Body);
    }

    [Theory]
    [InlineData(TestKey.Ecdsa)]
    [InlineData(TestKey.Ed25519)]
    public async Task Every_attempt_gets_a_fresh_token(TestKey key)
    {
        using var harness = new AdvancedTradeTestHarness(key);
        harness.Reply(HttpMethod.Post, "/api/v3/brokerage/portfolios", "{\"portfolio\":{}}");

        await harness.Client.PostAsync("/api/v3/brokerage/portfolios", new JsonObject { ["name"] = "a" });
        await harness.Client.PostAsync("/api/v3/brokerage/portfolios", new JsonObject { ["name"] = "a" });

        Assert.Equal(2, harness.Sent.Count);
        var nonces = harness.Sent.Select(request => harness.AssertJwt(request).Header.GetProperty("nonce").GetString()).ToArray();
        Assert.NotEqual(nonces[0], nonces[1]);
        RestTestHarness.AssertRequest(harness.Sent[0], HttpMethod.Post, "/api/v3/brokerage/portfolios", "{\"name\":\"a\"}");
    }

    [Fact]
    public async Task A_private_call_without_a_key_throws_before_sending()
    {
        using var harness = new AdvancedTradeTestHarness(TestKey.None);

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Client.GetAsync("/api/v3/brokerage/accounts"));

        Assert.Contains("ApiKey", ex.Message, StringComparison.Ordinal);
        harness.AssertNothingSent();
    }

    [Fact]
    public async Task A_public_path_goes_unsigned_without_a_key_and_signed_with_one()
    {
        using var anonymous = new AdvancedTradeTestHarness(TestKey.None);
        anonymous.Reply(HttpMethod.Get, "/api/v3/brokerage/market/products", "{\"products\":[]}");
        await anonymous.Client.GetAsync("/api/v3/brokerage/market/products", isPublic: true);
        anonymous.AssertSent(HttpMethod.Get, "/api/v3/brokerage/market/products");

        using var keyed = new AdvancedTradeTestHarness(TestKey.Ed25519);
        keyed.Reply(HttpMethod.Get, "/api/v3/brokerage/market/products", "{\"products\":[]}");
        await keyed.Client.GetAsync("/api/v3/brokerage/market/products", isPublic: true);
        keyed.AssertSent(HttpMethod.Get, "/api/v3/brokerage/market/products");
    }

    [Theory]
    [InlineData("api/v3/brokerage/accounts")]
    [InlineData("/api/v3/brokerage/accounts?limit=1")]
    [InlineData("")]
    public async Task A_base_verb_path_must_be_absolute_and_without_a_query(string urlPath)
    {
        using var harness = new AdvancedTradeTestHarness();

        var ex = await Assert.ThrowsAnyAsync<ArgumentException>(() => harness.Client.GetAsync(urlPath));

        Assert.Equal("urlPath", ex.ParamName);
        harness.AssertNothingSent();
    }

    [Fact]
    public async Task A_401_whose_Date_disagrees_with_the_clock_learns_the_server_time_and_sends_once_more_with_a_corrected_token()
    {
        using var harness = new AdvancedTradeTestHarness(TestKey.Ecdsa);
        var serverNow = DateTimeOffset.FromUnixTimeSeconds(AdvancedTradeTestHarness.NowSeconds + 3600);
        int calls = 0;
        harness.Mock.When(HttpMethod.Get, AdvancedTradeTestHarness.BaseUrl + "/api/v3/brokerage/accounts").Respond(async request =>
        {
            harness.Record(await SentRequest.CaptureAsync(request));
            if (Interlocked.Increment(ref calls) == 1)
            {
                var refused = new HttpResponseMessage(HttpStatusCode.Unauthorized) { Content = new StringContent("{\"error\":\"UNAUTHENTICATED\",\"message\":\"Unauthorized\"}") };
                refused.Headers.Date = serverNow;
                return refused;
            }

            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{\"accounts\":[]}") };
        });
        harness.Reply(HttpMethod.Get, "/api/v3/brokerage/time", $"{{\"iso\":\"{serverNow:O}\",\"epochSeconds\":\"{serverNow.ToUnixTimeSeconds()}\",\"epochMillis\":\"{serverNow.ToUnixTimeMilliseconds()}\"}}");

        await harness.Client.GetAsync("/api/v3/brokerage/accounts");

        Assert.Equal(["/api/v3/brokerage/accounts", "/api/v3/brokerage/time", "/api/v3/brokerage/accounts"], harness.Sent.Select(request => request.PathAndQuery));
        var retried = JwtAssert.Verify(harness.Sent[2].Header("Authorization")!["Bearer ".Length..], harness.Key!);
        // The fixed clock does not move, but the round trip's real duration is halved into the offset.
        Assert.InRange(retried.Claims.GetProperty("nbf").GetInt64(), serverNow.ToUnixTimeSeconds() - 1, serverNow.ToUnixTimeSeconds());
        Assert.InRange(harness.Client.Session.ClockOffset, TimeSpan.FromHours(1) - TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
    }

    [Fact]
    public async Task A_401_whose_Date_agrees_with_the_clock_is_final()
    {
        using var harness = new AdvancedTradeTestHarness(TestKey.Ecdsa);
        harness.Reply(
            HttpMethod.Get,
            "/api/v3/brokerage/accounts",
            "{\"error\":\"UNAUTHENTICATED\",\"error_details\":\"bad key\",\"message\":\"Unauthorized\"}",
            HttpStatusCode.Unauthorized,
            [("Date", DateTimeOffset.FromUnixTimeSeconds(AdvancedTradeTestHarness.NowSeconds + 2).ToString("R"))]);

        var ex = await Assert.ThrowsAsync<AuthenticationFailedException>(() => harness.Client.GetAsync("/api/v3/brokerage/accounts"));

        Assert.Equal("Unauthorized", ex.ServerMessage);
        Assert.Equal(RejectionReason.Unauthorized, ex.Reason);
        Assert.Single(harness.Sent);
    }

    [Fact]
    public async Task An_error_answer_keeps_status_message_and_body_and_names_a_missing_order()
    {
        using var harness = new AdvancedTradeTestHarness(TestKey.Ed25519);
        const string body = "{\"error\":\"NOT_FOUND\",\"error_details\":\"order not found\",\"message\":\"order not found\"}";
        harness.Reply(HttpMethod.Get, "/api/v3/brokerage/orders/historical/nope", body, HttpStatusCode.NotFound);

        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => harness.Client.GetAsync("/api/v3/brokerage/orders/historical/nope"));

        Assert.Equal(HttpStatusCode.NotFound, ex.StatusCode);
        Assert.Equal("order not found", ex.ServerMessage);
        Assert.Equal(body, ex.Body);
        Assert.Equal(RejectionReason.OrderNotFound, ex.Reason);
    }

    [Fact]
    public void Sessions_of_the_two_families_are_not_interchangeable()
    {
        var exchange = new CoinbaseSession(new Credentials("key", Convert.ToBase64String(new byte[32]), "pass"));
        var advanced = new CoinbaseSession(CdpTestKeys.Ed25519());

        var intoAdvanced = Assert.Throws<ArgumentException>(() => new AdvancedTradeClient(new AdvancedTradeClientOptions { Session = exchange }));
        var intoExchange = Assert.Throws<ArgumentException>(() => new RestClient(new RestClientOptions { Session = advanced }));

        Assert.Equal("options", intoAdvanced.ParamName);
        Assert.Equal("options", intoExchange.ParamName);
        Assert.True(advanced.IsAuthenticated);
    }

    [Fact]
    public void Clients_given_one_session_share_it_and_a_disagreeing_key_is_refused()
    {
        var session = new CoinbaseSession(CdpTestKeys.Ecdsa());

        using var first = new AdvancedTradeClient(new AdvancedTradeClientOptions { Session = session });
        using var second = new AdvancedTradeClient(new AdvancedTradeClientOptions { Session = session, ApiKey = null });

        Assert.Same(session, first.Session);
        Assert.Same(session, second.Session);
        var ex = Assert.Throws<ArgumentException>(() => new AdvancedTradeClient(new AdvancedTradeClientOptions { Session = session, ApiKey = CdpTestKeys.Ed25519() }));
        Assert.Contains("ApiKey", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_is_never_sent_in_plain_text_to_another_machine()
    {
        var ex = Assert.Throws<ArgumentException>(() => new AdvancedTradeClient(new AdvancedTradeClientOptions { BaseUrl = "http://api.coinbase.com", ApiKey = CdpTestKeys.Ecdsa() }));

        Assert.Equal("options", ex.ParamName);
        using var loopback = new AdvancedTradeClient(new AdvancedTradeClientOptions { BaseUrl = "http://127.0.0.1:5000", ApiKey = CdpTestKeys.Ecdsa() });
        Assert.True(loopback.IsAuthenticated);
    }
}
