using System.Diagnostics;
using System.Net;
using CoPrA.Diagnostics;
using CoPrA.Rest;
using CoPrA.Tests.Support;
using static CoPrA.Tests.Reliability.ReliabilityHarness;

namespace CoPrA.Tests.Diagnostics;

public class RestTelemetryTests
{
    private const string Ticker = """{"trade_id":7,"price":"100.5","size":"0.1","time":"2026-01-01T00:00:00Z"}""";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    // Each test talks to a host of its own, so that parallel tests never see each other's measurements.
    private readonly string _host = $"t{Guid.NewGuid():N}.test.local";

    private TelemetryRecorder Recorder() => new(m => Equals(m.Tag("server.address"), _host));

    private RestClient Client(HttpMessageHandler handler, bool signed = false, Action<RestClientOptions>? configure = null) =>
        new(Options(signed, o => { o.BaseUrl = $"https://{_host}"; configure?.Invoke(o); }), new HttpClient(handler));

    [Fact]
    public async Task A_call_is_one_client_span_named_by_its_path_template_and_one_duration()
    {
        using var recorder = Recorder();
        using var client = Client(new Sequence(_ => Json(HttpStatusCode.OK, Ticker)));

        await client.TickerAsync("BTC-USD");

        var span = Assert.Single(recorder.Spans(_host));
        Assert.Equal("GET /products/{product_id}/ticker", span.DisplayName);
        Assert.Equal(ActivityKind.Client, span.Kind);
        Assert.Equal("GET", span.GetTagItem("http.request.method"));
        Assert.Equal("/products/{product_id}/ticker", span.GetTagItem("url.template"));
        Assert.Equal(443, span.GetTagItem("server.port"));
        Assert.Equal(200, span.GetTagItem("http.response.status_code"));
        Assert.Null(span.GetTagItem("http.request.resend_count"));
        Assert.Equal(ActivityStatusCode.Unset, span.Status);

        var duration = Assert.Single(recorder.Of("http.client.request.duration"));
        Assert.Equal("/products/{product_id}/ticker", duration.Tag("url.template"));
        Assert.Equal(200, duration.Tag("http.response.status_code"));
        Assert.Equal("GET", duration.Tag("http.request.method"));
        Assert.True(duration.Value >= 0);
    }

    [Fact]
    public async Task Retries_are_counted_and_the_span_carries_the_resend_count()
    {
        using var recorder = Recorder();
        using var client = Client(new Sequence(
            _ => Json(HttpStatusCode.BadGateway, """{"message":"try later"}"""),
            _ => Json(HttpStatusCode.ServiceUnavailable, """{"message":"try later"}"""),
            _ => Json(HttpStatusCode.OK, Ticker)));

        await client.TickerAsync("BTC-USD");

        var span = Assert.Single(recorder.Spans(_host));
        Assert.Equal(2, span.GetTagItem("http.request.resend_count"));
        Assert.Equal(200, span.GetTagItem("http.response.status_code"));
        Assert.Equal(2, recorder.Of("copra.rest.retries").Sum(m => m.Value));
        Assert.Single(recorder.Of("http.client.request.duration"));
    }

    [Fact]
    public async Task A_rejected_call_marks_the_span_as_an_error_with_the_status_as_error_type()
    {
        using var recorder = Recorder();
        using var client = Client(new Sequence(_ => Json(HttpStatusCode.BadRequest, """{"message":"Insufficient funds"}""")), signed: true);

        await Assert.ThrowsAsync<ApiRequestException>(() => client.CancelAsync("7f3c0c1e-0000-4000-8000-000000000001"));

        var span = Assert.Single(recorder.Spans(_host));
        Assert.Equal("DELETE /orders/{order_id}", span.DisplayName);
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal("400", span.GetTagItem("error.type"));
        Assert.Equal(400, span.GetTagItem("http.response.status_code"));
        Assert.Equal("400", Assert.Single(recorder.Of("http.client.request.duration")).Tag("error.type"));
    }

    [Fact]
    public async Task A_call_that_gets_no_answer_records_the_exception_type()
    {
        using var recorder = Recorder();
        using var client = Client(new Sequence(_ => throw new HttpRequestException("refused")), configure: o => o.Retry = new RetryOptions { Enabled = false });

        await Assert.ThrowsAsync<HttpRequestException>(() => client.TickerAsync("BTC-USD"));

        var span = Assert.Single(recorder.Spans(_host));
        Assert.Equal(typeof(HttpRequestException).FullName, span.GetTagItem("error.type"));
        Assert.Null(span.GetTagItem("http.response.status_code"));
    }

