namespace CoPrA.Sandbox;

/// <summary>
/// A request the exchange refuses: becomes the HTTP status and <c>{"message": ...}</c> body that
/// Coinbase would send.
/// </summary>
internal sealed class SandboxApiException : Exception
{
    public SandboxApiException(int statusCode, string message)
        : base(message) => StatusCode = statusCode;

    public SandboxApiException()
        : this(500, "Internal server error")
    {
    }

    public SandboxApiException(string message)
        : this(400, message)
    {
    }

    public SandboxApiException(string message, Exception innerException)
        : base(message, innerException) => StatusCode = 500;

    /// <summary>HTTP status to answer with.</summary>
    public int StatusCode { get; }

    /// <summary>
    /// The Advanced Trade API's error code (<c>INVALID_ARGUMENT</c>, <c>NOT_FOUND</c>...); when set the
    /// body is <c>{"error", "error_details", "message"}</c> instead of the Exchange API's <c>{"message"}</c>.
    /// </summary>
    public string? ErrorCode { get; private init; }

    /// <summary>An Advanced Trade refusal: status, error code and message.</summary>
    public static SandboxApiException AdvancedTrade(int statusCode, string errorCode, string message) =>
        new(statusCode, message) { ErrorCode = errorCode };

    /// <summary>400 with a message, the exchange's answer to most invalid requests.</summary>
    public static SandboxApiException BadRequest(string message) => new(400, message);

    /// <summary>404 <c>NotFound</c>, the exchange's answer for unknown ids and paths.</summary>
    public static SandboxApiException NotFound() => new(404, "NotFound");
}
