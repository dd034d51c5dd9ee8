using System.Net;
using CoPrA.Rest;

namespace CoPrA.Tests.Sandbox;

/// <summary>Signed order placement, matching, fills, holds, ledger and cancellation end to end.</summary>
[Collection(SandboxCollection.Name)]
public class RestTradingTests(SandboxFixture fixture)
{
    private const decimal Taker = 0.006m;
    private const decimal Maker = 0.004m;

    private RestClient Client => fixture.Client;

    [Fact]
    public async Task Accounts_show_the_seeded_balances()
    {
        var accounts = await Client.AccountsAsync();
        var usd = accounts.Single(a => a.Currency == "USD");
        var one = await Client.AccountAsync(usd.Id);

        Assert.Superset(new HashSet<string> { "USD", "BTC", "ETH", "LTC", "USDC" }, accounts.Select(a => a.Currency).ToHashSet());
        Assert.Equal(usd.Id, one.Id);
        Assert.Equal(one.Balance - one.Hold, one.Available);
        Assert.NotNull(one.ProfileId);
    }

    [Fact]
    public async Task A_resting_limit_order_holds_funds_until_cancelled()
    {
        await fixture.ResetAsync("ETH-USD");
        var usdBefore = await fixture.AccountAsync("USD");

        var order = await Client.LimitOrderAsync(Side.Buy, "ETH-USD", price: 2000.00m, size: 0.5m, postOnly: true);
        var open = await Client.GetOrderAsync(order.Id);
        var usd = await fixture.AccountAsync("USD");
        var (holds, _, _) = await Client.HoldsAsync(usd.Id);

        Assert.Equal(OrderStatus.Pending, order.Status);
        Assert.Equal(OrderStatus.Open, open.Status);
        Assert.Equal(2000.00m * 0.5m * (1 + Taker), usd.Hold - usdBefore.Hold);
        Assert.Equal(usdBefore.Balance, usd.Balance);
        var hold = Assert.Single(holds, h => h.Ref == order.Id);
        Assert.Equal("order", hold.Type);

        var cancelled = await Client.CancelAsync(order.Id);
        var done = await Client.GetOrderAsync(order.Id);
        var released = await fixture.AccountAsync("USD");

        Assert.Equal([order.Id], cancelled);
        Assert.Equal((OrderStatus.Done, "canceled"), (done.Status, done.DoneReason));
        Assert.Equal(usdBefore.Hold, released.Hold);
        var (after, _, _) = await Client.HoldsAsync(usd.Id);
        Assert.DoesNotContain(after, h => h.Ref == order.Id);
    }

    [Fact]
    public async Task A_crossing_limit_order_trades_at_the_makers_price_and_pays_the_taker_fee()
    {
        await fixture.ResetAsync("ETH-USD");
        fixture.Controls.PlaceCounterpartyLimitOrder("ETH-USD", Side.Sell, 3001.00m, 0.4m);
        fixture.Controls.PlaceCounterpartyLimitOrder("ETH-USD", Side.Sell, 3002.00m, 1m);
        var usdBefore = await fixture.AccountAsync("USD");
        var ethBefore = await fixture.AccountAsync("ETH");

        var order = await Client.LimitOrderAsync(Side.Buy, "ETH-USD", price: 3002.00m, size: 0.6m);
        var done = await Client.GetOrderAsync(order.Id);
        var (fills, _, _) = await Client.FillsAsync(orderId: order.Id);

        decimal value = (3001.00m * 0.4m) + (3002.00m * 0.2m);
        Assert.Equal((OrderStatus.Done, "filled"), (done.Status, done.DoneReason));
        Assert.Equal(0.6m, done.FilledSize);
        Assert.Equal(value, done.ExecutedValue);
        Assert.Equal(value * Taker, done.FillFees);
        Assert.Equal(2, fills.Count);
        Assert.True(fills[0].TradeId > fills[1].TradeId, "fills are newest first");
        Assert.All(fills, fill => Assert.Equal(Liquidity.Taker, fill.Liquidity));
        Assert.Equal([3002.00m, 3001.00m], fills.Select(f => f.Price));
        Assert.Equal(value * Taker, fills.Sum(f => f.Fee));

        var usd = await fixture.AccountAsync("USD");
        var eth = await fixture.AccountAsync("ETH");
        Assert.Equal(usdBefore.Balance - value - (value * Taker), usd.Balance);
        Assert.Equal(usdBefore.Hold, usd.Hold);
        Assert.Equal(ethBefore.Balance + 0.6m, eth.Balance);

        var (ledger, _, _) = await Client.AccountHistoryAsync(usd.Id, limit: 4);
        Assert.Equal(["fee", "match", "fee", "match"], ledger.Select(entry => entry.Type));
        Assert.Equal(usd.Balance, ledger[0].Balance);
        Assert.Equal(order.Id, ledger[0].Details?.OrderId);
    }

