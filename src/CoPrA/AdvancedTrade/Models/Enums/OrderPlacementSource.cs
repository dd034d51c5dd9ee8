using System.Text.Json.Serialization;

namespace CoPrA.AdvancedTrade;

/// <summary>
/// Where an order was placed from (<c>order_placement_source</c>). Extensible: any wire text is kept, so values this version does not list still read,
/// compare and round-trip.
/// </summary>
[JsonConverter(typeof(WireValueConverter<OrderPlacementSource>))]
public readonly record struct OrderPlacementSource : IWireValue<OrderPlacementSource>
{
    /// <summary>A value from its wire text, listed below or not.</summary>
    /// <param name="value">The wire text, for example <c>RETAIL_SIMPLE</c>; not null or empty.</param>
    /// <exception cref="ArgumentException">The text is null or empty.</exception>
    public OrderPlacementSource(string value) => Wire = WireValue.Require(value, nameof(value));

    private string? Wire { get; init; }

    /// <summary>The simple trade interface. Wire text <c>RETAIL_SIMPLE</c>.</summary>
    public static OrderPlacementSource RetailSimple { get; } = new("RETAIL_SIMPLE");
    /// <summary>Advanced Trade. Wire text <c>RETAIL_ADVANCED</c>.</summary>
    public static OrderPlacementSource RetailAdvanced { get; } = new("RETAIL_ADVANCED");

    /// <summary>The value with this wire text.</summary>
    /// <param name="value">The wire text; not null or empty.</param>
    public static implicit operator OrderPlacementSource(string value) => new(value);

    /// <summary>The wire text (empty for the default value).</summary>
    public override string ToString() => Wire ?? "";

    static OrderPlacementSource IWireValue<OrderPlacementSource>.FromWire(string wire) => new() { Wire = WireValue.Stored(wire) };
}