    [Fact]
    public async Task A_signed_call_puts_no_secret_query_or_body_in_its_span()
    {
        using var recorder = Recorder();
        var handler = new Sequence(_ => Json(HttpStatusCode.OK, """{"id":"o-1","product_id":"BTC-USD","side":"buy","type":"limit","status":"pending"}"""));
        using var client = Client(handler, signed: true);

        await client.LimitOrderAsync(Side.Buy, "BTC-USD", price: 101.25m, size: 0.5m, clientOid: "5b1c7bc2-0000-4000-8000-00000000abcd");

        var span = Assert.Single(recorder.Spans(_host));
        var sent = Assert.Single(handler.Requests);
        string[] forbidden = ["passphrase", Secret, sent.Headers.GetValues("CB-ACCESS-SIGN").Single(), "101.25", "5b1c7bc2", "key"];
        var tags = span.TagObjects.ToList();
        Assert.Equal(
            ["http.request.method", "server.address", "server.port", "url.template", "http.response.status_code"],
            tags.Select(tag => tag.Key));
        foreach (var (name, value) in tags)
        {
            foreach (var secret in forbidden)
            {
                Assert.DoesNotContain(secret, value?.ToString() ?? string.Empty, StringComparison.Ordinal);
            }
        }

        Assert.Equal("POST /orders", span.DisplayName);
    }

    [Fact]
    public async Task A_request_held_by_the_rate_limit_records_its_wait()
    {
        using var recorder = Recorder();
        var clock = new ManualClock();
        using var client = Client(
            new Sequence(_ => Json(HttpStatusCode.OK, "[]"), _ => Json(HttpStatusCode.OK, "[]")),
            configure: o =>
            {
                o.TimeProvider = clock;
                o.RateLimits = new RateLimitOptions { Public = new RateLimit(1, 1) };
            });

        await client.ProductsAsync().WaitAsync(Patience);
        var second = client.ProductsAsync();
        await clock.WaitForPendingTimersAsync().WaitAsync(Patience);
        clock.Advance(TimeSpan.FromSeconds(1));
        await second.WaitAsync(Patience);

        var wait = Assert.Single(recorder.Of("copra.rest.rate_limit.wait.duration"));
        Assert.Equal(1.0, wait.Value, precision: 3);
        Assert.Equal("GET", wait.Tag("http.request.method"));
    }

    [Fact]
    public async Task Learning_the_servers_clock_counts_a_correction_and_sets_the_offset_gauge()
    {
        using var recorder = Recorder();
        var serverNow = DateTimeOffset.UtcNow.AddSeconds(42);
        using var client = Client(new Sequence(_ => Json(HttpStatusCode.OK, $$"""{"iso":"{{serverNow:yyyy-MM-ddTHH:mm:ss.fffZ}}","epoch":{{serverNow.ToUnixTimeMilliseconds() / 1000m}}}""")));

        var offset = await client.SyncTimeAsync();

        Assert.Equal(1, Assert.Single(recorder.Of("copra.clock.corrections")).Value);
        Assert.Equal(offset.TotalSeconds, Assert.Single(recorder.Of("copra.clock.offset")).Value, precision: 6);
        Assert.InRange(offset.TotalSeconds, 40, 44);
    }

    [Fact]
    public async Task A_base_verb_call_to_a_path_no_method_names_gets_a_span_named_by_its_method_alone()
    {
        using var recorder = Recorder();
        using var client = Client(new Sequence(_ => Json(HttpStatusCode.OK, "{}")));

        await client.GetAsync("/not-an-endpoint/123");

        var span = Assert.Single(recorder.Spans(_host));
        Assert.Equal("GET", span.DisplayName);
        Assert.Null(span.GetTagItem("url.template"));
    }

    [Theory]
    [InlineData("/products/volume-summary", "/products/volume-summary")]
    [InlineData("/products/BTC-USD", "/products/{product_id}")]
    [InlineData("/products/BTC-USD/book", "/products/{product_id}/book")]
    [InlineData("/orders/client:5b1c7bc2", "/orders/{order_id}")]
    [InlineData("/loans/interest/history/L-1", "/loans/interest/history/{loan_id}")]
    [InlineData("/orders", "/orders")]
    [InlineData("/orders//x", null)]
    [InlineData("/nothing", null)]
    public void A_path_is_matched_to_the_template_with_the_most_literal_segments(string path, string? expected) =>
        Assert.Equal(expected, EndpointTemplates.Exchange.Match(path));
}
