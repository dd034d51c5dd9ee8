using System.Text.Json.Serialization;

namespace CoPrA.AdvancedTrade;

/// <summary>The server's clock (<c>GET /time</c>). Its members are camelCase on the wire, unlike the rest of the API.</summary>
public sealed record ServerTimeResponse : ApiObject
{
    /// <summary>Server time as an RFC 3339 instant.</summary>
    [JsonPropertyName("iso")]
    public DateTimeOffset? Iso { get; init; }
    /// <summary>Server time in Unix seconds (sent as a string or a number).</summary>
    [JsonPropertyName("epochSeconds")]
    public long? EpochSeconds { get; init; }
    /// <summary>Server time in Unix milliseconds (sent as a string or a number).</summary>
    [JsonPropertyName("epochMillis")]
    public long? EpochMillis { get; init; }
}
