using System.Text.Json.Serialization;

namespace CoPrA.AdvancedTrade;

/// <summary>
/// Which way the price must cross a stop-limit order's stop price (<c>stop_direction</c>). Extensible: any wire text is kept, so values this version does not list still read,
/// compare and round-trip.
/// </summary>
[JsonConverter(typeof(WireValueConverter<StopDirection>))]
public readonly record struct StopDirection : IWireValue<StopDirection>
{
    /// <summary>A value from its wire text, listed below or not.</summary>
    /// <param name="value">The wire text, for example <c>STOP_DIRECTION_STOP_UP</c>; not null or empty.</param>
    /// <exception cref="ArgumentException">The text is null or empty.</exception>
    public StopDirection(string value) => Wire = WireValue.Require(value, nameof(value));

    private string? Wire { get; init; }

    /// <summary>Triggers when the price rises to the stop price. Wire text <c>STOP_DIRECTION_STOP_UP</c>.</summary>
    public static StopDirection StopUp { get; } = new("STOP_DIRECTION_STOP_UP");
    /// <summary>Triggers when the price falls to the stop price. Wire text <c>STOP_DIRECTION_STOP_DOWN</c>.</summary>
    public static StopDirection StopDown { get; } = new("STOP_DIRECTION_STOP_DOWN");

    /// <summary>The value with this wire text.</summary>
    /// <param name="value">The wire text; not null or empty.</param>
    public static implicit operator StopDirection(string value) => new(value);

    /// <summary>The wire text (empty for the default value).</summary>
    public override string ToString() => Wire ?? "";

    static StopDirection IWireValue<StopDirection>.FromWire(string wire) => new() { Wire = WireValue.Stored(wire) };
}
