using System.Net;
using System.Net.WebSockets;
using Polly;
using Polly.Retry;
using Log = CoPrA.WebSocket.FeedConnectionLog;

namespace CoPrA.WebSocket;

/// <summary>The connection loop: connect, subscribe, receive until the connection ends, then reconnect with backoff.</summary>
internal sealed partial class FeedConnection<TMessage>
{
    // Which core's connection loop the current async flow belongs to (so its callbacks too).
    private static readonly AsyncLocal<FeedConnection<TMessage>?> ConnectionLoopOwner = new();

    // Written by the connection flow only (open, receive loop, end), never concurrently.
    private long _messagesThisConnection;

    /// <summary>Whether the caller runs on this core's connection loop, for example in a callback.</summary>
    public bool IsOnConnectionLoop => ConnectionLoopOwner.Value == this;

    /// <summary>The running connection loop, for tests: once it has completed, no reconnect can follow.</summary>
    public Task? RunTask
    {
        get
        {
            lock (_stateLock)
            {
                return _run;
            }
        }
    }

    // Called under _stateLock.
    private void StartRun()
    {
        _closeRequested = false;
        _stopCts?.Dispose();
        _stopCts = new CancellationTokenSource();
        _opened = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var stopToken = _stopCts.Token;
        _run = Task.Run(() => RunAsync(stopToken), CancellationToken.None);
    }

    /// <summary>
    /// The whole life of a started client: one Polly execution whose callback is one connection
    /// (connect, subscribe, receive). Any way a connection can end other than <see cref="CloseAsync"/>
    /// throws, and the retry strategy waits the backoff delay and runs the callback again.
    /// </summary>
    private async Task RunAsync(CancellationToken stopToken)
    {
        ConnectionLoopOwner.Value = this;
        try
        {
            await _connectionPipeline.ExecuteAsync(static (core, token) => core.RunConnectionAsync(token), this, stopToken).ConfigureAwait(false);
        }
        catch (Exception) when (stopToken.IsCancellationRequested || _closeRequested)
        {
            // CloseAsync during a reconnect delay or a handshake, whatever that attempt then threw.
        }
        catch (Exception ex)
        {
            // Without AutoReconnect the first failure ends the core; ConnectAsync reports it if still waiting.
            // The run itself never faults, so that CloseAsync and DisposeAsync never throw it.
            Log.GaveUp(_logger, _name, ex.Message);
            _opened?.TrySetException(ex);
        }
        finally
        {
            _opened?.TrySetCanceled(CancellationToken.None);
            lock (_stateLock)
            {
                _queue?.Complete();
            }

            Log.Stopped(_logger, _name);
        }
    }

