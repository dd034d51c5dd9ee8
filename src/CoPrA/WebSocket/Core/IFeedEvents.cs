namespace CoPrA.WebSocket;

/// <summary>
/// What the connection core tells the feed client it runs under (the client's callbacks). Each
/// is awaited on the receive loop, one at a time; an exception is logged and goes no further.
/// </summary>
/// <typeparam name="TMessage">The feed's message type.</typeparam>
internal interface IFeedEvents<in TMessage>
    where TMessage : class
{
    /// <summary>A connection is open and its subscribe frames are sent.</summary>
    Task OnOpenAsync(CancellationToken cancellationToken);

    /// <summary>A message other than an error, after the attached listeners have had it.</summary>
    Task OnMessageAsync(TMessage message, CancellationToken cancellationToken);

    /// <summary>An error frame, or a frame that could not be read.</summary>
    Task OnErrorAsync(string message, string reason, CancellationToken cancellationToken);

    /// <summary>A connection ended.</summary>
    Task OnCloseAsync(bool wasClean, int? code, string? reason, CancellationToken cancellationToken);

    /// <summary>Messages were lost.</summary>
    Task OnGapAsync(SequenceGap gap, CancellationToken cancellationToken);

    /// <summary>A subscribe frame was refused; what it named is dropped and the rest subscribed again.</summary>
    Task OnSubscriptionRejectedAsync(SubscriptionRejection rejection, CancellationToken cancellationToken);
}
