using CoPrA.Rest;

namespace CoPrA.Tests.Sandbox;

/// <summary>The sandbox takes the parameters issue 17 made reachable: it answers, and ignores the filters it has no notion of.</summary>
[Collection(SandboxCollection.Name)]
public class RestParameterTests(SandboxFixture fixture)
{
    private RestClient Client => fixture.Client;

    [Fact]
    public async Task Orders_take_the_profile_filters_and_market_type_on_the_sandbox()
    {
        await fixture.ResetAsync("ETH-USD");
        string profileId = (await fixture.AccountAsync("USD")).ProfileId!;
        var since = DateTimeOffset.UtcNow.AddDays(-1);

        var order = await Client.LimitOrderAsync(Side.Buy, "ETH-USD", 1000m, 0.5m, postOnly: true, profileId: profileId, maxFloor: 0.1m);
        var listed = await Client.OrdersAsync(
            [OrderStatus.Open, OrderStatus.Pending, OrderStatus.Received, OrderStatus.Rejected],
            "ETH-USD",
            profileId: profileId,
            sortedBy: OrderSortField.CreatedAt,
            sorting: SortDirection.Descending,
            startDate: since,
            marketType: MarketType.Spot);
        var got = await Client.GetOrderAsync(order.Id, MarketType.Spot);
        var cancelled = await Client.CancelAsync(order.Id, profileId, "ETH-USD");
        var cancelledAll = await Client.CancelAllAsync("ETH-USD", profileId: profileId);

        Assert.Contains(listed.Results, o => o.Id == order.Id);
        Assert.Equal(order.Id, got.Id);
        Assert.Equal([order.Id], cancelled);
        Assert.Empty(cancelledAll);
    }

    [Fact]
    public async Task Fills_ledger_and_products_take_their_new_filters_on_the_sandbox()
    {
        var usd = await fixture.AccountAsync("USD");
        var since = DateTimeOffset.UtcNow.AddDays(-1);

        var fills = await Client.FillsAsync(productId: "ETH-USD", marketType: MarketType.Spot, startDate: since);
        var ledger = await Client.AccountHistoryAsync(usd.Id, startDate: since, profileId: usd.ProfileId);
        var products = await Client.ProductsAsync("spot");

        Assert.NotNull(fills.Results);
        Assert.NotNull(ledger.Results);
        Assert.Contains(products, p => p.Id == "ETH-USD");
    }
}
