using System.Text.Json.Serialization;

namespace CoPrA.AdvancedTrade;

/// <summary>
/// The <c>order_configuration</c> of an order: exactly one variant set, the others null. The same
/// object is sent with create and preview requests and returned on orders; a variant this version
/// does not know is kept in <see cref="ApiObject.ExtensionData"/>. Build one with the static
/// factories (they check their arguments) and check one with <see cref="Validate"/>.
/// </summary>
public sealed record OrderConfiguration : ApiObject
{
    /// <summary>Market order, immediate or cancel.</summary>
    public MarketMarketIoc? MarketMarketIoc { get; init; }
    /// <summary>Market order, fill or kill.</summary>
    public MarketMarketFok? MarketMarketFok { get; init; }
    /// <summary>Limit order, immediate or cancel, through smart order routing.</summary>
    public SorLimitIoc? SorLimitIoc { get; init; }
    /// <summary>Limit order, good till cancelled.</summary>
    public LimitLimitGtc? LimitLimitGtc { get; init; }
    /// <summary>Limit order, good till a date.</summary>
    public LimitLimitGtd? LimitLimitGtd { get; init; }
    /// <summary>Limit order, fill or kill.</summary>
    public LimitLimitFok? LimitLimitFok { get; init; }
    /// <summary>Time-weighted average price order: limit slices between a start and an end time.</summary>
    public TwapLimitGtd? TwapLimitGtd { get; init; }
    /// <summary>Stop-limit order, good till cancelled.</summary>
    public StopLimitStopLimitGtc? StopLimitStopLimitGtc { get; init; }
    /// <summary>Stop-limit order, good till a date.</summary>
    public StopLimitStopLimitGtd? StopLimitStopLimitGtd { get; init; }
    /// <summary>Bracket order (take-profit limit and stop trigger), good till cancelled.</summary>
    public TriggerBracketGtc? TriggerBracketGtc { get; init; }
    /// <summary>Bracket order, good till a date.</summary>
    public TriggerBracketGtd? TriggerBracketGtd { get; init; }

    /// <summary>A market order, immediate or cancel, for exactly one of a quote or a base size.</summary>
    /// <param name="quoteSize">Amount of the quote currency to spend (buy).</param>
    /// <param name="baseSize">Amount of the base currency to buy or sell.</param>
    /// <exception cref="ArgumentException">Not exactly one size given, or a size not positive.</exception>
    public static OrderConfiguration MarketIoc(decimal? quoteSize = null, decimal? baseSize = null) =>
        Checked(new() { MarketMarketIoc = new() { QuoteSize = quoteSize, BaseSize = baseSize } });

    /// <summary>A market order, fill or kill, for exactly one of a quote or a base size.</summary>
    /// <param name="quoteSize">Amount of the quote currency to spend (buy).</param>
    /// <param name="baseSize">Amount of the base currency to buy or sell.</param>
    /// <exception cref="ArgumentException">Not exactly one size given, or a size not positive.</exception>
    public static OrderConfiguration MarketFok(decimal? quoteSize = null, decimal? baseSize = null) =>
        Checked(new() { MarketMarketFok = new() { QuoteSize = quoteSize, BaseSize = baseSize } });

    /// <summary>A limit order, immediate or cancel (smart order routing).</summary>
    /// <param name="limitPrice">Limit price.</param>
    /// <param name="baseSize">Size in the base currency (give this or <paramref name="quoteSize"/>).</param>
    /// <param name="quoteSize">Size in the quote currency.</param>
    /// <exception cref="ArgumentException">Not exactly one size given, or a size or price not positive.</exception>
    public static OrderConfiguration LimitIoc(decimal limitPrice, decimal? baseSize = null, decimal? quoteSize = null) =>
        Checked(new() { SorLimitIoc = new() { LimitPrice = limitPrice, BaseSize = baseSize, QuoteSize = quoteSize } });