    [Fact]
    public async Task A_resting_order_filled_by_someone_else_pays_the_maker_fee()
    {
        await fixture.ResetAsync("ETH-USD");
        var order = await Client.LimitOrderAsync(Side.Sell, "ETH-USD", price: 3100.00m, size: 1m);

        fixture.Controls.PlaceCounterpartyMarketOrder("ETH-USD", Side.Buy, 0.25m);
        var partial = await Client.GetOrderAsync(order.Id);
        var (fills, _, _) = await Client.FillsAsync(productId: "ETH-USD", limit: 1);

        Assert.Equal((OrderStatus.Open, 0.25m), (partial.Status, partial.FilledSize));
        Assert.Equal(Liquidity.Maker, fills[0].Liquidity);
        Assert.Equal(3100.00m * 0.25m * Maker, fills[0].Fee);
        Assert.Equal(order.Id, fills[0].OrderId);
    }

    [Fact]
    public async Task Market_orders_by_size_and_by_funds_fill_against_the_book()
    {
        await fixture.ResetAsync("BTC-USD");
        fixture.Controls.PlaceCounterpartyLimitOrder("BTC-USD", Side.Sell, 60000.00m, 0.01m);
        fixture.Controls.PlaceCounterpartyLimitOrder("BTC-USD", Side.Sell, 60100.00m, 1m);

        var bySize = await Client.MarketOrderAsync(Side.Buy, "BTC-USD", size: 0.02m);
        var byFunds = await Client.MarketOrderAsync(Side.Buy, "BTC-USD", funds: 1006.00m);
        var sized = await Client.GetOrderAsync(bySize.Id);
        var funded = await Client.GetOrderAsync(byFunds.Id);

        Assert.Equal((OrderStatus.Done, "filled", 0.02m), (sized.Status, sized.DoneReason, sized.FilledSize));
        Assert.Equal((60000.00m * 0.01m) + (60100.00m * 0.01m), sized.ExecutedValue);
        Assert.Equal(1006.00m, funded.SpecifiedFunds);
        Assert.Equal(1000m, funded.Funds);
        Assert.True(funded.ExecutedValue + funded.FillFees <= 1006.00m);
        Assert.True(funded.ExecutedValue > 1000m - 60100.00m * 0.00000001m - 0.01m);
    }

    [Fact]
    public async Task Ioc_and_fok_orders_do_not_rest()
    {
        await fixture.ResetAsync("LTC-USD");
        fixture.Controls.PlaceCounterpartyLimitOrder("LTC-USD", Side.Sell, 80.00m, 1m);

        var fok = await Client.LimitOrderAsync(Side.Buy, "LTC-USD", 80.00m, 2m, timeInForce: TimeInForce.FillOrKill);
        var ioc = await Client.LimitOrderAsync(Side.Buy, "LTC-USD", 80.00m, 2m, timeInForce: TimeInForce.ImmediateOrCancel);

        var killed = await Client.GetOrderAsync(fok.Id);
        var partial = await Client.GetOrderAsync(ioc.Id);
        Assert.Equal((OrderStatus.Done, "canceled", 0m), (killed.Status, killed.DoneReason, killed.FilledSize));
        Assert.Equal((OrderStatus.Done, "canceled", 1m), (partial.Status, partial.DoneReason, partial.FilledSize));
    }

    [Fact]
    public async Task Gtt_orders_carry_an_expiry_and_post_only_orders_that_would_take_are_rejected()
    {
        await fixture.ResetAsync("LTC-USD");
        fixture.Controls.PlaceCounterpartyLimitOrder("LTC-USD", Side.Sell, 80.00m, 1m);

        var gtt = await Client.LimitOrderAsync(Side.Buy, "LTC-USD", 70.00m, 1m, timeInForce: TimeInForce.GoodTillTime, cancelAfter: CancelAfter.Hour);
        var rejected = await Client.LimitOrderAsync(Side.Buy, "LTC-USD", 80.00m, 1m, postOnly: true);

        Assert.InRange(gtt.ExpireTime!.Value - gtt.CreatedAt!.Value, TimeSpan.FromMinutes(59), TimeSpan.FromMinutes(61));
        Assert.Equal((OrderStatus.Rejected, "post only"), (rejected.Status, rejected.RejectReason));
        Assert.Equal(OrderStatus.Open, (await Client.GetOrderAsync(gtt.Id)).Status);
    }

    [Fact]
    public async Task A_stop_loss_order_waits_as_active_until_the_last_trade_crosses_its_price()
    {
        await fixture.ResetAsync("LTC-USD");
        fixture.Controls.PlaceCounterpartyLimitOrder("LTC-USD", Side.Buy, 79.00m, 5m);
        fixture.Controls.PlaceCounterpartyLimitOrder("LTC-USD", Side.Buy, 74.00m, 5m);

        var stop = await Client.LimitOrderAsync(Side.Sell, "LTC-USD", price: 74.00m, size: 1m, stop: StopType.Loss, stopPrice: 75.00m);
        Assert.Equal(OrderStatus.Active, (await Client.GetOrderAsync(stop.Id)).Status);
        var (active, _, _) = await Client.OrdersAsync(OrderStatus.Active, productId: "LTC-USD");
        Assert.Contains(active, o => o.Id == stop.Id);

        fixture.Controls.PlaceCounterpartyMarketOrder("LTC-USD", Side.Sell, 1m);
        Assert.Equal(OrderStatus.Active, (await Client.GetOrderAsync(stop.Id)).Status);

        fixture.Controls.PlaceCounterpartyMarketOrder("LTC-USD", Side.Sell, 4.5m);
        var triggered = await Client.GetOrderAsync(stop.Id);

        Assert.Equal((OrderStatus.Done, "filled", 1m), (triggered.Status, triggered.DoneReason, triggered.FilledSize));
        Assert.Equal(74.00m, triggered.ExecutedValue);
    }

