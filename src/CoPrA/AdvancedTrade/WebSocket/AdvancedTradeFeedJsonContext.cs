using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoPrA.AdvancedTrade;

/// <summary>
/// Source-generated JSON metadata for the Advanced Trade feed's messages, with the REST models'
/// options: snake-case names, amounts from strings, lenient times (an empty string is null). Level-2
/// and ticker messages, the busiest, have hand-written converters.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(DecimalStringConverter), typeof(OptionalDecimalConverter), typeof(LenientTimestampConverter), typeof(Level2UpdateConverter), typeof(FeedTickerConverter), typeof(Level2MessageConverter), typeof(TickerMessageConverter)])]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(AdvancedTradeFeedError))]
[JsonSerializable(typeof(AdvancedTradeRawFeedMessage))]
[JsonSerializable(typeof(AdvancedTradeFeedMessage<HeartbeatsEvent>))]
[JsonSerializable(typeof(AdvancedTradeFeedMessage<CandlesEvent>))]
[JsonSerializable(typeof(AdvancedTradeFeedMessage<StatusEvent>))]
[JsonSerializable(typeof(AdvancedTradeFeedMessage<TickerEvent>))]
[JsonSerializable(typeof(AdvancedTradeFeedMessage<Level2Event>))]
[JsonSerializable(typeof(AdvancedTradeFeedMessage<MarketTradesEvent>))]
[JsonSerializable(typeof(AdvancedTradeFeedMessage<UserEvent>))]
[JsonSerializable(typeof(AdvancedTradeFeedMessage<FuturesBalanceSummaryEvent>))]
[JsonSerializable(typeof(AdvancedTradeFeedMessage<SubscriptionsEvent>))]
internal sealed partial class AdvancedTradeFeedJsonContext : JsonSerializerContext
{
}
