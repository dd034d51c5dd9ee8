using System.Net;
using System.Text;
using CoPrA.Rest;
using CoPrA.Tests.Support;

namespace CoPrA.Tests.Orders;

/// <summary>
/// Safe placement on a scripted HTTP handler: a lost answer is looked up by client_oid; found, the
/// order is the result; not found, it is sent again with the same client_oid; a lookup that fails
/// for good, or a caller's cancellation, says the outcome is unknown and names the client_oid.
/// </summary>
public class SafePlacementTests
{
    private const string ClientOid = "5a1f3c2e-8b4d-4e6f-9a0b-1c2d3e4f5a6b";
    private const string LookupPath = "/orders/client:" + ClientOid;
    private const string OrderJson = """{"id":"97059421-3033-4cf4-99cb-925c1bf2c54f","product_id":"BTC-USD","side":"buy","price":"100","size":"1","status":"open","client_oid":"5a1f3c2e-8b4d-4e6f-9a0b-1c2d3e4f5a6b"}""";

    [Fact]
    public async Task A_timeout_then_a_lookup_that_finds_the_order_returns_that_order_after_one_POST()
    {
        var exchange = new ScriptedExchange(
            post: _ => throw new TaskCanceledException("HttpClient.Timeout elapsed"),
            lookup: _ => Json(HttpStatusCode.OK, OrderJson));
        using var client = exchange.Client();

        var order = await PlaceAsync(client);

        Assert.Equal("97059421-3033-4cf4-99cb-925c1bf2c54f", order.Id);
        Assert.Equal(ClientOid, order.ClientOid);
        Assert.Equal(1, exchange.Posts);
        Assert.Equal(1, exchange.Lookups);
    }

    [Fact]
    public async Task A_dropped_connection_and_a_lookup_that_finds_nothing_sends_the_order_again_with_the_same_client_oid()
    {
        var exchange = new ScriptedExchange(
            post: n => n == 1 ? throw new HttpRequestException("An error occurred while sending the request.", new IOException("Connection reset by peer")) : Json(HttpStatusCode.OK, OrderJson),
            lookup: _ => Json(HttpStatusCode.NotFound, """{"message":"NotFound"}"""));
        using var client = exchange.Client();

        var order = await PlaceAsync(client);

        Assert.Equal(ClientOid, order.ClientOid);
        Assert.Equal(2, exchange.Posts);
        Assert.Equal(exchange.PostBodies[0], exchange.PostBodies[1]);
        Assert.Contains($"\"client_oid\":\"{ClientOid}\"", exchange.PostBodies[1], StringComparison.Ordinal);

        // 404 at once, then 404 again after the settle delay, before the resend.
        Assert.Equal(2, exchange.Lookups);
        Assert.Equal(["POST", "GET", "GET", "POST"], exchange.Methods);
    }

    [Fact]
    public async Task A_lookup_that_keeps_failing_throws_OrderOutcomeUnknownException_naming_the_client_oid()
    {
        var exchange = new ScriptedExchange(
            post: _ => throw new TaskCanceledException("HttpClient.Timeout elapsed"),
            lookup: _ => Json(HttpStatusCode.InternalServerError, """{"message":"Internal server error"}"""));
        using var client = exchange.Client();

        var error = await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => PlaceAsync(client));

