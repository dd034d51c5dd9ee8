using Log = CoPrA.WebSocket.FeedConnectionLog;

namespace CoPrA.WebSocket;

/// <summary>From a received frame to the queue, the gap check, the listeners and the callbacks.</summary>
internal sealed partial class FeedConnection<TMessage>
{
    private const string InvalidMessageError = "invalid message";
    private const string ListenerCallback = nameof(IFeedListener<>.HandleAsync);

    /// <summary>
    /// Everything the core does with one complete frame: read it (synchronously, so the bytes may
    /// be reused as soon as this returns), then queue the message, check it for gaps and hand it
    /// on. Also the entry point of the parse-and-dispatch benchmarks.
    /// </summary>
    public ValueTask HandleMessageAsync(ReadOnlySpan<byte> utf8, CancellationToken cancellationToken) =>
        DispatchAsync(Read(utf8), cancellationToken);

    /// <summary>Reads one frame and logs what the reader could not read as its model.</summary>
    private FeedFrame<TMessage> Read(ReadOnlySpan<byte> utf8)
    {
        var frame = _reader.Read(utf8);
        if (frame.Problem is { } problem)
        {
            if (frame.Message is null)
            {
                Log.InvalidFrame(_logger, _name, utf8.Length, problem);
            }
            else
            {
                Log.UnreadableMessage(_logger, _name, frame.Type, problem);
            }
        }

        return frame;
    }

