using CoPrA.WebSocket;

namespace CoPrA.AdvancedTrade;

/// <summary>
/// Client of the Advanced Trade WebSocket feed, shaped like <see cref="WebSocketClient"/>: subscribe
/// to channels, receive typed messages through virtual callbacks or <see cref="ReadAllAsync"/>, and
/// keep the feed alive (reconnects with backoff and jitter, resubscription, idle detection, gap
/// reports) on the same connection core as the Exchange feed.
/// </summary>
/// <remarks>
/// <para>Channels go to the host that serves them: <c>user</c> and <c>futures_balance_summary</c>
/// to the user-data host (they need <see cref="AdvancedTradeWebSocketClientOptions.ApiKey"/>), every
/// other to the market-data host. A client subscribed to both kinds holds one connection per host,
/// each with its own reconnects and its own <c>sequence_num</c> count.</para>
/// <para>Every subscribe and unsubscribe frame names one channel and, with a key, carries a JWT
/// minted for that frame (tokens live two minutes, so resubscriptions after a reconnect get new
/// ones). Frames go out right after the handshake: the server drops a connection that has not
/// subscribed within 5 seconds.</para>
/// <para>A gap in a connection's <c>sequence_num</c> is reported to <see cref="OnGapAsync"/>, and the
/// client then subscribes to <c>level2</c> on that connection again (unsubscribe, subscribe) so that
/// the feed sends fresh snapshots for the books.</para>
/// </remarks>
public partial class AdvancedTradeWebSocketClient : IAsyncDisposable
{
    /// <summary>The market-data host.</summary>
    public const string ProductionMarketDataUrl = "wss://advanced-trade-ws.coinbase.com";

    /// <summary>The user-data host (<c>user</c> and <c>futures_balance_summary</c>).</summary>
    public const string ProductionUserDataUrl = "wss://advanced-trade-ws-user.coinbase.com";

    // Read through the fields inside the class: the virtual properties are a mock's to answer.
    private readonly CoinbaseSession _session;
    private readonly FeedConnection<AdvancedTradeFeedMessage> _market;
    private readonly FeedConnection<AdvancedTradeFeedMessage> _user;
    private readonly string _name;
    private readonly bool _signs;
    private volatile bool _started;
    private int _disposed;

    /// <summary>Creates a client that will subscribe to <paramref name="channels"/>; nothing is sent until <see cref="ConnectAsync"/>.</summary>
    /// <param name="channels">The channels to subscribe to on connect (may be empty).</param>
    /// <param name="options">Hosts, key, reconnect and logging settings; defaults when null.</param>
    /// <exception cref="ArgumentException">
    /// A channel is null, a user-data channel is given without a key, or an option is out of range.
    /// </exception>
    public AdvancedTradeWebSocketClient(IEnumerable<AdvancedTradeChannel> channels, AdvancedTradeWebSocketClientOptions? options = null)
    {
        options ??= new AdvancedTradeWebSocketClientOptions();
        _session = CoinbaseSession.ResolveAdvancedTrade(options.Session, options.ApiKey, rateLimits: null, options.TimeProvider, nameof(AdvancedTradeWebSocketClientOptions), nameof(options));
        _signs = _session.JwtSigner is not null;
        var checkedChannels = CheckChannels(channels);
        var marketUri = FeedClientOptions.CheckUrl(options.MarketDataUrl, nameof(options.MarketDataUrl), nameof(options));
        var userUri = FeedClientOptions.CheckUrl(options.UserDataUrl, nameof(options.UserDataUrl), nameof(options));
        if (_signs)
        {
            CredentialTransport.RequireSecure(marketUri, Uri.UriSchemeWss, nameof(options.MarketDataUrl), nameof(options));
            CredentialTransport.RequireSecure(userUri, Uri.UriSchemeWss, nameof(options.UserDataUrl), nameof(options));
        }

        options.CheckConnectionSettings(nameof(options));
        _name = options.Name;
        AutoReconnect = options.AutoReconnect;
        var writer = new AdvancedTradeFrameWriter(_session.JwtSigner);
        _market = new FeedConnection<AdvancedTradeFeedMessage>(
            options.ToSettings(marketUri, _session.TimeProvider, $"{_name} (market data)"),
            AdvancedTradeFeedReader.Instance,
            new AdvancedTradeGapDetector(),
            writer,
            new Callbacks(this, isUserData: false),
            checkedChannels.Where(c => !c.IsUserData).Select(c => c.ToCore()));
        _user = new FeedConnection<AdvancedTradeFeedMessage>(
            options.ToSettings(userUri, _session.TimeProvider, $"{_name} (user data)"),
            AdvancedTradeFeedReader.Instance,
            new AdvancedTradeGapDetector(),
            writer,
            new Callbacks(this, isUserData: true),
            checkedChannels.Where(c => c.IsUserData).Select(c => c.ToCore()));
    }

