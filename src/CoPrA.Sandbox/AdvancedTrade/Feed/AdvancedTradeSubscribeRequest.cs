using System.Text.Json;
using CoPrA.Sandbox.Feed;

namespace CoPrA.Sandbox.AdvancedTrade.Feed;

/// <summary>
/// An Advanced Trade subscribe or unsubscribe frame, <c>{type, product_ids, channel, jwt}</c>, read
/// leniently so that a refused frame can still be reported as it was sent.
/// </summary>
/// <param name="Type">type as sent; empty when missing.</param>
/// <param name="Channel">channel as sent; empty when missing.</param>
/// <param name="ProductIds">product_ids as sent.</param>
/// <param name="Jwt">jwt as sent, or null.</param>
/// <param name="Problem">Why the frame cannot be served as it stands, or null.</param>
internal sealed record AdvancedTradeSubscribeRequest(string Type, string Channel, IReadOnlyList<string> ProductIds, string? Jwt, string? Problem)
{
    public bool IsSubscribe => Type == "subscribe";

    /// <summary>Reads a frame. Anything but exactly one channel named in <c>channel</c> is a problem.</summary>
    public static AdvancedTradeSubscribeRequest Read(ReadOnlyMemory<byte> utf8)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8);
        }
        catch (JsonException)
        {
            return new("", "", [], null, "the message is not valid JSON");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new("", "", [], null, "the message must be a JSON object");
            }

            string type = AdvancedTradeJson.Text(root, "type") ?? "";
            string channel = AdvancedTradeJson.Text(root, "channel") ?? "";
            List<string> productIds = root.TryGetProperty("product_ids", out var ids) && ids.ValueKind == JsonValueKind.Array
                ? [.. ids.EnumerateArray().Where(id => id.ValueKind == JsonValueKind.String).Select(id => id.GetString()!)]
                : [];
            string? problem = type is not ("subscribe" or "unsubscribe") ? $"type must be subscribe or unsubscribe, got '{type}'"
                : root.TryGetProperty("channels", out _) ? "one channel per message: name it in 'channel', not 'channels'"
                : root.TryGetProperty("channel", out var named) && named.ValueKind == JsonValueKind.Array ? "one channel per message: 'channel' must be a single name"
                : channel.Length == 0 ? "channel is required"
                : null;
            return new(type, channel, productIds, AdvancedTradeJson.Text(root, "jwt"), problem);
        }
    }

    /// <summary>Throws the frame's problem, if it has one, as the feed's error.</summary>
    public void ThrowIfInvalid()
    {
        if (Problem is not null)
        {
            throw new FeedRequestException("Failed to subscribe", Problem);
        }
    }
}
