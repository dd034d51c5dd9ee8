using System.Text.Json;

namespace CoPrA.Rest;

/// <summary>The raw answer of a base-verb call: status, headers and the parsed JSON body.</summary>
/// <param name="StatusCode">HTTP status code.</param>
/// <param name="Headers">Response and content headers, names matched case-insensitively; repeated values joined with ", ".</param>
/// <param name="Json">The body as JSON; <see cref="JsonValueKind.Undefined"/> when the body was empty.</param>
public sealed record ApiResponse(int StatusCode, IReadOnlyDictionary<string, string> Headers, JsonElement Json);
