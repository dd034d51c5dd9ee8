using System.Net;
using CoPrA.Rest;
using static CoPrA.Tests.Reliability.ReliabilityHarness;

namespace CoPrA.Tests.Reliability;

public class RetryTests
{
    private const string Ticker = """{"trade_id":7,"price":"100.5","size":"0.1","time":"2026-01-01T00:00:00Z"}""";

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task A_GET_that_meets_a_server_error_is_retried_and_recovers(HttpStatusCode status)
    {
        var handler = new Sequence(
            _ => Json(status, """{"message":"try later"}"""),
            _ => Json(HttpStatusCode.OK, Ticker));
        using var client = new RestClient(Options(), new HttpClient(handler));

        var ticker = await client.TickerAsync("BTC-USD");

        Assert.Equal(100.5m, ticker.Price);
        Assert.Equal(2, handler.Calls);
    }

    [Fact]
    public async Task A_429_is_retried_after_the_servers_Retry_After()
    {
        var handler = new Sequence(
            _ =>
            {
                var response = Json(HttpStatusCode.TooManyRequests, """{"message":"Public rate limit exceeded"}""");
                response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromMilliseconds(10));
                return response;
            },
            _ => Json(HttpStatusCode.OK, Ticker));
        using var client = new RestClient(Options(), new HttpClient(handler));

        var ticker = await client.TickerAsync("BTC-USD");

        Assert.Equal(7, ticker.TradeId);
        Assert.Equal(2, handler.Calls);
    }

    [Fact]
    public async Task A_network_failure_on_a_GET_is_retried()
    {
        var handler = new Sequence(
            _ => throw new HttpRequestException("connection reset"),
            _ => Json(HttpStatusCode.OK, Ticker));
        using var client = new RestClient(Options(), new HttpClient(handler));

        var ticker = await client.TickerAsync("BTC-USD");

        Assert.Equal(7, ticker.TradeId);
        Assert.Equal(2, handler.Calls);
    }

    [Fact]
    public async Task Each_retry_of_a_signed_GET_is_signed_afresh()
    {
        var handler = new Sequence(
            _ => Json(HttpStatusCode.ServiceUnavailable, """{"message":"busy"}"""),
            _ => Json(HttpStatusCode.OK, "[]"));
        using var client = new RestClient(Options(signed: true), new HttpClient(handler));

        await client.AccountsAsync();

        Assert.Equal(2, handler.Requests.Count);
        Assert.All(handler.Requests, request => Assert.True(request.Headers.Contains("CB-ACCESS-SIGN")));
    }

    [Fact]
    public async Task Retries_stop_after_the_configured_number_and_surface_the_last_error()
    {
        var handler = new Sequence(Enumerable.Repeat<Func<HttpRequestMessage, HttpResponseMessage>>(
            _ => Json(HttpStatusCode.ServiceUnavailable, """{"message":"down"}"""), 3).ToArray());
        using var client = new RestClient(Options(configure: o => o.Retry.MaxRetries = 2), new HttpClient(handler));

        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => client.TickerAsync("BTC-USD"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ex.StatusCode);
        Assert.Equal(3, handler.Calls);
    }

    [Fact]
    public async Task An_order_placement_answered_with_an_error_is_never_retried()
    {
        // A 500 is the exchange's own answer; a gateway's 502, 503 or 504 is a lost answer, looked
        // up by client_oid (SafePlacementTests).
        var handler = new Sequence(_ => Json(HttpStatusCode.InternalServerError, """{"message":"busy"}"""));
        using var client = new RestClient(Options(signed: true), new HttpClient(handler));

        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => client.LimitOrderAsync(Side.Buy, "BTC-USD", 100m, 1m));

        Assert.Equal(HttpStatusCode.InternalServerError, ex.StatusCode);
        Assert.Equal(1, handler.Calls);
    }

    [Fact]
    public async Task A_cancel_is_never_retried()
    {
        var handler = new Sequence(_ => throw new HttpRequestException("connection reset"));
        using var client = new RestClient(Options(signed: true), new HttpClient(handler));

        await Assert.ThrowsAsync<HttpRequestException>(() => client.CancelAllAsync());

        Assert.Equal(1, handler.Calls);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.Forbidden)]
    public async Task Client_errors_are_not_retried(HttpStatusCode status)
    {
        var handler = new Sequence(_ => Json(status, """{"message":"no"}"""));
        using var client = new RestClient(Options(), new HttpClient(handler));

        await Assert.ThrowsAsync<ApiRequestException>(() => client.TickerAsync("BTC-USD"));

        Assert.Equal(1, handler.Calls);
    }

    [Fact]
    public async Task Retries_can_be_switched_off()
    {
        var handler = new Sequence(_ => Json(HttpStatusCode.ServiceUnavailable, """{"message":"busy"}"""));
        using var client = new RestClient(Options(configure: o => o.Retry.Enabled = false), new HttpClient(handler));

        await Assert.ThrowsAsync<ApiRequestException>(() => client.TickerAsync("BTC-USD"));

        Assert.Equal(1, handler.Calls);
    }

    [Fact]
    public async Task A_retryable_failure_that_arrives_after_the_caller_cancelled_ends_in_the_cancellation_not_the_failure()
    {
        using var cancellation = new CancellationTokenSource();
        var handler = new Sequence(
            // The caller cancels just as the 503's body has been read, before the retry wait begins.
            _ => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable)
            {
                Content = new StreamContent(new CancelAtEndStream("""{"message":"try later"}"""u8.ToArray(), cancellation)),
            },
            _ => Json(HttpStatusCode.OK, Ticker));
        using var client = new RestClient(Options(), new HttpClient(handler));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.TickerAsync("BTC-USD", cancellation.Token));

        Assert.Equal(1, handler.Calls);
    }

    /// <summary>A body that cancels a token when its last byte has been read.</summary>
    private sealed class CancelAtEndStream(byte[] bytes, CancellationTokenSource cancellation) : MemoryStream(bytes)
    {
        public override int Read(Span<byte> buffer) => Cancelling(base.Read(buffer));

        public override int Read(byte[] buffer, int offset, int count) => Cancelling(base.Read(buffer, offset, count));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Cancelling(base.Read(buffer.Span)));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(Cancelling(base.Read(buffer, offset, count)));

        private int Cancelling(int read)
        {
            if (read == 0)
            {
                cancellation.Cancel();
            }

            return read;
        }
    }
}
