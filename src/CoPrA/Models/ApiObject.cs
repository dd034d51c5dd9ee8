using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoPrA;

/// <summary>
/// Base of every response record: members this version does not model are kept in
/// <see cref="ExtensionData"/>, so nothing the server sends is lost.
/// </summary>
public abstract record ApiObject
{
    /// <summary>JSON members the record has no property for, by name; null when there were none.</summary>
    /// <remarks>
    /// A setter, not <c>init</c>: the System.Text.Json source generator cannot bind an init-only
    /// extension-data property on types with init-only members and throws on first use
    /// (dotnet/runtime#107898).
    /// </remarks>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
