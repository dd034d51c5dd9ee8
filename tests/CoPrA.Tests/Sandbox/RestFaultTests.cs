using System.Net;
using CoPrA.Rest;

namespace CoPrA.Tests.Sandbox;

/// <summary>The forced-status and delay controls, as the client sees them.</summary>
[Collection(SandboxCollection.Name)]
public class RestFaultTests(SandboxFixture fixture)
{
    [Fact]
    public async Task A_forced_503_becomes_an_ApiRequestException_and_only_the_next_request_fails()
    {
        fixture.Controls.FailNextRequests(1, HttpStatusCode.ServiceUnavailable, "under maintenance");

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => fixture.Client.ProductsAsync());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal("under maintenance", error.ServerMessage);
        Assert.Equal("under maintenance [503]", error.ToString());
        Assert.NotEmpty(await fixture.Client.ProductsAsync());
    }

    [Fact]
    public async Task A_forced_429_becomes_a_RateLimitExceededException_with_its_retry_after()
    {
        fixture.Controls.FailNextRequests(1, HttpStatusCode.TooManyRequests, "Private rate limit exceeded", TimeSpan.FromSeconds(2));

        var error = await Assert.ThrowsAsync<RateLimitExceededException>(() => fixture.Client.AccountsAsync());

        Assert.Equal("Private rate limit exceeded", error.ServerMessage);
        Assert.Equal(TimeSpan.FromSeconds(2), error.RetryAfter);
    }

    [Fact]
    public async Task A_client_with_retries_rides_out_a_short_outage()
    {
        using var client = fixture.CreateClient(configure: options =>
            options.Retry = new RetryOptions { MaxRetries = 3, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(20) });
        long before = fixture.Controls.RestRequestCount;
        fixture.Controls.FailNextRequests(2, HttpStatusCode.BadGateway);

        var products = await client.ProductsAsync();

        Assert.NotEmpty(products);
        Assert.Equal(before + 3, fixture.Controls.RestRequestCount);
    }

    [Fact]
    public async Task A_delayed_request_times_out_on_a_client_with_a_short_request_timeout()
    {
        using var client = fixture.CreateClient(configure: options => options.RequestTimeout = TimeSpan.FromMilliseconds(200));
        fixture.Controls.DelayNextRequests(1, TimeSpan.FromSeconds(5));

        await Assert.ThrowsAsync<TimeoutException>(() => client.ProductsAsync());
    }
}
