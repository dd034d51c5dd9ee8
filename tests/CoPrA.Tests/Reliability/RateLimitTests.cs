using System.Net;
using CoPrA.Rest;
using CoPrA.Tests.Support;
using static CoPrA.Tests.Reliability.ReliabilityHarness;

namespace CoPrA.Tests.Reliability;

public class RateLimitTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private static (RestClient Client, ManualClock Clock) PacedClient(RateLimit publicLimit)
    {
        var clock = new ManualClock();
        var options = Options(configure: o =>
        {
            o.TimeProvider = clock;
            o.RateLimits = new RateLimitOptions { Public = publicLimit };
        });
        var handler = new Sequence(Enumerable.Repeat<Func<HttpRequestMessage, HttpResponseMessage>>(_ => Json(HttpStatusCode.OK, "[]"), 20).ToArray());
        return (new RestClient(options, new HttpClient(handler)), clock);
    }

    [Fact]
    public async Task Requests_beyond_the_burst_wait_for_the_bucket_to_refill()
    {
        var (client, clock) = PacedClient(new RateLimit(1, 2));
        using var _ = client;

        await client.ProductsAsync().WaitAsync(Patience);
        await client.ProductsAsync().WaitAsync(Patience);
        var third = client.ProductsAsync();
        await clock.WaitForPendingTimersAsync().WaitAsync(Patience);

        Assert.False(third.IsCompleted, "the third request should queue, not go out and not fail");
        clock.Advance(TimeSpan.FromSeconds(1));
        await third.WaitAsync(Patience);
    }

    [Fact]
    public async Task A_request_cancelled_while_queued_throws_and_returns_its_token()
    {
        var (client, clock) = PacedClient(new RateLimit(1, 1));
        using var _ = client;
        await client.ProductsAsync().WaitAsync(Patience);

        using var cts = new CancellationTokenSource();
        var queued = client.ProductsAsync(cts.Token);
        await clock.WaitForPendingTimersAsync().WaitAsync(Patience);
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => queued.WaitAsync(Patience));

        // One second refills exactly one token; had the cancelled request kept its token, the
        // next request would have to wait again.
        clock.Advance(TimeSpan.FromSeconds(1));
        var next = client.ProductsAsync();
        await next.WaitAsync(Patience);
    }

    [Fact]
    public async Task Public_and_private_requests_draw_from_separate_buckets()
    {
        var clock = new ManualClock();
        var options = Options(signed: true, configure: o =>
        {
            o.TimeProvider = clock;
            o.RateLimits = new RateLimitOptions { Public = new RateLimit(1, 1), Private = new RateLimit(1, 1), Fills = new RateLimit(1, 1) };
        });
        var handler = new Sequence(Enumerable.Repeat<Func<HttpRequestMessage, HttpResponseMessage>>(_ => Json(HttpStatusCode.OK, "[]"), 3).ToArray());
        using var client = new RestClient(options, new HttpClient(handler));

        await client.ProductsAsync().WaitAsync(Patience);
        await client.AccountsAsync().WaitAsync(Patience);
        await client.FillsAsync(productId: "BTC-USD").WaitAsync(Patience);

        Assert.Equal(3, handler.Calls);
    }
}
