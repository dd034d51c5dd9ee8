using CoPrA.Rest;

namespace CoPrA.Tests.Faults;

/// <summary>
/// Slow answers against <see cref="RestClientOptions.RequestTimeout"/>: an attempt that runs out is
/// a TimeoutException; a GET whose first answer only is slow recovers. The sandbox holds a slow
/// request far longer than any test waits, and lets it go when the client gives up.
/// </summary>
[Collection(FaultCollection.Name)]
public class SlowResponseFaultTests(FaultSandboxFixture fixture) : IAsyncLifetime
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Stall = TimeSpan.FromMinutes(10);

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_GET_that_outlives_the_request_timeout_is_a_TimeoutException()
    {
        using var client = fixture.CreateClient(options =>
        {
            options.RequestTimeout = RequestTimeout;
            options.Retry.Enabled = false;
        });
        long before = fixture.Controls.RestRequestCount;
        fixture.Controls.DelayNextRequests(1, Stall);

        var error = await Assert.ThrowsAsync<TimeoutException>(() => client.TickerAsync("BTC-USD").WaitAsync(FaultSandboxFixture.Patience));

        Assert.Contains("/products/BTC-USD/ticker", error.Message, StringComparison.Ordinal);
        Assert.Equal(before + 1, fixture.Controls.RestRequestCount);
        Assert.True((await client.TickerAsync("BTC-USD").WaitAsync(FaultSandboxFixture.Patience)).Ask > 0m);
    }

    [Fact]
    public async Task A_GET_whose_first_answer_only_is_slow_is_retried_and_recovers()
    {
        using var client = fixture.CreateClient(options => options.RequestTimeout = RequestTimeout);
        long before = fixture.Controls.RestRequestCount;
        fixture.Controls.DelayNextRequests(1, Stall);

        var book = await client.OrderBookAsync("BTC-USD", level: 2).WaitAsync(FaultSandboxFixture.Patience);

        Assert.NotEmpty(book.Bids);
        Assert.NotEmpty(book.Asks);
        Assert.Equal(before + 2, fixture.Controls.RestRequestCount);
    }

    [Fact]
    public async Task An_order_that_times_out_before_the_exchange_acted_is_looked_up_and_sent_again_once()
    {
        using var client = fixture.CreateClient(options => options.RequestTimeout = RequestTimeout);
        string clientOid = Guid.NewGuid().ToString();
        long before = fixture.Controls.RestRequestCount;
        fixture.Controls.DelayNextRequests(1, Stall);

        var order = await client.LimitOrderAsync(Side.Buy, FaultSandboxFixture.OrderProduct, price: 10m, size: 1m, clientOid: clientOid).WaitAsync(FaultSandboxFixture.Patience);

        // The sandbox held the request before acting on it, and dropped it when the client hung up:
        // POST (timed out), lookup 404, lookup 404 after the settle delay, POST placed.
        Assert.Equal(before + 4, fixture.Controls.RestRequestCount);
        Assert.Single(await fixture.OpenOrdersAsync(), open => open.ClientOid == clientOid && open.Id == order.Id);
    }
}
