using System.Text.Json.Serialization;

namespace CoPrA.AdvancedTrade;

/// <summary>
/// Kind of product (<c>product_type</c>). Extensible: any wire text is kept, so values this version does not list still read,
/// compare and round-trip.
/// </summary>
[JsonConverter(typeof(WireValueConverter<ProductType>))]
public readonly record struct ProductType : IWireValue<ProductType>
{
    /// <summary>A value from its wire text, listed below or not.</summary>
    /// <param name="value">The wire text, for example <c>SPOT</c>; not null or empty.</param>
    /// <exception cref="ArgumentException">The text is null or empty.</exception>
    public ProductType(string value) => Wire = WireValue.Require(value, nameof(value));

    private string? Wire { get; init; }

    /// <summary>Spot trading pair. Wire text <c>SPOT</c>.</summary>
    public static ProductType Spot { get; } = new("SPOT");
    /// <summary>Futures contract, expiring or perpetual. Wire text <c>FUTURE</c>.</summary>
    public static ProductType Future { get; } = new("FUTURE");

    /// <summary>The value with this wire text.</summary>
    /// <param name="value">The wire text; not null or empty.</param>
    public static implicit operator ProductType(string value) => new(value);

    /// <summary>The wire text (empty for the default value).</summary>
    public override string ToString() => Wire ?? "";

    static ProductType IWireValue<ProductType>.FromWire(string wire) => new() { Wire = WireValue.Stored(wire) };
}
