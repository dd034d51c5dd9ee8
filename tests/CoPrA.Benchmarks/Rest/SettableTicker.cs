using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoPrA.Benchmarks.Rest;

/// <summary>
/// <see cref="ProductTicker"/>'s shape with settable instead of init-only properties. The source
/// generator reads init-only properties through its parameterized-constructor path (arguments
/// gathered in an object array, each value boxed); settable ones it assigns as it reads them. The
/// difference between the two parses is the price of immutable records.
/// </summary>
public sealed class SettableTicker
{
    public long TradeId { get; set; }

    public decimal Price { get; set; }

    public decimal Size { get; set; }

    public decimal? Bid { get; set; }

    public decimal? Ask { get; set; }

    public decimal? Volume { get; set; }

    public decimal? RfqVolume { get; set; }

    public decimal? ConversionsVolume { get; set; }

    public DateTimeOffset? Time { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}

/// <summary>The same settings as the library's own JSON context.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(DecimalStringConverter), typeof(OptionalDecimalConverter)])]
[JsonSerializable(typeof(SettableTicker))]
internal sealed partial class SettableTickerContext : JsonSerializerContext;
