using System.Text.Json;

namespace CoPrA.Tests.WebSocket.Support;

/// <summary>Reads subscribe and unsubscribe frames the server received.</summary>
internal static class Frames
{
    /// <summary>The frame's type.</summary>
    public static string TypeOf(JsonElement frame) => frame.GetProperty("type").GetString()!;

    /// <summary>Each channel of the frame as "name: id, id" (ids sorted), in frame order.</summary>
    public static IReadOnlyList<string> ChannelsOf(JsonElement frame) =>
        [.. frame.GetProperty("channels").EnumerateArray().Select(channel =>
        {
            string name = channel.GetProperty("name").GetString()!;
            var ids = channel.TryGetProperty("product_ids", out var products) ? products
                : channel.TryGetProperty("account_ids", out var accounts) ? accounts : default;
            return ids.ValueKind == JsonValueKind.Array
                ? $"{name}: {string.Join(", ", ids.EnumerateArray().Select(e => e.GetString()).Order(StringComparer.Ordinal))}"
                : name;
        })];

    /// <summary>Asserts the frame's type and channels (in any order).</summary>
    public static void AssertFrame(JsonElement frame, string type, params string[] channels)
    {
        Assert.Equal(type, TypeOf(frame));
        Assert.Equal(channels.Order(StringComparer.Ordinal), ChannelsOf(frame).Order(StringComparer.Ordinal));
    }
}
