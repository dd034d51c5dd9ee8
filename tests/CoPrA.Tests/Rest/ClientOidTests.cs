using static CoPrA.Tests.Rest.RestTestHarness;

namespace CoPrA.Tests.Rest;

/// <summary>Every placed order carries a client_oid: the caller's, or a new UUID v4; the result returns it.</summary>
public class ClientOidTests
{
    private const string Answer = """{"id":"97059421-3033-4cf4-99cb-925c1bf2c54f","product_id":"BTC-USD","side":"buy","status":"pending"}""";

    private static string SentClientOid(RestTestHarness harness) =>
        GeneratedClientOid(Assert.Single(harness.Sent, request => request.Method == HttpMethod.Post));

    [Fact]
    public async Task LimitOrderAsync_without_a_client_oid_sends_a_new_UUID_v4_and_returns_it()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Post, "/orders", Answer);

        var order = await harness.Client.LimitOrderAsync(Side.Buy, "BTC-USD", 100m, 1m);

        string sent = SentClientOid(harness);
        Assert.Equal(sent, order.ClientOid);
    }

    [Fact]
    public async Task MarketOrderAsync_without_a_client_oid_sends_a_new_UUID_v4_each_time()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Post, "/orders", Answer);

        var first = await harness.Client.MarketOrderAsync(Side.Buy, "BTC-USD", funds: 10m);
        var second = await harness.Client.MarketOrderAsync(Side.Buy, "BTC-USD", funds: 10m);

        Assert.Equal([first.ClientOid, second.ClientOid], harness.Sent.Select(GeneratedClientOid));
        Assert.NotEqual(first.ClientOid, second.ClientOid);
    }

    [Fact]
    public async Task A_given_client_oid_is_sent_and_returned()
    {
        const string Mine = "5a1f3c2e-8b4d-4e6f-9a0b-1c2d3e4f5a6b";
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Post, "/orders", Answer);

        var order = await harness.Client.LimitOrderAsync(Side.Sell, "BTC-USD", 100m, 1m, clientOid: Mine);

        Assert.Equal(Mine, SentClientOid(harness));
        Assert.Equal(Mine, order.ClientOid);
    }

    [Fact]
    public async Task The_servers_client_oid_wins_when_it_sends_one()
    {
        using var harness = Authenticated();
        harness.Reply(HttpMethod.Post, "/orders", """{"id":"a","status":"pending","client_oid":"from-server"}""");

        var order = await harness.Client.MarketOrderAsync(Side.Sell, "BTC-USD", size: 1m);

        Assert.Equal("from-server", order.ClientOid);
    }
}
