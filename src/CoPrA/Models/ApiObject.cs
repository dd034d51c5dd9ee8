using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoPrA;

/// <summary>
/// Base of every response record: members this version does not model are kept in
/// <see cref="ExtensionData"/>, so nothing the server sends is lost.
/// </summary>
public abstract record ApiObject
{
    /// <summary>JSON members the record has no property for, by name.</summary>
    /// <remarks>
    /// Settable rather than init-only because the source-generated serializer binds init-only
    /// properties like constructor parameters, which an extension-data property cannot be.
    /// </remarks>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
