using System.Text.Json.Serialization;

namespace CoPrA.AdvancedTrade;

/// <summary>
/// One variant of an <see cref="OrderConfiguration"/>. Amounts are written as JSON strings with
/// their scale (<c>0.0100m</c> is <c>"0.0100"</c>), times as RFC 3339 UTC.
/// </summary>
public abstract record OrderVariant : ApiObject
{
    /// <summary>Size in the base currency.</summary>
    [JsonPropertyOrder(-3)]
    public decimal? BaseSize { get; init; }

    /// <summary>The first thing wrong with this variant, or null.</summary>
    internal abstract OrderProblem? Problem();

    /// <summary>Base size required and positive, for the variants that take no quote size.</summary>
    private protected OrderProblem? BaseSizeProblem() => OrderProblem.NotPositive("base_size", BaseSize, required: true);
}

/// <summary>A variant sized by exactly one of a base or a quote size.</summary>
public abstract record QuoteOrBaseSizedVariant : OrderVariant
{
    /// <summary>Size in the quote currency.</summary>
    [JsonPropertyOrder(-2)]
    public decimal? QuoteSize { get; init; }

    /// <summary>Exactly one of the two sizes, positive.</summary>
    private protected OrderProblem? SizeProblem() =>
        (BaseSize, QuoteSize) switch
        {
            (null, null) => new("base_size", "base_size or quote_size is required (exactly one)."),
            (not null, not null) => new("quote_size", "quote_size and base_size were both given; give exactly one."),
            _ => OrderProblem.First(OrderProblem.NotPositive("base_size", BaseSize, required: false), OrderProblem.NotPositive("quote_size", QuoteSize, required: false)),
        };

    internal override OrderProblem? Problem() => SizeProblem();
}

/// <summary>A sized variant with a limit price.</summary>
public abstract record LimitPricedVariant : QuoteOrBaseSizedVariant
{
    /// <summary>Limit price.</summary>
    [JsonPropertyOrder(-1)]
    public decimal? LimitPrice { get; init; }

    internal override OrderProblem? Problem() =>
        OrderProblem.First(SizeProblem(), OrderProblem.NotPositive("limit_price", LimitPrice, required: true));
}

/// <summary>Market order, immediate or cancel (<c>market_market_ioc</c>).</summary>
public sealed record MarketMarketIoc : QuoteOrBaseSizedVariant;

/// <summary>Market order, fill or kill (<c>market_market_fok</c>).</summary>
public sealed record MarketMarketFok : QuoteOrBaseSizedVariant;

/// <summary>Limit order, immediate or cancel, through smart order routing (<c>sor_limit_ioc</c>).</summary>
public sealed record SorLimitIoc : LimitPricedVariant;

/// <summary>Limit order, fill or kill (<c>limit_limit_fok</c>).</summary>
public sealed record LimitLimitFok : LimitPricedVariant;

/// <summary>Limit order, good till cancelled (<c>limit_limit_gtc</c>).</summary>
public sealed record LimitLimitGtc : LimitPricedVariant
{
    /// <summary>Whether the order may only add liquidity.</summary>
    public bool? PostOnly { get; init; }
}

/// <summary>Limit order, good till a date (<c>limit_limit_gtd</c>).</summary>
public sealed record LimitLimitGtd : LimitPricedVariant
{
    /// <summary>When the order expires.</summary>
    public DateTimeOffset? EndTime { get; init; }
    /// <summary>Whether the order may only add liquidity.</summary>
    public bool? PostOnly { get; init; }

    internal override OrderProblem? Problem() => OrderProblem.First(base.Problem(), OrderProblem.Missing("end_time", EndTime));
}

