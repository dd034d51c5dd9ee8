using CoPrA.WebSocket;

namespace CoPrA.Books;

/// <summary>
/// A <see cref="WebSocketClient"/> that keeps books: it subscribes to the channels its keepers
/// need, hands every message to each keeper in turn, and tells them when a connection is lost,
/// so that they resynchronise once the client has reconnected and resubscribed.
/// </summary>
/// <remarks>
/// For other messages on the same connection, read <see cref="WebSocketClient.ReadAllAsync"/>
/// alongside, or write your own subclass: override <c>OnMessageAsync</c> to call each keeper's
/// <see cref="IBookKeeper.HandleAsync"/> and <c>OnCloseAsync</c> to call <see cref="IBookKeeper.OnDisconnected"/>.
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
    }

    /// <summary>The keepers, in the order they are fed.</summary>
    public IReadOnlyList<IBookKeeper> Keepers => _keepers;

    /// <inheritdoc />
    protected override async Task OnMessageAsync(FeedMessage message, CancellationToken cancellationToken = default)
    {
        foreach (var keeper in _keepers)
        {
            await keeper.HandleAsync(message, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    protected override Task OnCloseAsync(bool wasClean, int? code, string? reason, CancellationToken cancellationToken = default)
    {
        foreach (var keeper in _keepers)
        {
            keeper.OnDisconnected();
        }

        return Task.CompletedTask;
    }

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