    /// <summary>Creates a client that will subscribe to one channel.</summary>
    /// <param name="channel">The channel to subscribe to on connect.</param>
    /// <param name="options">Hosts, key, reconnect and logging settings; defaults when null.</param>
    public AdvancedTradeWebSocketClient(AdvancedTradeChannel channel, AdvancedTradeWebSocketClientOptions? options = null)
        : this([channel], options)
    {
    }

    /// <summary>Creates a client with default options that will subscribe to <paramref name="channels"/>.</summary>
    /// <param name="channels">The channels to subscribe to on connect.</param>
    public AdvancedTradeWebSocketClient(params AdvancedTradeChannel[] channels)
        : this((IEnumerable<AdvancedTradeChannel>)channels)
    {
    }

    /// <summary>
    /// For mocking (Moq and the like): a client with no channels and default options. Every public
    /// member is virtual, so a mock answers them all.
    /// </summary>
    protected AdvancedTradeWebSocketClient()
        : this((IEnumerable<AdvancedTradeChannel>)[])
    {
    }

    /// <summary>The market-data host's URL.</summary>
    public virtual Uri MarketDataUrl => _market.Endpoint;

    /// <summary>The user-data host's URL.</summary>
    public virtual Uri UserDataUrl => _user.Endpoint;

    /// <summary>The client's name in logs (each connection adds <c>(market data)</c> or <c>(user data)</c>).</summary>
    public virtual string Name => _name;

    /// <summary>The session whose JWT signer and clock offset sign the frames.</summary>
    public virtual CoinbaseSession Session => _session;

    /// <summary>Whether frames carry a JWT (the client has a key).</summary>
    public virtual bool IsAuthenticated => _signs;

    /// <summary>Whether the client reconnects after a connection is lost.</summary>
    public virtual bool AutoReconnect { get; }

    /// <summary>Whether every connection the client needs (one per host it has channels on) is open, its subscribe frames sent.</summary>
    public virtual bool IsConnected => NeededConnections().All(core => core.IsConnected);

    /// <summary>Whether the server has confirmed every frame sent on every connection the client needs.</summary>
    public virtual bool IsSubscribed => NeededConnections().All(core => core.IsSubscribed);

    /// <summary>The channels as they are now (what a reconnect subscribes to): market data first, then user data.</summary>
    public virtual IReadOnlyList<AdvancedTradeChannel> Channels =>
        [.. _market.Channels.Concat(_user.Channels).Select(AdvancedTradeChannel.FromCore)];

    /// <summary>Messages dropped from the full <see cref="ReadAllAsync"/> queues (see <see cref="WebSocketClient.DroppedMessages"/>).</summary>
    public virtual long DroppedMessages => _market.DroppedMessages + _user.DroppedMessages;

