using System.Net.WebSockets;

namespace CoPrA.WebSocket;

/// <summary>
/// Client of the Coinbase Exchange WebSocket feed, after CoPrA's <c>Client</c>: subscribe to
/// channels, receive typed messages through virtual callbacks or <see cref="ReadAllAsync"/>, and
/// keep the feed alive: any loss of the connection other than <see cref="CloseAsync"/> is followed
/// by a reconnect with exponential backoff and jitter and a resubscription to the channels as
/// they are at that moment.
/// </summary>
/// <remarks>
/// <para>Override the callbacks you need; none needs a base call (unlike CoPrA's <c>on_open</c> and
/// <c>on_close</c>, the client itself subscribes after the handshake and reconnects). Callbacks run
/// one at a time on the receive loop: a slow callback holds up the feed (the server drops
/// consumers that fall far behind). A callback that throws is logged and the feed goes on.</para>
/// <para>Built on <see cref="ClientWebSocket"/> with its own receive loop (pooled buffers, messages
/// reassembled across frames) and a Polly retry pipeline for reconnects.</para>
/// </remarks>
public partial class WebSocketClient : IAsyncDisposable
{
    /// <summary>The Coinbase Exchange feed (public market data; authentication optional on most channels).</summary>
    public const string ProductionFeedUrl = "wss://ws-feed.exchange.coinbase.com";

    /// <summary>The public sandbox feed.</summary>
    public const string SandboxFeedUrl = "wss://ws-feed-public.sandbox.exchange.coinbase.com";

    /// <summary>The direct feed, which requires authentication on every subscription.</summary>
    public const string DirectFeedUrl = "wss://ws-direct.exchange.coinbase.com";

    /// <summary>The sandbox of the direct feed.</summary>
    public const string DirectSandboxFeedUrl = "wss://ws-direct.sandbox.exchange.coinbase.com";

    /// <summary>The retired Coinbase Pro feed CoPrA used; it now closes every connection (code 1000, "deprecated hostname").</summary>
    public const string RetiredProFeedUrl = "wss://ws-feed.pro.coinbase.com";

    // Read through the fields inside the class: the virtual properties are a mock's to answer.
    private readonly CoinbaseSession _session;
    private readonly FeedConnection<FeedMessage> _core;
    private readonly string _name;
    private readonly bool _signs;
    private int _disposed;

    /// <summary>Creates a client that will subscribe to <paramref name="channels"/>; nothing is sent until <see cref="ConnectAsync"/>.</summary>
    /// <param name="channels">The channels to subscribe to on connect (may be empty; the server drops a connection with no subscription after 5 seconds).</param>
    /// <param name="options">Feed URL, credentials, reconnect and logging settings; defaults when null.</param>
    /// <exception cref="ArgumentException">A channel is null or an option is out of range.</exception>
    public WebSocketClient(IEnumerable<Channel> channels, WebSocketClientOptions? options = null)
    {
        var checkedChannels = CheckChannels(channels);
        options ??= new WebSocketClientOptions();
        var feedUri = CheckOptions(options);
        _name = options.Name;
        _session = CoinbaseSession.Resolve(options.Session, options.Credentials, rateLimits: null, options.TimeProvider, nameof(WebSocketClientOptions), nameof(options));
        _signs = _session.Signer is not null;
        AutoReconnect = options.AutoReconnect;
        _core = new FeedConnection<FeedMessage>(
            options.ToSettings(feedUri, _session.TimeProvider),
            ExchangeFeedReader.Instance,
            new GapDetector(),
            new ExchangeFrameWriter(_session.Signer),
            new Callbacks(this),
            checkedChannels);
    }

    /// <summary>Creates a client that will subscribe to one channel.</summary>
    /// <param name="channel">The channel to subscribe to on connect.</param>
    /// <param name="options">Feed URL, credentials, reconnect and logging settings; defaults when null.</param>
    public WebSocketClient(Channel channel, WebSocketClientOptions? options = null)
        : this([channel], options)
    {
    }

    /// <summary>Creates a client with default options that will subscribe to <paramref name="channels"/>.</summary>
    /// <param name="channels">The channels to subscribe to on connect.</param>
    public WebSocketClient(params Channel[] channels)
        : this((IEnumerable<Channel>)channels)
    {
    }