    /// <summary>A limit order, good till cancelled.</summary>
    /// <param name="limitPrice">Limit price.</param>
    /// <param name="baseSize">Size in the base currency (give this or <paramref name="quoteSize"/>).</param>
    /// <param name="quoteSize">Size in the quote currency.</param>
    /// <param name="postOnly">Whether the order may only add liquidity.</param>
    /// <exception cref="ArgumentException">Not exactly one size given, or a size or price not positive.</exception>
    public static OrderConfiguration LimitGtc(decimal limitPrice, decimal? baseSize = null, decimal? quoteSize = null, bool postOnly = false) =>
        Checked(new() { LimitLimitGtc = new() { LimitPrice = limitPrice, BaseSize = baseSize, QuoteSize = quoteSize, PostOnly = postOnly } });

    /// <summary>A limit order, good till <paramref name="endTime"/>.</summary>
    /// <param name="limitPrice">Limit price.</param>
    /// <param name="endTime">When the order expires.</param>
    /// <param name="baseSize">Size in the base currency (give this or <paramref name="quoteSize"/>).</param>
    /// <param name="quoteSize">Size in the quote currency.</param>
    /// <param name="postOnly">Whether the order may only add liquidity.</param>
    /// <exception cref="ArgumentException">Not exactly one size given, or a size or price not positive.</exception>
    public static OrderConfiguration LimitGtd(decimal limitPrice, DateTimeOffset endTime, decimal? baseSize = null, decimal? quoteSize = null, bool postOnly = false) =>
        Checked(new() { LimitLimitGtd = new() { LimitPrice = limitPrice, EndTime = endTime, BaseSize = baseSize, QuoteSize = quoteSize, PostOnly = postOnly } });

    /// <summary>A limit order, fill or kill.</summary>
    /// <param name="limitPrice">Limit price.</param>
    /// <param name="baseSize">Size in the base currency (give this or <paramref name="quoteSize"/>).</param>
    /// <param name="quoteSize">Size in the quote currency.</param>
    /// <exception cref="ArgumentException">Not exactly one size given, or a size or price not positive.</exception>
    public static OrderConfiguration LimitFok(decimal limitPrice, decimal? baseSize = null, decimal? quoteSize = null) =>
        Checked(new() { LimitLimitFok = new() { LimitPrice = limitPrice, BaseSize = baseSize, QuoteSize = quoteSize } });

    /// <summary>A time-weighted average price order: limit slices from <paramref name="startTime"/> to <paramref name="endTime"/>.</summary>
    /// <param name="limitPrice">Limit price of every slice.</param>
    /// <param name="startTime">When slicing starts.</param>
    /// <param name="endTime">When slicing ends; after <paramref name="startTime"/>.</param>
    /// <param name="numberBuckets">Number of slices.</param>
    /// <param name="baseSize">Total size in the base currency (give this or <paramref name="quoteSize"/>).</param>
    /// <param name="quoteSize">Total size in the quote currency.</param>
    /// <param name="bucketSize">Size of one slice.</param>
    /// <param name="bucketDuration">Duration of one slice, whole seconds.</param>
    /// <exception cref="ArgumentException">Not exactly one size given, a size, price or count not positive, or the end not after the start.</exception>
    public static OrderConfiguration TwapGtd(
        decimal limitPrice, DateTimeOffset startTime, DateTimeOffset endTime, long numberBuckets,
        decimal? baseSize = null, decimal? quoteSize = null, decimal? bucketSize = null, TimeSpan? bucketDuration = null) =>
        Checked(new()
        {
            TwapLimitGtd = new()
            {
                LimitPrice = limitPrice, StartTime = startTime, EndTime = endTime, NumberBuckets = numberBuckets,
                BaseSize = baseSize, QuoteSize = quoteSize, BucketSize = bucketSize, BucketDuration = bucketDuration,
            },
        });

    /// <summary>A stop-limit order, good till cancelled.</summary>
    /// <param name="baseSize">Size in the base currency.</param>
    /// <param name="limitPrice">Limit price once triggered.</param>
    /// <param name="stopPrice">Price that triggers the order.</param>
    /// <param name="stopDirection">Whether the price must rise or fall to the stop price.</param>
    /// <exception cref="ArgumentException">A size or price not positive, or no stop direction.</exception>
    public static OrderConfiguration StopLimitGtc(decimal baseSize, decimal limitPrice, decimal stopPrice, StopDirection stopDirection) =>
        Checked(new() { StopLimitStopLimitGtc = new() { BaseSize = baseSize, LimitPrice = limitPrice, StopPrice = stopPrice, StopDirection = stopDirection } });

