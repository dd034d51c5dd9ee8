using System.Buffers;
using System.Text.Json;
using CoPrA.WebSocket;

namespace CoPrA.AdvancedTrade;

/// <summary>
/// The Advanced Trade feed's subscribe-frame writer for the connection core: one frame per channel,
/// <c>{"type":"subscribe","product_ids":["BTC-USD"],"channel":"ticker","jwt":"..."}</c> (fields in the
/// official SDK's order), each with a token minted for that frame when the session has a key: a
/// token lives two minutes, so one is never reused, not even for a resubscription after a reconnect.
/// </summary>
/// <param name="signer">The session's JWT signer (with its corrected clock), or null for frames without a token.</param>
internal sealed class AdvancedTradeFrameWriter(CdpJwtSigner? signer) : ISubscriptionFrameWriter
{
    /// <inheritdoc />
    public bool Signs => signer is not null;

    /// <inheritdoc />
    public IReadOnlyList<OutgoingFrame> Write(string frameType, IReadOnlyList<Channel> channels)
    {
        var frames = new OutgoingFrame[channels.Count];
        for (int i = 0; i < channels.Count; i++)
        {
            frames[i] = new OutgoingFrame(Build(frameType, channels[i], signer?.CreateWebSocketToken()), [channels[i]]);
        }

        return frames;
    }

    /// <summary>One frame as UTF-8 JSON; <c>product_ids</c> is always written, empty for channels that take none.</summary>
    internal static byte[] Build(string frameType, Channel channel, string? jwt)
    {
        var buffer = new ArrayBufferWriter<byte>(jwt is null ? 128 : 768);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("type"u8, frameType);
            writer.WriteStartArray("product_ids"u8);
            foreach (string id in channel.SortedIds())
            {
                writer.WriteStringValue(id);
            }

            writer.WriteEndArray();
            writer.WriteString("channel"u8, channel.Name);
            if (jwt is not null)
            {
                writer.WriteString("jwt"u8, jwt);
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
