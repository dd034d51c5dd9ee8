using CoPrA.WebSocket;

namespace CoPrA.AdvancedTrade;

/// <summary>The overridable callbacks and the connection cores' events raised as them.</summary>
public partial class AdvancedTradeWebSocketClient
{
    /// <summary>The running market-data connection loop, for tests.</summary>
    internal Task? MarketDataRunTask => _market.RunTask;

    /// <summary>Reads and dispatches one complete message as the market-data receive loop does; the entry point of benchmarks.</summary>
    internal ValueTask HandleMarketDataMessageAsync(ReadOnlySpan<byte> utf8, CancellationToken cancellationToken) => _market.HandleMessageAsync(utf8, cancellationToken);

    /// <summary>Called when a connection is open and its subscribe frames have been sent. No base call needed.</summary>
    /// <param name="cancellationToken">Cancelled when the client stops.</param>
    protected virtual Task OnOpenAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <summary>
    /// Called for every message except errors (which go to <see cref="OnErrorAsync"/>), including
    /// <c>subscriptions</c> confirmations and <see cref="AdvancedTradeRawFeedMessage"/>s of unknown channels.
    /// No base call needed.
    /// </summary>
    /// <param name="message">The typed message.</param>
    /// <param name="cancellationToken">Cancelled when the client stops.</param>
    protected virtual Task OnMessageAsync(AdvancedTradeFeedMessage message, CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <summary>
    /// Called for an error from the server (a bad product id, a failed authentication) and for a
    /// frame that is not JSON; the connection lives on. Errors are logged whether or not this is overridden.
    /// </summary>
    /// <param name="message">The error's message.</param>
    /// <param name="reason">More detail; often empty.</param>
    /// <param name="cancellationToken">Cancelled when the client stops.</param>
    protected virtual Task OnErrorAsync(string message, string reason, CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <summary>Called when an open connection ends; unless <see cref="CloseAsync"/> ended it, a reconnect follows (with AutoReconnect).</summary>
    /// <param name="wasClean">Whether close frames were exchanged.</param>
    /// <param name="code">The close code the server sent, or null when the connection dropped.</param>
    /// <param name="reason">The close reason, or what went wrong.</param>
    /// <param name="cancellationToken">Cancelled when the client stops.</param>
    protected virtual Task OnCloseAsync(bool wasClean, int? code, string? reason, CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <summary>
    /// Called when messages were lost: a jump in a connection's <c>sequence_num</c> (the
    /// <see cref="SequenceGap.Channel"/> is that of the message that revealed it, the product empty),
    /// or messages dropped from the full <see cref="ReadAllAsync"/> queue. By then, after a jump,
    /// the client has sent <c>level2</c> subscriptions of that connection again for fresh snapshots.
    /// </summary>
    /// <param name="gap">What was lost.</param>
    /// <param name="cancellationToken">Cancelled when the client stops.</param>
    protected virtual Task OnGapAsync(SequenceGap gap, CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <summary>The core's events of one host, raised as this client's overridable callbacks.</summary>
    private sealed class Callbacks(AdvancedTradeWebSocketClient client, bool isUserData) : IFeedEvents<AdvancedTradeFeedMessage>
    {
        public Task OnOpenAsync(CancellationToken cancellationToken) => client.OnOpenAsync(cancellationToken);

        public Task OnMessageAsync(AdvancedTradeFeedMessage message, CancellationToken cancellationToken) => client.OnMessageAsync(message, cancellationToken);

        public Task OnErrorAsync(string message, string reason, CancellationToken cancellationToken) => client.OnErrorAsync(message, reason, cancellationToken);

        public Task OnCloseAsync(bool wasClean, int? code, string? reason, CancellationToken cancellationToken) => client.OnCloseAsync(wasClean, code, reason, cancellationToken);

        public async Task OnGapAsync(SequenceGap gap, CancellationToken cancellationToken)
        {
            if (gap.Source == GapSource.Feed && !isUserData)
            {
                // A lost message may have been a book change: the feed sends a fresh snapshot to a new subscription.
                await client._market.ResubscribeAsync(AdvancedTradeChannel.Level2, cancellationToken).ConfigureAwait(false);
            }

            await client.OnGapAsync(gap, cancellationToken).ConfigureAwait(false);
        }

        // The feed's errors answer no particular frame, so none is taken as a refusal.
        public Task OnSubscriptionRejectedAsync(SubscriptionRejection rejection, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
