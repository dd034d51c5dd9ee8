namespace CoPrA.WebSocket;

/// <summary>
/// Something fed by a feed client without subclassing it, such as a book keeper: attach it with
/// <see cref="WebSocketClient.Attach"/>. The client calls it for every message and when a
/// connection ends.
/// </summary>
/// <typeparam name="TMessage">The feed's message type (<see cref="FeedMessage"/> for the Exchange feed).</typeparam>
public interface IFeedListener<in TMessage>
{
    /// <summary>
    /// Takes one message, in the order received, before the client's own <c>OnMessageAsync</c>.
    /// Error frames are not passed on. Called on the receive loop: return quickly.
    /// </summary>
    /// <param name="message">The message.</param>
    /// <param name="cancellationToken">Cancelled when the client stops.</param>
    Task HandleAsync(TMessage message, CancellationToken cancellationToken = default);

    /// <summary>
    /// The connection was lost (or closed): messages may be missed until the next connection has
    /// resubscribed. Called before the client's own <c>OnCloseAsync</c>.
    /// </summary>
    void OnDisconnected();
}
