using System.Buffers;
using System.Text.Json;

namespace CoPrA.WebSocket;

/// <summary>
/// Writes subscribe and unsubscribe frames:
/// <c>{"type":"subscribe","channels":[{"name":"ticker","product_ids":["BTC-USD"]}]}</c>, with
/// <c>account_ids</c> for <c>balance</c>, no ids for <c>status</c>, and when signed the four
/// authentication fields in CoPrA's order (signature, key, passphrase, timestamp).
/// </summary>
internal static class SubscriptionFrame
{
    /// <summary>The frame type that adds channels.</summary>
    public const string Subscribe = "subscribe";

    /// <summary>The frame type that removes channels.</summary>
    public const string Unsubscribe = "unsubscribe";

    /// <summary>Builds one frame as UTF-8 JSON.</summary>
    /// <param name="type"><see cref="Subscribe"/> or <see cref="Unsubscribe"/>.</param>
    /// <param name="channels">The channels the frame names.</param>
    /// <param name="auth">Fresh authentication values, or null for an unauthenticated frame.</param>
    public static byte[] Build(string type, IReadOnlyList<Channel> channels, SignedHeaders? auth)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("type"u8, type);
            writer.WriteStartArray("channels"u8);
            foreach (var channel in channels)
            {
                WriteChannel(writer, channel);
            }

            writer.WriteEndArray();
            if (auth is { } signed)
            {
                writer.WriteString("signature"u8, signed.Signature);
                writer.WriteString("key"u8, signed.Key);
                writer.WriteString("passphrase"u8, signed.Passphrase);
                writer.WriteString("timestamp"u8, signed.Timestamp);
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteChannel(Utf8JsonWriter writer, Channel channel)
    {
        writer.WriteStartObject();
        writer.WriteString("name"u8, channel.Name);
        if (!channel.ProductIds.IsEmpty)
        {
            writer.WriteStartArray(channel.HasAccountIds ? "account_ids"u8 : "product_ids"u8);
            foreach (string id in channel.SortedIds())
            {
                writer.WriteStringValue(id);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }
}
