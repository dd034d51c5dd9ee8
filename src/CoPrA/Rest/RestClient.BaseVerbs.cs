using System.Text.Json;
using System.Text.Json.Nodes;

namespace CoPrA.Rest;

// The base verbs of CoPrA's client (get, post, delete): for endpoints no typed method covers yet.
public partial class RestClient
{
    /// <summary>Sends a GET to any path and returns the headers and raw JSON.</summary>
    /// <param name="path">Path starting with <c>/</c>, without a query string.</param>
    /// <param name="query">Query parameters in order; a key may repeat.</param>
    /// <param name="auth">Whether to sign the request.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public virtual Task<ApiResponse> GetAsync(string path = "/", IEnumerable<KeyValuePair<string, string>>? query = null, bool auth = false, CancellationToken cancellationToken = default) =>
        SendRawAsync(HttpMethod.Get, path, query, body: null, auth, cancellationToken);

    /// <summary>Sends a POST with a JSON body to any path and returns the headers and raw JSON.</summary>
    /// <param name="path">Path starting with <c>/</c>.</param>
    /// <param name="data">The body; null or an empty object sends no body, as in CoPrA.</param>
    /// <param name="auth">Whether to sign the request.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public virtual Task<ApiResponse> PostAsync(string path = "/", JsonObject? data = null, bool auth = false, CancellationToken cancellationToken = default) =>
        SendRawAsync(HttpMethod.Post, path, query: null, data is { Count: > 0 } ? JsonBody.Of(data) : null, auth, cancellationToken);

    /// <summary>Sends a DELETE to any path and returns the headers and raw JSON.</summary>
    /// <param name="path">Path starting with <c>/</c>, without a query string.</param>
    /// <param name="query">Query parameters in order; a key may repeat.</param>
    /// <param name="auth">Whether to sign the request.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public virtual Task<ApiResponse> DeleteAsync(string path = "/", IEnumerable<KeyValuePair<string, string>>? query = null, bool auth = false, CancellationToken cancellationToken = default) =>
        SendRawAsync(HttpMethod.Delete, path, query, body: null, auth, cancellationToken);

    private async Task<ApiResponse> SendRawAsync(HttpMethod method, string path, IEnumerable<KeyValuePair<string, string>>? query, string? body, bool auth, CancellationToken cancellationToken)
    {
        Check.RawPath(path, nameof(path));

        QueryBuilder? builder = null;
        bool hasNoCache = false;
        if (query is not null)
        {
            builder = new QueryBuilder();
            foreach (var (key, value) in query)
            {
                ArgumentException.ThrowIfNullOrEmpty(key, nameof(query));
                builder.Add(key, value ?? string.Empty);
                hasNoCache |= key == "no-cache";
            }
        }

        // As in CoPrA, a caller's own no-cache value is kept and not added a second time.
        var reply = await SendForHeadersAsync(method, path, builder, body, auth, CoPrAJsonContext.Default.JsonElement, cancellationToken, keepHeaders: true, addNoCache: !hasNoCache).ConfigureAwait(false);
        return new ApiResponse(reply.StatusCode, reply.Headers, reply.Value);
    }
}
