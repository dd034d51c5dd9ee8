using System.Text.Json.Serialization;

namespace CoPrA.AdvancedTrade;

/// <summary>
/// Status of a CFM futures sweep (<c>status</c> of a sweep). Extensible: any wire text is kept, so values this version does not list still read,
/// compare and round-trip.
/// </summary>
/// <remarks>Values from third-party clients generated from the API schema (unverified); any other text is kept as is.</remarks>
[JsonConverter(typeof(WireValueConverter<FuturesSweepStatus>))]
public readonly record struct FuturesSweepStatus : IWireValue<FuturesSweepStatus>
{
    /// <summary>A value from its wire text, listed below or not.</summary>
    /// <param name="value">The wire text, for example <c>UNKNOWN_FCM_SWEEP_STATUS</c>; not null or empty.</param>
    /// <exception cref="ArgumentException">The text is null or empty.</exception>
    public FuturesSweepStatus(string value) => Wire = WireValue.Require(value, nameof(value));

    private string? Wire { get; init; }

    /// <summary>The server's own unknown value. Wire text <c>UNKNOWN_FCM_SWEEP_STATUS</c>.</summary>
    public static FuturesSweepStatus Unknown { get; } = new("UNKNOWN_FCM_SWEEP_STATUS");
    /// <summary>Scheduled, not yet processed. Wire text <c>PENDING</c>.</summary>
    public static FuturesSweepStatus Pending { get; } = new("PENDING");
    /// <summary>Being processed. Wire text <c>PROCESSING</c>.</summary>
    public static FuturesSweepStatus Processing { get; } = new("PROCESSING");

    /// <summary>The value with this wire text.</summary>
    /// <param name="value">The wire text; not null or empty.</param>
    public static implicit operator FuturesSweepStatus(string value) => new(value);

    /// <summary>The wire text (empty for the default value).</summary>
    public override string ToString() => Wire ?? "";

    static FuturesSweepStatus IWireValue<FuturesSweepStatus>.FromWire(string wire) => new() { Wire = WireValue.Stored(wire) };
}
