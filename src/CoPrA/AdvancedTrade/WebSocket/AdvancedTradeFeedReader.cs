using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CoPrA.WebSocket;

namespace CoPrA.AdvancedTrade;

/// <summary>
/// The Advanced Trade feed's message reader for the connection core. A frame that opens with its
/// <c>channel</c>, as Coinbase writes them, is read once: the busy channels (level2, ticker) by
/// scanning its bytes with a <see cref="FeedObjectReader"/>, the others by the source-generated model
/// of that channel. Any other frame is first scanned for <c>channel</c> and <c>type</c> by a
/// <see cref="Utf8JsonReader"/> over its top level (nested values are skipped, not read).
/// An unknown channel, or a known one whose members do not fit its model, arrives raw; only a frame
/// that is not JSON is invalid. Stateless: one instance.
/// </summary>
internal sealed class AdvancedTradeFeedReader : IFeedMessageReader<AdvancedTradeFeedMessage>
{
    /// <summary>The channel name level-2 messages arrive with (the subscription says <c>level2</c>).</summary>
    public const string Level2DataChannel = "l2_data";

    /// <summary>The channel name of subscription confirmations.</summary>
    public const string SubscriptionsChannel = "subscriptions";

    /// <summary>The one instance.</summary>
    public static readonly AdvancedTradeFeedReader Instance = new();

    private static readonly AdvancedTradeFeedJsonContext Json = AdvancedTradeFeedJsonContext.Default;
    private static readonly Level2MessageConverter Level2Messages = new();
    private static readonly TickerMessageConverter TickerMessages = new();

    private AdvancedTradeFeedReader()
    {
    }

    /// <inheritdoc />
    public FeedFrame<AdvancedTradeFeedMessage> Read(ReadOnlySpan<byte> utf8)
    {
        // Coinbase writes channel first: the frame is then read once, not scanned and then read.
        if (ReadLeading(utf8) is { } frame)
        {
            return frame;
        }

        string channel;
        bool isError;
        try
        {
            (channel, isError) = ScanEnvelope(utf8);
        }
        catch (JsonException notJson)
        {
            return FeedFrame<AdvancedTradeFeedMessage>.Invalid(notJson.Message);
        }

        try
        {
            if (isError)
            {
                var error = JsonSerializer.Deserialize(utf8, Json.AdvancedTradeFeedError)!;
                return new(error, FeedFrameKind.Error, "error", null, error.Message, "");
            }

            return ReadKnown(utf8, channel) ?? Raw(utf8, channel, null);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or OverflowException)
        {
            return Raw(utf8, channel, ex.Message);
        }
    }

