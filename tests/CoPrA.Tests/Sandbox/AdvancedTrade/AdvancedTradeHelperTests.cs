using CoPrA.AdvancedTrade;
using CoPrA.Rest;

namespace CoPrA.Tests.Sandbox.AdvancedTrade;

/// <summary>The order helpers end to end against the sandbox: what it supports is placed, what it does not is thrown as a rejection.</summary>
[Collection(SandboxCollection.Name)]
public sealed class AdvancedTradeHelperTests(SandboxFixture fixture) : IDisposable
{
    private readonly AdvancedTradeClient _client = AdvancedTradeTestClient.CreateLibraryClient(fixture.Sandbox);

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task A_limit_GTC_buy_rests_and_a_market_IOC_sell_fills_through_the_helpers()
    {
        await fixture.ResetAsync("ETH-USD");
        fixture.Controls.PlaceCounterpartyLimitOrder("ETH-USD", Side.Buy, 2990.00m, 1m);

        var resting = await _client.LimitOrderGtcBuyAsync("helper-gtc-1", "ETH-USD", 0.5m, 2000.00m, postOnly: true);
        var sold = await _client.MarketOrderSellAsync(null, "ETH-USD", 0.1m);

        Assert.Equal("helper-gtc-1", resting.SuccessResponse!.ClientOrderId);
        var rested = await fixture.Client.GetOrderAsync(resting.SuccessResponse.OrderId!);
        Assert.Equal(2000.00m, rested.Price);
        Assert.Equal(0.5m, rested.Size);
        Assert.Equal(OrderStatus.Open, rested.Status);
        Assert.Matches("^[0-9a-f]{32}$", sold.SuccessResponse!.ClientOrderId);
        var filled = await fixture.Client.GetOrderAsync(sold.SuccessResponse.OrderId!);
        Assert.Equal(OrderStatus.Done, filled.Status);
        Assert.Equal(0.1m, filled.FilledSize);
    }

    public static TheoryData<string> Unsupported => ["MarketOrderFokBuyAsync", "TriggerBracketOrderGtcSellAsync", "TwapLimitGtdBuyAsync"];

    [Theory]
    [MemberData(nameof(Unsupported))]
    public async Task A_configuration_the_sandbox_does_not_support_is_thrown_as_a_rejection(string helper)
    {
        await fixture.ResetAsync("ETH-USD");
        var start = DateTimeOffset.UtcNow.AddHours(1);
        Func<Task> call = helper switch
        {
            "MarketOrderFokBuyAsync" => () => _client.MarketOrderFokBuyAsync("unsupported-1", "ETH-USD", quoteSize: 100.00m),
            "TriggerBracketOrderGtcSellAsync" => () => _client.TriggerBracketOrderGtcSellAsync("unsupported-2", "ETH-USD", 0.1m, 3500.00m, 2500.00m),
            _ => () => _client.TwapLimitGtdBuyAsync("unsupported-3", "ETH-USD", 2000.00m, start, start.AddHours(1), 4, baseSize: 0.4m),
        };

        var ex = await Assert.ThrowsAsync<OrderRejectedException>(call);

        Assert.Equal("UNSUPPORTED_ORDER_CONFIGURATION", ex.ErrorCode);
        Assert.StartsWith("unsupported-", ex.ClientOrderId, StringComparison.Ordinal);
    }
}
