using System.Net;
using CoPrA.Rest;
using CoPrA.Tests.Support;
using static CoPrA.Tests.Reliability.ReliabilityHarness;

namespace CoPrA.Tests.Reliability;

/// <summary>The cancel-all sweep retries its single cancels, which a plain <c>CancelAsync</c> never does, and says what it could not check.</summary>
public class CancelAllRetryTests
{
    private const string OneStopOrder = """[{"id":"stop-1","product_id":"BTC-USD","status":"active"}]""";

    [Fact]
    public async Task A_single_cancel_of_the_sweep_that_meets_a_503_is_retried_and_logged_as_a_DELETE()
    {
        var handler = new Sequence(
            _ => Json(HttpStatusCode.OK, "[]"),
            _ => Json(HttpStatusCode.OK, OneStopOrder),
            _ => Json(HttpStatusCode.ServiceUnavailable, """{"message":"busy"}"""),
            _ => Json(HttpStatusCode.OK, "\"stop-1\""),
            _ => Json(HttpStatusCode.OK, "[]"));
        var log = new CapturingLoggerProvider();
        using var client = new RestClient(Options(signed: true, options => options.Logger = log), new HttpClient(handler));

        var ids = await client.CancelAllAsync("BTC-USD", stop: true);

        Assert.Equal(["stop-1"], ids);
        Assert.Equal(5, handler.Calls);
        Assert.Equal([HttpMethod.Delete, HttpMethod.Get, HttpMethod.Delete, HttpMethod.Delete, HttpMethod.Get], handler.Requests.Select(r => r.Method));
        Assert.Contains("Retrying DELETE /orders/stop-1 in", log.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_check_afterwards_cannot_list_the_orders_whose_cancel_failed_are_named_live()
    {
        var handler = new Sequence(
            _ => Json(HttpStatusCode.OK, "[]"),
            _ => Json(HttpStatusCode.OK, OneStopOrder),
            _ => Json(HttpStatusCode.Forbidden, """{"message":"forbidden"}"""),
            _ => Json(HttpStatusCode.InternalServerError, """{"message":"internal error"}"""));
        using var client = new RestClient(Options(signed: true, options => options.Retry.Enabled = false), new HttpClient(handler));

        var error = await Assert.ThrowsAsync<CancelAllIncompleteException>(() => client.CancelAllAsync("BTC-USD", stop: true));

        Assert.Empty(error.CancelledIds);
        Assert.Equal(["stop-1"], error.StillLiveIds);
        Assert.Equal(["DELETE /orders/stop-1: forbidden [403]", "GET /orders: internal error [500]"], error.Failures.Select(f => f.Reason));
        Assert.Equal(["stop-1", null], error.Failures.Select(f => f.OrderId));
    }
}
