using System.Net;
using System.Text.Json;
using CoPrA.Orders;

namespace CoPrA.Rest;

/// <summary>
/// The exchange answered with HTTP status 400 or above (or with a body that could not be read).
/// <see cref="ToString"/> reads like CoPrA's APIRequestError: <c>"&lt;message&gt; [&lt;status&gt;]"</c>.
/// </summary>
public class ApiRequestException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="statusCode">HTTP status code.</param>
    /// <param name="serverMessage">The server's <c>message</c>, or the body text when there is none.</param>
    /// <param name="body">The raw response body.</param>
    /// <param name="headers">Response headers.</param>
    /// <param name="innerException">The cause, when the body could not be read.</param>
    public ApiRequestException(HttpStatusCode statusCode, string serverMessage, string body, IReadOnlyDictionary<string, string> headers, Exception? innerException = null)
        : base($"{serverMessage} [{(int)statusCode}]", innerException)
    {
        StatusCode = statusCode;
        ServerMessage = serverMessage;
        Body = body;
        Headers = headers;
        Reason = ExchangeRejections.Classify(statusCode, serverMessage);
    }

    /// <summary>HTTP status code.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The server's <c>message</c> field, or the body text when it had none.</summary>
    public string ServerMessage { get; }

    /// <summary>The raw response body.</summary>
    public string Body { get; }

    /// <summary>Response headers, names matched case-insensitively.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>
    /// The common failure this is, from the status code and server message (and the request path
    /// for a bare 404), as docs/orders.md tabulates; <see cref="RejectionReason.Unknown"/> otherwise.
    /// <see cref="ServerMessage"/> and <see cref="Body"/> stay as the server sent them.
    /// </summary>
    public RejectionReason Reason { get; internal set; }

    /// <summary><c>"&lt;message&gt; [&lt;status&gt;]"</c>, as CoPrA prints its errors.</summary>
    public override string ToString() => Message;

    /// <summary>
    /// Builds the exception that fits an error response: 429 and 401 get their own types. A body cut
    /// at <paramref name="truncatedAt"/> bytes is not parsed, and the message says it was cut.
    /// <paramref name="path"/> (the request's path) tells which resource a bare 404 missed;
    /// <paramref name="classify"/> is the API's own mapping to a typed reason (the Exchange's by default).
    /// </summary>
    internal static ApiRequestException FromResponse(HttpStatusCode status, string body, IReadOnlyDictionary<string, string> headers, TimeSpan? retryAfter, int? truncatedAt = null, string? path = null, Func<HttpStatusCode, string, string?, RejectionReason>? classify = null)
    {
        string message = truncatedAt is { } cap
            ? $"{status}: the error body is longer than MaxErrorBodyBytes ({cap} bytes); Body holds its first {cap} bytes (truncated)."
            : ReadMessage(body, status);
        ApiRequestException exception = status switch
        {
            HttpStatusCode.TooManyRequests => new RateLimitExceededException(message, body, headers, retryAfter),
            HttpStatusCode.Unauthorized => new AuthenticationFailedException(message, body, headers),
            _ => new ApiRequestException(status, message, body, headers),
        };
        exception.Reason = (classify ?? ExchangeRejections.Classify)(status, message, path);
        return exception;
    }

    private static string ReadMessage(string body, HttpStatusCode status)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return status.ToString();
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("message", out var message)
                && message.ValueKind == JsonValueKind.String)
            {
                return message.GetString()!;
            }
        }
        catch (JsonException)
        {
            // Not JSON (an HTML page from a proxy, plain text): the text itself is the message.
        }

        return body.Trim();
    }
}

/// <summary>HTTP 429: a rate limit was exceeded. <see cref="RetryAfter"/> says when to try again, if the server said.</summary>
public sealed class RateLimitExceededException : ApiRequestException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="serverMessage">The server's message.</param>
    /// <param name="body">The raw body.</param>
    /// <param name="headers">Response headers.</param>
    /// <param name="retryAfter">The Retry-After delay, if sent.</param>
    public RateLimitExceededException(string serverMessage, string body, IReadOnlyDictionary<string, string> headers, TimeSpan? retryAfter)
        : base(HttpStatusCode.TooManyRequests, serverMessage, body, headers) => RetryAfter = retryAfter;

    /// <summary>How long the server asked to wait, from the Retry-After header.</summary>
    public TimeSpan? RetryAfter { get; }
}

/// <summary>HTTP 401: the key, signature, passphrase or timestamp was refused.</summary>
public sealed class AuthenticationFailedException : ApiRequestException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="serverMessage">The server's message, for example <c>request timestamp expired</c>.</param>
    /// <param name="body">The raw body.</param>
    /// <param name="headers">Response headers.</param>
    public AuthenticationFailedException(string serverMessage, string body, IReadOnlyDictionary<string, string> headers)
        : base(HttpStatusCode.Unauthorized, serverMessage, body, headers)
    {
    }
}
