namespace CoPrA;

/// <summary>The fee rates of the key's profile (<c>GET /fees</c>).</summary>
public sealed record Fees : ApiObject
{
    /// <summary>Maker fee rate as a fraction.</summary>
    public decimal MakerFeeRate { get; init; }
    /// <summary>Taker fee rate as a fraction.</summary>
    public decimal TakerFeeRate { get; init; }
    /// <summary>Trailing 30-day USD volume.</summary>
    public decimal? UsdVolume { get; init; }
}

/// <summary>30-day trailing volume of one product (the retired <c>GET /users/self/trailing-volume</c>).</summary>
public sealed record TrailingVolume : ApiObject
{
    /// <summary>Product.</summary>
    public string ProductId { get; init => field = value ?? ""; } = "";
    /// <summary>Volume of the whole exchange.</summary>
    public decimal? ExchangeVolume { get; init; }
    /// <summary>The user's volume.</summary>
    public decimal? Volume { get; init; }
    /// <summary>When the figures were recorded.</summary>
    public DateTimeOffset? RecordedAt { get; init; }
}