    [Fact]
    public async Task Cancel_by_client_oid_and_cancel_all_by_product_leave_stop_orders()
    {
        await fixture.ResetAsync("ETH-BTC");
        string clientOid = Guid.NewGuid().ToString();
        var byClient = await Client.LimitOrderAsync(Side.Buy, "ETH-BTC", 0.04000m, 0.1m, clientOid: clientOid);
        var other = await Client.LimitOrderAsync(Side.Buy, "ETH-BTC", 0.04001m, 0.1m);
        var third = await Client.LimitOrderAsync(Side.Sell, "ETH-BTC", 0.06000m, 0.1m);
        var stop = await Client.LimitOrderAsync(Side.Sell, "ETH-BTC", 0.03000m, 0.1m, stop: StopType.Loss, stopPrice: 0.03100m);

        Assert.Equal(byClient.Id, (await Client.GetOrderAsync("client:" + clientOid)).Id);
        Assert.Equal([clientOid], await Client.CancelAsync("client:" + clientOid));
        var cancelled = await Client.CancelAllAsync("ETH-BTC");

        Assert.Equal(new HashSet<string> { other.Id, third.Id }, cancelled.ToHashSet());
        Assert.Equal(OrderStatus.Active, (await Client.GetOrderAsync(stop.Id)).Status);
        var swept = await Client.CancelAllAsync("ETH-BTC", stop: true);
        Assert.Equal([stop.Id], swept);
    }

    [Fact]
    public async Task Orders_are_listed_newest_first_with_date_cursors()
    {
        await fixture.ResetAsync("BTC-USD");
        var placed = new List<string>();
        for (int i = 0; i < 5; i++)
        {
            placed.Add((await Client.LimitOrderAsync(Side.Buy, "BTC-USD", 50000.00m + i, 0.001m)).Id);
        }

        var (first, before, after) = await Client.OrdersAsync(productId: "BTC-USD", limit: 2);
        var (second, _, _) = await Client.OrdersAsync(productId: "BTC-USD", limit: 2, after: after);
        var (newer, _, _) = await Client.OrdersAsync(productId: "BTC-USD", limit: 2, before: second[0].CreatedAt!.Value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", System.Globalization.CultureInfo.InvariantCulture));
        var (all, _, _) = await Client.OrdersAsync([OrderStatus.Open, OrderStatus.Done], productId: "BTC-USD", limit: 100);

        Assert.Equal([placed[4], placed[3]], first.Select(o => o.Id));
        Assert.Equal([placed[2], placed[1]], second.Select(o => o.Id));
        Assert.Equal([placed[4], placed[3]], newer.Select(o => o.Id));
        Assert.NotNull(before);
        Assert.Equal(placed.AsEnumerable().Reverse(), all.Take(5).Select(o => o.Id));
    }

    [Theory]
    [InlineData("0.000000001", "2000.00", "size is too small")]
    [InlineData("0.1", "2000.001", "price too precise")]
    [InlineData("1000000", "2000.00", "Insufficient funds")]
    public async Task Invalid_orders_are_refused_with_the_exchange_message(string size, string price, string message)
    {
        await fixture.ResetAsync("ETH-USD");
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Client.LimitOrderAsync(
            Side.Buy, "ETH-USD", decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(size, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal(message, error.ServerMessage);
    }

    [Fact]
    public async Task Unknown_and_malformed_order_ids_are_refused()
    {
        var unknown = await Assert.ThrowsAsync<ApiRequestException>(() => Client.GetOrderAsync(Guid.NewGuid().ToString()));
        var malformed = await Assert.ThrowsAsync<ApiRequestException>(() => Client.CancelAsync("not-an-order"));

        Assert.Equal((HttpStatusCode.NotFound, "NotFound"), (unknown.StatusCode, unknown.ServerMessage));
        Assert.Equal((HttpStatusCode.BadRequest, "Invalid order id"), (malformed.StatusCode, malformed.ServerMessage));
    }

    [Fact]
    public async Task Cancelling_a_done_order_is_refused()
    {
        await fixture.ResetAsync("ETH-USD");
        var order = await Client.LimitOrderAsync(Side.Buy, "ETH-USD", 2000.00m, 0.1m);
        await Client.CancelAsync(order.Id);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => Client.CancelAsync(order.Id));

        Assert.Equal("Order already done", error.ServerMessage);
    }
}
