using CoPrA.WebSocket;
using Queues = System.Threading.Channels.Channel;

namespace CoPrA.Tests.EndToEnd;

/// <summary>
/// A feed client that records every message with the number of the connection it came on
/// (1 for the first, 2 after the first reconnect ...), so that tests await what they expect.
/// </summary>
public sealed class RecordingFeed(IEnumerable<Channel> channels, WebSocketClientOptions options) : WebSocketClient(channels, options)
{
    private readonly System.Threading.Channels.Channel<Recorded> _messages = Queues.CreateUnbounded<Recorded>();
    private readonly List<string> _errors = [];
    private readonly Lock _gate = new();
    private readonly List<(int Count, TaskCompletionSource Signal)> _openWaiters = [];
    private int _opens;

    /// <summary>Connections opened so far.</summary>
    public int Opens => Volatile.Read(ref _opens);

    /// <summary>Error frames and unreadable frames received, as "message: reason".</summary>
    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (_gate)
            {
                return [.. _errors];
            }
        }
    }

    /// <summary>The next recorded message of type <typeparamref name="T"/> that matches, from connection <paramref name="connection"/> or later; earlier ones are passed over.</summary>
    public async Task<T> NextAsync<T>(Func<T, bool>? match = null, int connection = 0)
        where T : FeedMessage
    {
        using var timeout = new CancellationTokenSource(EndToEndFixture.Timeout);
        try
        {
            while (true)
            {
                var recorded = await _messages.Reader.ReadAsync(timeout.Token);
                if (recorded.Connection >= connection && recorded.Message is T typed && (match is null || match(typed)))
                {
                    return typed;
                }
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            throw new TimeoutException($"No {typeof(T).Name} matching the test arrived within {EndToEndFixture.Timeout.TotalSeconds} s.");
        }
    }

    /// <summary>Completes once at least <paramref name="count"/> connections have opened.</summary>
    public Task WaitForOpensAsync(int count)
    {
        lock (_gate)
        {
            if (_opens >= count)
            {
                return Task.CompletedTask;
            }

            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _openWaiters.Add((count, signal));
            return signal.Task.WaitAsync(EndToEndFixture.Timeout);
        }
    }

    protected override Task OnOpenAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _opens++;
            foreach (var waiter in _openWaiters.Where(w => w.Count <= _opens).ToList())
            {
                _openWaiters.Remove(waiter);
                waiter.Signal.TrySetResult();
            }
        }

        return Task.CompletedTask;
    }

    protected override Task OnMessageAsync(FeedMessage message, CancellationToken cancellationToken = default)
    {
        _messages.Writer.TryWrite(new Recorded(Opens, message));
        return Task.CompletedTask;
    }

    protected override Task OnErrorAsync(string message, string reason, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _errors.Add($"{message}: {reason}");
        }

        return Task.CompletedTask;
    }

    private readonly record struct Recorded(int Connection, FeedMessage Message);
}
