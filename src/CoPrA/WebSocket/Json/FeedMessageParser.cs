using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CoPrA.WebSocket;

/// <summary>
/// Turns one complete feed message into its typed <see cref="FeedMessage"/> in a single parse: a
/// short scan finds <c>type</c> (normally the first member), then the reader for that type reads the
/// message once. Tickers, the busiest type, sent as the exchange sends them (type first) go straight
/// to the hand-written <see cref="TickerReader"/>. Unknown types become <see cref="RawFeedMessage"/>.
/// </summary>
internal static class FeedMessageParser
{
    private static FeedJsonContext Context => FeedJsonContext.Default;

    private static ReadOnlySpan<byte> TickerPrefix => "{\"type\":\"ticker\""u8;

    /// <summary>Parses one message.</summary>
    /// <param name="utf8">The message's bytes.</param>
    /// <exception cref="JsonException">The bytes are not a JSON object or array.</exception>
    public static FeedMessage Parse(ReadOnlySpan<byte> utf8)
    {
        // The exchange's own form, type first: read in place, without a second look at the type.
        if (utf8.StartsWith(TickerPrefix))
        {
            var ticker = FeedObjectReader.AfterFirstMember(utf8, TickerPrefix.Length);
            return TickerReader.Read(ref ticker);
        }

        var reader = new Utf8JsonReader(utf8);
        if (!reader.Read())
        {
            throw new JsonException("The message is empty.");
        }

        if (reader.TokenType == JsonTokenType.StartArray)
        {
            return ParseLevel3(ref reader, utf8);
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"A feed message must be a JSON object, got {reader.TokenType}.");
        }

        ReadOnlySpan<byte> type = FindType(ref reader);
        if (type.SequenceEqual("ticker"u8))
        {
            var json = new FeedObjectReader(utf8);
            return TickerReader.Read(ref json);
        }

        return ReadKnown(type, utf8) ?? Raw(type, utf8);
    }

    /// <summary>Keeps a message whole, whatever its type; used for unknown types and for known ones that do not fit their model.</summary>
    /// <param name="utf8">The message's bytes.</param>
    /// <exception cref="JsonException">The bytes are not JSON.</exception>
    public static RawFeedMessage ParseRaw(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        ReadOnlySpan<byte> type = reader.Read() && reader.TokenType == JsonTokenType.StartObject ? FindType(ref reader) : default;
        return Raw(type, utf8);
    }

    private static RawFeedMessage Raw(ReadOnlySpan<byte> type, ReadOnlySpan<byte> utf8) => new()
    {
        Type = type.IsEmpty ? "" : StringPool.Get(type),
        Json = JsonSerializer.Deserialize(utf8, Context.JsonElement),
    };

    /// <summary>Reads a message of a modelled type; null for a type this version does not model.</summary>
    private static FeedMessage? ReadKnown(ReadOnlySpan<byte> type, ReadOnlySpan<byte> utf8) => type.Length switch
    {
        4 when type.SequenceEqual("open"u8) => Deserialize(utf8, Context.OpenMessage),
        4 when type.SequenceEqual("done"u8) => Deserialize(utf8, Context.DoneMessage),
        5 when type.SequenceEqual("match"u8) => Deserialize(utf8, Context.MatchMessage),
        5 when type.SequenceEqual("error"u8) => Deserialize(utf8, Context.ErrorMessage),
        6 when type.SequenceEqual("change"u8) => Deserialize(utf8, Context.ChangeMessage),
        6 when type.SequenceEqual("status"u8) => Deserialize(utf8, Context.StatusMessage),
        8 when type.SequenceEqual("l2update"u8) => Deserialize(utf8, Context.L2UpdateMessage),
        8 when type.SequenceEqual("received"u8) => Deserialize(utf8, Context.ReceivedMessage),
        8 when type.SequenceEqual("snapshot"u8) => Deserialize(utf8, Context.L2SnapshotMessage),
        8 when type.SequenceEqual("activate"u8) => Deserialize(utf8, Context.ActivateMessage),
        9 when type.SequenceEqual("heartbeat"u8) => Deserialize(utf8, Context.HeartbeatMessage),
        10 when type.SequenceEqual("last_match"u8) => Deserialize(utf8, Context.MatchMessage),
        13 when type.SequenceEqual("subscriptions"u8) => Deserialize(utf8, Context.SubscriptionsMessage),
        _ => null,
    };

    private static T Deserialize<T>(ReadOnlySpan<byte> utf8, JsonTypeInfo<T> typeInfo) => JsonSerializer.Deserialize(utf8, typeInfo)!;

    // Walks the top-level members until "type"; other values are skipped, not read.
    private static ReadOnlySpan<byte> FindType(ref Utf8JsonReader reader)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            bool isType = reader.ValueTextEquals("type"u8);
            reader.Read();
            if (isType && reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped)
            {
                return reader.ValueSpan;
            }

            reader.Skip();
        }

        return default;
    }

    private static Level3Message ParseLevel3(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8)
    {
        var values = new List<string?>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            values.Add(reader.TokenType switch
            {
                JsonTokenType.String => reader.GetString(),
                JsonTokenType.Null => null,
                JsonTokenType.StartArray or JsonTokenType.StartObject => RawText(ref reader, utf8),
                _ => Encoding.UTF8.GetString(reader.ValueSpan),
            });
        }

        if (reader.TokenType != JsonTokenType.EndArray)
        {
            throw new JsonException("Unterminated array.");
        }

        _ = long.TryParse(values.ElementAtOrDefault(2), NumberStyles.Integer, CultureInfo.InvariantCulture, out long sequence);
        return new Level3Message
        {
            Type = values.ElementAtOrDefault(0) ?? "",
            ProductId = values.ElementAtOrDefault(1) ?? "",
            Sequence = sequence,
            Values = values,
        };
    }

    private static string RawText(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8)
    {
        int start = (int)reader.TokenStartIndex;
        reader.Skip();
        return Encoding.UTF8.GetString(utf8[start..(int)reader.BytesConsumed]);
    }
}