    /// <summary>
    /// For mocking (Moq and the like): a client with no channels and default options, as
    /// <c>new WebSocketClient()</c> gives. Every public member is virtual, so a mock answers them all.
    /// </summary>
    protected WebSocketClient()
        : this((IEnumerable<Channel>)[])
    {
    }

    /// <summary>The feed URL.</summary>
    public virtual Uri FeedUrl => _core.Endpoint;

    /// <summary>The client's name in logs.</summary>
    public virtual string Name => _name;

    /// <summary>
    /// The session whose signer and clock offset sign the subscriptions: the one in
    /// <see cref="WebSocketClientOptions.Session"/>, or the client's own.
    /// </summary>
    public virtual CoinbaseSession Session => _session;

    /// <summary>Whether subscribe and unsubscribe frames are signed.</summary>
    public virtual bool IsAuthenticated => _signs;

    /// <summary>Whether the client reconnects after a connection is lost.</summary>
    public virtual bool AutoReconnect { get; }

    /// <summary>
    /// Whether a connection is open (the subscribe frame has been sent). The server may not have
    /// accepted the subscription yet, or may have refused part of it: see <see cref="IsSubscribed"/>.
    /// </summary>
    public virtual bool IsConnected => _core.IsConnected;

    /// <summary>The channels as they are now (what a reconnect subscribes to), in the order first subscribed.</summary>
    public virtual IReadOnlyList<Channel> Channels => _core.Channels;

    /// <summary>
    /// Messages dropped from the <see cref="ReadAllAsync"/> queue because it was full (the oldest
    /// goes first). Each power of two is also logged as a warning, and every drop is reported to
    /// <see cref="OnGapAsync"/> as a <see cref="GapSource.ReceiveQueue"/> gap.
    /// </summary>
    public virtual long DroppedMessages => _core.DroppedMessages;

    /// <summary>
    /// Connects and subscribes to <see cref="Channels"/>, returning once the first connection is open
    /// and the subscribe frame sent. With <see cref="FeedClientOptions.AutoReconnect"/>, failed
    /// attempts (refused connect, refused handshake, timeout) are retried with backoff until one
    /// works or <paramref name="cancellationToken"/> is cancelled, which stops the client; without
    /// it, the first failure is thrown. Calling it while running just waits for the connection.
    /// </summary>
    /// <param name="cancellationToken">Stops waiting, and stops the client, before the connection opens.</param>
    /// <exception cref="WebSocketException">The connection failed and AutoReconnect is off.</exception>
    /// <exception cref="OperationCanceledException">Cancelled, or <see cref="CloseAsync"/> was called before the connection opened.</exception>
    public virtual Task ConnectAsync(CancellationToken cancellationToken = default) =>
        IsDisposed ? Task.FromException(Disposed()) : _core.ConnectAsync(cancellationToken);

    /// <summary>Subscribes to one more channel; see <see cref="SubscribeAsync(IEnumerable{Channel}, CancellationToken)"/>.</summary>
    /// <param name="channel">The channel to add.</param>
    /// <param name="cancellationToken">Cancels waiting for or sending the frame.</param>
    /// <exception cref="ArgumentException">The channel is null.</exception>
    public virtual Task SubscribeAsync(Channel channel, CancellationToken cancellationToken = default) => SubscribeAsync([channel], cancellationToken);

    /// <summary>
    /// Subscribes to more channels. Before connecting (or while reconnecting) it only changes the
    /// local set, which the next connection subscribes to. When connected it sends one subscribe
    /// frame with only what is new, and nothing at all when nothing is (unlike CoPrA, never an
    /// empty <c>channels</c> list). The local set changes even if the send fails; the reconnect
    /// that follows a failed send subscribes to it.
    /// </summary>
    /// <param name="channels">The channels to add.</param>
    /// <param name="cancellationToken">Cancels waiting for or sending the frame (a cancelled send drops the connection, which then reconnects).</param>
    /// <exception cref="ArgumentException">A channel is null.</exception>
    public virtual Task SubscribeAsync(IEnumerable<Channel> channels, CancellationToken cancellationToken = default) =>
        ChangeSubscriptionsAsync(SubscriptionFrame.Subscribe, channels, cancellationToken);

