using System.Text.Json;
using System.Text.Json.Nodes;
using CoPrA.Sandbox;
using CoPrA.Tests.Sandbox.AdvancedTrade;

namespace CoPrA.Tests.Sandbox;

/// <summary>
/// Test-side Advanced Trade feed frames: subscribe and unsubscribe JSON as Coinbase's SDK sends it
/// (one channel, product_ids, jwt), WebSocket JWTs (no uri claim) minted independently of the
/// library, and waits for a channel's next message.
/// </summary>
internal static class AdvancedTradeFeedTestFrames
{
    /// <summary><c>{type, product_ids, channel, jwt?}</c>.</summary>
    public static string Frame(string channel, string[] productIds, string? jwt = null, string type = "subscribe")
    {
        var frame = new JsonObject
        {
            ["type"] = type,
            ["product_ids"] = new JsonArray([.. productIds.Select(id => (JsonNode)id)]),
            ["channel"] = channel,
        };
        if (jwt is not null)
        {
            frame["jwt"] = jwt;
        }

        return frame.ToJsonString();
    }

    /// <summary>A WebSocket JWT for the sandbox's key: ES256, no uri claim; the edit hooks break one field.</summary>
    public static string Jwt(SandboxExchange sandbox, DateTimeOffset? now = null, Action<JsonObject>? editHeader = null, Action<JsonObject>? editClaims = null) =>
        AdvancedTradeTestClient.Mint("ES256", sandbox.AdvancedTradeKeyName, sandbox.AdvancedTradeEcdsaKeyPem, sandbox.AdvancedTradeEd25519Key,
            uri: null, now ?? DateTimeOffset.UtcNow, editHeader, editClaims);

    /// <summary>The next message on a channel (that satisfies <paramref name="condition"/>); others are skipped.</summary>
    public static Task<JsonElement> NextOnAsync(this FeedTestClient client, string channel, Func<JsonElement, bool>? condition = null) =>
        client.NextAsync(message => message.TryGetProperty("channel", out var name) && name.GetString() == channel && (condition is null || condition(message)));

    /// <summary>The next error object.</summary>
    public static Task<JsonElement> NextErrorAsync(this FeedTestClient client) =>
        client.NextAsync(message => message.TryGetProperty("type", out var type) && type.GetString() == "error");

    /// <summary>The first event of a message.</summary>
    public static JsonElement Event(this JsonElement message) => message.GetProperty("events")[0];

    /// <summary>The type (snapshot or update) of a message's first event.</summary>
    public static string? EventType(this JsonElement message) => message.Event().GetProperty("type").GetString();
}
