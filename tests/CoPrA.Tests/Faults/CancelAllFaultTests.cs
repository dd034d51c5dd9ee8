using System.Net;
using CoPrA.Rest;

namespace CoPrA.Tests.Faults;

/// <summary>
/// The emergency cancel, <c>CancelAllAsync(product, stop: true)</c>, over more stop orders than one
/// page of 100 lists, with single cancels failing on the way: every order ends cancelled, or the
/// exception names exactly the ones still live.
/// </summary>
[Collection(FaultCollection.Name)]
public class CancelAllFaultTests(FaultSandboxFixture fixture) : IAsyncLifetime
{
    private const int StopOrders = 120;

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Cancel_all_with_stop_cancels_all_120_stop_orders_across_pages()
    {
        using var client = fixture.CreateClient();
        var placed = await PlaceStopOrdersAsync(client, StopOrders);

        var cancelled = await SweepAsync(client, FaultSandboxFixture.OrderProduct);

        await AssertAllCancelledAsync(placed, cancelled);
    }

    [Fact]
    public async Task Cancels_failing_with_503_bursts_are_retried_until_every_stop_order_is_cancelled()
    {
        using var client = fixture.CreateClient();
        var placed = await PlaceStopOrdersAsync(client, StopOrders);
        var flaky = placed.Where((_, i) => i % 10 == 3).ToList();
        foreach (string id in flaky)
        {
            fixture.Controls.FailNextRequestsTo(HttpMethod.Delete, "/orders/" + id, 2, HttpStatusCode.ServiceUnavailable, "service unavailable");
        }

        long before = fixture.Controls.RestRequestCount;

        var cancelled = await SweepAsync(client, FaultSandboxFixture.OrderProduct);

        // The bulk cancel, three pages (100, 20, none), every cancel and two retries of each flaky one, the check.
        Assert.Equal(before + 1 + 3 + StopOrders + (2 * flaky.Count) + 1, fixture.Controls.RestRequestCount);
        await AssertAllCancelledAsync(placed, cancelled);
    }

    [Fact]
    public async Task Cancels_that_keep_failing_leave_exactly_those_orders_live_and_the_exception_names_them()
    {
        using var client = fixture.CreateClient();
        var placed = await PlaceStopOrdersAsync(client, StopOrders);
        string[] stuck = [placed[5], placed[60], placed[115]];
        fixture.Controls.FailNextRequestsTo(HttpMethod.Delete, "/orders/" + stuck[0], int.MaxValue, HttpStatusCode.BadRequest, "order could not be cancelled");
        fixture.Controls.FailNextRequestsTo(HttpMethod.Delete, "/orders/" + stuck[1], int.MaxValue, HttpStatusCode.ServiceUnavailable, "service unavailable");
        fixture.Controls.FailNextRequestsTo(HttpMethod.Delete, "/orders/" + stuck[2], int.MaxValue, HttpStatusCode.ServiceUnavailable, "service unavailable");

        var error = await Assert.ThrowsAsync<CancelAllIncompleteException>(() => SweepAsync(client, FaultSandboxFixture.OrderProduct));

        Assert.Equal(stuck.ToHashSet(), error.StillLiveIds.ToHashSet());
        Assert.Equal(stuck.ToHashSet(), (await fixture.LiveOrderIdsAsync()).ToHashSet());
        Assert.Equal(placed.Except(stuck).ToHashSet(), error.CancelledIds.ToHashSet());
        Assert.Equal(stuck.ToHashSet<string?>(), error.Failures.Select(failure => failure.OrderId).ToHashSet());
        Assert.Equal($"DELETE /orders/{stuck[0]}: order could not be cancelled [400]", error.Failures.Single(failure => failure.OrderId == stuck[0]).Reason);
        Assert.Equal($"DELETE /orders/{stuck[1]}: service unavailable [503]", error.Failures.Single(failure => failure.OrderId == stuck[1]).Reason);
        Assert.Equal("Cancel-all incomplete: 3 order(s) still live, 117 cancelled, 3 request(s) failed.", error.Message);
    }

    [Fact]
    public async Task A_product_id_in_another_case_sweeps_the_products_stop_orders()
    {
        using var client = fixture.CreateClient();
        var placed = await PlaceStopOrdersAsync(client, 5);

        var cancelled = await SweepAsync(client, FaultSandboxFixture.OrderProduct.ToLowerInvariant());

        await AssertAllCancelledAsync(placed, cancelled);
    }

    private static Task<IReadOnlyList<string>> SweepAsync(RestClient client, string productId) =>
        client.CancelAllAsync(productId, stop: true).WaitAsync(FaultSandboxFixture.Patience);

    /// <summary>Every placed order came back as cancelled, and none is listed live any more.</summary>
    private async Task AssertAllCancelledAsync(List<string> placed, IReadOnlyList<string> cancelled)
    {
        Assert.Equal(placed.ToHashSet(), cancelled.ToHashSet());
        Assert.Empty(await fixture.LiveOrderIdsAsync());
    }

    /// <summary>Places stop-loss sells far under the price; with no trades in this sandbox they stay active.</summary>
    private static async Task<List<string>> PlaceStopOrdersAsync(RestClient client, int count)
    {
        var ids = new List<string>(count);
        for (int i = 0; i < count; i++)
        {
            var order = await client.LimitOrderAsync(Side.Sell, FaultSandboxFixture.OrderProduct, price: 20m, size: 0.1m, stop: StopType.Loss, stopPrice: 21m)
                .WaitAsync(FaultSandboxFixture.Patience);
            ids.Add(order.Id);
        }

        return ids;
    }
}