        Assert.Equal(ClientOid, error.ClientOrderId);
        Assert.Equal(1, error.Attempts);
        Assert.Contains(ClientOid, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(ScriptedExchange.Secret, error.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.InternalServerError, Assert.IsType<ApiRequestException>(error.InnerException).StatusCode);
        Assert.Equal(1, exchange.Posts);

        // The lookup is a GET: retried as every GET is (2 retries here), then given up.
        Assert.Equal(3, exchange.Lookups);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, "Insufficient funds")]
    [InlineData(HttpStatusCode.InternalServerError, "Internal server error")]
    [InlineData(HttpStatusCode.TooManyRequests, "Private rate limit exceeded")]
    public async Task An_answer_with_an_error_status_is_not_looked_up_nor_resent(HttpStatusCode status, string message)
    {
        var exchange = new ScriptedExchange(
            post: _ => Json(status, $$"""{"message":"{{message}}"}"""),
            lookup: _ => Json(HttpStatusCode.OK, OrderJson));
        using var client = exchange.Client();

        var error = await Assert.ThrowsAnyAsync<ApiRequestException>(() => PlaceAsync(client));

        Assert.Equal(status, error.StatusCode);
        Assert.Equal(["POST"], exchange.Methods);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task A_gateway_error_is_looked_up_as_a_lost_answer(HttpStatusCode status)
    {
        var exchange = new ScriptedExchange(
            post: _ => Json(status, """{"message":"upstream"}"""),
            lookup: _ => Json(HttpStatusCode.OK, OrderJson));
        using var client = exchange.Client();

        var order = await PlaceAsync(client);

        Assert.Equal(ClientOid, order.ClientOid);
        Assert.Equal(["POST", "GET"], exchange.Methods);
    }

    [Fact]
    public async Task A_connection_that_was_never_made_is_thrown_as_is_without_a_lookup()
    {
        var exchange = new ScriptedExchange(
            post: _ => throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused"),
            lookup: _ => Json(HttpStatusCode.OK, OrderJson));
        using var client = exchange.Client();

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => PlaceAsync(client));

        Assert.Equal(HttpRequestError.ConnectionError, error.HttpRequestError);
        Assert.Equal(["POST"], exchange.Methods);
    }

    [Fact]
    public async Task Every_attempt_lost_and_never_found_ends_in_OrderOutcomeUnknownException_after_MaxAttempts_POSTs()
    {
        var exchange = new ScriptedExchange(
            post: _ => throw new TaskCanceledException("HttpClient.Timeout elapsed"),
            lookup: _ => Json(HttpStatusCode.NotFound, """{"message":"NotFound"}"""));
        using var client = exchange.Client();

        var error = await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => PlaceAsync(client));

        Assert.Equal(ClientOid, error.ClientOrderId);
        Assert.Equal(3, error.Attempts);
        Assert.IsType<TimeoutException>(error.InnerException);
        Assert.Equal(3, exchange.Posts);
        Assert.Equal(6, exchange.Lookups);
    }

    [Fact]
    public async Task The_callers_cancellation_while_the_order_is_in_flight_is_an_OrderPlacementCanceledException_with_the_client_oid_and_no_lookup()
    {
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var exchange = new ScriptedExchange(
            post: _ => throw new InvalidOperationException("not used"),
            lookup: _ => Json(HttpStatusCode.OK, OrderJson),
            postAsync: async (_, token) =>
            {
                arrived.TrySetResult();
                await Task.Delay(Timeout.InfiniteTimeSpan, token);
                throw new InvalidOperationException("unreachable");
            });
        using var client = exchange.Client();
        using var cancellation = new CancellationTokenSource();

        var call = PlaceAsync(client, cancellation.Token);
        await arrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await cancellation.CancelAsync();

        var error = await Assert.ThrowsAsync<OrderPlacementCanceledException>(() => call.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(ClientOid, error.ClientOrderId);
        Assert.Equal(cancellation.Token, error.CancellationToken);
        Assert.Equal(["POST"], exchange.Methods);
    }

    [Fact]
    public async Task A_token_cancelled_before_the_call_sends_nothing_and_throws_a_plain_OperationCanceledException()
    {
        var exchange = new ScriptedExchange(post: _ => Json(HttpStatusCode.OK, OrderJson), lookup: _ => Json(HttpStatusCode.OK, OrderJson));
        using var client = exchange.Client();

        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => PlaceAsync(client, new CancellationToken(true)));

        Assert.IsNotType<OrderPlacementCanceledException>(error);
        Assert.Empty(exchange.Methods);
    }

    [Fact]
    public async Task The_second_lookup_waits_the_settle_delay_on_the_clients_TimeProvider()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        var exchange = new ScriptedExchange(
            post: _ => throw new HttpRequestException("An error occurred while sending the request.", new IOException("Connection reset by peer")),
            lookup: n => n == 1 ? Json(HttpStatusCode.NotFound, """{"message":"NotFound"}""") : Json(HttpStatusCode.OK, OrderJson));
        using var client = exchange.Client(options =>
        {
            options.TimeProvider = clock;
            options.SafePlacement.SettleDelay = TimeSpan.FromSeconds(5);
        });

        var call = PlaceAsync(client);
        await clock.WaitForPendingTimersAsync().WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(1, exchange.Lookups);
        clock.Advance(TimeSpan.FromSeconds(5));

        var order = await call.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(ClientOid, order.ClientOid);
        Assert.Equal(["POST", "GET", "GET"], exchange.Methods);
    }

    [Fact]
    public async Task With_safe_placement_off_a_lost_answer_is_thrown_as_before()
    {
        var exchange = new ScriptedExchange(
            post: _ => throw new TaskCanceledException("HttpClient.Timeout elapsed"),
            lookup: _ => Json(HttpStatusCode.OK, OrderJson));
        using var client = exchange.Client(options => options.SafePlacement.Enabled = false);

        await Assert.ThrowsAsync<TimeoutException>(() => PlaceAsync(client));

        Assert.Equal(["POST"], exchange.Methods);
    }

    [Fact]
    public void Invalid_safe_placement_options_throw_when_the_client_is_made()
    {
        var exchange = new ScriptedExchange(post: _ => Json(HttpStatusCode.OK, OrderJson), lookup: _ => Json(HttpStatusCode.OK, OrderJson));

        Assert.Throws<ArgumentOutOfRangeException>("options", () => exchange.Client(options => options.SafePlacement.MaxAttempts = 0));
        Assert.Throws<ArgumentOutOfRangeException>("options", () => exchange.Client(options => options.SafePlacement.SettleDelay = TimeSpan.FromMilliseconds(-1)));
    }

    private static Task<Order> PlaceAsync(RestClient client, CancellationToken cancellationToken = default) =>
        client.LimitOrderAsync(Side.Buy, "BTC-USD", 100m, 1m, clientOid: ClientOid, cancellationToken: cancellationToken);

    private static HttpResponseMessage Json(HttpStatusCode status, string body) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    /// <summary>Answers POST /orders and the lookup by client_oid from scripts (given the call number, from 1), and records what was sent.</summary>
    private sealed class ScriptedExchange(
        Func<int, HttpResponseMessage> post,
        Func<int, HttpResponseMessage> lookup,
        Func<int, CancellationToken, Task<HttpResponseMessage>>? postAsync = null) : HttpMessageHandler
    {
        public const string Secret = "kv+3DPw2yHWQWkDsmpN4uXWtgtuBrFFLu7zRk9gipjdrFpUjwZ0mK6KzGAPFpxOjDLdna20xozy+9fqRU5zJZQ==";

        private readonly List<string> _methods = [];
        private readonly List<string> _postBodies = [];
        private int _lookups;

        public IReadOnlyList<string> Methods
        {
            get
            {
                lock (_methods)
                {
                    return [.. _methods];
                }
            }
        }

        public IReadOnlyList<string> PostBodies
        {
            get
            {
                lock (_methods)
                {
                    return [.. _postBodies];
                }
            }
        }

        public int Posts => PostBodies.Count;

        public int Lookups => Volatile.Read(ref _lookups);

        public RestClient Client(Action<RestClientOptions>? configure = null)
        {
            var options = new RestClientOptions
            {
                Credentials = new Credentials("key", Secret, "passphrase"),
                Retry = new RetryOptions { MaxRetries = 2, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(5) },
                RateLimits = new RateLimitOptions { Enabled = false },
                SafePlacement = new SafePlacementOptions { SettleDelay = TimeSpan.Zero },
            };
            configure?.Invoke(options);
            return new RestClient(options, new HttpClient(this, disposeHandler: false));
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            string path = Uri.UnescapeDataString(request.RequestUri!.AbsolutePath);
            if (request.Method == HttpMethod.Post && path == "/orders")
            {
                string body = await request.Content!.ReadAsStringAsync(cancellationToken);
                int n;
                lock (_methods)
                {
                    _methods.Add("POST");
                    _postBodies.Add(body);
                    n = _postBodies.Count;
                }

                return postAsync is null ? post(n) : await postAsync(n, cancellationToken);
            }

            if (request.Method == HttpMethod.Get && path == LookupPath)
            {
                lock (_methods)
                {
                    _methods.Add("GET");
                }

                return lookup(Interlocked.Increment(ref _lookups));
            }

            throw new InvalidOperationException($"Unexpected {request.Method} {request.RequestUri}");
        }
    }
}
