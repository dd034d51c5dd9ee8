namespace CoPrA.WebSocket;

/// <summary>
/// The server's answers to subscribe and unsubscribe frames: each frame is answered, in order,
/// by a <c>subscriptions</c> message or by an <c>error</c>. Confirmations make
/// <see cref="IsSubscribed"/> true; a refused subscription is reported, what the refusal names is
/// dropped from the channels, and the rest is subscribed again.
/// </summary>
public partial class WebSocketClient
{
    // Frames sent on this connection that the server has not answered yet, oldest first.
    private readonly Queue<PendingFrame> _unanswered = new();
    private readonly Lock _unansweredLock = new();
    private volatile bool _isSubscribed;
    private bool _confirmedAny;

    // Written by the connection flow only: error frames received on this connection.
    private long _errorsThisConnection;

    /// <summary>
    /// Whether the server has confirmed, with a <c>subscriptions</c> message, every subscribe and
    /// unsubscribe frame sent on the current connection. False while disconnected and between
    /// sending a frame and its answer. A refused frame is not confirmed until the client has
    /// subscribed again to what the refusal left (see <see cref="OnSubscriptionRejectedAsync"/>).
    /// </summary>
    public virtual bool IsSubscribed => _isSubscribed;

    /// <summary>
    /// Called when the server refuses a subscribe frame, after <see cref="OnErrorAsync"/> has had
    /// the error. By then the channels and products the refusal names are gone from
    /// <see cref="Channels"/> (reconnects do not send them again) and the rest of the frame has been
    /// subscribed again. Refusals are logged whether or not this is overridden. No base call needed.
    /// </summary>
    /// <param name="rejection">What was refused and what was dropped.</param>
    /// <param name="cancellationToken">Cancelled when the client stops.</param>
    protected virtual Task OnSubscriptionRejectedAsync(SubscriptionRejection rejection, CancellationToken cancellationToken = default) => Task.CompletedTask;

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

    /// <summary>A <c>subscriptions</c> message answers the oldest unanswered frame.</summary>
    private void OnSubscriptionsConfirmed()
    {
        lock (_unansweredLock)
        {
            _unanswered.TryDequeue(out _);
            _confirmedAny = true;
            _isSubscribed = _unanswered.Count == 0;
        }
    }

    /// <summary>An error that refuses a frame answers the oldest unanswered one; other errors answer nothing.</summary>
    private PendingFrame? TakeRefusedFrame(ErrorMessage error)
    {
        _errorsThisConnection++;
        if (!SubscriptionRefusal.IsRefusal(error))
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
    private async Task<SubscriptionRejection> HandleRefusalAsync(PendingFrame refused, ErrorMessage error, CancellationToken cancellationToken)
    {
        string reason = error.Reason ?? "";
        var dropped = SubscriptionRefusal.Culprits(refused.Channels, reason);
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
                    await TrySendFrameAsync(socket, SubscriptionFrame.Subscribe, rest, cancellationToken).ConfigureAwait(false);
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
        return new SubscriptionRejection(error.Message, reason, refused.Channels, dropped);
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