    // No lambdas here: a captured variable would cost an allocation on every message.
    private async ValueTask DispatchAsync(FeedFrame<TMessage> frame, CancellationToken cancellationToken)
    {
        if (frame.Message is not { } message)
        {
            await ReportInvalidAsync(frame.Problem ?? "", cancellationToken).ConfigureAwait(false);
            return;
        }

        _telemetry.Message(frame.Type);

        // Queued first, so that a message a callback has seen is already readable from ReadAllAsync.
        if (Volatile.Read(ref _queue) is { } queue)
        {
            await queue.WriteAsync(message, cancellationToken).ConfigureAwait(false);
            if (_drops.Pending > 0)
            {
                await ReportQueueDropsAsync(force: false, cancellationToken).ConfigureAwait(false);
            }
        }

        if (_gaps.Check(message) is { } gap)
        {
            await ReportGapAsync(gap, cancellationToken).ConfigureAwait(false);
        }

        if (frame.Kind is FeedFrameKind.Error or FeedFrameKind.Refusal)
        {
            await ReportErrorAsync(frame, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            if (frame.Kind == FeedFrameKind.SubscriptionConfirmed)
            {
                OnSubscriptionsConfirmed();
            }

            await DeliverAsync(message, cancellationToken).ConfigureAwait(false);
        }
    }

    private Task ReportInvalidAsync(string reason, CancellationToken cancellationToken) =>
        InvokeCallbackAsync(nameof(IFeedEvents<>.OnErrorAsync), ct => _events.OnErrorAsync(InvalidMessageError, reason, ct), cancellationToken);

    /// <summary>Reports messages dropped from the ReadAllAsync queue as gaps, when due (see <see cref="QueueDrops"/>).</summary>
    private async Task ReportQueueDropsAsync(bool force, CancellationToken cancellationToken)
    {
        foreach (var gap in _drops.Take(force))
        {
            await ReportGapAsync(gap, cancellationToken).ConfigureAwait(false);
        }
    }

    private Task ReportGapAsync(SequenceGap gap, CancellationToken cancellationToken)
    {
        _telemetry.Gap(gap);
        if (gap.Source == GapSource.ReceiveQueue)
        {
            Log.QueueGap(_logger, _name, gap.MissedCount, gap.Channel, gap.ProductId, gap.ExpectedSequence, gap.ReceivedSequence);
        }
        else
        {
            Log.Gap(_logger, _name, gap.Channel, gap.ProductId, gap.ExpectedSequence, gap.ReceivedSequence);
            NotifyGap(gap);
        }

        return InvokeCallbackAsync(nameof(IFeedEvents<>.OnGapAsync), ct => _events.OnGapAsync(gap, ct), cancellationToken);
    }

    /// <summary>An error frame: logged and reported; one that refuses a subscription is also handled and reported.</summary>
    private async Task ReportErrorAsync(FeedFrame<TMessage> frame, CancellationToken cancellationToken)
    {
        string message = frame.ErrorMessage ?? "";
        string reason = frame.ErrorReason ?? "";
        Log.FeedError(_logger, _name, message, reason);
        var refused = TakeRefusedFrame(frame.Kind);
        var rejection = refused is { FrameType: SubscriptionFrame.Subscribe } ? await HandleRefusalAsync(refused, message, reason, cancellationToken).ConfigureAwait(false) : null;
        await InvokeCallbackAsync(nameof(IFeedEvents<>.OnErrorAsync), ct => _events.OnErrorAsync(message, reason, ct), cancellationToken).ConfigureAwait(false);
        if (rejection is not null)
        {
            await InvokeCallbackAsync(nameof(IFeedEvents<>.OnSubscriptionRejectedAsync), ct => _events.OnSubscriptionRejectedAsync(rejection, ct), cancellationToken).ConfigureAwait(false);
        }
    }

    // The hot path: no allocation when the listeners and the callback complete synchronously.
    private ValueTask DeliverAsync(TMessage message, CancellationToken cancellationToken)
    {
        var listeners = Volatile.Read(ref _listeners);
        for (int i = 0; i < listeners.Length; i++)
        {
            var handled = Observe(CallListener(listeners[i], message, cancellationToken), ListenerCallback);
            if (!handled.IsCompletedSuccessfully)
            {
                return DeliverRestAsync(handled, listeners, i + 1, message, cancellationToken);
            }
        }

        return Observe(CallOnMessage(message, cancellationToken), nameof(IFeedEvents<>.OnMessageAsync));
    }

    /// <summary>The slow path of <see cref="DeliverAsync"/>: a listener did not complete at once.</summary>
    private async ValueTask DeliverRestAsync(ValueTask pending, IFeedListener<TMessage>[] listeners, int next, TMessage message, CancellationToken cancellationToken)
    {
        await pending.ConfigureAwait(false);
        for (int i = next; i < listeners.Length; i++)
        {
            await Observe(CallListener(listeners[i], message, cancellationToken), ListenerCallback).ConfigureAwait(false);
        }

        await Observe(CallOnMessage(message, cancellationToken), nameof(IFeedEvents<>.OnMessageAsync)).ConfigureAwait(false);
    }

    private Task CallListener(IFeedListener<TMessage> listener, TMessage message, CancellationToken cancellationToken)
    {
        try
        {
            return listener.HandleAsync(message, cancellationToken);
        }
        catch (Exception ex)
        {
            Log.CallbackFailed(_logger, _name, ListenerCallback, ex);
            return Task.CompletedTask;
        }
    }

    private Task CallOnMessage(TMessage message, CancellationToken cancellationToken)
    {
        try
        {
            return _events.OnMessageAsync(message, cancellationToken);
        }
        catch (Exception ex)
        {
            Log.CallbackFailed(_logger, _name, nameof(IFeedEvents<>.OnMessageAsync), ex);
            return Task.CompletedTask;
        }
    }

    /// <summary>Tells every listener that the connection is gone; one that throws is logged.</summary>
    private void NotifyDisconnected()
    {
        foreach (var listener in Volatile.Read(ref _listeners))
        {
            try
            {
                listener.OnDisconnected();
            }
            catch (Exception ex)
            {
                Log.CallbackFailed(_logger, _name, nameof(IFeedListener<>.OnDisconnected), ex);
            }
        }
    }

    /// <summary>Tells the listeners that care (see <see cref="IFeedGapListener"/>) that the feed lost messages; one that throws is logged.</summary>
    private void NotifyGap(SequenceGap gap)
    {
        foreach (var listener in Volatile.Read(ref _listeners))
        {
            try
            {
                (listener as IFeedGapListener)?.OnGap(gap);
            }
            catch (Exception ex)
            {
                Log.CallbackFailed(_logger, _name, nameof(IFeedGapListener.OnGap), ex);
            }
        }
    }

    /// <summary>Runs a callback; an exception is logged and goes no further.</summary>
    private async Task InvokeCallbackAsync(string callback, Func<CancellationToken, Task> invoke, CancellationToken cancellationToken)
    {
        try
        {
            await invoke(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            Log.CallbackFailed(_logger, _name, callback, ex);
        }
    }

    /// <summary>A completed task costs nothing; a pending one is awaited and its exception logged.</summary>
    private ValueTask Observe(Task pending, string callback) =>
        pending.IsCompletedSuccessfully ? ValueTask.CompletedTask : new ValueTask(ObserveAsync(pending, callback));

    private async Task ObserveAsync(Task pending, string callback)
    {
        try
        {
            await pending.ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            Log.CallbackFailed(_logger, _name, callback, ex);
        }
    }
}
