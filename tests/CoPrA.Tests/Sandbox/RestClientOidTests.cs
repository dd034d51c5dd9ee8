using CoPrA.Rest;

namespace CoPrA.Tests.Sandbox;

/// <summary>The generated client_oid reaches the exchange: the sandbox echoes it and finds the order by it.</summary>
[Collection(SandboxCollection.Name)]
public class RestClientOidTests(SandboxFixture fixture)
{
    private RestClient Client => fixture.Client;

    [Fact]
    public async Task A_generated_client_oid_is_echoed_and_finds_the_order()
    {
        await fixture.ResetAsync("ETH-USD");

        var order = await Client.LimitOrderAsync(Side.Buy, "ETH-USD", 2000.00m, 0.1m);
        var found = await Client.GetOrderAsync("client:" + order.ClientOid);
        var cancelled = await Client.CancelAsync("client:" + order.ClientOid);

        Assert.True(Guid.TryParse(order.ClientOid, out _));
        Assert.Equal(order.Id, found.Id);
        Assert.Equal(order.ClientOid, found.ClientOid);
        Assert.Equal([order.ClientOid], cancelled);
    }
}
