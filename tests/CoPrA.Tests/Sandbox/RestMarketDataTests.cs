using CoPrA.Rest;

namespace CoPrA.Tests.Sandbox;

/// <summary>Public market data over loopback: the library's RestClient against the sandbox.</summary>
[Collection(SandboxCollection.Name)]
public class RestMarketDataTests(SandboxFixture fixture)
{
    [Fact]
    public async Task Products_are_seeded_with_their_increments()
    {
        using var client = new RestClient(new RestClientOptions { BaseUrl = fixture.Sandbox.RestUrl });

        var products = await client.ProductsAsync();

        Assert.Superset(new HashSet<string> { "BTC-USD", "ETH-USD", "ETH-BTC", "LTC-USD" }, products.Select(p => p.Id).ToHashSet());
        var btc = products.Single(p => p.Id == "BTC-USD");
        Assert.Equal(("BTC", "USD", 0.01m, 0.00000001m), (btc.BaseCurrency, btc.QuoteCurrency, btc.QuoteIncrement, btc.BaseIncrement));
        Assert.Equal(0.00001m, products.Single(p => p.Id == "ETH-BTC").QuoteIncrement);
    }

    [Fact]
    public async Task Currencies_and_one_currency_are_listed()
    {
        var currencies = await fixture.Client.CurrenciesAsync();

        Assert.Superset(new HashSet<string> { "USD", "USDC", "BTC", "ETH", "LTC" }, currencies.Select(c => c.Id).ToHashSet());
        Assert.Equal("fiat", currencies.Single(c => c.Id == "USD").Details?.Type);
    }

    [Fact]
    public async Task Server_time_follows_the_exchange_clock()
    {
        var before = DateTimeOffset.UtcNow;
        var time = await fixture.Client.ServerTimeAsync();

        Assert.InRange(time.Iso, before.AddSeconds(-5), DateTimeOffset.UtcNow.AddSeconds(5));
        Assert.Equal(time.Iso.ToUnixTimeMilliseconds() / 1000m, time.Epoch);
    }

    [Fact]
    public async Task Seeded_history_gives_stats_candles_ticker_and_trades()
    {
        var stats = await fixture.Client.Get24HourStatsAsync("BTC-USD");
        var candles = await fixture.Client.HistoricRatesAsync("BTC-USD", granularity: 3600);
        var ticker = await fixture.Client.TickerAsync("BTC-USD");
        var (trades, before, after) = await fixture.Client.TradesAsync("BTC-USD", limit: 5);

        Assert.True(stats.Volume > 0);
        Assert.InRange(stats.Last!.Value, stats.Low!.Value, stats.High!.Value);
        Assert.InRange(candles.Count, 20, 300);
        Assert.True(candles.Zip(candles.Skip(1)).All(pair => pair.First.Time > pair.Second.Time), "candles are newest first");
        Assert.All(candles, candle => Assert.InRange(candle.Close, candle.Low, candle.High));
        Assert.Equal(trades[0].TradeId, ticker.TradeId);
        Assert.Equal(5, trades.Count);
        Assert.Equal(trades[0].TradeId.ToString(System.Globalization.CultureInfo.InvariantCulture), before);
        Assert.Equal(trades[^1].TradeId.ToString(System.Globalization.CultureInfo.InvariantCulture), after);
    }

    [Fact]
    public async Task Trades_pages_walk_back_with_the_after_cursor()
    {
        var (first, _, after) = await fixture.Client.TradesAsync("ETH-USD", limit: 3);
        var (second, before, _) = await fixture.Client.TradesAsync("ETH-USD", limit: 3, after: after);
        var (back, _, _) = await fixture.Client.TradesAsync("ETH-USD", limit: 3, before: before);

        Assert.Equal(first[^1].TradeId - 1, second[0].TradeId);
        Assert.Equal(first.Select(t => t.TradeId), back.Select(t => t.TradeId));
    }

    [Fact]
    public async Task Book_levels_one_two_and_three_agree()
    {
        await fixture.ResetAsync("LTC-USD");
        fixture.Controls.PlaceCounterpartyLimitOrder("LTC-USD", Side.Buy, 79.00m, 1m);
        fixture.Controls.PlaceCounterpartyLimitOrder("LTC-USD", Side.Buy, 79.00m, 2m);
        fixture.Controls.PlaceCounterpartyLimitOrder("LTC-USD", Side.Buy, 78.50m, 3m);
        fixture.Controls.PlaceCounterpartyLimitOrder("LTC-USD", Side.Sell, 81.00m, 4m);

        var level1 = await fixture.Client.OrderBookAsync("LTC-USD", level: 1);
        var level2 = await fixture.Client.OrderBookAsync("LTC-USD", level: 2);
        var level3 = await fixture.Client.OrderBookAsync("LTC-USD", level: 3);

        Assert.Equal(new BookLevel(79.00m, 3m, 2), Assert.Single(level1.Bids));
        Assert.Equal([new BookLevel(79.00m, 3m, 2), new BookLevel(78.50m, 3m, 1)], level2.Bids);
        Assert.Equal(new BookLevel(81.00m, 4m, 1), Assert.Single(level2.Asks));
        Assert.Equal([1m, 2m, 3m], level3.Bids.Select(row => row.Size));
        Assert.All(level3.Bids, row => Assert.True(Guid.TryParse(row.OrderId, out _)));
        Assert.True(level3.Sequence >= level2.Sequence && level2.Sequence > 0);
    }

    [Fact]
    public async Task Unknown_product_is_NotFound()
    {
        var error = await Assert.ThrowsAsync<ApiRequestException>(() => fixture.Client.TickerAsync("DOGE-EUR"));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal("NotFound", error.ServerMessage);
    }
}
