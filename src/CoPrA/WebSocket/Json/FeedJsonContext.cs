using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoPrA.WebSocket;

/// <summary>
/// Source-generated JSON metadata for the feed's messages: snake-case names, amounts read from
/// strings or numbers (as Coinbase sends them).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(DecimalStringConverter), typeof(OptionalDecimalConverter)])]
[JsonSerializable(typeof(HeartbeatMessage))]
[JsonSerializable(typeof(TickerMessage))]
[JsonSerializable(typeof(L2SnapshotMessage))]
[JsonSerializable(typeof(L2UpdateMessage))]
[JsonSerializable(typeof(ReceivedMessage))]
[JsonSerializable(typeof(OpenMessage))]
[JsonSerializable(typeof(DoneMessage))]
[JsonSerializable(typeof(MatchMessage))]
[JsonSerializable(typeof(ChangeMessage))]
[JsonSerializable(typeof(ActivateMessage))]
[JsonSerializable(typeof(SubscriptionsMessage))]
[JsonSerializable(typeof(StatusMessage))]
[JsonSerializable(typeof(ErrorMessage))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class FeedJsonContext : JsonSerializerContext;
