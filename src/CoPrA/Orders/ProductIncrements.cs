using System.Globalization;
using System.Text.Json;

namespace CoPrA.Orders;

/// <summary>
/// A product's trading increments and limits, API-neutral, with exact decimal rounding in the safe
/// direction (a buy price down, a sell price up, a size and funds down) and a check of an order
/// against them. Pure: no I/O. Build it from an Exchange <see cref="Product"/> with
/// <see cref="From(Product)"/>, or directly for another API.
/// </summary>
/// <param name="QuoteIncrement">Price (and funds) increment in the quote currency; null when unknown (no rounding).</param>
/// <param name="BaseIncrement">Size increment in the base currency; null when unknown (no rounding).</param>
/// <param name="MinSize">Smallest size, when the API states one.</param>
/// <param name="MaxSize">Largest size, when the API states one.</param>
/// <param name="MinFunds">Smallest notional value (price × size, or market funds), when stated.</param>
/// <param name="MaxFunds">Largest notional value, when stated.</param>
public sealed record ProductIncrements(
    decimal? QuoteIncrement,
    decimal? BaseIncrement,
    decimal? MinSize = null,
    decimal? MaxSize = null,
    decimal? MinFunds = null,
    decimal? MaxFunds = null)
{
    /// <summary>
    /// The increments of an Exchange product: <c>quote_increment</c>, <c>base_increment</c>,
    /// <c>min_market_funds</c>, and <c>base_min_size</c>, <c>base_max_size</c> and
    /// <c>max_market_funds</c> when the server still sends them (removed from the API in 2022).
    /// </summary>
    /// <param name="product">The product, from <c>ProductAsync</c> or <c>ProductsAsync</c>.</param>
    public static ProductIncrements From(Product product)
    {
        ArgumentNullException.ThrowIfNull(product);
        return new ProductIncrements(
            Positive(product.QuoteIncrement),
            Positive(product.BaseIncrement),
            Extra(product, "base_min_size"),
            Extra(product, "base_max_size"),
            product.MinMarketFunds,
            Extra(product, "max_market_funds"));
    }

    /// <summary>Rounds a limit or stop price to a multiple of the quote increment: a buy down, a sell up.</summary>
    /// <param name="side">The order's side.</param>
    /// <param name="price">The price to round.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="side"/> is neither buy nor sell.</exception>
    public decimal RoundPrice(Side side, decimal price) => side switch
    {
        Side.Buy => Down(price, QuoteIncrement),
        Side.Sell => Up(price, QuoteIncrement),
        _ => throw new ArgumentOutOfRangeException(nameof(side), side, "side must be buy or sell."),
    };

    /// <summary>Rounds a size down to a multiple of the base increment.</summary>
    /// <param name="size">The size to round.</param>
    public decimal RoundSize(decimal size) => Down(size, BaseIncrement);

    /// <summary>Rounds market-order funds down to a multiple of the quote increment.</summary>
    /// <param name="funds">The funds to round.</param>
    public decimal RoundFunds(decimal funds) => Down(funds, QuoteIncrement);

    /// <summary>
    /// What is wrong with a limit order against these increments, or an empty list when nothing is.
    /// Each problem names the parameter (<c>price</c> or <c>size</c>).
    /// </summary>
    /// <param name="price">Limit price.</param>
    /// <param name="size">Size.</param>
    public IReadOnlyList<IncrementViolation> CheckLimitOrder(decimal price, decimal size)
    {
        var problems = new List<IncrementViolation>();
        AddMultiple(problems, "price", price, QuoteIncrement);
        AddSize(problems, size);
        AddFunds(problems, "size", price * size);
        return problems;
    }

    /// <summary>What is wrong with a market order of a size or of funds (give one), or an empty list.</summary>
    /// <param name="size">Size in the base currency, or null.</param>
    /// <param name="funds">Funds in the quote currency, or null.</param>
    public IReadOnlyList<IncrementViolation> CheckMarketOrder(decimal? size, decimal? funds)
    {
        var problems = new List<IncrementViolation>();
        if (size is { } baseSize)
        {
            AddSize(problems, baseSize);
        }

        if (funds is { } quoteFunds)
        {
            AddMultiple(problems, "funds", quoteFunds, QuoteIncrement);
            AddFunds(problems, "funds", quoteFunds);
        }

        return problems;
    }

    /// <summary>Throws the first problem <see cref="CheckLimitOrder"/> finds, naming its parameter.</summary>
    /// <param name="price">Limit price.</param>
    /// <param name="size">Size.</param>
    /// <exception cref="ArgumentException">The order does not conform.</exception>
    public void EnsureLimitOrder(decimal price, decimal size) => ThrowFirst(CheckLimitOrder(price, size));

    /// <summary>Throws the first problem <see cref="CheckMarketOrder"/> finds, naming its parameter.</summary>
    /// <param name="size">Size in the base currency, or null.</param>
    /// <param name="funds">Funds in the quote currency, or null.</param>
    /// <exception cref="ArgumentException">The order does not conform.</exception>
    public void EnsureMarketOrder(decimal? size, decimal? funds) => ThrowFirst(CheckMarketOrder(size, funds));

    /// <summary>Whether a value is a whole number of increments (always true without an increment).</summary>
    /// <param name="value">The value.</param>
    /// <param name="increment">The increment, or null.</param>
    public static bool IsMultiple(decimal value, decimal? increment) => increment is not { } step || value % step == 0;

    private static void ThrowFirst(IReadOnlyList<IncrementViolation> problems)
    {
        if (problems.Count > 0)
        {
            throw new ArgumentException(problems[0].Message, problems[0].ParamName);
        }
    }

    private void AddSize(List<IncrementViolation> problems, decimal size)
    {
        AddMultiple(problems, "size", size, BaseIncrement);
        if (size < MinSize)
        {
            problems.Add(new("size", IncrementRule.BelowMinimum, $"size {Text(size)} is below the minimum {Text(MinSize)}."));
        }

        if (size > MaxSize)
        {
            problems.Add(new("size", IncrementRule.AboveMaximum, $"size {Text(size)} is above the maximum {Text(MaxSize)}."));
        }
    }

    private void AddFunds(List<IncrementViolation> problems, string paramName, decimal funds)
    {
        if (funds < MinFunds)
        {
            problems.Add(new(paramName, IncrementRule.BelowMinimumFunds, $"{paramName}: the order's value {Text(funds)} is below the minimum funds {Text(MinFunds)}."));
        }

        if (funds > MaxFunds)
        {
            problems.Add(new(paramName, IncrementRule.AboveMaximumFunds, $"{paramName}: the order's value {Text(funds)} is above the maximum funds {Text(MaxFunds)}."));
        }
    }

    private static void AddMultiple(List<IncrementViolation> problems, string paramName, decimal value, decimal? increment)
    {
        if (!IsMultiple(value, increment))
        {
            problems.Add(new(paramName, IncrementRule.NotAMultiple, $"{paramName} {Text(value)} is not a multiple of the increment {Text(increment)}."));
        }
    }

    // decimal % is exact, so value - value % step is a multiple of step; Math.Round to the step's
    // scale changes no value, it only drops the trailing zeros a subtraction leaves ("100.010").
    private static decimal Down(decimal value, decimal? increment) =>
        increment is { } step ? Math.Round(value - Remainder(value, step), step.Scale) : value;

    private static decimal Up(decimal value, decimal? increment) =>
        increment is { } step && Remainder(value, step) is var rest && rest != 0 ? Math.Round(value - rest + step, step.Scale) : value;

    // The remainder towards minus infinity, so that rounding down of a negative value still goes down.
    private static decimal Remainder(decimal value, decimal step)
    {
        decimal rest = value % step;
        return rest < 0 ? rest + step : rest;
    }

    private static decimal? Positive(decimal? value) => value > 0 ? value : null;

    // A limit the API no longer documents but a server may still send: kept in ExtensionData.
    private static decimal? Extra(Product product, string name)
    {
        if (product.ExtensionData is null || !product.ExtensionData.TryGetValue(name, out var element))
        {
            return null;
        }

        return element.ValueKind switch
        {
            JsonValueKind.String when decimal.TryParse(element.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out decimal text) => Positive(text),
            JsonValueKind.Number when element.TryGetDecimal(out decimal number) => Positive(number),
            _ => null,
        };
    }

    private static string Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}

/// <summary>Which increment rule an order broke.</summary>
public enum IncrementRule
{
    /// <summary>The value is not a whole number of increments (too precise).</summary>
    NotAMultiple = 1,
    /// <summary>The size is below the minimum size.</summary>
    BelowMinimum,
    /// <summary>The size is above the maximum size.</summary>
    AboveMaximum,
    /// <summary>The order's value is below the minimum funds.</summary>
    BelowMinimumFunds,
    /// <summary>The order's value is above the maximum funds.</summary>
    AboveMaximumFunds,
}

/// <summary>One problem of an order against a product's increments.</summary>
/// <param name="ParamName">The parameter at fault: <c>price</c>, <c>size</c> or <c>funds</c>.</param>
/// <param name="Rule">The rule broken.</param>
/// <param name="Message">A readable explanation, naming the values.</param>
public sealed record IncrementViolation(string ParamName, IncrementRule Rule, string Message);
