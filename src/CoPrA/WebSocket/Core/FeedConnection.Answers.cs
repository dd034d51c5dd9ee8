using Log = CoPrA.WebSocket.FeedConnectionLog;

namespace CoPrA.WebSocket;

/// <summary>
/// The server's answers to subscribe and unsubscribe frames: each frame is answered, in order,
/// by a confirmation or by a refusal (as the reader classes them). Confirmations make
/// <see cref="IsSubscribed"/> true; a refused subscription is reported, what the refusal names is
/// dropped from the channels, and the rest is subscribed again.
/// </summary>
internal sealed partial class FeedConnection<TMessage>
{
    // Frames sent on this connection that the server has not answered yet, oldest first.
    private readonly Queue<PendingFrame> _unanswered = new();
    private readonly Lock _unansweredLock = new();
    private volatile bool _isSubscribed;
    private bool _confirmedAny;

    // Written by the connection flow only: error frames received on this connection.
    private long _errorsThisConnection;

    /// <summary>
    /// Whether the server has confirmed every subscribe and unsubscribe frame sent on the current
    /// connection (see WebSocketClient.IsSubscribed).
    /// </summary>
    public bool IsSubscribed => _isSubscribed;

    /// <summary>Starts a connection's answer tracking. Called under the send lock, before the first frame.</summary>
    private void ResetAnswers()
    {
        lock (_unansweredLock)
        {
            _unanswered.Clear();
            _isSubscribed = false;
            _confirmedAny = false;
        }

        _errorsThisConnection = 0;
    }

    /// <summary>Notes a frame about to be sent. Called under the send lock.</summary>
    private void ExpectAnswer(string frameType, IReadOnlyList<Channel> channels)
    {
        lock (_unansweredLock)
        {
            _unanswered.Enqueue(new PendingFrame(frameType, channels));
            _isSubscribed = false;
        }
    }

    /// <summary>A confirmation answers the oldest unanswered frame.</summary>
    private void OnSubscriptionsConfirmed()
    {
        lock (_unansweredLock)
        {
            _unanswered.TryDequeue(out _);
            _confirmedAny = true;
            _isSubscribed = _unanswered.Count == 0;
        }
    }

    /// <summary>A refusal answers the oldest unanswered frame; other errors answer nothing.</summary>
    private PendingFrame? TakeRefusedFrame(FeedFrameKind kind)
    {
        _errorsThisConnection++;
        if (kind != FeedFrameKind.Refusal)
        {
            return null;
        }

        lock (_unansweredLock)
        {
            return _unanswered.TryDequeue(out var frame) ? frame : null;
        }
    }

    /// <summary>
    /// Drops what a refusal names from the channels and subscribes again, on this connection, to
    /// what is left of the refused frame (the exchange refuses a frame whole). Returns the report.
    /// </summary>
    private async Task<SubscriptionRejection> HandleRefusalAsync(PendingFrame refused, string message, string reason, CancellationToken cancellationToken)
    {
        var dropped = _reader.RefusalCulprits(refused.Channels, reason);
        if (dropped.Count > 0)
        {
            await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                _subscriptions.Remove(dropped);
                PublishChannels();
                var rest = StillWanted(refused.Channels, Channels);
                if (rest.Count > 0 && _socket is { } socket)
                {
                    await TrySendFramesAsync(socket, SubscriptionFrame.Subscribe, rest, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    // Nothing left to send: what was confirmed before is all there is.
                    lock (_unansweredLock)
                    {
                        _isSubscribed = _confirmedAny && _unanswered.Count == 0;
                    }
                }
            }
            finally
            {
                _sendLock.Release();
            }
        }

        Log.SubscriptionRejected(_logger, _name, string.Join(", ", dropped), reason);
        return new SubscriptionRejection(message, reason, refused.Channels, dropped);
    }

    /// <summary>The parts of <paramref name="requested"/> that are still in <paramref name="current"/>.</summary>
    private static List<Channel> StillWanted(IReadOnlyList<Channel> requested, IReadOnlyList<Channel> current)
    {
        var wanted = new List<Channel>();
        foreach (var channel in requested)
        {
            if (current.FirstOrDefault(c => c.Name == channel.Name) is { } now
                && (channel.ProductIds.IsEmpty ? now : now.Intersect(channel)) is { } part)
            {
                wanted.Add(part);
            }
        }

        return wanted;
    }

    private sealed record PendingFrame(string FrameType, IReadOnlyList<Channel> Channels);
}
