using System.Net;
using CoPrA.Rest;
using CoPrA.Tests.Support;

namespace CoPrA.Tests.Faults;

/// <summary>429 with Retry-After: a GET waits as long as the server asked, then recovers; without retries the caller gets the wait.</summary>
[Collection(FaultCollection.Name)]
public class RateLimitFaultTests(FaultSandboxFixture fixture) : IAsyncLifetime
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(2);

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_GET_answered_429_waits_exactly_the_Retry_After_then_recovers()
    {
        // The client's clock is manual: the retry's wait is a timer that fires only when the test moves time.
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        var log = new CapturingLoggerProvider();
        using var client = fixture.CreateClient(options =>
        {
            options.Credentials = null;
            options.TimeProvider = clock;
            options.Logger = log;
            options.Retry.MaxDelay = TimeSpan.FromSeconds(30);
        });
        long before = fixture.Controls.RestRequestCount;
        fixture.Controls.FailNextRequests(1, HttpStatusCode.TooManyRequests, "Public rate limit exceeded", RetryAfter);

        var call = client.TickerAsync("BTC-USD");
        await clock.WaitForPendingTimersAsync().WaitAsync(FaultSandboxFixture.Patience);

        Assert.Contains(log.Entries, entry => entry.Contains($"DelayMs={RetryAfter.TotalMilliseconds}", StringComparison.Ordinal));
        clock.Advance(RetryAfter - TimeSpan.FromMilliseconds(1));
        Assert.False(call.IsCompleted, "the retry must not go out before the server's Retry-After");
        Assert.Equal(before + 1, fixture.Controls.RestRequestCount);

        clock.Advance(TimeSpan.FromMilliseconds(1));
        var ticker = await call.WaitAsync(FaultSandboxFixture.Patience);

        Assert.True(ticker.Ask > 0m);
        Assert.Equal(before + 2, fixture.Controls.RestRequestCount);
    }

    [Fact]
    public async Task Without_retries_a_429_is_a_RateLimitExceededException_with_the_servers_wait()
    {
        using var client = fixture.CreateClient(options => options.Retry.Enabled = false);
        long before = fixture.Controls.RestRequestCount;
        fixture.Controls.FailNextRequests(1, HttpStatusCode.TooManyRequests, "Private rate limit exceeded", RetryAfter);

        var error = await Assert.ThrowsAsync<RateLimitExceededException>(() => client.AccountsAsync().WaitAsync(FaultSandboxFixture.Patience));

        Assert.Equal("Private rate limit exceeded", error.ServerMessage);
        Assert.Equal(RetryAfter, error.RetryAfter);
        Assert.Equal(before + 1, fixture.Controls.RestRequestCount);
    }

    [Fact]
    public async Task An_order_answered_429_is_not_resent_even_with_retries_on()
    {
        using var client = fixture.CreateClient();
        long before = fixture.Controls.RestRequestCount;
        fixture.Controls.FailNextRequests(1, HttpStatusCode.TooManyRequests, "Private rate limit exceeded", RetryAfter);

        var error = await Assert.ThrowsAsync<RateLimitExceededException>(() =>
            client.LimitOrderAsync(Side.Buy, FaultSandboxFixture.OrderProduct, price: 10m, size: 1m).WaitAsync(FaultSandboxFixture.Patience));

        Assert.Equal(RetryAfter, error.RetryAfter);
        Assert.Equal(before + 1, fixture.Controls.RestRequestCount);
        Assert.Empty(await fixture.OpenOrdersAsync());
    }
}
