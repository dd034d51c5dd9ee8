using CoPrA.Sandbox.Catalog;

namespace CoPrA.Sandbox.MarketMaker;

/// <summary>Seeded random draws for prices and sizes: the same seed always gives the same market.</summary>
internal sealed class PriceRandom
{
    private const decimal MinNotionalUsd = 50m;
    private const decimal MaxNotionalUsd = 2_000m;
    private readonly Random _random;

    public PriceRandom(int seed) => _random = new Random(seed);

    public double NextDouble() => _random.NextDouble();

    public int Next(int maxExclusive) => _random.Next(maxExclusive);

    /// <summary>A standard normal draw (Box-Muller).</summary>
    public double NextGaussian()
    {
        double u1 = 1.0 - _random.NextDouble();
        double u2 = _random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>A price moved by a relative normal step of the given volatility.</summary>
    public decimal Step(decimal price, double volatility) => price * (decimal)(1.0 + (NextGaussian() * volatility));

    /// <summary>A size worth between $50 and $2,000, on the product's size grid (4 decimals at most).</summary>
    public decimal Size(SandboxProduct product, decimal baseUsdPrice)
    {
        double fraction = _random.NextDouble();
        double notional = Math.Exp(Math.Log((double)MinNotionalUsd) + (fraction * (Math.Log((double)MaxNotionalUsd) - Math.Log((double)MinNotionalUsd))));
        decimal size = Math.Round((decimal)notional / baseUsdPrice, 4, MidpointRounding.ToZero);
        return Math.Max(product.FloorSize(size), Math.Max(product.BaseIncrement, 0.0001m));
    }
}
