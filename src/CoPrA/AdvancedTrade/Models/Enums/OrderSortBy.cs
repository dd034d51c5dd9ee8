using System.Text.Json.Serialization;

namespace CoPrA.AdvancedTrade;

/// <summary>
/// Sort order of the order list (<c>sort_by</c>). Extensible: any wire text is kept, so values this version does not list still read,
/// compare and round-trip.
/// </summary>
[JsonConverter(typeof(WireValueConverter<OrderSortBy>))]
public readonly record struct OrderSortBy : IWireValue<OrderSortBy>
{
    /// <summary>A value from its wire text, listed below or not.</summary>
    /// <param name="value">The wire text, for example <c>LIMIT_PRICE</c>; not null or empty.</param>
    /// <exception cref="ArgumentException">The text is null or empty.</exception>
    public OrderSortBy(string value) => Wire = WireValue.Require(value, nameof(value));

    private string? Wire { get; init; }

    /// <summary>By limit price. Wire text <c>LIMIT_PRICE</c>.</summary>
    public static OrderSortBy LimitPrice { get; } = new("LIMIT_PRICE");
    /// <summary>By the time of the last fill. Wire text <c>LAST_FILL_TIME</c>.</summary>
    public static OrderSortBy LastFillTime { get; } = new("LAST_FILL_TIME");

    /// <summary>The value with this wire text.</summary>
    /// <param name="value">The wire text; not null or empty.</param>
    public static implicit operator OrderSortBy(string value) => new(value);

    /// <summary>The wire text (empty for the default value).</summary>
    public override string ToString() => Wire ?? "";

    static OrderSortBy IWireValue<OrderSortBy>.FromWire(string wire) => new() { Wire = WireValue.Stored(wire) };
}
