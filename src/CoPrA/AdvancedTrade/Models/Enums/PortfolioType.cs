using System.Text.Json.Serialization;

namespace CoPrA.AdvancedTrade;

/// <summary>
/// Kind of portfolio (<c>portfolio_type</c>, <c>type</c> of a portfolio). Extensible: any wire text is kept, so values this version does not list still read,
/// compare and round-trip.
/// </summary>
[JsonConverter(typeof(WireValueConverter<PortfolioType>))]
public readonly record struct PortfolioType : IWireValue<PortfolioType>
{
    /// <summary>A value from its wire text, listed below or not.</summary>
    /// <param name="value">The wire text, for example <c>UNDEFINED</c>; not null or empty.</param>
    /// <exception cref="ArgumentException">The text is null or empty.</exception>
    public PortfolioType(string value) => Wire = WireValue.Require(value, nameof(value));

    private string? Wire { get; init; }

    /// <summary>Not set. Wire text <c>UNDEFINED</c>.</summary>
    public static PortfolioType Undefined { get; } = new("UNDEFINED");
    /// <summary>The default portfolio. Wire text <c>DEFAULT</c>.</summary>
    public static PortfolioType Default { get; } = new("DEFAULT");
    /// <summary>A consumer portfolio. Wire text <c>CONSUMER</c>.</summary>
    public static PortfolioType Consumer { get; } = new("CONSUMER");
    /// <summary>An International Exchange (perpetuals) portfolio. Wire text <c>INTX</c>.</summary>
    public static PortfolioType Intx { get; } = new("INTX");

    /// <summary>The value with this wire text.</summary>
    /// <param name="value">The wire text; not null or empty.</param>
    public static implicit operator PortfolioType(string value) => new(value);

    /// <summary>The wire text (empty for the default value).</summary>
    public override string ToString() => Wire ?? "";

    static PortfolioType IWireValue<PortfolioType>.FromWire(string wire) => new() { Wire = WireValue.Stored(wire) };
}
