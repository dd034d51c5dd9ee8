using System.Text.Json.Serialization;

namespace CoPrA.AdvancedTrade;

/// <summary>
/// Whether a futures contract expires (<c>contract_expiry_type</c>). Extensible: any wire text is kept, so values this version does not list still read,
/// compare and round-trip.
/// </summary>
[JsonConverter(typeof(WireValueConverter<ContractExpiryType>))]
public readonly record struct ContractExpiryType : IWireValue<ContractExpiryType>
{
    /// <summary>A value from its wire text, listed below or not.</summary>
    /// <param name="value">The wire text, for example <c>EXPIRING</c>; not null or empty.</param>
    /// <exception cref="ArgumentException">The text is null or empty.</exception>
    public ContractExpiryType(string value) => Wire = WireValue.Require(value, nameof(value));

    private string? Wire { get; init; }

    /// <summary>Dated futures. Wire text <c>EXPIRING</c>.</summary>
    public static ContractExpiryType Expiring { get; } = new("EXPIRING");
    /// <summary>Perpetual futures. Wire text <c>PERPETUAL</c>.</summary>
    public static ContractExpiryType Perpetual { get; } = new("PERPETUAL");

    /// <summary>The value with this wire text.</summary>
    /// <param name="value">The wire text; not null or empty.</param>
    public static implicit operator ContractExpiryType(string value) => new(value);

    /// <summary>The wire text (empty for the default value).</summary>
    public override string ToString() => Wire ?? "";

    static ContractExpiryType IWireValue<ContractExpiryType>.FromWire(string wire) => new() { Wire = WireValue.Stored(wire) };
}
