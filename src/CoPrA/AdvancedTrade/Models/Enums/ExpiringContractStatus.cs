using System.Text.Json.Serialization;

namespace CoPrA.AdvancedTrade;

/// <summary>
/// Filter on dated futures by expiry (<c>expiring_contract_status</c> of the product lists). Extensible: any wire text is kept, so values this version does not list still read,
/// compare and round-trip.
/// </summary>
[JsonConverter(typeof(WireValueConverter<ExpiringContractStatus>))]
public readonly record struct ExpiringContractStatus : IWireValue<ExpiringContractStatus>
{
    /// <summary>A value from its wire text, listed below or not.</summary>
    /// <param name="value">The wire text, for example <c>STATUS_UNEXPIRED</c>; not null or empty.</param>
    /// <exception cref="ArgumentException">The text is null or empty.</exception>
    public ExpiringContractStatus(string value) => Wire = WireValue.Require(value, nameof(value));

    private string? Wire { get; init; }

    /// <summary>Contracts not yet expired. Wire text <c>STATUS_UNEXPIRED</c>.</summary>
    public static ExpiringContractStatus Unexpired { get; } = new("STATUS_UNEXPIRED");
    /// <summary>Expired contracts. Wire text <c>STATUS_EXPIRED</c>.</summary>
    public static ExpiringContractStatus Expired { get; } = new("STATUS_EXPIRED");
    /// <summary>Both. Wire text <c>STATUS_ALL</c>.</summary>
    public static ExpiringContractStatus All { get; } = new("STATUS_ALL");

    /// <summary>The value with this wire text.</summary>
    /// <param name="value">The wire text; not null or empty.</param>
    public static implicit operator ExpiringContractStatus(string value) => new(value);

    /// <summary>The wire text (empty for the default value).</summary>
    public override string ToString() => Wire ?? "";

    static ExpiringContractStatus IWireValue<ExpiringContractStatus>.FromWire(string wire) => new() { Wire = WireValue.Stored(wire) };
}
