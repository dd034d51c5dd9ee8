namespace CoPrA.Http;

/// <summary>A request fixed once (path, query, body) and sent one or more times.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path, without the query: what logs, telemetry and pacing see.</param>
/// <param name="RequestPath">The path and query sent, relative to the base URL.</param>
/// <param name="Body">The JSON body, or null.</param>
/// <param name="Authenticator">Signs each attempt, or null for a public request.</param>
/// <param name="KeepHeaders">Whether the reply carries the response headers.</param>
internal sealed record PipelineRequest(HttpMethod Method, string Path, string RequestPath, string? Body, IRequestAuthenticator? Authenticator, bool KeepHeaders)
{
    /// <summary>How many times it was sent; attempts are sequential, never concurrent.</summary>
    public int Attempts { get; set; }
}

/// <summary>A parsed answer, with its status, the headers (when asked for or when the body held no value) and the raw body.</summary>
internal readonly record struct PipelineReply<T>(T Value, int StatusCode, IReadOnlyDictionary<string, string> Headers, byte[] Content)
{
    /// <summary>
    /// The reply, when its body held a value: an empty or JSON null body where a result was expected
    /// is a bad answer, not a null result, and throws <see cref="Rest.ApiRequestException"/> with the body.
    /// </summary>
    public PipelineReply<T> WithValue() =>
        Value is null
            ? throw new Rest.ApiRequestException((System.Net.HttpStatusCode)StatusCode, $"The response body held no {typeof(T).Name}.", System.Text.Encoding.UTF8.GetString(Content), Headers)
            : this;
}

/// <summary>Response headers shared by every reply that keeps none.</summary>
internal static class ResponseHeaders
{
    /// <summary>No headers.</summary>
    public static IReadOnlyDictionary<string, string> None { get; } = new Dictionary<string, string>();
}