    private ResiliencePipeline BuildConnectionPipeline()
    {
        if (!_settings.AutoReconnect)
        {
            return ResiliencePipeline.Empty;
        }

        return new ResiliencePipelineBuilder { TimeProvider = _timeProvider }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = int.MaxValue,
                MaxDelay = _settings.MaxReconnectDelay,
                ShouldHandle = static args => ValueTask.FromResult(args.Outcome.Exception is not null && !args.Context.CancellationToken.IsCancellationRequested),
                // Our own exponential delays, so that a connection that worked resets them (Polly's attempt count only grows).
                DelayGenerator = _ => ValueTask.FromResult<TimeSpan?>(_backoff.Next()),
                OnRetry = args =>
                {
                    Log.Reconnecting(_logger, _name, _backoff.Failures, args.RetryDelay.TotalMilliseconds, args.Outcome.Exception?.Message);
                    _telemetry.Reconnect();
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    /// <summary>One connection from handshake to end. Returns only when <see cref="CloseAsync"/> ended it.</summary>
    private async ValueTask RunConnectionAsync(CancellationToken stopToken)
    {
        using var socket = CreateSocket();
        await HandshakeAsync(socket, stopToken).ConfigureAwait(false);
        await OpenAsync(socket, stopToken).ConfigureAwait(false);
        var closed = await RunSessionAsync(socket, stopToken).ConfigureAwait(false);
        await ReportQueueDropsAsync(force: true, stopToken).ConfigureAwait(false);

        // A connection that only ever got errors (a refused subscription, say) is a failure like a refused handshake.
        if (_messagesThisConnection > _errorsThisConnection)
        {
            _backoff.Reset();
        }

        bool expected = _closeRequested || stopToken.IsCancellationRequested;
        if (expected)
        {
            Log.Closed(_logger, _name, _endpoint, closed.WasClean, closed.Code, closed.Reason);
        }
        else
        {
            Log.ClosedUnexpectedly(_logger, _name, _endpoint, closed.WasClean, closed.Code, closed.Reason);
        }

        NotifyDisconnected();
        await InvokeCallbackAsync(nameof(IFeedEvents<>.OnCloseAsync), ct => _events.OnCloseAsync(closed.WasClean, closed.Code, closed.Reason, ct), stopToken).ConfigureAwait(false);

        // Read again: OnCloseAsync may have called CloseAsync.
        if (!_closeRequested && !stopToken.IsCancellationRequested)
        {
            throw new ConnectionLostException(closed.Reason ?? "the connection was lost");
        }
    }

    private ClientWebSocket CreateSocket()
    {
        var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        socket.Options.SetRequestHeader("User-Agent", LibraryInfo.UserAgent);

        // Pings answered by pongs find a dead TCP path even when the feed is quiet (the idle timeout needs messages).
        socket.Options.KeepAliveInterval = _settings.KeepAliveInterval;
        socket.Options.KeepAliveTimeout = _settings.KeepAliveTimeout;
        return socket;
    }

    private async Task HandshakeAsync(ClientWebSocket socket, CancellationToken stopToken)
    {
        Log.Connecting(_logger, _name, _endpoint, _backoff.Failures + 1);
        using var timeout = new CancellationTokenSource(_settings.HandshakeTimeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stopToken, timeout.Token);

        // ClientWebSocket's own handler follows a redirect to any host, where the signed subscription
        // would then go: this one does not. The upgraded connection outlives the handler.
        using var invoker = new HttpMessageInvoker(new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.Zero });
        try
        {
            await socket.ConnectAsync(_endpoint, invoker, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!stopToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The handshake with {_endpoint} took longer than {_settings.HandshakeTimeout}.");
        }
        catch (WebSocketException ex) when (socket.HttpStatusCode is not 0 and not HttpStatusCode.SwitchingProtocols)
        {
            throw new WebSocketException(ex.WebSocketErrorCode, HandshakeRefusal(socket), ex);
        }
    }

    private static string HandshakeRefusal(ClientWebSocket socket)
    {
        int status = (int)socket.HttpStatusCode;
        if (status is >= 300 and < 400)
        {
            string location = socket.HttpResponseHeaders?.TryGetValue("Location", out var values) == true ? string.Join(", ", values) : "";
            return $"The feed redirected the handshake (HTTP {status}) to '{location}'; redirects are not followed.";
        }

        return $"The feed refused the handshake with HTTP {status}.";
    }

    /// <summary>Subscribes to the channels as they are now, then publishes the socket for subscribe calls.</summary>
    private async Task OpenAsync(ClientWebSocket socket, CancellationToken stopToken)
    {
        await _sendLock.WaitAsync(stopToken).ConfigureAwait(false);
        try
        {
            // The server drops a connection that has not subscribed within 5 seconds: subscribe first.
            stopToken.ThrowIfCancellationRequested();
            _gaps.NewConnection();
            _messagesThisConnection = 0;
            ResetAnswers();
            var channels = _subscriptions.Snapshot();
            if (channels.Count > 0)
            {
                await SendFramesAsync(socket, SubscriptionFrame.Subscribe, channels, stopToken).ConfigureAwait(false);
            }

            _socket = socket;
            _isConnected = true;
        }
        finally
        {
            _sendLock.Release();
        }

        Log.Connected(_logger, _name, _endpoint);
        _opened?.TrySetResult();
        await InvokeCallbackAsync(nameof(IFeedEvents<>.OnOpenAsync), _events.OnOpenAsync, stopToken).ConfigureAwait(false);
    }

    /// <summary>Receives until the connection ends and says how it ended.</summary>
    private async Task<CloseOutcome> RunSessionAsync(ClientWebSocket socket, CancellationToken stopToken)
    {
        var idleTimeout = _settings.IdleTimeout;
        using var watchdog = new IdleWatchdog(_timeProvider, idleTimeout, () =>
        {
            Log.IdleTimeout(_logger, _name, idleTimeout.TotalSeconds);
            socket.Abort();
        });
        using var abortOnStop = stopToken.UnsafeRegister(static state => ((ClientWebSocket)state!).Abort(), socket);
        try
        {
            return await ReceiveLoopAsync(socket, watchdog, stopToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException or OperationCanceledException or InvalidDataException)
        {
            string reason = watchdog.HasFired ? $"no message for {idleTimeout.TotalSeconds:0.###} s (idle timeout)" : ex.Message;
            return new CloseOutcome(false, null, reason);
        }
        finally
        {
            await _sendLock.WaitAsync(CancellationToken.None).ConfigureAwait(false);
            _socket = null;
            _isConnected = false;
            _isSubscribed = false;
            _sendLock.Release();
        }
    }

    private async Task<CloseOutcome> ReceiveLoopAsync(ClientWebSocket socket, IdleWatchdog watchdog, CancellationToken stopToken)
    {
        using var buffer = new ReceiveBuffer();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.GetFreeMemory(), CancellationToken.None).ConfigureAwait(false);
            watchdog.Touch();
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return await AnswerCloseAsync(socket).ConfigureAwait(false);
            }

            buffer.Advance(result.Count);
            if (!result.EndOfMessage)
            {
                continue;
            }

            _messagesThisConnection++;
            await HandleMessageAsync(buffer.Written, stopToken).ConfigureAwait(false);
            buffer.Clear();
        }
    }

