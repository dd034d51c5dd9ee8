using CoPrA.Sandbox.Catalog;
using CoPrA.Sandbox.Engine;

namespace CoPrA.Sandbox.MarketMaker;

/// <summary>
/// Gives every product a past: 30 days of trades (hourly, then every five minutes over the last
/// day) on a seeded random walk that ends at the product's reference price, so that candles,
/// statistics and the ticker have something to show from the first request.
/// </summary>
internal static class HistorySeeder
{
    public static void Seed(MatchingEngine engine, ProductCatalog catalog, DateTimeOffset now, int seed)
    {
        for (int index = 0; index < engine.Markets.Count; index++)
        {
            var market = engine.Markets[index];
            var random = new PriceRandom(seed + (index * 7919));
            var times = new List<DateTimeOffset>();
            for (int hour = 30 * 24; hour > 24; hour--)
            {
                times.Add(now - TimeSpan.FromHours(hour));
            }

            for (int minutes = 24 * 60; minutes > 0; minutes -= 5)
            {
                times.Add(now - TimeSpan.FromMinutes(minutes));
            }

            // Walk backwards from today's price, so that the history ends where the market starts.
            var product = market.Product;
            var prices = new decimal[times.Count];
            decimal price = product.ReferencePrice;
            for (int i = times.Count - 1; i >= 0; i--)
            {
                prices[i] = product.RoundPrice(price);
                price = random.Step(price, i > times.Count - 288 ? 0.002 : 0.008);
            }

            decimal baseUsd = BaseUsdPrice(catalog, product);
            lock (market.Gate)
            {
                for (int i = 0; i < times.Count; i++)
                {
                    market.History.Record(new Trade
                    {
                        TradeId = market.NextTradeId(),
                        Time = times[i],
                        Price = prices[i],
                        Size = random.Size(product, baseUsd),
                        Side = random.Next(2) == 0 ? Side.Buy : Side.Sell,
                    });
                }
            }
        }
    }

    /// <summary>The USD value of one unit of a product's base currency, for sizing orders.</summary>
    public static decimal BaseUsdPrice(ProductCatalog catalog, SandboxProduct product) =>
        product.QuoteCurrency == "USD" ? product.ReferencePrice : catalog.FindProduct(product.BaseCurrency + "-USD")?.ReferencePrice ?? product.ReferencePrice;
}
