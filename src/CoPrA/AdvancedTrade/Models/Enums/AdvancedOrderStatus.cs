using System.Text.Json.Serialization;

namespace CoPrA.AdvancedTrade;

/// <summary>
/// Status of an Advanced Trade order (<c>status</c>, <c>order_status</c>). Extensible: any wire text is kept, so values this version does not list still read,
/// compare and round-trip.
/// </summary>
/// <remarks>Only <c>OPEN</c> is confirmed by Coinbase's own SDK tests; the other listed values come from third-party clients and are unverified. Any other text the server sends is kept as is.</remarks>
[JsonConverter(typeof(WireValueConverter<AdvancedOrderStatus>))]
public readonly record struct AdvancedOrderStatus : IWireValue<AdvancedOrderStatus>
{
    /// <summary>A value from its wire text, listed below or not.</summary>
    /// <param name="value">The wire text, for example <c>OPEN</c>; not null or empty.</param>
    /// <exception cref="ArgumentException">The text is null or empty.</exception>
    public AdvancedOrderStatus(string value) => Wire = WireValue.Require(value, nameof(value));

    private string? Wire { get; init; }

    /// <summary>Resting or working. Wire text <c>OPEN</c>.</summary>
    public static AdvancedOrderStatus Open { get; } = new("OPEN");
    /// <summary>Fully filled (unverified). Wire text <c>FILLED</c>.</summary>
    public static AdvancedOrderStatus Filled { get; } = new("FILLED");
    /// <summary>Cancelled (unverified). Wire text <c>CANCELLED</c>.</summary>
    public static AdvancedOrderStatus Cancelled { get; } = new("CANCELLED");
    /// <summary>Expired (unverified). Wire text <c>EXPIRED</c>.</summary>
    public static AdvancedOrderStatus Expired { get; } = new("EXPIRED");
    /// <summary>Failed (unverified). Wire text <c>FAILED</c>.</summary>
    public static AdvancedOrderStatus Failed { get; } = new("FAILED");
    /// <summary>Not yet working (unverified). Wire text <c>PENDING</c>.</summary>
    public static AdvancedOrderStatus Pending { get; } = new("PENDING");
    /// <summary>Queued (unverified). Wire text <c>QUEUED</c>.</summary>
    public static AdvancedOrderStatus Queued { get; } = new("QUEUED");
    /// <summary>Cancellation queued (unverified). Wire text <c>CANCEL_QUEUED</c>.</summary>
    public static AdvancedOrderStatus CancelQueued { get; } = new("CANCEL_QUEUED");
    /// <summary>The server's own unknown value (unverified). Wire text <c>UNKNOWN_ORDER_STATUS</c>.</summary>
    public static AdvancedOrderStatus Unknown { get; } = new("UNKNOWN_ORDER_STATUS");

    /// <summary>The value with this wire text.</summary>
    /// <param name="value">The wire text; not null or empty.</param>
    public static implicit operator AdvancedOrderStatus(string value) => new(value);

    /// <summary>The wire text (empty for the default value).</summary>
    public override string ToString() => Wire ?? "";

    static AdvancedOrderStatus IWireValue<AdvancedOrderStatus>.FromWire(string wire) => new() { Wire = WireValue.Stored(wire) };
}
