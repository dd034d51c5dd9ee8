using System.Text.Json.Serialization;

namespace CoPrA.AdvancedTrade;

/// <summary>
/// Side of an order, fill or trade (<c>side</c>). Extensible: any wire text is kept, so values this version does not list still read,
/// compare and round-trip.
/// </summary>
[JsonConverter(typeof(WireValueConverter<OrderSide>))]
public readonly record struct OrderSide : IWireValue<OrderSide>
{
    /// <summary>A value from its wire text, listed below or not.</summary>
    /// <param name="value">The wire text, for example <c>BUY</c>; not null or empty.</param>
    /// <exception cref="ArgumentException">The text is null or empty.</exception>
    public OrderSide(string value) => Wire = WireValue.Require(value, nameof(value));

    private string? Wire { get; init; }

    /// <summary>Buy. Wire text <c>BUY</c>.</summary>
    public static OrderSide Buy { get; } = new("BUY");
    /// <summary>Sell. Wire text <c>SELL</c>.</summary>
    public static OrderSide Sell { get; } = new("SELL");

    /// <summary>The value with this wire text.</summary>
    /// <param name="value">The wire text; not null or empty.</param>
    public static implicit operator OrderSide(string value) => new(value);

    /// <summary>The wire text (empty for the default value).</summary>
    public override string ToString() => Wire ?? "";

    static OrderSide IWireValue<OrderSide>.FromWire(string wire) => new() { Wire = WireValue.Stored(wire) };
}
