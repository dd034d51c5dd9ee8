namespace CoPrA.WebSocket;

/// <summary>One received frame as a feed's reader hands it to the connection core.</summary>
/// <typeparam name="TMessage">The feed's message type.</typeparam>
/// <param name="Message">The typed message; null only for <see cref="FeedFrameKind.Invalid"/>.</param>
/// <param name="Kind">What the core does with it.</param>
/// <param name="Type">The message type, for telemetry and logs.</param>
/// <param name="Problem">
/// Why the frame is invalid, or why a message of a known type arrived raw (logged); null otherwise.
/// </param>
/// <param name="ErrorMessage">For an error or a refusal: the server's message.</param>
/// <param name="ErrorReason">For an error or a refusal: the server's detail, "" when none.</param>
internal readonly record struct FeedFrame<TMessage>(
    TMessage? Message,
    FeedFrameKind Kind,
    string Type,
    string? Problem = null,
    string? ErrorMessage = null,
    string? ErrorReason = null)
    where TMessage : class
{
    /// <summary>A frame that is not a message at all.</summary>
    /// <param name="problem">Why it could not be read.</param>
    public static FeedFrame<TMessage> Invalid(string problem) => new(null, FeedFrameKind.Invalid, "", problem);
}
