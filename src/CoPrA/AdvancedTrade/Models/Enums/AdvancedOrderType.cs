using System.Text.Json.Serialization;

namespace CoPrA.AdvancedTrade;

/// <summary>
/// Type of an Advanced Trade order (<c>order_type</c>). Extensible: any wire text is kept, so values this version does not list still read,
/// compare and round-trip.
/// </summary>
/// <remarks>Values from third-party clients generated from the API schema; any other text is kept as is.</remarks>
[JsonConverter(typeof(WireValueConverter<AdvancedOrderType>))]
public readonly record struct AdvancedOrderType : IWireValue<AdvancedOrderType>
{
    /// <summary>A value from its wire text, listed below or not.</summary>
    /// <param name="value">The wire text, for example <c>MARKET</c>; not null or empty.</param>
    /// <exception cref="ArgumentException">The text is null or empty.</exception>
    public AdvancedOrderType(string value) => Wire = WireValue.Require(value, nameof(value));

    private string? Wire { get; init; }

    /// <summary>Market. Wire text <c>MARKET</c>.</summary>
    public static AdvancedOrderType Market { get; } = new("MARKET");
    /// <summary>Limit. Wire text <c>LIMIT</c>.</summary>
    public static AdvancedOrderType Limit { get; } = new("LIMIT");
    /// <summary>Stop. Wire text <c>STOP</c>.</summary>
    public static AdvancedOrderType Stop { get; } = new("STOP");
    /// <summary>Stop-limit. Wire text <c>STOP_LIMIT</c>.</summary>
    public static AdvancedOrderType StopLimit { get; } = new("STOP_LIMIT");
    /// <summary>Bracket (take-profit and stop). Wire text <c>BRACKET</c>.</summary>
    public static AdvancedOrderType Bracket { get; } = new("BRACKET");
    /// <summary>Time-weighted average price. Wire text <c>TWAP</c>.</summary>
    public static AdvancedOrderType Twap { get; } = new("TWAP");

    /// <summary>The value with this wire text.</summary>
    /// <param name="value">The wire text; not null or empty.</param>
    public static implicit operator AdvancedOrderType(string value) => new(value);

    /// <summary>The wire text (empty for the default value).</summary>
    public override string ToString() => Wire ?? "";

    static AdvancedOrderType IWireValue<AdvancedOrderType>.FromWire(string wire) => new() { Wire = WireValue.Stored(wire) };
}
