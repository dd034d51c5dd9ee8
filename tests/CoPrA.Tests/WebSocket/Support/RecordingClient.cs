using System.Threading.Channels;
using CoPrA.WebSocket;
using Channel = CoPrA.WebSocket.Channel;
using Queue = System.Threading.Channels.Channel;

namespace CoPrA.Tests.WebSocket.Support;

/// <summary>A client whose callbacks record what they see, for tests to await.</summary>
internal sealed class RecordingClient : WebSocketClient
{
    public RecordingClient(IEnumerable<Channel> channels, WebSocketClientOptions options)
        : base(channels, options)
    {
    }

    public Channel<FeedMessage> Messages { get; } = Queue.CreateUnbounded<FeedMessage>();

    public Channel<(string Message, string Reason)> Errors { get; } = Queue.CreateUnbounded<(string, string)>();

    public Channel<(bool WasClean, int? Code, string? Reason)> Closes { get; } = Queue.CreateUnbounded<(bool, int?, string?)>();

    public Channel<SequenceGap> Gaps { get; } = Queue.CreateUnbounded<SequenceGap>();

    public Channel<int> Opens { get; } = Queue.CreateUnbounded<int>();

    public Channel<SubscriptionRejection> Rejections { get; } = Queue.CreateUnbounded<SubscriptionRejection>();

    /// <summary>Runs before a message is recorded; may throw to test that the feed survives.</summary>
    public Func<FeedMessage, Task>? BeforeMessage { get; set; }

    /// <summary>Runs in the next OnCloseAsync only, while the client is disconnected and before it reconnects.</summary>
    public Func<Task>? OnNextClose { get; set; }

    private int _opens;

    protected override Task OnOpenAsync(CancellationToken cancellationToken = default)
    {
        Opens.Writer.TryWrite(Interlocked.Increment(ref _opens));
        return Task.CompletedTask;
    }

    protected override async Task OnMessageAsync(FeedMessage message, CancellationToken cancellationToken = default)
    {
        if (BeforeMessage is { } before)
        {
            await before(message);
        }

        Messages.Writer.TryWrite(message);
    }

    protected override Task OnErrorAsync(string message, string reason, CancellationToken cancellationToken = default)
    {
        Errors.Writer.TryWrite((message, reason));
        return Task.CompletedTask;
    }

    protected override async Task OnCloseAsync(bool wasClean, int? code, string? reason, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _onNextCloseTaken, 1) == 0 && OnNextClose is { } hook)
        {
            await hook();
        }

        Closes.Writer.TryWrite((wasClean, code, reason));
    }

    protected override Task OnGapAsync(SequenceGap gap, CancellationToken cancellationToken = default)
    {
        Gaps.Writer.TryWrite(gap);
        return Task.CompletedTask;
    }

    protected override Task OnSubscriptionRejectedAsync(SubscriptionRejection rejection, CancellationToken cancellationToken = default)
    {
        Rejections.Writer.TryWrite(rejection);
        return Task.CompletedTask;
    }

    private int _onNextCloseTaken;

    /// <summary>The next message, which must be of type <typeparamref name="T"/>.</summary>
    public async Task<T> NextAsync<T>()
        where T : FeedMessage => Assert.IsType<T>(await Messages.Reader.NextAsync());
}
