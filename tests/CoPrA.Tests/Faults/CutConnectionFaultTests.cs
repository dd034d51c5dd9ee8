using CoPrA.Rest;

namespace CoPrA.Tests.Faults;

/// <summary>
/// Connections cut mid-body (headers announce the whole body, half arrives, the socket drops):
/// a GET is retried and recovers; an order is not resent but looked up by its client_oid, and the
/// order found is the placement's result; a cancel surfaces the failure.
/// </summary>
[Collection(FaultCollection.Name)]
public class CutConnectionFaultTests(FaultSandboxFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_GET_whose_answer_is_cut_mid_body_is_retried_and_recovers()
    {
        using var client = fixture.CreateClient();
        long before = fixture.Controls.RestRequestCount;
        fixture.Controls.CutNextResponses(2);

        var products = await client.ProductsAsync().WaitAsync(FaultSandboxFixture.Patience);

        Assert.Equal(["BTC-USD", "ETH-BTC", "ETH-USD", "LTC-USD"], products.Select(product => product.Id).Order(StringComparer.Ordinal));
        Assert.Equal(before + 3, fixture.Controls.RestRequestCount);
    }

    [Fact]
    public async Task Without_retries_a_cut_answer_is_an_HttpRequestException_saying_the_response_ended_early()
    {
        using var client = fixture.CreateClient(options => options.Retry.Enabled = false);
        fixture.Controls.CutNextResponses(1);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.ProductsAsync().WaitAsync(FaultSandboxFixture.Patience));

        AssertCutMidBody(error);
    }

    [Fact]
    public async Task An_order_whose_answer_is_cut_is_sent_once_and_the_order_found_by_its_client_oid_is_the_result()
    {
        using var client = fixture.CreateClient();
        string clientOid = Guid.NewGuid().ToString();
        long before = fixture.Controls.RestRequestCount;
        fixture.Controls.CutNextResponses(1);

        var placed = await client.LimitOrderAsync(Side.Buy, FaultSandboxFixture.OrderProduct, price: 10m, size: 1m, clientOid: clientOid).WaitAsync(FaultSandboxFixture.Patience);

        // The POST and one lookup.
        Assert.Equal(before + 2, fixture.Controls.RestRequestCount);
        Assert.Equal(clientOid, placed.ClientOid);
        Assert.Equal(10m, placed.Price);
        Assert.Single(await fixture.OpenOrdersAsync(), order => order.ClientOid == clientOid && order.Id == placed.Id);
    }

    [Fact]
    public async Task A_cancel_whose_answer_is_cut_is_not_resent_and_the_order_is_gone()
    {
        using var client = fixture.CreateClient();
        var order = await client.LimitOrderAsync(Side.Buy, FaultSandboxFixture.OrderProduct, price: 10m, size: 1m).WaitAsync(FaultSandboxFixture.Patience);
        long before = fixture.Controls.RestRequestCount;
        fixture.Controls.CutNextResponses(1);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.CancelAsync(order.Id).WaitAsync(FaultSandboxFixture.Patience));

        AssertCutMidBody(error);
        Assert.Equal(before + 1, fixture.Controls.RestRequestCount);
        Assert.DoesNotContain(await fixture.OpenOrdersAsync(), open => open.Id == order.Id);
    }

    /// <summary>The headers arrived and the body ended early: the failure is the body's, not the connection's.</summary>
    private static void AssertCutMidBody(HttpRequestException error) =>
        Assert.Equal(HttpRequestError.ResponseEnded, Assert.IsType<HttpIOException>(error.InnerException).HttpRequestError);
}
