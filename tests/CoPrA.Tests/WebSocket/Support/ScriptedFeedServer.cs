using System.Diagnostics;
using System.Threading.Channels;
using CoPrA.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CoPrA.Tests.WebSocket.Support;

/// <summary>
/// A feed server on 127.0.0.1 that tests script: it records every handshake attempt and every
/// frame received, and hands each accepted connection to the test (<see cref="NextConnectionAsync"/>),
/// which can send frames, close it, drop it or leave it silent. It can also refuse the next N
/// handshakes with 503.
/// </summary>
internal sealed class ScriptedFeedServer : IAsyncDisposable
{
    private readonly Channel<FeedConnection> _connections = Channel.CreateUnbounded<FeedConnection>();
    private readonly Lock _lock = new();
    private readonly List<long> _attemptTimestamps = [];
    private readonly List<(int Count, TaskCompletionSource Signal)> _attemptWaiters = [];
    private readonly List<FeedConnection> _live = [];
    private WebApplication? _app;
    private int _refuseNext;
    private int _accepted;

    private ScriptedFeedServer()
    {
    }

    /// <summary>The ws:// URL of the server.</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>Handshake attempts so far, refused ones included.</summary>
    public int Attempts
    {
        get
        {
            lock (_lock)
            {
                return _attemptTimestamps.Count;
            }
        }
    }

    /// <summary>Connections accepted so far.</summary>
    public int AcceptedConnections => Volatile.Read(ref _accepted);

    /// <summary>Starts a server on an ephemeral port, or on <paramref name="port"/>.</summary>
    public static async Task<ScriptedFeedServer> StartAsync(int port = 0)
    {
        var server = new ScriptedFeedServer();
        (server._app, string root) = await LoopbackWebHost.StartAsync(server.HandleAsync, app => app.UseWebSockets(), port);
        server.Url = LoopbackWebHost.WebSocketUrl(root);
        return server;
    }

    /// <summary>Answers the next <paramref name="count"/> handshakes with HTTP 503.</summary>
    public void RefuseNext(int count)
    {
        lock (_lock)
        {
            _refuseNext = count;
        }
    }

    /// <summary>The next connection the server accepted.</summary>
    public async Task<FeedConnection> NextConnectionAsync() =>
        await _connections.Reader.ReadAsync().AsTask().WaitAsync(Wait.Timeout);

    /// <summary>Completes once at least <paramref name="count"/> handshakes were attempted.</summary>
    public Task WaitForAttemptsAsync(int count)
    {
        lock (_lock)
        {
            if (_attemptTimestamps.Count >= count)
            {
                return Task.CompletedTask;
            }

            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _attemptWaiters.Add((count, signal));
            return signal.Task.WaitAsync(Wait.Timeout);
        }
    }

    /// <summary>Time between consecutive handshake attempts, in order.</summary>
    public IReadOnlyList<TimeSpan> AttemptIntervals()
    {
        lock (_lock)
        {
            return [.. _attemptTimestamps.Zip(_attemptTimestamps.Skip(1), (a, b) => Stopwatch.GetElapsedTime(a, b))];
        }
    }

    /// <summary>Drops every open connection (so that stopping never waits for a client), then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        lock (_lock)
        {
            _live.ForEach(connection => connection.Drop());
        }

        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        bool refuse;
        lock (_lock)
        {
            _attemptTimestamps.Add(Stopwatch.GetTimestamp());
            foreach (var waiter in _attemptWaiters.Where(w => _attemptTimestamps.Count >= w.Count).ToList())
            {
                waiter.Signal.TrySetResult();
                _attemptWaiters.Remove(waiter);
            }

            refuse = _refuseNext > 0;
            if (refuse)
            {
                _refuseNext--;
            }
        }

        if (refuse || !context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = refuse ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status400BadRequest;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var connection = new FeedConnection(context, socket, Interlocked.Increment(ref _accepted));
        lock (_lock)
        {
            _live.Add(connection);
        }

        _connections.Writer.TryWrite(connection);
        await connection.RunAsync();
        lock (_lock)
        {
            _live.Remove(connection);
        }
    }
}
