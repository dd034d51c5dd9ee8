using System.Text.Json.Serialization;

namespace CoPrA;

/// <summary>24-hour and 30-day volumes of one product by market type (<c>GET /products/volume-summary</c>).</summary>
public sealed record ProductVolume : ApiObject
{
    /// <summary>Product id, for example <c>BTC-USD</c>.</summary>
    public string Id { get; init => field = value ?? ""; } = "";
    /// <summary>Base currency.</summary>
    public string? BaseCurrency { get; init; }
    /// <summary>Quote currency.</summary>
    public string? QuoteCurrency { get; init; }
    /// <summary>Display name.</summary>
    public string? DisplayName { get; init; }
    /// <summary>Market types the product trades on, for example <c>spot</c> and <c>rfq</c>.</summary>
    public IReadOnlyList<string>? MarketTypes { get; init; }
    /// <summary>Spot volume of the last 24 hours.</summary>
    [JsonPropertyName("spot_volume_24hour")]
    public decimal? SpotVolume24Hour { get; init; }
    /// <summary>Spot volume of the last 30 days.</summary>
    [JsonPropertyName("spot_volume_30day")]
    public decimal? SpotVolume30Day { get; init; }
    /// <summary>RFQ volume of the last 24 hours.</summary>
    [JsonPropertyName("rfq_volume_24hour")]
    public decimal? RfqVolume24Hour { get; init; }
    /// <summary>RFQ volume of the last 30 days.</summary>
    [JsonPropertyName("rfq_volume_30day")]
    public decimal? RfqVolume30Day { get; init; }
    /// <summary>Conversion volume of the last 24 hours.</summary>
    [JsonPropertyName("conversion_volume_24hour")]
    public decimal? ConversionVolume24Hour { get; init; }
    /// <summary>Conversion volume of the last 30 days.</summary>
    [JsonPropertyName("conversion_volume_30day")]
    public decimal? ConversionVolume30Day { get; init; }
}
