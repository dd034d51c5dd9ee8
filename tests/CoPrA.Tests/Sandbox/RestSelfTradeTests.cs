using CoPrA.Rest;

namespace CoPrA.Tests.Sandbox;

/// <summary>Self-trade prevention and market sells for funds, through the REST API.</summary>
[Collection(SandboxCollection.Name)]
public class RestSelfTradeTests(SandboxFixture fixture)
{
    private RestClient Client => fixture.Client;

    [Fact]
    public async Task Decrease_and_cancel_shrinks_the_larger_order_and_cancels_the_smaller()
    {
        await fixture.ResetAsync("ETH-USD");
        var resting = await Client.LimitOrderAsync(Side.Sell, "ETH-USD", 3000.00m, 1m);

        var incoming = await Client.LimitOrderAsync(Side.Buy, "ETH-USD", 3000.00m, 0.4m);
        var book = await Client.OrderBookAsync("ETH-USD", level: 2);
        var (fills, _, _) = await Client.FillsAsync(productId: "ETH-USD", limit: 5);

        Assert.Equal((OrderStatus.Done, "canceled"), ((await Client.GetOrderAsync(incoming.Id)).Status, (await Client.GetOrderAsync(incoming.Id)).DoneReason));
        Assert.Equal(OrderStatus.Open, (await Client.GetOrderAsync(resting.Id)).Status);
        Assert.Equal(new BookLevel(3000.00m, 0.6m, 1), Assert.Single(book.Asks));
        Assert.DoesNotContain(fills, fill => fill.OrderId == incoming.Id);
    }

    [Fact]
    public async Task Cancel_oldest_cancels_the_resting_order_and_lets_the_new_one_trade_on()
    {
        await fixture.ResetAsync("ETH-USD");
        var own = await Client.LimitOrderAsync(Side.Sell, "ETH-USD", 3000.00m, 1m);
        fixture.Controls.PlaceCounterpartyLimitOrder("ETH-USD", Side.Sell, 3001.00m, 1m);

        var incoming = await Client.LimitOrderAsync(Side.Buy, "ETH-USD", 3001.00m, 0.5m, stp: SelfTradePrevention.CancelOldest);
        var filled = await Client.GetOrderAsync(incoming.Id);

        Assert.Equal(OrderStatus.Done, (await Client.GetOrderAsync(own.Id)).Status);
        Assert.Equal((OrderStatus.Done, "filled", 3001.00m * 0.5m), (filled.Status, filled.DoneReason, filled.ExecutedValue));
    }

    [Fact]
    public async Task A_market_sell_for_funds_sells_just_enough()
    {
        await fixture.ResetAsync("LTC-USD");
        fixture.Controls.PlaceCounterpartyLimitOrder("LTC-USD", Side.Buy, 80.00m, 100m);
        var ltc = await fixture.AccountAsync("LTC");

        var order = await Client.MarketOrderAsync(Side.Sell, "LTC-USD", funds: 400.00m);
        var done = await Client.GetOrderAsync(order.Id);

        Assert.Equal((OrderStatus.Done, 5m, 400.00m), (done.Status, done.FilledSize, done.ExecutedValue));
        Assert.Equal(ltc.Balance - 5m, (await fixture.AccountAsync("LTC")).Balance);
        Assert.Equal(ltc.Hold, (await fixture.AccountAsync("LTC")).Hold);
    }
}