    /// <summary>Unsubscribes from one channel; see <see cref="UnsubscribeAsync(IEnumerable{Channel}, CancellationToken)"/>.</summary>
    /// <param name="channel">The channel to remove.</param>
    /// <param name="cancellationToken">Cancels waiting for or sending the frame.</param>
    /// <exception cref="ArgumentException">The channel is null.</exception>
    public virtual Task UnsubscribeAsync(Channel channel, CancellationToken cancellationToken = default) => UnsubscribeAsync([channel], cancellationToken);

    /// <summary>
    /// Unsubscribes from channels. Ids and names that are not subscribed are ignored; a channel
    /// given without ids (<c>status</c>, or all of <c>rfq_matches</c>) is removed entirely. Before
    /// connecting it only changes the local set; when connected it sends one unsubscribe frame with
    /// only what was subscribed (unlike CoPrA, which echoes the request), and nothing when nothing was.
    /// </summary>
    /// <param name="channels">The channels to remove.</param>
    /// <param name="cancellationToken">Cancels waiting for or sending the frame (a cancelled send drops the connection, which then reconnects).</param>
    /// <exception cref="ArgumentException">A channel is null.</exception>
    public virtual Task UnsubscribeAsync(IEnumerable<Channel> channels, CancellationToken cancellationToken = default) =>
        ChangeSubscriptionsAsync(SubscriptionFrame.Unsubscribe, channels, cancellationToken);

    /// <summary>
    /// Closes the connection cleanly (close frame 1000, waiting up to
    /// <see cref="FeedClientOptions.CloseTimeout"/> for the server's answer) and stops
    /// reconnecting, including a reconnect that is waiting or under way. <see cref="ReadAllAsync"/>
    /// enumerations end. <see cref="ConnectAsync"/> may start the client again.
    /// </summary>
    /// <remarks>
    /// Safe to call from a callback: it then starts the close and returns without waiting, and the
    /// connection ends as soon as the callback has returned and the server has answered.
    /// </remarks>
    /// <param name="cancellationToken">Stops waiting for the server's answer; the connection is then dropped.</param>
    public virtual Task CloseAsync(CancellationToken cancellationToken = default) => _core.CloseAsync(cancellationToken);

