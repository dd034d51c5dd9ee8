using CoPrA.Orders;
using CoPrA.Rest;

namespace CoPrA.Tests.Sandbox;

/// <summary>The sandbox's refusals carry the typed reason the Exchange mapping gives the real messages.</summary>
[Collection(SandboxCollection.Name)]
public class RestRejectionTests(SandboxFixture fixture)
{
    private RestClient Client => fixture.Client;

    [Theory]
    [InlineData("1000000", "2000.00", RejectionReason.InsufficientFunds)]
    [InlineData("0.1", "2000.001", RejectionReason.PriceTooPrecise)]
    [InlineData("0.123456789", "2000.00", RejectionReason.SizeTooPrecise)]
    public async Task Refused_orders_carry_their_reason(string size, string price, RejectionReason expected)
    {
        await fixture.ResetAsync("ETH-USD");
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Client.LimitOrderAsync(
            Side.Buy, "ETH-USD", decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(size, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(expected, error.Reason);
    }

    [Fact]
    public async Task An_unknown_order_is_not_found_and_a_done_one_already_done()
    {
        await fixture.ResetAsync("ETH-USD");
        var unknown = await Assert.ThrowsAsync<ApiRequestException>(() => Client.GetOrderAsync(Guid.NewGuid().ToString()));
        var order = await Client.LimitOrderAsync(Side.Buy, "ETH-USD", 2000.00m, 0.1m);
        await Client.CancelAsync(order.Id);
        var done = await Assert.ThrowsAsync<ApiRequestException>(() => Client.CancelAsync(order.Id));

        Assert.Equal(RejectionReason.OrderNotFound, unknown.Reason);
        Assert.Equal(RejectionReason.OrderAlreadyDone, done.Reason);
    }

    [Fact]
    public async Task A_post_only_order_that_would_cross_is_rejected_with_its_reason()
    {
        await fixture.ResetAsync("LTC-USD");
        fixture.Controls.PlaceCounterpartyLimitOrder("LTC-USD", Side.Sell, 80.00m, 1m);

        var rejected = await Client.LimitOrderAsync(Side.Buy, "LTC-USD", 80.00m, 1m, postOnly: true);

        Assert.Equal(RejectionReason.PostOnlyWouldCross, ExchangeRejections.Classify(rejected));
    }
}
