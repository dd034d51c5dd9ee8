using System.Linq.Expressions;
using CoPrA.Rest;
using CoPrA.WebSocket;
using Moq;

namespace CoPrA.Samples.StrategyTests;

/// <summary>The strategy's rules, with both clients mocked by Moq: no network, no sandbox.</summary>
public class DipBuyerTests
{
    private const string Product = "BTC-USD";
    private static readonly DipBuyerSettings Settings = new(Product, Size: 0.01m, Discount: 0.01m, RunAway: 0.02m);

    private readonly Mock<RestClient> _rest = new();
    private readonly Mock<WebSocketClient> _feed = new();

    public DipBuyerTests()
    {
        _rest.Setup(LimitBuy(_ => true, _ => true))
            .ReturnsAsync(new Order { Id = "order-1", ProductId = Product, Side = Side.Buy, Price = 94.05m, Size = Settings.Size });
    }

    [Fact]
    public async Task On_a_dip_it_places_a_post_only_limit_buy_one_percent_under_the_last_price()
    {
        Market(open: 100m, last: 95m);

        var order = await Buyer().TryBuyAsync(CancellationToken.None);

        Assert.NotNull(order);
        // 95 less 1 %, rounded down to the cent.
        _rest.Verify(LimitBuy(price => price == 94.05m, postOnly => postOnly), Times.Once);
    }

    [Fact]
    public async Task Above_the_day_open_it_places_no_order()
    {
        Market(open: 100m, last: 100.5m);

        var order = await Buyer().TryBuyAsync(CancellationToken.None);

        Assert.Null(order);
        _rest.Verify(LimitBuy(_ => true, _ => true), Times.Never);
    }

    [Fact]
    public async Task With_an_order_already_open_it_places_no_order_and_reads_no_prices()
    {
        Market(open: 100m, last: 95m, openOrders: [new Order { Id = "resting", ProductId = Product }]);

        var order = await Buyer().TryBuyAsync(CancellationToken.None);

        Assert.Null(order);
        _rest.Verify(LimitBuy(_ => true, _ => true), Times.Never);
        _rest.Verify(r => r.TickerAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task When_the_price_runs_away_it_cancels_the_buy()
    {
        Market(open: 100m, last: 95m);
        // 94.05 plus 2 % is 95.931: 95.5 keeps the order, 96.5 cancels it.
        Feed(Ticker(95.5m), Ticker(96.5m));
        var buyer = Buyer();
        await buyer.TryBuyAsync(CancellationToken.None);

        await buyer.WatchAsync(CancellationToken.None);

        _feed.Verify(f => f.SubscribeAsync(It.Is<Channel>(c => c.Name == "ticker" && c.ProductIds.Contains(Product)), It.IsAny<CancellationToken>()), Times.Once);
        _rest.Verify(r => r.CancelAsync("order-1", It.IsAny<CancellationToken>()), Times.Once);
        Assert.Null(buyer.Resting);
    }

    [Fact]
    public async Task While_the_price_stays_near_or_another_product_moves_it_keeps_the_buy()
    {
        Market(open: 100m, last: 95m);
        Feed(Ticker(95.5m), Ticker(200m, "ETH-USD"));
        var buyer = Buyer();
        await buyer.TryBuyAsync(CancellationToken.None);

        await buyer.WatchAsync(CancellationToken.None);

        _rest.Verify(r => r.CancelAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
        Assert.Equal("order-1", buyer.Resting?.Id);
    }

    private DipBuyer Buyer() => new(_rest.Object, _feed.Object, Settings);

    private void Market(decimal open, decimal last, Order[]? openOrders = null)
    {
        _rest.Setup(r => r.OrdersAsync(OrderStatus.Open, Product, It.IsAny<int>(), null, null, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new Page<Order>(openOrders ?? [], null, null));
        _rest.Setup(r => r.Get24HourStatsAsync(Product, It.IsAny<CancellationToken>())).ReturnsAsync(new ProductStats { Open = open, Last = last });
        _rest.Setup(r => r.TickerAsync(Product, It.IsAny<CancellationToken>())).ReturnsAsync(new ProductTicker { Price = last });
    }

    private void Feed(params FeedMessage[] messages) =>
        _feed.Setup(f => f.ReadAllAsync(It.IsAny<CancellationToken>())).Returns(Stream(messages));

    private static TickerMessage Ticker(decimal price, string product = Product) => new() { Type = "ticker", ProductId = product, Price = price };

    private static async IAsyncEnumerable<FeedMessage> Stream(FeedMessage[] messages)
    {
        foreach (var message in messages)
        {
            await Task.Yield();
            yield return message;
        }
    }

    /// <summary>A limit buy of the strategy's product and size; Moq expressions list every optional parameter, so only here.</summary>
    private static Expression<Func<RestClient, Task<Order>>> LimitBuy(Expression<Func<decimal, bool>> price, Expression<Func<bool, bool>> postOnly) =>
        r => r.LimitOrderAsync(
            Side.Buy, Product, It.Is(price), Settings.Size, It.IsAny<TimeInForce>(), It.IsAny<CancelAfter?>(), It.Is(postOnly),
            It.IsAny<string?>(), It.IsAny<SelfTradePrevention>(), It.IsAny<StopType?>(), It.IsAny<decimal?>(),
            It.IsAny<string?>(), It.IsAny<decimal?>(), It.IsAny<decimal?>(), It.IsAny<CancellationToken>());
}
