using Microsoft.Extensions.Logging;

namespace CoPrA.Tests.WebSocket.Support;

/// <summary>An ILogger that keeps every entry, with its rendered text, and lets tests await an event.</summary>
internal sealed class RecordingLogger : ILogger
{
    private readonly Lock _lock = new();
    private readonly List<Entry> _entries = [];
    private readonly List<(int EventId, int Count, TaskCompletionSource Signal)> _waiters = [];

    public IReadOnlyList<Entry> Entries
    {
        get
        {
            lock (_lock)
            {
                return [.. _entries];
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (_lock)
        {
            _entries.Add(new Entry(logLevel, eventId.Id, formatter(state, exception), exception));
            int count = _entries.Count(e => e.EventId == eventId.Id);
            foreach (var waiter in _waiters.Where(w => w.EventId == eventId.Id && count >= w.Count).ToList())
            {
                waiter.Signal.TrySetResult();
                _waiters.Remove(waiter);
            }
        }
    }

    /// <summary>Completes once the event was logged at least <paramref name="count"/> times.</summary>
    public Task WaitForAsync(int eventId, int count = 1)
    {
        lock (_lock)
        {
            if (_entries.Count(e => e.EventId == eventId) >= count)
            {
                return Task.CompletedTask;
            }

            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((eventId, count, signal));
            return signal.Task.WaitAsync(Wait.Timeout);
        }
    }

    public sealed record Entry(LogLevel Level, int EventId, string Text, Exception? Exception);
}
