using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoPrA.WebSocket;

/// <summary>
/// A message from the feed. The concrete type follows the JSON <c>type</c> field; members the
/// type does not model are kept in <see cref="ApiObject.ExtensionData"/>.
/// </summary>
public abstract record FeedMessage : ApiObject
{
    /// <summary>The <c>type</c> field, for example <c>ticker</c> or <c>last_match</c>.</summary>
    [JsonConverter(typeof(InternedStringConverter))]
    public string Type { get; init => field = value ?? ""; } = "";
}

/// <summary>A message of a type this version does not model, kept whole. Never an error.</summary>
public sealed record RawFeedMessage : FeedMessage
{
    /// <summary>The whole message as received.</summary>
    public JsonElement Json { get; init; }
}
