using System.Net;
using CoPrA.Rest;

namespace CoPrA.Tests.Faults;

/// <summary>Bursts of 5xx and proxies' HTML error pages: GETs ride them out, orders are never sent twice.</summary>
[Collection(FaultCollection.Name)]
public class ServerErrorFaultTests(FaultSandboxFixture fixture) : IAsyncLifetime
{
    private const string BadGatewayPage = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body><center><h1>502 Bad Gateway</h1></center></body>\r\n</html>\r\n";

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_burst_of_503s_on_a_public_GET_is_ridden_out_by_retries()
    {
        using var client = fixture.CreateClient();
        long before = fixture.Controls.RestRequestCount;
        fixture.Controls.FailNextRequests(3, HttpStatusCode.ServiceUnavailable, "service unavailable");

        var products = await client.ProductsAsync().WaitAsync(FaultSandboxFixture.Patience);

        Assert.Contains(products, product => product.Id == "BTC-USD");
        Assert.Equal(before + 4, fixture.Controls.RestRequestCount);
    }

    [Fact]
    public async Task A_burst_of_500s_on_a_signed_GET_is_ridden_out_and_every_attempt_is_signed_afresh()
    {
        using var client = fixture.CreateClient();
        long before = fixture.Controls.RestRequestCount;
        fixture.Controls.FailNextRequests(2, HttpStatusCode.InternalServerError);

        var accounts = await client.AccountsAsync().WaitAsync(FaultSandboxFixture.Patience);

        // The sandbox checks the last attempt's signature like any other: a stale one would be refused.
        Assert.Contains(accounts, account => account.Currency == "USD");
        Assert.Equal(before + 3, fixture.Controls.RestRequestCount);
    }

    [Fact]
    public async Task A_burst_longer_than_the_retries_surfaces_the_last_5xx()
    {
        using var client = fixture.CreateClient(options => options.Retry.MaxRetries = 2);
        long before = fixture.Controls.RestRequestCount;
        fixture.Controls.FailNextRequests(5, HttpStatusCode.BadGateway, "upstream down");

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => client.TickerAsync("BTC-USD").WaitAsync(FaultSandboxFixture.Patience));

        Assert.Equal(HttpStatusCode.BadGateway, error.StatusCode);
        Assert.Equal("upstream down", error.ServerMessage);
        Assert.Equal(before + 3, fixture.Controls.RestRequestCount);
    }

    [Fact]
    public async Task An_order_placed_under_a_503_burst_is_looked_up_found_nowhere_and_placed_once()
    {
        using var client = fixture.CreateClient();
        string clientOid = Guid.NewGuid().ToString();
        long before = fixture.Controls.RestRequestCount;
        fixture.Controls.FailNextRequests(3, HttpStatusCode.ServiceUnavailable, "service unavailable");

        var order = await client.LimitOrderAsync(Side.Buy, FaultSandboxFixture.OrderProduct, price: 10m, size: 1m, clientOid: clientOid).WaitAsync(FaultSandboxFixture.Patience);

        // POST 503; lookup 503, retried: 503, then 404; after the settle delay 404 again; POST placed.
        Assert.Equal(before + 6, fixture.Controls.RestRequestCount);
        Assert.Equal(clientOid, order.ClientOid);
        Assert.Single(await fixture.OpenOrdersAsync(), open => open.ClientOid == clientOid);
    }

    [Fact]
    public async Task A_proxys_HTML_502_page_is_an_ApiRequestException_carrying_the_page()
    {
        using var client = fixture.CreateClient(options => options.Retry.Enabled = false);
        fixture.Controls.AnswerNextRequests(1, HttpStatusCode.BadGateway, BadGatewayPage, "text/html");

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => client.TickerAsync("BTC-USD").WaitAsync(FaultSandboxFixture.Patience));

        Assert.Equal(HttpStatusCode.BadGateway, error.StatusCode);
        Assert.Equal(BadGatewayPage, error.Body);
        Assert.Contains("502 Bad Gateway", error.ServerMessage, StringComparison.Ordinal);
        Assert.Null(error.InnerException);
    }

    [Fact]
    public async Task HTML_502_pages_on_a_GET_are_retried_like_any_5xx()
    {
        using var client = fixture.CreateClient();
        long before = fixture.Controls.RestRequestCount;
        fixture.Controls.AnswerNextRequests(2, HttpStatusCode.BadGateway, BadGatewayPage, "text/html");

        var ticker = await client.TickerAsync("BTC-USD").WaitAsync(FaultSandboxFixture.Patience);

        Assert.True(ticker.Ask > 0m);
        Assert.Equal(before + 3, fixture.Controls.RestRequestCount);
    }

    [Fact]
    public async Task An_HTML_403_page_from_a_firewall_is_not_retried()
    {
        using var client = fixture.CreateClient();
        long before = fixture.Controls.RestRequestCount;
        fixture.Controls.AnswerNextRequests(1, HttpStatusCode.Forbidden, "<html><body>Access denied</body></html>", "text/html");

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => client.TickerAsync("BTC-USD").WaitAsync(FaultSandboxFixture.Patience));

        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Equal("<html><body>Access denied</body></html>", error.ServerMessage);
        Assert.Equal(before + 1, fixture.Controls.RestRequestCount);
    }
}