    /// <summary>A stop-limit order, good till <paramref name="endTime"/>.</summary>
    /// <param name="baseSize">Size in the base currency.</param>
    /// <param name="limitPrice">Limit price once triggered.</param>
    /// <param name="stopPrice">Price that triggers the order.</param>
    /// <param name="endTime">When the order expires.</param>
    /// <param name="stopDirection">Whether the price must rise or fall to the stop price.</param>
    /// <exception cref="ArgumentException">A size or price not positive, or no stop direction.</exception>
    public static OrderConfiguration StopLimitGtd(decimal baseSize, decimal limitPrice, decimal stopPrice, DateTimeOffset endTime, StopDirection stopDirection) =>
        Checked(new() { StopLimitStopLimitGtd = new() { BaseSize = baseSize, LimitPrice = limitPrice, StopPrice = stopPrice, EndTime = endTime, StopDirection = stopDirection } });

    /// <summary>A bracket order, good till cancelled: a take-profit limit and a stop trigger.</summary>
    /// <param name="baseSize">Size in the base currency.</param>
    /// <param name="limitPrice">Take-profit limit price.</param>
    /// <param name="stopTriggerPrice">Price that triggers the stop leg.</param>
    /// <exception cref="ArgumentException">A size or price not positive.</exception>
    public static OrderConfiguration BracketGtc(decimal baseSize, decimal limitPrice, decimal stopTriggerPrice) =>
        Checked(new() { TriggerBracketGtc = new() { BaseSize = baseSize, LimitPrice = limitPrice, StopTriggerPrice = stopTriggerPrice } });

    /// <summary>A bracket order, good till <paramref name="endTime"/>.</summary>
    /// <param name="baseSize">Size in the base currency.</param>
    /// <param name="limitPrice">Take-profit limit price.</param>
    /// <param name="stopTriggerPrice">Price that triggers the stop leg.</param>
    /// <param name="endTime">When the order expires.</param>
    /// <exception cref="ArgumentException">A size or price not positive.</exception>
    public static OrderConfiguration BracketGtd(decimal baseSize, decimal limitPrice, decimal stopTriggerPrice, DateTimeOffset endTime) =>
        Checked(new() { TriggerBracketGtd = new() { BaseSize = baseSize, LimitPrice = limitPrice, StopTriggerPrice = stopTriggerPrice, EndTime = endTime } });

    /// <summary>
    /// Checks that exactly one variant is set and that it is complete: exactly one of base and
    /// quote size where either may be given, sizes, prices and counts positive, an end after the start.
    /// </summary>
    /// <param name="paramName">The parameter the configuration came in, named by the exception.</param>
    /// <exception cref="ArgumentException">The configuration is not valid; the message names the field.</exception>
    public void Validate(string paramName) => OrderProblem.ThrowIf(Problem(), paramName);

    private OrderProblem? Problem()
    {
        (string Key, OrderVariant? Variant)[] variants =
        [
            ("market_market_ioc", MarketMarketIoc), ("market_market_fok", MarketMarketFok), ("sor_limit_ioc", SorLimitIoc),
            ("limit_limit_gtc", LimitLimitGtc), ("limit_limit_gtd", LimitLimitGtd), ("limit_limit_fok", LimitLimitFok),
            ("twap_limit_gtd", TwapLimitGtd), ("stop_limit_stop_limit_gtc", StopLimitStopLimitGtc),
            ("stop_limit_stop_limit_gtd", StopLimitStopLimitGtd), ("trigger_bracket_gtc", TriggerBracketGtc),
            ("trigger_bracket_gtd", TriggerBracketGtd),
        ];
        var set = variants.Where(v => v.Variant is not null).ToArray();
        if (set.Length != 1)
        {
            return new("order_configuration", $"An order configuration needs exactly one variant; it has {set.Length}"
                + (set.Length == 0 ? "." : $" ({string.Join(", ", set.Select(v => v.Key))})."));
        }

        return set[0].Variant!.Problem()?.Within(set[0].Key);
    }