    /// <summary>
    /// Every message as it arrives, for <c>await foreach</c>. The queue behind it starts filling
    /// when this is first called (call it before <see cref="ConnectAsync"/> to see the first
    /// messages) and holds at most <see cref="FeedClientOptions.ReceiveQueueCapacity"/>
    /// messages: when the reader falls behind, the <b>oldest</b> message is dropped, counted in
    /// <see cref="DroppedMessages"/>, logged and reported to <see cref="OnGapAsync"/> (with the
    /// product and, for <c>full</c> and <c>level3</c>, the sequence range), and the connection is
    /// never held up; or, with <see cref="FeedQueueFullMode.Wait"/>, the receive loop waits for
    /// room and nothing is dropped. Callbacks still run. The enumeration ends when the client
    /// stops (<see cref="CloseAsync"/>, dispose, or a lost connection without AutoReconnect).
    /// Concurrent readers share the messages.
    /// </summary>
    /// <param name="cancellationToken">Ends the enumeration.</param>
    public virtual IAsyncEnumerable<FeedMessage> ReadAllAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        return _core.ReadAllAsync(cancellationToken);
    }

    /// <summary>
    /// Feeds <paramref name="listener"/> (a book keeper, say) every message this client receives,
    /// before <see cref="OnMessageAsync"/> sees it, and tells it when a connection ends, before
    /// <see cref="OnCloseAsync"/>; until the returned object is disposed. Listeners run one at a
    /// time on the receive loop, in the order attached; one that throws is logged and the feed
    /// goes on. Attaching subscribes to nothing: subscribe to what the listener needs (a keeper's
    /// <see cref="Books.IBookKeeper.Channels"/>) in the constructor or with <see cref="SubscribeAsync(IEnumerable{Channel}, CancellationToken)"/>.
    /// </summary>
    /// <param name="listener">What to feed.</param>
    /// <returns>Detaches the listener when disposed.</returns>
    /// <exception cref="ArgumentNullException">The listener is null.</exception>
    public virtual IDisposable Attach(IFeedListener<FeedMessage> listener)
    {
        ArgumentNullException.ThrowIfNull(listener);
        ThrowIfDisposed();
        return _core.Attach(listener);
    }

    /// <summary>Closes the connection (as <see cref="CloseAsync"/>) and releases the client.</summary>
    public virtual async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _core.DisposeAsync().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    /// <summary>Called when a connection is open and the subscribe frame has been sent. No base call needed.</summary>
    /// <param name="cancellationToken">Cancelled when the client stops.</param>
    protected virtual Task OnOpenAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <summary>
    /// Called for every message except <c>error</c> frames (which go to <see cref="OnErrorAsync"/>),
    /// including <c>subscriptions</c> replies and <see cref="RawFeedMessage"/>s of unknown types.
    /// No base call needed.
    /// </summary>
    /// <param name="message">The typed message.</param>
    /// <param name="cancellationToken">Cancelled when the client stops.</param>
    protected virtual Task OnMessageAsync(FeedMessage message, CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <summary>
    /// Called for an <c>error</c> frame from the server, and for a frame that is not JSON (the
    /// connection lives on). Errors are logged whether or not this is overridden. No base call needed.
    /// </summary>
    /// <param name="message">The error's message.</param>
    /// <param name="reason">More detail; often empty.</param>
    /// <param name="cancellationToken">Cancelled when the client stops.</param>
    protected virtual Task OnErrorAsync(string message, string reason, CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <summary>
    /// Called when an open connection ends, cleanly or not. Unless <see cref="CloseAsync"/> ended it,
    /// a reconnect follows (with AutoReconnect). No base call needed.
    /// </summary>
    /// <param name="wasClean">Whether close frames were exchanged.</param>
    /// <param name="code">The close code the server sent, or null when the connection dropped.</param>
    /// <param name="reason">The close reason, or what went wrong.</param>
    /// <param name="cancellationToken">Cancelled when the client stops.</param>
    protected virtual Task OnCloseAsync(bool wasClean, int? code, string? reason, CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <summary>
    /// Called when messages were lost (see <see cref="SequenceGap"/>): on the way from the exchange,
    /// or dropped from the full <see cref="ReadAllAsync"/> queue (<see cref="SequenceGap.Source"/>);
    /// gaps are also logged as warnings. Resynchronise what depends on the lost messages (for
    /// example an order book). No base call needed.
    /// </summary>
    /// <param name="gap">What was lost.</param>
    /// <param name="cancellationToken">Cancelled when the client stops.</param>
    protected virtual Task OnGapAsync(SequenceGap gap, CancellationToken cancellationToken = default) => Task.CompletedTask;

    private static List<Channel> CheckChannels(IEnumerable<Channel> channels)
    {
        ArgumentNullException.ThrowIfNull(channels);
        var list = channels.ToList();
        if (list.Contains(null!))
        {
            throw new ArgumentException("channels must not contain null", nameof(channels));
        }

        return list;
    }

    private static Uri CheckOptions(WebSocketClientOptions options)
    {
        var uri = FeedClientOptions.CheckUrl(options.FeedUrl, nameof(options.FeedUrl), nameof(options));

        if (options.Credentials is not null || options.Session is { IsAuthenticated: true })
        {
            CredentialTransport.RequireSecure(uri, Uri.UriSchemeWss, nameof(options.FeedUrl), nameof(options));
        }

        options.CheckConnectionSettings(nameof(options));
        return uri;
    }

    // The channels are checked at once; a disposed client faults the task, as the async methods do.
    private Task ChangeSubscriptionsAsync(string frameType, IEnumerable<Channel> channels, CancellationToken cancellationToken)
    {
        var checkedChannels = CheckChannels(channels);
        return IsDisposed ? Task.FromException(Disposed()) : _core.ChangeSubscriptionsAsync(frameType, checkedChannels, cancellationToken);
    }

    private bool IsDisposed => Volatile.Read(ref _disposed) != 0;

    private void ThrowIfDisposed()
    {
        if (IsDisposed)
        {
            throw Disposed();
        }
    }

    private ObjectDisposedException Disposed() => new(GetType().FullName);
}
