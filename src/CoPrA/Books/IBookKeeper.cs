using CoPrA.WebSocket;

namespace CoPrA.Books;

/// <summary>
/// Something that keeps local books from feed messages: <see cref="Level2BookKeeper"/> and
/// <see cref="Level3BookKeeper"/>. <see cref="BookKeeperClient"/> feeds any number of them from one
/// connection; a <see cref="WebSocketClient"/> subclass or a <see cref="WebSocketClient.ReadAllAsync"/>
/// loop can do the same by calling <see cref="HandleAsync"/> and <see cref="OnDisconnected"/>.
/// </summary>
public interface IBookKeeper
{
    /// <summary>The channels the keeper needs subscribed.</summary>
    IReadOnlyList<Channel> Channels { get; }

    /// <summary>
    /// Takes one feed message, in the order received. Messages of other channels and products are
    /// ignored. Returns quickly: no I/O is awaited on the caller's path.
    /// </summary>
    /// <param name="message">The message.</param>
    /// <param name="cancellationToken">Cancels the handling.</param>
    Task HandleAsync(FeedMessage message, CancellationToken cancellationToken = default);

    /// <summary>
    /// Tells the keeper that the connection was lost: messages may be missed from now until the
    /// next connection, so every book is unsynced until the keeper has resynchronised it.
    /// </summary>
    void OnDisconnected();
}
