using System.Text.Json;
using CoPrA.Diagnostics;

namespace CoPrA.WebSocket;

/// <summary>From a received message to the callbacks, the gap check and the pull queue.</summary>
public partial class WebSocketClient
{
    private const string InvalidMessageError = "invalid message";

    /// <summary>
    /// Parses one message. A known type whose members do not fit its model arrives raw (logged);
    /// only a frame that is not JSON at all is an error.
    /// </summary>
    private ParsedMessage ParseMessage(ReadOnlySpan<byte> utf8)
    {
        try
        {
            return new ParsedMessage(FeedMessageParser.Parse(utf8), null);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or OverflowException)
        {
            try
            {
                var raw = FeedMessageParser.ParseRaw(utf8);
                Log.UnreadableMessage(_logger, _name, raw.Type, ex.Message);
                return new ParsedMessage(raw, null);
            }
            catch (JsonException notJson)
            {
                Log.InvalidFrame(_logger, _name, utf8.Length, notJson.Message);
                return new ParsedMessage(null, notJson.Message);
            }
        }
    }

    /// <summary>
    /// Everything the client does with one complete message: parse it (synchronously, so the
    /// bytes may be reused as soon as this returns), then queue it, check it for gaps and run
    /// the callbacks. Also the entry point of the parse-and-dispatch benchmarks.
    /// </summary>
    internal ValueTask HandleMessageAsync(ReadOnlySpan<byte> utf8, CancellationToken cancellationToken) =>
        DispatchAsync(ParseMessage(utf8), cancellationToken);

    // No lambdas here: a captured variable would cost an allocation on every message.
    private async ValueTask DispatchAsync(ParsedMessage parsed, CancellationToken cancellationToken)
    {
        if (parsed.Message is not { } message)
        {
            await ReportInvalidAsync(parsed.Error ?? "", cancellationToken).ConfigureAwait(false);
            return;
        }

        _telemetry.Message(message);

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

        if (message is ErrorMessage error)
        {
            await ReportErrorAsync(error, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            if (message is SubscriptionsMessage)
            {
                OnSubscriptionsConfirmed();
            }

            await DeliverAsync(message, cancellationToken).ConfigureAwait(false);
        }
    }

    private Task ReportInvalidAsync(string reason, CancellationToken cancellationToken) =>
        InvokeCallbackAsync(nameof(OnErrorAsync), ct => OnErrorAsync(InvalidMessageError, reason, ct), cancellationToken);

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
        }

        return InvokeCallbackAsync(nameof(OnGapAsync), ct => OnGapAsync(gap, ct), cancellationToken);
    }

    /// <summary>An error frame: logged and given to OnErrorAsync; one that refuses a subscription is also handled and reported.</summary>
    private async Task ReportErrorAsync(ErrorMessage error, CancellationToken cancellationToken)
    {
        Log.FeedError(_logger, _name, error.Message, error.Reason ?? "");
        var refused = TakeRefusedFrame(error);
        var rejection = refused is { FrameType: SubscriptionFrame.Subscribe } ? await HandleRefusalAsync(refused, error, cancellationToken).ConfigureAwait(false) : null;
        await InvokeCallbackAsync(nameof(OnErrorAsync), ct => OnErrorAsync(error.Message, error.Reason ?? "", ct), cancellationToken).ConfigureAwait(false);
        if (rejection is not null)
        {
            await InvokeCallbackAsync(nameof(OnSubscriptionRejectedAsync), ct => OnSubscriptionRejectedAsync(rejection, ct), cancellationToken).ConfigureAwait(false);
        }
    }

    // The hot path: no allocation when the callback completes synchronously.
    private ValueTask DeliverAsync(FeedMessage message, CancellationToken cancellationToken)
    {
        Task pending;
        try
        {
            pending = OnMessageAsync(message, cancellationToken);
        }
        catch (Exception ex)
        {
            Log.CallbackFailed(_logger, _name, nameof(OnMessageAsync), ex);
            return ValueTask.CompletedTask;
        }

        return pending.IsCompletedSuccessfully ? ValueTask.CompletedTask : new ValueTask(ObserveAsync(pending, nameof(OnMessageAsync)));
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

    private readonly record struct ParsedMessage(FeedMessage? Message, string? Error);
}
