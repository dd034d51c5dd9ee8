using System.Text.Json.Serialization;

namespace CoPrA.AdvancedTrade;

/// <summary>
/// Time in force of an Advanced Trade order (<c>time_in_force</c>). Extensible: any wire text is kept, so values this version does not list still read,
/// compare and round-trip.
/// </summary>
/// <remarks>Values from third-party clients generated from the API schema (unverified); any other text is kept as is.</remarks>
[JsonConverter(typeof(WireValueConverter<AdvancedTimeInForce>))]
public readonly record struct AdvancedTimeInForce : IWireValue<AdvancedTimeInForce>
{
    /// <summary>A value from its wire text, listed below or not.</summary>
    /// <param name="value">The wire text, for example <c>GOOD_UNTIL_DATE_TIME</c>; not null or empty.</param>
    /// <exception cref="ArgumentException">The text is null or empty.</exception>
    public AdvancedTimeInForce(string value) => Wire = WireValue.Require(value, nameof(value));

    private string? Wire { get; init; }

    /// <summary>Good until a date and time. Wire text <c>GOOD_UNTIL_DATE_TIME</c>.</summary>
    public static AdvancedTimeInForce GoodUntilDateTime { get; } = new("GOOD_UNTIL_DATE_TIME");
    /// <summary>Good until cancelled. Wire text <c>GOOD_UNTIL_CANCELLED</c>.</summary>
    public static AdvancedTimeInForce GoodUntilCancelled { get; } = new("GOOD_UNTIL_CANCELLED");
    /// <summary>Immediate or cancel. Wire text <c>IMMEDIATE_OR_CANCEL</c>.</summary>
    public static AdvancedTimeInForce ImmediateOrCancel { get; } = new("IMMEDIATE_OR_CANCEL");
    /// <summary>Fill or kill. Wire text <c>FILL_OR_KILL</c>.</summary>
    public static AdvancedTimeInForce FillOrKill { get; } = new("FILL_OR_KILL");

    /// <summary>The value with this wire text.</summary>
    /// <param name="value">The wire text; not null or empty.</param>
    public static implicit operator AdvancedTimeInForce(string value) => new(value);

    /// <summary>The wire text (empty for the default value).</summary>
    public override string ToString() => Wire ?? "";

    static AdvancedTimeInForce IWireValue<AdvancedTimeInForce>.FromWire(string wire) => new() { Wire = WireValue.Stored(wire) };
}
