using System.Text.Json.Serialization;
using CoPrA.Sandbox.Feed;

namespace CoPrA.Sandbox.Json;

/// <summary>
/// Source-generated JSON metadata for everything the sandbox writes: its own feed messages and
/// error bodies. Snake-case names, amounts as strings,
/// instants as <c>...123456Z</c>, nulls left out, as the exchange writes them.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(AmountConverter), typeof(UtcTimestampConverter)])]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(ErrorBody))]
[JsonSerializable(typeof(AdvancedTradeErrorBody))]
[JsonSerializable(typeof(ReportAccepted))]
[JsonSerializable(typeof(ErrorMessage))]
[JsonSerializable(typeof(SubscriptionsMessage))]
[JsonSerializable(typeof(HeartbeatMessage))]
[JsonSerializable(typeof(TickerMessage))]
[JsonSerializable(typeof(L2SnapshotMessage))]
[JsonSerializable(typeof(L2UpdateMessage))]
[JsonSerializable(typeof(OrderMessage))]
internal sealed partial class SandboxJsonContext : JsonSerializerContext;
