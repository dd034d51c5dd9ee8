using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoPrA;

/// <summary>
/// Base of every response record: members this version does not model are kept in
/// <see cref="ExtensionData"/>, so nothing the server sends is lost.
/// </summary>
/// <remarks>
/// Non-nullable strings and lists in derived records are written
/// <c>{ get; init => field = value ?? ""; } = "";</c>: for a member the server leaves out, the
/// source generator passes null to the init accessor past the initializer (dotnet/runtime#84484),
/// and the coalescing keeps the annotation true.
/// </remarks>
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
