using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CoPrA.Http;

namespace CoPrA.Rest;

// Helpers of the endpoint groups beyond CoPrA: resource paths, answers that carry nothing, and
// answers that wrap their one result in a named member.
public partial class RestClient
{
    /// <summary><c>prefix/{id}suffix</c> with the id percent-encoded.</summary>
    private static string ResourcePath(string prefix, string id, string suffix = "") => prefix + "/" + UrlEncoding.Encode(id) + suffix;

    /// <summary>An optional enum filter must be one of its known values.</summary>
    private static void DefinedIfPresent<TEnum>(TEnum? value, string paramName)
        where TEnum : struct, Enum
    {
        if (value is { } set)
        {
            Check.Defined(set, paramName, $"Invalid {paramName}: {set}.");
        }
    }

    /// <summary>The wire name of an optional enum value, or null.</summary>
    private static string? WireOrNull<TEnum>(TEnum? value)
        where TEnum : struct, Enum => value is { } set ? WireEnum<TEnum>.ToWire(set) : null;

    /// <summary>Sends a signed request whose answer carries nothing of use (<c>{}</c>).</summary>
    private async Task SendForNothingAsync(HttpMethod method, string path, string? body, CancellationToken cancellationToken) =>
        await SendAsync(method, path, null, body, true, CoPrAJsonContext.Default.JsonElement, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Sends a request whose answer wraps the result in one member, such as <c>{"loan": {...}}</c>,
    /// and returns that member. An answer without it is an <see cref="ApiRequestException"/>.
    /// </summary>
    private async Task<TResult> SendWrappedAsync<TEnvelope, TResult>(
        HttpMethod method, string path, string? body, bool signed, JsonTypeInfo<TEnvelope> typeInfo, Func<TEnvelope, TResult?> unwrap, string member, CancellationToken cancellationToken)
        where TEnvelope : class
        where TResult : class
    {
        var envelope = await SendAsync(method, path, null, body, signed, typeInfo, cancellationToken).ConfigureAwait(false);
        if (envelope is not null && unwrap(envelope) is { } result)
        {
            return result;
        }

        string text = envelope is null ? string.Empty : JsonSerializer.Serialize(envelope, typeInfo);
        throw new ApiRequestException(HttpStatusCode.OK, $"The response carried no '{member}' member.", text, ResponseHeaders.None);
    }
}
