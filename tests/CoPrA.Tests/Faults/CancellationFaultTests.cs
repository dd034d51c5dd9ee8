using CoPrA.Rest;

namespace CoPrA.Tests.Faults;

/// <summary>
/// The caller cancels while the sandbox holds the request: an OperationCanceledException (not a
/// TimeoutException, not a retry), and the client goes on working.
/// </summary>
[Collection(FaultCollection.Name)]
public class CancellationFaultTests(FaultSandboxFixture fixture) : IAsyncLifetime
{
    private static readonly TimeSpan Stall = TimeSpan.FromMinutes(10);

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Cancelling_a_GET_mid_request_throws_OperationCanceledException_and_the_client_still_works()
    {
        using var client = fixture.CreateClient(options => options.RequestTimeout = FaultSandboxFixture.Patience);
        long before = fixture.Controls.RestRequestCount;
        fixture.Controls.DelayNextRequests(1, Stall);
        using var cancellation = new CancellationTokenSource();

        var call = client.OrderBookAsync("BTC-USD", level: 2, cancellation.Token);
        await fixture.Controls.WaitForRestRequestsAsync(before + 1).WaitAsync(FaultSandboxFixture.Patience);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(FaultSandboxFixture.Patience));

        var book = await client.OrderBookAsync("BTC-USD", level: 2).WaitAsync(FaultSandboxFixture.Patience);
        Assert.NotEmpty(book.Bids);
        Assert.Equal(before + 2, fixture.Controls.RestRequestCount);           // the cancelled call was not retried
    }

    [Fact]
    public async Task Cancelling_an_order_mid_request_throws_OperationCanceledException_and_nothing_is_placed()
    {
        using var client = fixture.CreateClient();
        long before = fixture.Controls.RestRequestCount;
        fixture.Controls.DelayNextRequests(1, Stall);
        using var cancellation = new CancellationTokenSource();

        var call = client.LimitOrderAsync(Side.Buy, FaultSandboxFixture.OrderProduct, price: 10m, size: 1m, cancellationToken: cancellation.Token);
        await fixture.Controls.WaitForRestRequestsAsync(before + 1).WaitAsync(FaultSandboxFixture.Patience);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(FaultSandboxFixture.Patience));
        Assert.Empty(await fixture.OpenOrdersAsync());
        var placed = await client.LimitOrderAsync(Side.Buy, FaultSandboxFixture.OrderProduct, price: 10m, size: 1m).WaitAsync(FaultSandboxFixture.Patience);
        Assert.Single(await fixture.OpenOrdersAsync(), open => open.Id == placed.Id);
    }

    [Fact]
    public async Task Cancelling_during_a_retry_wait_throws_OperationCanceledException_without_another_attempt()
    {
        using var client = fixture.CreateClient(options => options.Retry = new RetryOptions { MaxRetries = 3, BaseDelay = Stall, MaxDelay = Stall });
        long before = fixture.Controls.RestRequestCount;
        fixture.Controls.FailNextRequests(1, System.Net.HttpStatusCode.ServiceUnavailable);
        using var cancellation = new CancellationTokenSource();

        var call = client.TickerAsync("BTC-USD", cancellation.Token);
        await fixture.Controls.WaitForRestRequestsAsync(before + 1).WaitAsync(FaultSandboxFixture.Patience);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(FaultSandboxFixture.Patience));
        Assert.Equal(before + 1, fixture.Controls.RestRequestCount);
    }
}