/// <summary>Time-weighted average price order (<c>twap_limit_gtd</c>): limit slices between a start and an end time.</summary>
public sealed record TwapLimitGtd : LimitPricedVariant
{
    /// <summary>When slicing starts.</summary>
    public DateTimeOffset? StartTime { get; init; }
    /// <summary>When slicing ends.</summary>
    public DateTimeOffset? EndTime { get; init; }
    /// <summary>Number of slices (a JSON string on the wire).</summary>
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString | JsonNumberHandling.WriteAsString)]
    public long? NumberBuckets { get; init; }
    /// <summary>Size of one slice.</summary>
    public decimal? BucketSize { get; init; }
    /// <summary>Duration of one slice, written as whole seconds with an <c>s</c> (<c>"300s"</c>).</summary>
    [JsonConverter(typeof(SecondsDurationConverter))]
    public TimeSpan? BucketDuration { get; init; }

    internal override OrderProblem? Problem() =>
        OrderProblem.First(
            base.Problem(),
            OrderProblem.Missing("start_time", StartTime),
            OrderProblem.Missing("end_time", EndTime),
            EndTime <= StartTime ? new("end_time", "end_time must be after start_time.") : null,
            NumberBuckets switch
            {
                null => new("number_buckets", "number_buckets is required."),
                <= 0 => new("number_buckets", $"number_buckets must be positive, got {JsonFormat.Integer(NumberBuckets.Value)}."),
                _ => null,
            },
            OrderProblem.NotPositive("bucket_size", BucketSize, required: false),
            BucketDuration is { } duration && (duration.Ticks <= 0 || duration.Ticks % TimeSpan.TicksPerSecond != 0)
                ? new("bucket_duration", $"bucket_duration must be a positive whole number of seconds, got {duration}.")
                : null);
}

/// <summary>Stop-limit order, good till cancelled (<c>stop_limit_stop_limit_gtc</c>).</summary>
public record StopLimitStopLimitGtc : OrderVariant
{
    /// <summary>Limit price once triggered.</summary>
    public decimal? LimitPrice { get; init; }
    /// <summary>Price that triggers the order.</summary>
    public decimal? StopPrice { get; init; }
    /// <summary>Whether the price must rise or fall to the stop price.</summary>
    public StopDirection? StopDirection { get; init; }

    internal override OrderProblem? Problem() =>
        OrderProblem.First(
            BaseSizeProblem(),
            OrderProblem.NotPositive("limit_price", LimitPrice, required: true),
            OrderProblem.NotPositive("stop_price", StopPrice, required: true),
            StopDirection is null || StopDirection == default(StopDirection) ? new("stop_direction", "stop_direction is required.") : null);
}

/// <summary>Stop-limit order, good till a date (<c>stop_limit_stop_limit_gtd</c>).</summary>
public sealed record StopLimitStopLimitGtd : StopLimitStopLimitGtc
{
    /// <summary>When the order expires.</summary>
    [JsonPropertyOrder(1)]
    public DateTimeOffset? EndTime { get; init; }

    internal override OrderProblem? Problem() => OrderProblem.First(base.Problem(), OrderProblem.Missing("end_time", EndTime));
}

/// <summary>Bracket order, good till cancelled (<c>trigger_bracket_gtc</c>): a take-profit limit and a stop trigger.</summary>
public record TriggerBracketGtc : OrderVariant
{
    /// <summary>Take-profit limit price.</summary>
    public decimal? LimitPrice { get; init; }
    /// <summary>Price that triggers the stop leg.</summary>
    public decimal? StopTriggerPrice { get; init; }

    internal override OrderProblem? Problem() => OrderProblem.First(BaseSizeProblem(), PriceProblem());

    /// <summary>Both prices required and positive (all an attached bracket needs).</summary>
    internal OrderProblem? PriceProblem() =>
        OrderProblem.First(
            OrderProblem.NotPositive("limit_price", LimitPrice, required: true),
            OrderProblem.NotPositive("stop_trigger_price", StopTriggerPrice, required: true));
}

/// <summary>Bracket order, good till a date (<c>trigger_bracket_gtd</c>).</summary>
public sealed record TriggerBracketGtd : TriggerBracketGtc
{
    /// <summary>When the order expires.</summary>
    [JsonPropertyOrder(1)]
    public DateTimeOffset? EndTime { get; init; }

    internal override OrderProblem? Problem() => OrderProblem.First(base.Problem(), OrderProblem.Missing("end_time", EndTime));
}
