using System.Net;
using CoPrA.Rest;
using static CoPrA.Tests.Reliability.ReliabilityHarness;

namespace CoPrA.Tests.Reliability;

public class TimeoutAndDisposalTests
{
    /// <summary>Never answers until the request is cancelled.</summary>
    private sealed class Silent : HttpMessageHandler
    {
        public int Calls;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Calls);
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        }
    }

    /// <summary>Content that records its disposal.</summary>
    private sealed class TrackedContent(string json) : StringContent(json, System.Text.Encoding.UTF8, "application/json")
    {
        public bool Disposed { get; private set; }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }

    [Fact]
    public async Task A_request_that_outlives_its_timeout_throws_TimeoutException_after_its_retries()
    {
        var handler = new Silent();
        using var client = new RestClient(Options(configure: o => { o.RequestTimeout = TimeSpan.FromMilliseconds(50); o.Retry.MaxRetries = 1; }), new HttpClient(handler));

        await Assert.ThrowsAsync<TimeoutException>(() => client.TickerAsync("BTC-USD"));

        Assert.Equal(2, handler.Calls);
    }

    [Fact]
    public async Task The_callers_cancellation_is_an_OperationCanceledException_and_is_not_retried()
    {
        var handler = new Silent();
        using var client = new RestClient(Options(), new HttpClient(handler));
        using var cts = new CancellationTokenSource();

        var call = client.TickerAsync("BTC-USD", cts.Token);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(1, handler.Calls);
    }

    [Fact]
    public async Task Error_responses_are_disposed()
    {
        var content = new TrackedContent("""{"message":"Insufficient funds"}""");
        var handler = new Sequence(_ => new HttpResponseMessage(HttpStatusCode.BadRequest) { Content = content });
        using var client = new RestClient(Options(signed: true), new HttpClient(handler));

        await Assert.ThrowsAsync<ApiRequestException>(() => client.MarketOrderAsync(Side.Buy, "BTC-USD", size: 1m));

        Assert.True(content.Disposed);
    }

    [Fact]
    public async Task Responses_whose_body_cannot_be_parsed_are_disposed()
    {
        var content = new TrackedContent("{not json");
        var handler = new Sequence(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = content });
        using var client = new RestClient(Options(), new HttpClient(handler));

        var ex = await Assert.ThrowsAsync<ApiRequestException>(() => client.TickerAsync("BTC-USD"));

        Assert.IsType<System.Text.Json.JsonException>(ex.InnerException, exactMatch: false);
        Assert.True(content.Disposed);
    }

    [Fact]
    public async Task A_disposed_client_refuses_requests()
    {
        var client = new RestClient(Options(), new HttpClient(new Sequence()));
        await client.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => client.ProductsAsync());
    }
}
