using System.Net;
using RichardSzalay.MockHttp;
using static CoPrA.Tests.Rest.RestTestHarness;

namespace CoPrA.Tests.Rest;

/// <summary>A cancelled token ends a call with OperationCanceledException, before or during the request.</summary>
public class CancellationTests
{
    [Fact]
    public async Task A_cancelled_token_cancels_a_public_GET()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/products", "[]");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.Client.ProductsAsync(new CancellationToken(canceled: true)));
    }

    [Fact]
    public async Task A_cancelled_token_cancels_an_order()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Post, "/orders", """{"id": "o1"}""");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.Client.LimitOrderAsync(Side.Buy, "BTC-USD", 1m, 1m, cancellationToken: new CancellationToken(true)));
    }

    [Fact]
    public async Task A_cancelled_token_cancels_a_page_and_a_base_verb()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Get, "/fills", "[]");
        harness.Reply(HttpMethod.Delete, "/orders", "[]");
        var cancelled = new CancellationToken(true);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.Client.FillsAsync(productId: "BTC-USD", cancellationToken: cancelled));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.Client.DeleteAsync("/orders", auth: true, cancellationToken: cancelled));
    }

    [Fact]
    public async Task Cancelling_while_the_server_is_answering_ends_the_call()
    {
        using var harness = Authenticated();
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var answer = new TaskCompletionSource<HttpResponseMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Mock.When(HttpMethod.Get, BaseUrl + "/accounts").Respond(() =>
        {
            arrived.TrySetResult();
            return answer.Task;
        });
        using var cts = new CancellationTokenSource();

        var call = harness.Client.AccountsAsync(cts.Token);
        await arrived.Task.WaitAsync(TimeSpan.FromSeconds(10));
        cts.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(TimeSpan.FromSeconds(10)));
        answer.TrySetResult(new HttpResponseMessage(HttpStatusCode.OK));
    }

    [Fact]
    public async Task Bad_arguments_are_reported_even_with_a_cancelled_token()
    {
        using var harness = Authenticated();
        await harness.AssertRejectedAsync<ArgumentOutOfRangeException>(
            c => c.OrderBookAsync("BTC-USD", 9, new CancellationToken(true)), "level", "level must be 1, 2, or 3");
    }

    [Fact]
    public async Task The_cancel_all_sweep_does_not_swallow_a_cancellation()
    {
        using var harness = Authenticated();
        using var cts = new CancellationTokenSource();
        harness.Reply(HttpMethod.Delete, "/orders", "[]");
        harness.Mock.When(HttpMethod.Get, BaseUrl + "/orders").Respond(() =>
        {
            cts.Cancel();
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent("""[{"id": "stop-1", "product_id": "BTC-USD", "status": "active"}]"""),
            });
        });
        harness.Reply(HttpMethod.Delete, "/orders/stop-1", """["stop-1"]""");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.Client.CancelAllAsync(stop: true, cancellationToken: cts.Token));
    }
}
