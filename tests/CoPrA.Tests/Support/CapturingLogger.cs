using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CoPrA.Tests.Support;

/// <summary>Records every log entry at every level, with its state values and exception, as text.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider, ILogger
{
    public ConcurrentQueue<string> Entries { get; } = new();

    public string AllText => string.Join('\n', Entries);

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull
    {
        Entries.Enqueue($"scope: {state}");
        return null;
    }

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var values = state as IEnumerable<KeyValuePair<string, object?>>;
        string structured = values is null ? "" : string.Join(", ", values.Select(v => $"{v.Key}={v.Value}"));
        Entries.Enqueue($"{logLevel}: {formatter(state, exception)} | {structured} | {exception}");
    }

    public void Dispose()
    {
    }
}
