using System.Net;
using System.Net.Http.Headers;
using CoPrA.Rest;
using CoPrA.Tests.Support;
using static CoPrA.Tests.Reliability.ReliabilityHarness;

namespace CoPrA.Tests.Reliability;

/// <summary>A retry never goes out before the server's Retry-After, whatever the retry options say.</summary>
public class RetryAfterTests
{
    private const string Ticker = """{"trade_id":7,"price":"100.5","size":"0.1","time":"2026-01-01T00:00:00Z"}""";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static HttpResponseMessage TooManyRequests(TimeSpan retryAfter)
    {
        var response = Json(HttpStatusCode.TooManyRequests, """{"message":"Public rate limit exceeded"}""");
        response.Headers.RetryAfter = new RetryConditionHeaderValue(retryAfter);
        return response;
    }

    private static RestClient Client(Sequence handler, ManualClock clock, TimeSpan baseDelay, TimeSpan maxDelay) =>
        new(Options(configure: o =>
        {
            o.TimeProvider = clock;
            o.Retry = new RetryOptions { MaxRetries = 3, BaseDelay = baseDelay, MaxDelay = maxDelay };
        }), new HttpClient(handler));

    [Fact]
    public async Task A_Retry_After_beyond_MaxDelay_gives_up_with_the_429_instead_of_retrying_early()
    {
        var clock = new ManualClock();
        var handler = new Sequence(_ => TooManyRequests(TimeSpan.FromSeconds(5)), _ => Json(HttpStatusCode.OK, Ticker));
        using var client = Client(handler, clock, TimeSpan.FromMilliseconds(10), TimeSpan.FromSeconds(1));

        var call = client.TickerAsync("BTC-USD");
        var first = await Task.WhenAny(call, clock.WaitForPendingTimersAsync()).WaitAsync(Patience);

        Assert.True(first == call, "the client must not schedule a retry before the server's Retry-After");
        var ex = await Assert.ThrowsAsync<RateLimitExceededException>(() => call);
        Assert.Equal(TimeSpan.FromSeconds(5), ex.RetryAfter);
        Assert.Equal(1, handler.Calls);
    }

    [Theory]
    [InlineData(1000, 3000, 30_000, 3000)] // the backoff step is longer: it is waited
    [InlineData(5000, 10, 5000, 5000)] // the Retry-After is longer: it is waited in full
    public async Task The_wait_is_the_longer_of_the_backoff_step_and_the_Retry_After(int retryAfterMs, int baseDelayMs, int maxDelayMs, int expectedWaitMs)
    {
        var clock = new ManualClock();
        var handler = new Sequence(_ => TooManyRequests(TimeSpan.FromMilliseconds(retryAfterMs)), _ => Json(HttpStatusCode.OK, Ticker));
        using var client = Client(handler, clock, TimeSpan.FromMilliseconds(baseDelayMs), TimeSpan.FromMilliseconds(maxDelayMs));

        var call = client.TickerAsync("BTC-USD");
        await clock.WaitForPendingTimersAsync().WaitAsync(Patience);
        clock.Advance(TimeSpan.FromMilliseconds(expectedWaitMs - 1));

        Assert.True(clock.WaitForPendingTimersAsync().IsCompleted, "the retry must still be waiting");
        Assert.Equal(1, handler.Calls);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(7, (await call.WaitAsync(Patience)).TradeId);
        Assert.Equal(2, handler.Calls);
    }
}
