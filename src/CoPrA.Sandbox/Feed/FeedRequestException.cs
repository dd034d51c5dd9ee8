namespace CoPrA.Sandbox.Feed;

/// <summary>A frame the feed refuses; becomes an <c>error</c> message.</summary>
internal sealed class FeedRequestException : Exception
{
    public FeedRequestException(string message, string reason)
        : base(message) => Reason = reason;

    public FeedRequestException()
        : this("Failed to subscribe", "")
    {
    }

    public FeedRequestException(string message)
        : this(message, "")
    {
    }

    public FeedRequestException(string message, Exception innerException)
        : base(message, innerException) => Reason = "";

    /// <summary>The error's <c>reason</c>.</summary>
    public string Reason { get; }
}
