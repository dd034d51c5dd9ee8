using CoPrA.WebSocket;

namespace CoPrA.Tests.EndToEnd;

/// <summary>
/// Proves that a client has handled everything the feed sent before a point in time: it toggles a
/// heartbeat subscription and waits for the server's <c>subscriptions</c> reply, which leaves after
/// every message queued before it. The client hands messages to <c>ReadAllAsync</c> and its
/// callbacks one at a time, in order, so once the reply is read every earlier message has been
/// through the callbacks.
/// </summary>
internal sealed class FeedBarrier : IAsyncDisposable
{
    private readonly WebSocketClient _client;
    private readonly Channel _heartbeat;
    private readonly string _productId;
    private readonly System.Threading.Channels.Channel<SubscriptionsMessage> _replies = System.Threading.Channels.Channel.CreateUnbounded<SubscriptionsMessage>();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _pump;
    private bool _subscribed;

    /// <summary>Starts reading the client's messages; call before connecting.</summary>
    /// <param name="client">The client.</param>
    /// <param name="productId">A product the client has no heartbeat subscription for.</param>
    public FeedBarrier(WebSocketClient client, string productId)
    {
        _client = client;
        _productId = productId;
        _heartbeat = new Channel("heartbeat", productId);
        var messages = client.ReadAllAsync(_stop.Token);
        _pump = Task.Run(async () =>
        {
            try
            {
                await foreach (var message in messages)
                {
                    if (message is SubscriptionsMessage reply)
                    {
                        _replies.Writer.TryWrite(reply);
                    }
                }
            }
            catch (OperationCanceledException)
            {
                // Disposed.
            }
        });
    }

    /// <summary>Completes once the client has handled every message the feed sent before this call.</summary>
    public async Task PassAsync()
    {
        _subscribed = !_subscribed;
        if (_subscribed)
        {
            await _client.SubscribeAsync([_heartbeat]);
        }
        else
        {
            await _client.UnsubscribeAsync([_heartbeat]);
        }

        using var timeout = new CancellationTokenSource(EndToEndFixture.Timeout);
        while (true)
        {
            var reply = await _replies.Reader.ReadAsync(timeout.Token);
            if (reply.Channels.Any(channel => channel.Name == "heartbeat" && channel.ProductIds.Contains(_productId)) == _subscribed)
            {
                return;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _pump;
        _stop.Dispose();
    }
}
