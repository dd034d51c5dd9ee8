using CoPrA.WebSocket;

namespace CoPrA.Books;

/// <summary>
/// A <see cref="WebSocketClient"/> made for book keepers: it subscribes to the channels its
/// keepers need and attaches them (<see cref="WebSocketClient.Attach"/>), so that each gets every
/// message in turn and hears when a connection is lost, and resynchronises once the client has
/// reconnected and resubscribed.
/// </summary>
/// <remarks>
/// A convenience over composition: any <see cref="WebSocketClient"/>, your own subclass included,
/// can feed keepers with <see cref="WebSocketClient.Attach"/> or <see cref="BookKeeperFeed.AttachAsync"/>.
/// For other messages on the same connection, read <see cref="WebSocketClient.ReadAllAsync"/> alongside.
/// </remarks>
/// <example>
/// <code>
/// var level2 = new Level2BookKeeper(["BTC-USD"]);
/// await using var feed = new BookKeeperClient([level2]);
/// await feed.ConnectAsync();
/// await level2.WhenSyncedAsync("BTC-USD");
/// Console.WriteLine(level2.Book("BTC-USD").BestBid);
/// </code>
/// </example>
public sealed class BookKeeperClient : WebSocketClient
{
    private readonly IBookKeeper[] _keepers;

    /// <summary>Creates a client for the keepers; nothing is sent until <see cref="WebSocketClient.ConnectAsync"/>.</summary>
    /// <param name="keepers">The keepers, fed in this order.</param>
    /// <param name="options">Feed URL, credentials (needed for <c>level2</c> and <c>full</c>), reconnect and logging settings; defaults when null.</param>
    /// <param name="otherChannels">More channels to subscribe to, for messages read from <see cref="WebSocketClient.ReadAllAsync"/>.</param>
    /// <exception cref="ArgumentException">No keepers, a null keeper, or an option out of range.</exception>
    public BookKeeperClient(IEnumerable<IBookKeeper> keepers, WebSocketClientOptions? options = null, IEnumerable<Channel>? otherChannels = null)
        : this(CheckKeepers(keepers), options, otherChannels)
    {
    }

    private BookKeeperClient(IBookKeeper[] keepers, WebSocketClientOptions? options, IEnumerable<Channel>? otherChannels)
        : base(keepers.SelectMany(keeper => keeper.Channels).Concat(otherChannels ?? []), options)
    {
        _keepers = keepers;
        foreach (var keeper in keepers)
        {
            Attach(keeper);
        }
    }

    /// <summary>The keepers, in the order they are fed.</summary>
    public IReadOnlyList<IBookKeeper> Keepers => _keepers;

    private static IBookKeeper[] CheckKeepers(IEnumerable<IBookKeeper> keepers)
    {
        ArgumentNullException.ThrowIfNull(keepers);
        var list = keepers.ToArray();
        if (list.Length == 0 || list.Contains(null!))
        {
            throw new ArgumentException("keepers must hold at least one keeper and no null", nameof(keepers));
        }

        return list;
    }
}
