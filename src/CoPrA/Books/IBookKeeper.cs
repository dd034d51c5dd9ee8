using CoPrA.WebSocket;

namespace CoPrA.Books;

/// <summary>
/// Something that keeps local books from feed messages: <see cref="Level2BookKeeper"/> and
/// <see cref="Level3BookKeeper"/>. Attach it to any <see cref="WebSocketClient"/> with
/// <see cref="WebSocketClient.Attach"/> (or <see cref="BookKeeperFeed.AttachAsync"/>, which also
/// subscribes to its channels); <see cref="BookKeeperClient"/> is a client made for keepers. A
/// <see cref="WebSocketClient.ReadAllAsync"/> loop can feed one too, by calling
/// <see cref="IFeedListener{TMessage}.HandleAsync"/> and <see cref="IFeedListener{TMessage}.OnDisconnected"/>.
/// </summary>
public interface IBookKeeper : IFeedListener<FeedMessage>
{
    /// <summary>The channels the keeper needs subscribed.</summary>
    IReadOnlyList<Channel> Channels { get; }
}