    /// <summary>
    /// A frame opened by its <c>channel</c> member: that channel's typed message, or null for
    /// anything else (not JSON, an unknown channel, members that do not fit, a <c>type</c> of
    /// <c>error</c>), which the envelope scan then sorts out. The busy channels go on with the same
    /// scanning reader past <c>channel</c>.
    /// </summary>
    private static FeedFrame<AdvancedTradeFeedMessage>? ReadLeading(ReadOnlySpan<byte> utf8)
    {
        try
        {
            var json = new FeedObjectReader(utf8);
            if (!json.NextMember() || !json.Is("channel"u8) || !json.TryPlainString(out var name))
            {
                return null;
            }

            string channel = StringPool.Get(name);
            var frame = IsScanned(channel) ? Scanned(ref json, channel) : ReadKnown(utf8, channel);
            return frame is { Message.ExtensionData: { } members } && members.TryGetValue("type", out var type)
                && type.ValueKind == JsonValueKind.String && type.ValueEquals("error"u8)
                ? null
                : frame;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>The typed message of a known channel; null for an unknown one.</summary>
    private static FeedFrame<AdvancedTradeFeedMessage>? ReadKnown(ReadOnlySpan<byte> utf8, string channel)
    {
        if (IsScanned(channel))
        {
            var json = new FeedObjectReader(utf8);
            return Scanned(ref json, channel);
        }

        return channel switch
        {
            AdvancedTradeChannel.Heartbeats => Typed(utf8, Json.AdvancedTradeFeedMessageHeartbeatsEvent, FeedFrameKind.Heartbeat, channel),
            AdvancedTradeChannel.MarketTrades => Typed(utf8, Json.AdvancedTradeFeedMessageMarketTradesEvent, FeedFrameKind.Data, channel),
            AdvancedTradeChannel.Candles => Typed(utf8, Json.AdvancedTradeFeedMessageCandlesEvent, FeedFrameKind.Data, channel),
            AdvancedTradeChannel.Status => Typed(utf8, Json.AdvancedTradeFeedMessageStatusEvent, FeedFrameKind.Data, channel),
            AdvancedTradeChannel.User => Typed(utf8, Json.AdvancedTradeFeedMessageUserEvent, FeedFrameKind.Data, channel),
            AdvancedTradeChannel.FuturesBalanceSummary => Typed(utf8, Json.AdvancedTradeFeedMessageFuturesBalanceSummaryEvent, FeedFrameKind.Data, channel),
            SubscriptionsChannel => Typed(utf8, Json.AdvancedTradeFeedMessageSubscriptionsEvent, FeedFrameKind.SubscriptionConfirmed, channel),
            _ => null,
        };
    }

    /// <summary>Whether the channel's messages are read by scanning the bytes (<see cref="Scanned"/>): the busy ones.</summary>
    private static bool IsScanned(string channel) =>
        channel is Level2DataChannel or AdvancedTradeChannel.Ticker or AdvancedTradeChannel.TickerBatch;

    /// <summary>Reads the rest of a frame of a <see cref="IsScanned"/> channel, from its start or past a leading <c>channel</c>.</summary>
    private static FeedFrame<AdvancedTradeFeedMessage> Scanned(ref FeedObjectReader json, string channel)
    {
        AdvancedTradeFeedMessage message = channel == Level2DataChannel
            ? Level2Messages.ReadMembers(ref json, channel)
            : TickerMessages.ReadMembers(ref json, channel);
        json.EndOfMessage();
        return new(message, FeedFrameKind.Data, channel);
    }

    /// <inheritdoc />
    public DroppedMessage DescribeDrop(AdvancedTradeFeedMessage message) => new("", message.Channel, 0);

    /// <inheritdoc />
    public IReadOnlyList<Channel> RefusalCulprits(IReadOnlyList<Channel> refused, string reason) => [];

    private static FeedFrame<AdvancedTradeFeedMessage> Typed<T>(ReadOnlySpan<byte> utf8, JsonTypeInfo<T> type, FeedFrameKind kind, string channel)
        where T : AdvancedTradeFeedMessage =>
        new(JsonSerializer.Deserialize(utf8, type)!, kind, channel);

    private static FeedFrame<AdvancedTradeFeedMessage> Raw(ReadOnlySpan<byte> utf8, string channel, string? problem)
    {
        var json = JsonSerializer.Deserialize(utf8, Json.JsonElement);
        var raw = new AdvancedTradeRawFeedMessage { Channel = channel, Json = json, SequenceNum = SequenceOf(json) };
        return new(raw, FeedFrameKind.Data, channel.Length == 0 ? "unknown" : channel, problem);
    }

    private static long? SequenceOf(JsonElement json) =>
        json.ValueKind == JsonValueKind.Object && json.TryGetProperty("sequence_num"u8, out var sequence) && sequence.TryGetInt64(out long value) ? value : null;

    /// <summary>The top level's <c>channel</c> and whether its <c>type</c> is <c>error</c>; throws JsonException for a frame that is not a JSON object.</summary>
    private static (string Channel, bool IsError) ScanEnvelope(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A feed message must be a JSON object.");
        }

        string channel = "";
        bool isError = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            bool isChannel = reader.ValueTextEquals("channel"u8);
            bool isType = !isChannel && reader.ValueTextEquals("type"u8);
            reader.Read();
            if (reader.TokenType == JsonTokenType.String)
            {
                if (isChannel)
                {
                    channel = reader.ValueIsEscaped || reader.HasValueSequence ? reader.GetString()! : StringPool.Get(reader.ValueSpan);
                }
                else if (isType)
                {
                    isError = reader.ValueTextEquals("error"u8);
                }
            }
            else
            {
                reader.Skip();
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
        {
            throw new JsonException("A feed message must be one JSON object.");
        }

        return (channel, isError);
    }
}
