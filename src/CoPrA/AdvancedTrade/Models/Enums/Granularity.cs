using System.Text.Json.Serialization;

namespace CoPrA.AdvancedTrade;

/// <summary>
/// Width of a candle (<c>granularity</c> of the candles endpoints). Extensible: any wire text is kept,
/// so values this version does not list still read, compare and round-trip.
/// </summary>
[JsonConverter(typeof(WireValueConverter<Granularity>))]
public readonly record struct Granularity : IWireValue<Granularity>
{
    /// <summary>A value from its wire text, listed below or not.</summary>
    /// <param name="value">The wire text, for example <c>ONE_MINUTE</c>; not null or empty.</param>
    /// <exception cref="ArgumentException">The text is null or empty.</exception>
    public Granularity(string value) => Wire = WireValue.Require(value, nameof(value));

    private string? Wire { get; init; }

    /// <summary>One minute, <c>ONE_MINUTE</c>.</summary>
    public static Granularity OneMinute { get; } = new("ONE_MINUTE");
    /// <summary>Five minutes, <c>FIVE_MINUTE</c>.</summary>
    public static Granularity FiveMinute { get; } = new("FIVE_MINUTE");
    /// <summary>Fifteen minutes, <c>FIFTEEN_MINUTE</c>.</summary>
    public static Granularity FifteenMinute { get; } = new("FIFTEEN_MINUTE");
    /// <summary>Thirty minutes, <c>THIRTY_MINUTE</c>.</summary>
    public static Granularity ThirtyMinute { get; } = new("THIRTY_MINUTE");
    /// <summary>One hour, <c>ONE_HOUR</c>.</summary>
    public static Granularity OneHour { get; } = new("ONE_HOUR");
    /// <summary>Two hours, <c>TWO_HOUR</c>.</summary>
    public static Granularity TwoHour { get; } = new("TWO_HOUR");
    /// <summary>Six hours, <c>SIX_HOUR</c>.</summary>
    public static Granularity SixHour { get; } = new("SIX_HOUR");
    /// <summary>One day, <c>ONE_DAY</c>.</summary>
    public static Granularity OneDay { get; } = new("ONE_DAY");

    /// <summary>The value with this wire text.</summary>
    /// <param name="value">The wire text; not null or empty.</param>
    public static implicit operator Granularity(string value) => new(value);

    /// <summary>The wire text (empty for the default value).</summary>
    public override string ToString() => Wire ?? "";

    static Granularity IWireValue<Granularity>.FromWire(string wire) => new() { Wire = WireValue.Stored(wire) };
}
