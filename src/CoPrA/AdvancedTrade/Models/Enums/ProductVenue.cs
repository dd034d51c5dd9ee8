using System.Text.Json.Serialization;

namespace CoPrA.AdvancedTrade;

/// <summary>
/// Venue a product trades on (<c>product_venue</c>). Extensible: any wire text is kept, so values this version does not list still read,
/// compare and round-trip.
/// </summary>
[JsonConverter(typeof(WireValueConverter<ProductVenue>))]
public readonly record struct ProductVenue : IWireValue<ProductVenue>
{
    /// <summary>A value from its wire text, listed below or not.</summary>
    /// <param name="value">The wire text, for example <c>CBE</c>; not null or empty.</param>
    /// <exception cref="ArgumentException">The text is null or empty.</exception>
    public ProductVenue(string value) => Wire = WireValue.Require(value, nameof(value));

    private string? Wire { get; init; }

    /// <summary>Coinbase Exchange (spot). Wire text <c>CBE</c>.</summary>
    public static ProductVenue Cbe { get; } = new("CBE");
    /// <summary>The US futures commission merchant (CFM futures). Wire text <c>FCM</c>.</summary>
    public static ProductVenue Fcm { get; } = new("FCM");
    /// <summary>Coinbase International Exchange (perpetuals). Wire text <c>INTX</c>.</summary>
    public static ProductVenue Intx { get; } = new("INTX");

    /// <summary>The value with this wire text.</summary>
    /// <param name="value">The wire text; not null or empty.</param>
    public static implicit operator ProductVenue(string value) => new(value);

    /// <summary>The wire text (empty for the default value).</summary>
    public override string ToString() => Wire ?? "";

    static ProductVenue IWireValue<ProductVenue>.FromWire(string wire) => new() { Wire = WireValue.Stored(wire) };
}
