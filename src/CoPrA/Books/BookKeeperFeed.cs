using CoPrA.WebSocket;

namespace CoPrA.Books;

/// <summary>Puts book keepers on a feed by composition: any <see cref="WebSocketClient"/>, subclassed or not.</summary>
public static class BookKeeperFeed
{
    /// <summary>
    /// Attaches <paramref name="keeper"/> to <paramref name="feed"/> (see <see cref="WebSocketClient.Attach"/>)
    /// and subscribes to the channels it needs: at once when connected, else on connect.
    /// </summary>
    /// <param name="feed">The feed.</param>
    /// <param name="keeper">The keeper.</param>
    /// <param name="cancellationToken">Cancels sending the subscribe frame.</param>
    /// <returns>Detaches the keeper when disposed (its channels stay subscribed).</returns>
    /// <exception cref="ArgumentNullException">The feed or the keeper is null.</exception>
    public static async Task<IDisposable> AttachAsync(this WebSocketClient feed, IBookKeeper keeper, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(keeper);
        var attached = feed.Attach(keeper);
        await feed.SubscribeAsync(keeper.Channels, cancellationToken).ConfigureAwait(false);
        return attached;
    }
}
