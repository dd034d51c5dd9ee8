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

    /// <summary>400 with a message, the exchange's answer to most invalid requests.</summary>
    public static SandboxApiException BadRequest(string message) => new(400, message);

    /// <summary>404 <c>NotFound</c>, the exchange's answer for unknown ids and paths.</summary>
    public static SandboxApiException NotFound() => new(404, "NotFound");
}
