using System.Text.Json;
using CoPrA.Sandbox.Auth;

namespace CoPrA.Sandbox.Feed;

/// <summary>
/// A subscribe or unsubscribe frame: channels as names or <c>{name, product_ids}</c> objects,
/// top-level <c>product_ids</c> that apply to every channel listed, and optional auth fields.
/// </summary>
/// <param name="IsSubscribe">True for subscribe, false for unsubscribe.</param>
/// <param name="Channels">Each channel named, with the union of its own and the top-level product ids.</param>
/// <param name="Auth">key, signature, timestamp and passphrase as sent.</param>
internal sealed record SubscribeRequest(bool IsSubscribe, IReadOnlyList<RequestedChannel> Channels, AuthFields Auth)
{
    /// <summary>The path a signed subscribe frame signs, with method GET and an empty body.</summary>
    public const string VerifyPath = "/users/self/verify";

    /// <summary>Reads a frame; a frame the feed cannot understand throws <see cref="FeedRequestException"/>.</summary>
    public static SubscribeRequest Read(ReadOnlyMemory<byte> utf8)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8);
        }
        catch (JsonException)
        {
            throw new FeedRequestException("Malformed JSON", "the message is not valid JSON");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FeedRequestException("Malformed JSON", "the message must be a JSON object");
            }

            bool isSubscribe = Text(root, "type") switch
            {
                "subscribe" => true,
                "unsubscribe" => false,
                var other => throw new FeedRequestException("Failed to subscribe", $"type must be subscribe or unsubscribe, got '{other}'"),
            };

            var topLevel = ProductIds(root);
            if (!root.TryGetProperty("channels", out var channels) || channels.ValueKind != JsonValueKind.Array || channels.GetArrayLength() == 0)
            {
                throw new FeedRequestException("Failed to subscribe", "no channels requested");
            }

            var requested = new List<RequestedChannel>();
            foreach (var channel in channels.EnumerateArray())
            {
                if (channel.ValueKind == JsonValueKind.String)
                {
                    requested.Add(new RequestedChannel(channel.GetString()!, topLevel));
                }
                else if (channel.ValueKind == JsonValueKind.Object && Text(channel, "name") is { } name)
                {
                    requested.Add(new RequestedChannel(name, [.. topLevel.Union(ProductIds(channel), StringComparer.Ordinal)]));
                }
                else
                {
                    throw new FeedRequestException("Failed to subscribe", "each channel must be a name or an object with a name");
                }
            }

            var auth = new AuthFields(Text(root, "key"), Text(root, "signature"), Text(root, "timestamp"), Text(root, "passphrase"));
            return new SubscribeRequest(isSubscribe, requested, auth);
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static List<string> ProductIds(JsonElement element)
    {
        if (!element.TryGetProperty("product_ids", out var ids) || ids.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return [.. ids.EnumerateArray().Where(id => id.ValueKind == JsonValueKind.String).Select(id => id.GetString()!)];
    }
}

/// <summary>One channel named in a subscribe or unsubscribe frame.</summary>
/// <param name="Name">Channel name as sent.</param>
/// <param name="ProductIds">Product ids as sent; empty means "all" on unsubscribe.</param>
internal sealed record RequestedChannel(string Name, IReadOnlyList<string> ProductIds);