    // Factories name their own parameters, which are the camelCase of the wire fields.
    private static OrderConfiguration Checked(OrderConfiguration configuration)
    {
        OrderProblem.ThrowIf(configuration.Problem(), paramName: null);
        return configuration;
    }
}

/// <summary>
/// The <c>attached_order_configuration</c> of a create or preview request: an order attached to the
/// parent. Only a <c>trigger_bracket_gtc</c> without a size is eligible (it takes the parent's size).
/// </summary>
public sealed record AttachedOrderConfiguration : ApiObject
{
    /// <summary>The attached bracket; its <see cref="OrderVariant.BaseSize"/> must be null.</summary>
    public TriggerBracketGtc? TriggerBracketGtc { get; init; }

    /// <summary>An attached bracket: take profit at <paramref name="limitPrice"/>, stop triggered at <paramref name="stopTriggerPrice"/>.</summary>
    /// <param name="limitPrice">Take-profit limit price.</param>
    /// <param name="stopTriggerPrice">Price that triggers the stop leg.</param>
    /// <exception cref="ArgumentException">A price not positive.</exception>
    public static AttachedOrderConfiguration TriggerBracket(decimal limitPrice, decimal stopTriggerPrice)
    {
        var attached = new AttachedOrderConfiguration { TriggerBracketGtc = new() { LimitPrice = limitPrice, StopTriggerPrice = stopTriggerPrice } };
        OrderProblem.ThrowIf(attached.Problem(), paramName: null);
        return attached;
    }

    /// <summary>Checks that the bracket is set, has no size and positive prices.</summary>
    /// <param name="paramName">The parameter the configuration came in, named by the exception.</param>
    /// <exception cref="ArgumentException">The configuration is not valid; the message names the field.</exception>
    public void Validate(string paramName) => OrderProblem.ThrowIf(Problem(), paramName);

    private OrderProblem? Problem() =>
        TriggerBracketGtc switch
        {
            null => new("attached_order_configuration", "An attached order configuration needs trigger_bracket_gtc, the only eligible variant."),
            { BaseSize: not null } => new OrderProblem("base_size", "base_size must be left out: the attached order takes the parent order's size.").Within("trigger_bracket_gtc"),
            var bracket => bracket.PriceProblem()?.Within("trigger_bracket_gtc"),
        };
}

/// <summary>What is wrong with an order configuration: the wire field and a message naming it.</summary>
internal sealed record OrderProblem(string Field, string Message)
{
    /// <summary>The factory parameter for the field: its camelCase name (<c>base_size</c> is <c>baseSize</c>).</summary>
    public string ParameterName =>
        string.Concat(Field.Split('_').Select((part, i) => i == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));

    /// <summary>The same problem with the field placed inside its variant in the message.</summary>
    public OrderProblem Within(string variant) => this with { Message = $"{variant}.{Message}" };

    public static OrderProblem? NotPositive(string field, decimal? value, bool required) =>
        value switch
        {
            null when required => new(field, $"{field} is required."),
            <= 0 => new(field, $"{field} must be positive, got {JsonFormat.Decimal(value.Value)}."),
            _ => null,
        };

    /// <summary>Throws for a problem, naming <paramref name="paramName"/>, or the factory parameter for the field when it is null.</summary>
    public static void ThrowIf(OrderProblem? problem, string? paramName)
    {
        if (problem is not null)
        {
            throw new ArgumentException(problem.Message, paramName ?? problem.ParameterName);
        }
    }

    public static OrderProblem? Missing(string field, DateTimeOffset? value) =>
        value is null ? new(field, $"{field} is required.") : null;

    public static OrderProblem? First(params ReadOnlySpan<OrderProblem?> problems)
    {
        foreach (var problem in problems)
        {
            if (problem is not null)
            {
                return problem;
            }
        }

        return null;
    }
}
