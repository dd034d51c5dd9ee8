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
    /// Set internally, not <c>init</c>: the source generator treats init-only properties as
    /// constructor parameters, and an extension-data property may not be one (every parse would
    /// throw InvalidOperationException).
    /// </remarks>
    [JsonExtensionData]
    [JsonInclude]
    public Dictionary<string, JsonElement>? ExtensionData { get; internal set; }
}
