using System.Text.Json.Serialization;

namespace CoPrA.AdvancedTrade;

/// <summary>
/// Intraday margin setting of a CFM futures account (<c>setting</c>). Extensible: any wire text is kept, so values this version does not list still read,
/// compare and round-trip.
/// </summary>
[JsonConverter(typeof(WireValueConverter<IntradayMarginSetting>))]
public readonly record struct IntradayMarginSetting : IWireValue<IntradayMarginSetting>
{
    /// <summary>A value from its wire text, listed below or not.</summary>
    /// <param name="value">The wire text, for example <c>INTRADAY_MARGIN_SETTING_STANDARD</c>; not null or empty.</param>
    /// <exception cref="ArgumentException">The text is null or empty.</exception>
    public IntradayMarginSetting(string value) => Wire = WireValue.Require(value, nameof(value));

    private string? Wire { get; init; }

    /// <summary>Standard (overnight) margin all day. Wire text <c>INTRADAY_MARGIN_SETTING_STANDARD</c>.</summary>
    public static IntradayMarginSetting Standard { get; } = new("INTRADAY_MARGIN_SETTING_STANDARD");
    /// <summary>Reduced intraday margin during the intraday window. Wire text <c>INTRADAY_MARGIN_SETTING_INTRADAY</c>.</summary>
    public static IntradayMarginSetting Intraday { get; } = new("INTRADAY_MARGIN_SETTING_INTRADAY");

    /// <summary>The value with this wire text.</summary>
    /// <param name="value">The wire text; not null or empty.</param>
    public static implicit operator IntradayMarginSetting(string value) => new(value);

    /// <summary>The wire text (empty for the default value).</summary>
    public override string ToString() => Wire ?? "";

    static IntradayMarginSetting IWireValue<IntradayMarginSetting>.FromWire(string wire) => new() { Wire = WireValue.Stored(wire) };
}
