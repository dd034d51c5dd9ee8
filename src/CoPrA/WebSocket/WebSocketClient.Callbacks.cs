namespace CoPrA.WebSocket;

/// <summary>
/// The shell's side of the connection core: the core calls the client's callbacks through
/// <see cref="Callbacks"/>; the answers to subscribe frames and the internals tests and
/// benchmarks reach.
/// </summary>
public partial class WebSocketClient
{
    /// <summary>
    /// Whether the server has confirmed, with a <c>subscriptions</c> message, every subscribe and
    /// unsubscribe frame sent on the current connection. False while disconnected and between
    /// sending a frame and its answer. A refused frame is not confirmed until the client has
    /// subscribed again to what the refusal left (see <see cref="OnSubscriptionRejectedAsync"/>).
    /// </summary>
    public virtual bool IsSubscribed => _core.IsSubscribed;

    /// <summary>
    /// Called when the server refuses a subscribe frame, after <see cref="OnErrorAsync"/> has had
    /// the error. By then the channels and products the refusal names are gone from
    /// <see cref="Channels"/> (reconnects do not send them again) and the rest of the frame has been
    /// subscribed again. Refusals are logged whether or not this is overridden. No base call needed.
    /// </summary>
    /// <param name="rejection">What was refused and what was dropped.</param>
    /// <param name="cancellationToken">Cancelled when the client stops.</param>
    protected virtual Task OnSubscriptionRejectedAsync(SubscriptionRejection rejection, CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <summary>The running connection loop, for tests: once it has completed, no reconnect can follow.</summary>
    internal Task? RunTask => _core.RunTask;

    /// <summary>Reads and dispatches one complete message as the receive loop does; the entry point of the parse-and-dispatch benchmarks.</summary>
    internal ValueTask HandleMessageAsync(ReadOnlySpan<byte> utf8, CancellationToken cancellationToken) => _core.HandleMessageAsync(utf8, cancellationToken);

    /// <summary>The core's events, raised as this client's overridable callbacks.</summary>
    private sealed class Callbacks(WebSocketClient client) : IFeedEvents<FeedMessage>
    {
        public Task OnOpenAsync(CancellationToken cancellationToken) => client.OnOpenAsync(cancellationToken);

        public Task OnMessageAsync(FeedMessage message, CancellationToken cancellationToken) => client.OnMessageAsync(message, cancellationToken);

        public Task OnErrorAsync(string message, string reason, CancellationToken cancellationToken) => client.OnErrorAsync(message, reason, cancellationToken);

        public Task OnCloseAsync(bool wasClean, int? code, string? reason, CancellationToken cancellationToken) => client.OnCloseAsync(wasClean, code, reason, cancellationToken);

        public Task OnGapAsync(SequenceGap gap, CancellationToken cancellationToken) => client.OnGapAsync(gap, cancellationToken);

        public Task OnSubscriptionRejectedAsync(SubscriptionRejection rejection, CancellationToken cancellationToken) => client.OnSubscriptionRejectedAsync(rejection, cancellationToken);
    }
}
