using System.Diagnostics;
using System.Globalization;
using System.Text;
using CoPrA.WebSocket;
using CoPrA.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CoPrA.Benchmarks.Feed;

/// <summary>
/// How long the client takes to notice a silent connection: a loopback server accepts the
/// WebSocket, sends one heartbeat at a random moment within the first quarter of the timeout (so
/// that the silence starts anywhere between two of the watchdog's checks), and then says nothing.
/// Each run measures from the moment the server sent that message (its sequence carries the
/// server's Stopwatch timestamp: same process, same clock) to the client's close for the idle
/// timeout, so a late parse or callback cannot shorten the figure. Prints min/median/max per timeout.
/// </summary>
internal static class IdleDetection
{
    public const string Command = "idle-detection";

    public static async Task<int> RunAsync(string[] args)
    {
        double[] timeouts = args.Length > 0 ? [.. args[0].Split(',').Select(s => double.Parse(s, CultureInfo.InvariantCulture))] : [3];
        int runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
        await using var server = await SilentServer.StartAsync();
        Console.WriteLine($"idle-detection: loopback server silent after one message, {runs} runs per timeout, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        Console.WriteLine();
        Console.WriteLine("| IdleTimeout | runs | min | median | max | max over timeout |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
        foreach (double seconds in timeouts)
        {
            var timeout = TimeSpan.FromSeconds(seconds);
            var latencies = new List<double>();
            for (int i = 0; i < runs; i++)
            {
                var after = timeout / 4 * Random.Shared.NextDouble();
                latencies.Add(await MeasureAsync(new Uri($"{server.Url}?after={after.TotalMilliseconds:F0}"), timeout));
            }

            latencies.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {seconds:0.###} s | {runs} | {latencies[0]:F3} s | {latencies[runs / 2]:F3} s | {latencies[^1]:F3} s | {(latencies[^1] / seconds - 1) * 100:+0.0;-0.0} % |"));
        }

        return 0;
    }

    private static async Task<double> MeasureAsync(Uri url, TimeSpan timeout)
    {
        var options = new WebSocketClientOptions { FeedUrl = url.ToString(), AutoReconnect = false, IdleTimeout = timeout };
        await using var client = new Stopwatched(options);
        await client.ConnectAsync();
        return (await client.Detected.WaitAsync(timeout * 3)).TotalSeconds;
    }

    private sealed class Stopwatched(WebSocketClientOptions options) : WebSocketClient([new Channel("heartbeat", "BTC-USD")], options)
    {
        private readonly TaskCompletionSource<TimeSpan> _detected = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private long _lastSent;

        public Task<TimeSpan> Detected => _detected.Task;

        protected override Task OnMessageAsync(FeedMessage message, CancellationToken cancellationToken = default)
        {
            if (message is HeartbeatMessage heartbeat)
            {
                _lastSent = heartbeat.Sequence;
            }

            return Task.CompletedTask;
        }

        protected override Task OnCloseAsync(bool wasClean, int? code, string? reason, CancellationToken cancellationToken = default)
        {
            if (_lastSent == 0)
            {
                _detected.TrySetException(new InvalidOperationException($"closed before the message: {reason}"));
                return Task.CompletedTask;
            }

            var elapsed = Stopwatch.GetElapsedTime(_lastSent);
            if (reason?.Contains("idle", StringComparison.Ordinal) == true)
            {
                _detected.TrySetResult(elapsed);
            }
            else
            {
                _detected.TrySetException(new InvalidOperationException($"closed for another reason: {reason}"));
            }

            return Task.CompletedTask;
        }
    }

    /// <summary>Accepts every WebSocket, sends one heartbeat after <c>?after=</c> milliseconds, then says nothing until the client goes away.</summary>
    private sealed class SilentServer : IAsyncDisposable
    {
        private WebApplication? _app;

        public Uri Url { get; private set; } = null!;

        public static async Task<SilentServer> StartAsync()
        {
            var server = new SilentServer();
            (server._app, string root) = await LoopbackWebHost.StartAsync(HandleAsync, app => app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.Zero }));
            server.Url = LoopbackWebHost.WebSocketUrl(root);
            return server;
        }

        public async ValueTask DisposeAsync()
        {
            if (_app is not null)
            {
                await _app.StopAsync();
                await _app.DisposeAsync();
            }
        }

        private static async Task HandleAsync(HttpContext context)
        {
            if (!context.WebSockets.IsWebSocketRequest)
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }

            int after = int.Parse(context.Request.Query["after"].ToString() is { Length: > 0 } text ? text : "0", CultureInfo.InvariantCulture);
            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            var buffer = new byte[4096];
            try
            {
                await Task.Delay(after, context.RequestAborted);
                byte[] heartbeat = Encoding.UTF8.GetBytes($$"""{"type":"heartbeat","sequence":{{Stopwatch.GetTimestamp()}},"last_trade_id":1,"product_id":"BTC-USD","time":"2024-01-01T00:00:00Z"}""");
                await socket.SendAsync(heartbeat, System.Net.WebSockets.WebSocketMessageType.Text, true, context.RequestAborted);

                // Reads (and so answers pings), never writes again: the client hears nothing more.
                while (!(await socket.ReceiveAsync(buffer, context.RequestAborted)).CloseStatus.HasValue)
                {
                }
            }
            catch (Exception ex) when (ex is System.Net.WebSockets.WebSocketException or OperationCanceledException or IOException)
            {
                // The client dropped the connection, as it should.
            }
        }
    }
}
