using System.Text.Json.Nodes;
using CoPrA.Rest;

namespace CoPrA.AdvancedTrade;

// The SDK's generic get, post, put and delete: for endpoints no typed method covers yet.
public partial class AdvancedTradeClient
{
    /// <summary>Sends a GET to any path and returns the headers and raw JSON (the SDK's <c>get</c>).</summary>
    /// <param name="urlPath">Full path starting with <c>/</c>, for example <c>/api/v3/brokerage/accounts</c>, without a query string.</param>
    /// <param name="query">Query parameters in order; a key may repeat (lists go as repeated keys).</param>
    /// <param name="isPublic">Whether the endpoint needs no key: sent unsigned when the client has none. A private call without a key throws.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public virtual Task<ApiResponse> GetAsync(string urlPath, IEnumerable<KeyValuePair<string, string>>? query = null, bool isPublic = false, CancellationToken cancellationToken = default) =>
        SendRawAsync(HttpMethod.Get, urlPath, query, data: null, isPublic, cancellationToken);

    /// <summary>Sends a POST with a JSON body to any path and returns the headers and raw JSON (the SDK's <c>post</c>).</summary>
    /// <param name="urlPath">Full path starting with <c>/</c>.</param>
    /// <param name="data">The body; null sends none.</param>
    /// <param name="query">Query parameters in order, or null.</param>
    /// <param name="isPublic">Whether the endpoint needs no key.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public virtual Task<ApiResponse> PostAsync(string urlPath, JsonObject? data = null, IEnumerable<KeyValuePair<string, string>>? query = null, bool isPublic = false, CancellationToken cancellationToken = default) =>
        SendRawAsync(HttpMethod.Post, urlPath, query, data, isPublic, cancellationToken);

    /// <summary>Sends a PUT with a JSON body to any path and returns the headers and raw JSON (the SDK's <c>put</c>).</summary>
    /// <param name="urlPath">Full path starting with <c>/</c>.</param>
    /// <param name="data">The body; null sends none.</param>
    /// <param name="query">Query parameters in order, or null.</param>
    /// <param name="isPublic">Whether the endpoint needs no key.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public virtual Task<ApiResponse> PutAsync(string urlPath, JsonObject? data = null, IEnumerable<KeyValuePair<string, string>>? query = null, bool isPublic = false, CancellationToken cancellationToken = default) =>
        SendRawAsync(HttpMethod.Put, urlPath, query, data, isPublic, cancellationToken);

    /// <summary>Sends a DELETE to any path and returns the headers and raw JSON (the SDK's <c>delete</c>).</summary>
    /// <param name="urlPath">Full path starting with <c>/</c>.</param>
    /// <param name="data">The body; null sends none.</param>
    /// <param name="query">Query parameters in order, or null.</param>
    /// <param name="isPublic">Whether the endpoint needs no key.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public virtual Task<ApiResponse> DeleteAsync(string urlPath, JsonObject? data = null, IEnumerable<KeyValuePair<string, string>>? query = null, bool isPublic = false, CancellationToken cancellationToken = default) =>
        SendRawAsync(HttpMethod.Delete, urlPath, query, data, isPublic, cancellationToken);

    private async Task<ApiResponse> SendRawAsync(HttpMethod method, string urlPath, IEnumerable<KeyValuePair<string, string>>? query, JsonObject? data, bool isPublic, CancellationToken cancellationToken)
    {
        Check.RawPath(urlPath, nameof(urlPath));

        QueryBuilder? builder = null;
        if (query is not null)
        {
            builder = new QueryBuilder();
            foreach (var (key, value) in query)
            {
                ArgumentException.ThrowIfNullOrEmpty(key, nameof(query));
                builder.Add(key, value ?? string.Empty);
            }
        }

        // Never a body on a GET (the official SDK sends "{}"; a GET with a body is refused by some proxies).
        string? body = method == HttpMethod.Get || data is null ? null : JsonBody.Of(data);
        var reply = await SendForReplyAsync(method, urlPath, builder, body, CoPrAJsonContext.Default.JsonElement, keepHeaders: true, cancellationToken, treatAsPublic: isPublic).ConfigureAwait(false);
        return new ApiResponse(reply.StatusCode, reply.Headers, reply.Value);
    }
}