    /// <summary>
    /// Connects to each host the channels need (the market-data host when there are none) and
    /// subscribes, returning once every such connection is open and its frames sent. Retries and
    /// failures as <see cref="WebSocketClient.ConnectAsync"/>.
    /// </summary>
    /// <param name="cancellationToken">Stops waiting, and stops the client, before the connections open.</param>
    public virtual async Task ConnectAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        _started = true;
        try
        {
            await Task.WhenAll(NeededConnections().Select(core => core.ConnectAsync(cancellationToken))).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await CloseAsync(CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Subscribes to one more channel; see <see cref="SubscribeAsync(IEnumerable{AdvancedTradeChannel}, CancellationToken)"/>.</summary>
    /// <param name="channel">The channel to add.</param>
    /// <param name="cancellationToken">Cancels waiting for or sending the frame.</param>
    /// <exception cref="ArgumentException">The channel is null, or needs a key the client does not have.</exception>
    public virtual Task SubscribeAsync(AdvancedTradeChannel channel, CancellationToken cancellationToken = default) => SubscribeAsync([channel], cancellationToken);

    /// <summary>
    /// Subscribes to more channels. Before connecting it only changes the local set; when connected
    /// it sends one frame per channel with only what is new (nothing when nothing is), on the host
    /// the channel needs, opening that host's connection first if the client had none there.
    /// </summary>
    /// <param name="channels">The channels to add.</param>
    /// <param name="cancellationToken">Cancels waiting for or sending the frames.</param>
    /// <exception cref="ArgumentException">A channel is null, or needs a key the client does not have.</exception>
    public virtual Task SubscribeAsync(IEnumerable<AdvancedTradeChannel> channels, CancellationToken cancellationToken = default) =>
        ChangeSubscriptionsAsync(SubscriptionFrame.Subscribe, channels, cancellationToken);

    /// <summary>Unsubscribes from one channel; see <see cref="UnsubscribeAsync(IEnumerable{AdvancedTradeChannel}, CancellationToken)"/>.</summary>
    /// <param name="channel">The channel to remove.</param>
    /// <param name="cancellationToken">Cancels waiting for or sending the frame.</param>
    /// <exception cref="ArgumentException">The channel is null.</exception>
    public virtual Task UnsubscribeAsync(AdvancedTradeChannel channel, CancellationToken cancellationToken = default) => UnsubscribeAsync([channel], cancellationToken);

    /// <summary>
    /// Unsubscribes from channels. Ids and names that are not subscribed are ignored; a channel
    /// given without ids is removed entirely. When connected it sends one unsubscribe frame per
    /// channel, each with a fresh JWT when the client has a key.
    /// </summary>
    /// <param name="channels">The channels to remove.</param>
    /// <param name="cancellationToken">Cancels waiting for or sending the frames.</param>
    /// <exception cref="ArgumentException">A channel is null.</exception>
    public virtual Task UnsubscribeAsync(IEnumerable<AdvancedTradeChannel> channels, CancellationToken cancellationToken = default) =>
        ChangeSubscriptionsAsync(SubscriptionFrame.Unsubscribe, channels, cancellationToken);

    /// <summary>Closes every connection cleanly and stops reconnecting (see <see cref="WebSocketClient.CloseAsync"/>).</summary>
    /// <param name="cancellationToken">Stops waiting for the servers' answers; the connections are then dropped.</param>
    public virtual async Task CloseAsync(CancellationToken cancellationToken = default)
    {
        _started = false;
        await Task.WhenAll(_market.CloseAsync(cancellationToken), _user.CloseAsync(cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>
    /// Every message of both connections as it arrives, for <c>await foreach</c>; each connection's
    /// messages in the order received. Queues, drops and the end of the enumeration as
    /// <see cref="WebSocketClient.ReadAllAsync"/>: it ends when the client stops.
    /// </summary>
    /// <param name="cancellationToken">Ends the enumeration.</param>
    public virtual IAsyncEnumerable<AdvancedTradeFeedMessage> ReadAllAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        return FeedMerge.ReadAllAsync(_market.ReadAllAsync(cancellationToken), _user.ReadAllAsync(cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Feeds <paramref name="listener"/> every message of both connections, before
    /// <see cref="OnMessageAsync"/> sees it, and tells it when a connection ends (see <see cref="WebSocketClient.Attach"/>).
    /// An <see cref="AdvancedTradeLevel2BookKeeper"/> is fed by the market-data connection only.
    /// </summary>
    /// <param name="listener">What to feed.</param>
    /// <returns>Detaches the listener when disposed.</returns>
    /// <exception cref="ArgumentNullException">The listener is null.</exception>
    public virtual IDisposable Attach(IFeedListener<AdvancedTradeFeedMessage> listener)
    {
        ArgumentNullException.ThrowIfNull(listener);
        ThrowIfDisposed();
        return listener is IMarketDataListener ? _market.Attach(listener) : new Both(_market.Attach(listener), _user.Attach(listener));
    }

    /// <summary>Closes the connections (as <see cref="CloseAsync"/>) and releases the client.</summary>
    public virtual async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _started = false;
        await _market.DisposeAsync().ConfigureAwait(false);
        await _user.DisposeAsync().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    // Unsubscribing needs no key: only subscriptions are checked for one.
    private List<AdvancedTradeChannel> CheckChannels(IEnumerable<AdvancedTradeChannel> channels, bool subscribing = true)
    {
        ArgumentNullException.ThrowIfNull(channels);
        var list = channels.ToList();
        if (list.Contains(null!))
        {
            throw new ArgumentException("channels must not contain null", nameof(channels));
        }

        if (subscribing && !_signs && list.FirstOrDefault(c => c.IsUserData) is { } needsKey)
        {
            throw new ArgumentException(
                $"The {needsKey.Name} channel needs a CDP API key (AdvancedTradeWebSocketClientOptions.ApiKey or Session); this client has none.",
                nameof(channels));
        }

        return list;
    }

    private IEnumerable<FeedConnection<AdvancedTradeFeedMessage>> NeededConnections()
    {
        bool user = _user.Channels.Count > 0;
        if (_market.Channels.Count > 0 || !user)
        {
            yield return _market;
        }

        if (user)
        {
            yield return _user;
        }
    }

    // The channels are checked at once; a disposed client faults the task, as the async methods do.
    private Task ChangeSubscriptionsAsync(string frameType, IEnumerable<AdvancedTradeChannel> channels, CancellationToken cancellationToken)
    {
        var checkedChannels = CheckChannels(channels, subscribing: frameType == SubscriptionFrame.Subscribe);
        return IsDisposed ? Task.FromException(Disposed()) : ChangeAsync();

        async Task ChangeAsync()
        {
            foreach (var (core, isUser) in new[] { (_market, false), (_user, true) })
            {
                List<Channel> part = [.. checkedChannels.Where(c => c.IsUserData == isUser).Select(c => c.ToCore())];
                if (part.Count == 0)
                {
                    continue;
                }

                await core.ChangeSubscriptionsAsync(frameType, part, cancellationToken).ConfigureAwait(false);
                if (_started && frameType == SubscriptionFrame.Subscribe && core.RunTask is not { IsCompleted: false })
                {
                    // The first channel for this host: its connection opens now.
                    await core.ConnectAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }
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

    /// <summary>Two attachments detached together.</summary>
    private sealed class Both(IDisposable first, IDisposable second) : IDisposable
    {
        public void Dispose()
        {
            first.Dispose();
            second.Dispose();
        }
    }
}
