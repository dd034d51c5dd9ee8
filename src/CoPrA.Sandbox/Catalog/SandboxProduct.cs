namespace CoPrA.Sandbox.Catalog;

/// <summary>A trading pair the sandbox lists, with the increments orders are checked against.</summary>
/// <param name="Id">Product id, for example <c>BTC-USD</c>.</param>
/// <param name="BaseCurrency">Currency bought and sold.</param>
/// <param name="QuoteCurrency">Currency prices are in.</param>
/// <param name="QuoteIncrement">Smallest price step.</param>
/// <param name="BaseIncrement">Smallest size step.</param>
/// <param name="MinMarketFunds">Smallest notional value of an order.</param>
/// <param name="ReferencePrice">Price the seeded history and the market maker start from.</param>
internal sealed record SandboxProduct(
    string Id,
    string BaseCurrency,
    string QuoteCurrency,
    decimal QuoteIncrement,
    decimal BaseIncrement,
    decimal MinMarketFunds,
    decimal ReferencePrice)
{
    /// <summary>Display name as Coinbase writes it, for example <c>BTC/USD</c>.</summary>
    public string DisplayName => $"{BaseCurrency}/{QuoteCurrency}";

    /// <summary>Whether a price is a whole number of quote increments.</summary>
    public bool IsPriceOnIncrement(decimal price) => price % QuoteIncrement == 0;

    /// <summary>Whether a size is a whole number of base increments.</summary>
    public bool IsSizeOnIncrement(decimal size) => size % BaseIncrement == 0;

    /// <summary>Rounds a price to the nearest quote increment.</summary>
    public decimal RoundPrice(decimal price) => Math.Round(price / QuoteIncrement, MidpointRounding.AwayFromZero) * QuoteIncrement;

    /// <summary>Rounds a size down to a whole number of base increments.</summary>
    public decimal FloorSize(decimal size) => Math.Floor(size / BaseIncrement) * BaseIncrement;
}
