using CoPrA.Diagnostics;
using Microsoft.Extensions.Logging;
using Polly;
using Log = CoPrA.WebSocket.FeedConnectionLog;

namespace CoPrA.WebSocket;

/// <summary>
/// The connection core under a feed client: the connection loop with reconnects (backoff and
/// jitter), the idle watchdog and keep-alive, the redirect-refusing handshake, the send lock,
/// the ReadAllAsync queue and its drop reports, the subscriptions and their resubscription. A
/// feed plugs in what differs between feeds: a message reader, a gap detector, a subscribe-frame
/// writer, and the events its public client raises. One core talks to one endpoint.
/// </summary>
/// <typeparam name="TMessage">The feed's message type.</typeparam>
internal sealed partial class FeedConnection<TMessage> : IAsyncDisposable
    where TMessage : class
{
    private readonly FeedConnectionSettings _settings;
    private readonly Uri _endpoint;
    private readonly string _name;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;
    private readonly IFeedMessageReader<TMessage> _reader;
    private readonly IFeedGapDetector<TMessage> _gaps;
    private readonly ISubscriptionFrameWriter _writer;
    private readonly IFeedEvents<TMessage> _events;
    private readonly QueueDrops _drops;
    private readonly ReconnectBackoff _backoff;
    private readonly FeedTelemetry _telemetry;
    private readonly ResiliencePipeline _connectionPipeline;
    private readonly SubscriptionSet _subscriptions = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly Lock _stateLock = new();
    private IReadOnlyList<Channel> _channels = [];
    private IFeedListener<TMessage>[] _listeners = [];
    private System.Net.WebSockets.ClientWebSocket? _socket;
    private volatile bool _isConnected;
    private volatile bool _closeRequested;
    private Task? _run;
    private CancellationTokenSource? _stopCts;
    private TaskCompletionSource? _opened;
    private FeedMessageQueue<TMessage>? _queue;
    private long _droppedMessages;
    private int _disposed;

    /// <summary>Creates a core that will subscribe to <paramref name="channels"/>; nothing is sent until <see cref="ConnectAsync"/>.</summary>
    /// <param name="settings">Checked settings, the endpoint among them.</param>
    /// <param name="reader">Reads received frames.</param>
    /// <param name="gaps">Finds lost messages.</param>
    /// <param name="writer">Writes subscribe and unsubscribe frames.</param>
    /// <param name="events">The feed client's callbacks.</param>
    /// <param name="channels">The channels to subscribe to on connect.</param>
    public FeedConnection(
        FeedConnectionSettings settings,
        IFeedMessageReader<TMessage> reader,
        IFeedGapDetector<TMessage> gaps,
        ISubscriptionFrameWriter writer,
        IFeedEvents<TMessage> events,
        IEnumerable<Channel> channels)
    {
        _settings = settings;
        _endpoint = settings.Endpoint;
        _name = settings.Name;
        _logger = settings.Logger;
        _timeProvider = settings.TimeProvider;
        _reader = reader;
        _gaps = gaps;
        _writer = writer;
        _events = events;
        _drops = new QueueDrops(settings.QueueCapacity);
        _telemetry = new FeedTelemetry(_name);
        _backoff = new ReconnectBackoff(settings.ReconnectDelay, settings.MaxReconnectDelay, settings.ReconnectJitter);
        _connectionPipeline = BuildConnectionPipeline();
        _subscriptions.Add(channels);
        PublishChannels();
    }

    /// <summary>The endpoint.</summary>
    public Uri Endpoint => _endpoint;

    /// <summary>Whether a connection is open (its subscribe frames sent).</summary>
    public bool IsConnected => _isConnected;

    /// <summary>The channels as they are now (what a reconnect subscribes to), in the order first subscribed.</summary>
    public IReadOnlyList<Channel> Channels => Volatile.Read(ref _channels);

    /// <summary>Messages dropped from the full ReadAllAsync queue.</summary>
    public long DroppedMessages => Interlocked.Read(ref _droppedMessages);

    /// <summary>Connects and subscribes; returns once the first connection is open (see WebSocketClient.ConnectAsync).</summary>
    /// <param name="cancellationToken">Stops waiting, and stops the core, before the connection opens.</param>
    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        Task opened;
        lock (_stateLock)
        {
            if (_run is null || _run.IsCompleted)
            {
                StartRun();
            }

            opened = _opened!.Task;
        }

        try
        {
            await opened.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await CloseAsync(CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Adds to or removes from the subscriptions; when connected, sends frames for what changes.</summary>
    /// <param name="frameType"><see cref="SubscriptionFrame.Subscribe"/> or <see cref="SubscriptionFrame.Unsubscribe"/>.</param>
    /// <param name="channels">Checked channels.</param>
    /// <param name="cancellationToken">Cancels waiting for or sending the frames.</param>
    public async Task ChangeSubscriptionsAsync(string frameType, List<Channel> channels, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var changed = frameType == SubscriptionFrame.Subscribe ? _subscriptions.Add(channels) : _subscriptions.Remove(channels);
            PublishChannels();
            if (changed.Count > 0 && _socket is { } socket)
            {
                await TrySendFramesAsync(socket, frameType, changed, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>
    /// Sends an unsubscribe and then a subscribe frame for the channel of that name as subscribed
    /// now, without changing the subscriptions, so that the feed sends a fresh snapshot (a level-2
    /// book after a gap). Does nothing while disconnected: the next connection subscribes anyway.
    /// </summary>
    /// <param name="channelName">The channel's name.</param>
    /// <param name="cancellationToken">Cancels waiting for or sending the frames.</param>
    public async Task ResubscribeAsync(string channelName, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            List<Channel> channels = [.. _subscriptions.Snapshot().Where(c => c.Name == channelName)];
            if (channels.Count > 0 && _socket is { } socket)
            {
                Log.Resubscribing(_logger, _name, channelName);
                await TrySendFramesAsync(socket, SubscriptionFrame.Unsubscribe, channels, cancellationToken).ConfigureAwait(false);
                await TrySendFramesAsync(socket, SubscriptionFrame.Subscribe, channels, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Feeds a listener every message and every disconnect from now on, until the result is disposed.</summary>
    /// <param name="listener">The listener.</param>
    public IDisposable Attach(IFeedListener<TMessage> listener)
    {
        lock (_stateLock)
        {
            Volatile.Write(ref _listeners, [.. _listeners, listener]);
        }

        return new Detacher(this, listener);
    }

    /// <summary>Closes the connection cleanly and stops reconnecting (see WebSocketClient.CloseAsync).</summary>
    /// <param name="cancellationToken">Stops waiting for the server's answer; the connection is then dropped.</param>
    public async Task CloseAsync(CancellationToken cancellationToken)
    {
        Task? run;
        CancellationTokenSource? stop;
        lock (_stateLock)
        {
            _closeRequested = true;
            run = _run;
            stop = _stopCts;
        }

        if (run is null || stop is null || run.IsCompleted)
        {
            // Never started (or already stopped): a ReadAllAsync enumeration waiting on it ends too.
            lock (_stateLock)
            {
                _queue?.Complete();
            }

            return;
        }

        if (IsOnConnectionLoop)
        {
            // Called from a callback: the loop cannot finish while it waits for this call, so start
            // the close and let the loop end it when the server answers (or the close timeout passes).
            if (!await SendCloseFrameAsync(cancellationToken).ConfigureAwait(false))
            {
                await stop.CancelAsync().ConfigureAwait(false);
            }
            else
            {
                stop.CancelAfter(_settings.CloseTimeout);
            }

            return;
        }

        try
        {
            if (await SendCloseFrameAsync(cancellationToken).ConfigureAwait(false))
            {
                // The receive loop ends when the server answers the close frame.
                await run.WaitAsync(_settings.CloseTimeout, _timeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (TimeoutException)
        {
            Log.CloseTimedOut(_logger, _name, _settings.CloseTimeout.TotalSeconds);
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await run.ConfigureAwait(false);
        }
    }

    /// <summary>Every message as it arrives; the queue starts filling at the first call (see WebSocketClient.ReadAllAsync).</summary>
    /// <param name="cancellationToken">Ends the enumeration.</param>
    public IAsyncEnumerable<TMessage> ReadAllAsync(CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        lock (_stateLock)
        {
            if (_queue is null || _queue.IsClosed)
            {
                _queue = new FeedMessageQueue<TMessage>(_settings.QueueCapacity, _settings.QueueFullMode, OnQueueDropped);
            }

            return _queue.Reader.ReadAllAsync(cancellationToken);
        }
    }

    /// <summary>Closes the connection and releases the core.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await CloseAsync(CancellationToken.None).ConfigureAwait(false);
        if (!IsOnConnectionLoop)
        {
            // From a callback the loop is still running and uses these; the GC takes them later.
            lock (_stateLock)
            {
                _stopCts?.Dispose();
                _stopCts = null;
            }

            _sendLock.Dispose();
        }
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);

    private void PublishChannels()
    {
        var snapshot = _subscriptions.Snapshot();
        Volatile.Write(ref _channels, snapshot);
        _gaps.Watch(snapshot);
    }

    // Called from inside the receive loop's queue write that dropped the message.
    private void OnQueueDropped(TMessage message)
    {
        _drops.Add(_reader.DescribeDrop(message));
        _telemetry.Dropped();
        long dropped = Interlocked.Increment(ref _droppedMessages);
        if ((dropped & (dropped - 1)) == 0)
        {
            Log.MessagesDropped(_logger, _name, dropped, _settings.QueueCapacity);
        }
    }

    private void Detach(IFeedListener<TMessage> listener)
    {
        lock (_stateLock)
        {
            // One attachment, one removal: a listener attached twice stays attached once.
            int index = Array.IndexOf(_listeners, listener);
            if (index >= 0)
            {
                Volatile.Write(ref _listeners, [.. _listeners[..index], .. _listeners[(index + 1)..]]);
            }
        }
    }

    private sealed class Detacher(FeedConnection<TMessage> connection, IFeedListener<TMessage> listener) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                connection.Detach(listener);
            }
        }
    }
}
