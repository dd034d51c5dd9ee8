using System.Text.Json.Serialization;

namespace CoPrA.AdvancedTrade;

/// <summary>
/// Margin profile asked about by the current-margin-window endpoint (<c>margin_profile_type</c>). Extensible: any wire text is kept, so values this version does not list still read,
/// compare and round-trip.
/// </summary>
/// <remarks>Values from third-party clients generated from the API schema (unverified); any other text is kept as is.</remarks>
[JsonConverter(typeof(WireValueConverter<MarginProfileType>))]
public readonly record struct MarginProfileType : IWireValue<MarginProfileType>
{
    /// <summary>A value from its wire text, listed below or not.</summary>
    /// <param name="value">The wire text, for example <c>MARGIN_PROFILE_TYPE_UNSPECIFIED</c>; not null or empty.</param>
    /// <exception cref="ArgumentException">The text is null or empty.</exception>
    public MarginProfileType(string value) => Wire = WireValue.Require(value, nameof(value));

    private string? Wire { get; init; }

    /// <summary>Not specified. Wire text <c>MARGIN_PROFILE_TYPE_UNSPECIFIED</c>.</summary>
    public static MarginProfileType Unspecified { get; } = new("MARGIN_PROFILE_TYPE_UNSPECIFIED");
    /// <summary>Regular retail margin. Wire text <c>MARGIN_PROFILE_TYPE_RETAIL_REGULAR</c>.</summary>
    public static MarginProfileType RetailRegular { get; } = new("MARGIN_PROFILE_TYPE_RETAIL_REGULAR");
    /// <summary>Retail intraday margin. Wire text <c>MARGIN_PROFILE_TYPE_RETAIL_INTRADAY_MARGIN_1</c>.</summary>
    public static MarginProfileType RetailIntradayMargin1 { get; } = new("MARGIN_PROFILE_TYPE_RETAIL_INTRADAY_MARGIN_1");

    /// <summary>The value with this wire text.</summary>
    /// <param name="value">The wire text; not null or empty.</param>
    public static implicit operator MarginProfileType(string value) => new(value);

    /// <summary>The wire text (empty for the default value).</summary>
    public override string ToString() => Wire ?? "";

    static MarginProfileType IWireValue<MarginProfileType>.FromWire(string wire) => new() { Wire = WireValue.Stored(wire) };
}