    /// <summary>ClientWebSocket does not answer a close frame by itself: echo the server's code, then report the close.</summary>
    private async Task<CloseOutcome> AnswerCloseAsync(ClientWebSocket socket)
    {
        var code = socket.CloseStatus;
        string? reason = socket.CloseStatusDescription;
        if (socket.State == WebSocketState.CloseReceived)
        {
            using var timeout = new CancellationTokenSource(_settings.CloseTimeout, _timeProvider);
            await _sendLock.WaitAsync(CancellationToken.None).ConfigureAwait(false);
            try
            {
                await socket.CloseOutputAsync(code ?? WebSocketCloseStatus.NormalClosure, reason, timeout.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is WebSocketException or IOException or OperationCanceledException or ArgumentException)
            {
                Log.CloseAnswerFailed(_logger, _name, ex.Message);
            }
            finally
            {
                _sendLock.Release();
            }
        }

        return new CloseOutcome(true, code is null ? null : (int)code, reason);
    }

    /// <summary>Starts the close handshake if a connection is open; false when there was none.</summary>
    private async Task<bool> SendCloseFrameAsync(CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_socket is not { State: WebSocketState.Open } socket)
            {
                return false;
            }

            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // The connection died under the close frame (ClientWebSocket reports an aborted send as cancelled).
            return false;
        }
        finally
        {
            _sendLock.Release();
        }
    }

    // Called under _sendLock.
    private async Task TrySendFramesAsync(ClientWebSocket socket, string frameType, IReadOnlyList<Channel> channels, CancellationToken cancellationToken)
    {
        try
        {
            await SendFramesAsync(socket, frameType, channels, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or ObjectDisposedException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // The connection is going down; the reconnect subscribes to the set as it is then.
            Log.SendFailed(_logger, _name, frameType, ex.Message);
        }
    }

    // Called under _sendLock. The writer signs every frame afresh: the server checks the credentials' time.
    private async Task SendFramesAsync(ClientWebSocket socket, string frameType, IReadOnlyList<Channel> channels, CancellationToken cancellationToken)
    {
        foreach (var frame in _writer.Write(frameType, channels))
        {
            ExpectAnswer(frameType, frame.Channels);
            if (_logger.IsEnabled(Microsoft.Extensions.Logging.LogLevel.Debug))
            {
                Log.FrameSent(_logger, _name, frameType, string.Join(", ", frame.Channels), _writer.Signs);
            }

            await socket.SendAsync(frame.Utf8, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }
    }

    private readonly record struct CloseOutcome(bool WasClean, int? Code, string? Reason);
}
