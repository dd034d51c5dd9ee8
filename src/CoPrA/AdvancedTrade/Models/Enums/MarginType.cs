using System.Text.Json.Serialization;

namespace CoPrA.AdvancedTrade;

/// <summary>
/// Margin mode of a leveraged order or position (<c>margin_type</c>). Extensible: any wire text is kept, so values this version does not list still read,
/// compare and round-trip.
/// </summary>
[JsonConverter(typeof(WireValueConverter<MarginType>))]
public readonly record struct MarginType : IWireValue<MarginType>
{
    /// <summary>A value from its wire text, listed below or not.</summary>
    /// <param name="value">The wire text, for example <c>CROSS</c>; not null or empty.</param>
    /// <exception cref="ArgumentException">The text is null or empty.</exception>
    public MarginType(string value) => Wire = WireValue.Require(value, nameof(value));

    private string? Wire { get; init; }

    /// <summary>Margin shared across the whole portfolio (the server's default). Wire text <c>CROSS</c>.</summary>
    public static MarginType Cross { get; } = new("CROSS");
    /// <summary>Margin applied to one position only. Wire text <c>ISOLATED</c>.</summary>
    public static MarginType Isolated { get; } = new("ISOLATED");

    /// <summary>The value with this wire text.</summary>
    /// <param name="value">The wire text; not null or empty.</param>
    public static implicit operator MarginType(string value) => new(value);

    /// <summary>The wire text (empty for the default value).</summary>
    public override string ToString() => Wire ?? "";

    static MarginType IWireValue<MarginType>.FromWire(string wire) => new() { Wire = WireValue.Stored(wire) };
}
