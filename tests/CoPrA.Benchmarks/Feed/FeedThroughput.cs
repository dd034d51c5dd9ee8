using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;
using CoPrA.WebSocket;

namespace CoPrA.Benchmarks.Feed;

/// <summary>
/// End-to-end feed throughput: a loopback server streams N ticker messages as fast as it can,
/// and the same run measures (a) a bare ClientWebSocket + Utf8JsonReader loop that walks every
/// token and (b) the typed <see cref="WebSocketClient"/> delivering <see cref="TickerMessage"/>s to
/// a callback. Repetitions alternate; medians, the typed/bare ratio and allocations per message
/// are printed.
/// <c>dotnet run -c Release --project tests/CoPrA.Benchmarks -- feed-throughput [messages] [repetitions] [bare|typed]</c>
/// (the last argument runs one side only, for profiling).
/// </summary>
internal static class FeedThroughput
{
    public const string Command = "feed-throughput";

    public static async Task<int> RunAsync(string[] args)
    {
        long messages = args.Length > 0 ? long.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        int repetitions = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        string only = args.Length > 2 ? args[2] : "";
        bool runBare = only != "typed", runTyped = only != "bare";
        var corpus = FeedCorpus.Tickers(1000);
        await using var server = await StreamingFeedServer.StartAsync(corpus);

        Console.WriteLine($"feed-throughput: {messages:N0} ticker messages ({corpus.Average(m => m.Length):F0} bytes on average) per run, {repetitions} repetitions, {Environment.ProcessorCount} cores, .NET {Environment.Version}, server GC: {System.Runtime.GCSettings.IsServerGC}");
        // Warm-up: long enough for tiered compilation to reach its final code in both loops.
        for (int i = 0; i < 2; i++)
        {
            _ = runBare ? await RunBareAsync(server.Url, messages) : default;
            _ = runTyped ? await RunTypedAsync(server.Url, messages) : default;
        }

        var bare = new List<Result>();
        var typed = new List<Result>();
        for (int i = 1; i <= repetitions; i++)
        {
            bare.Add(runBare ? await RunBareAsync(server.Url, messages) : default);
            typed.Add(runTyped ? await RunTypedAsync(server.Url, messages) : default);
            Console.WriteLine($"  run {i}: bare {bare[^1]}   typed {typed[^1]}");
        }

        var bareMedian = Median(bare);
        var typedMedian = Median(typed);
        Console.WriteLine();
        Console.WriteLine("| client | median msg/s | allocated bytes/msg (median) |");
        Console.WriteLine("|---|---:|---:|");
        Console.WriteLine($"| bare ClientWebSocket + Utf8JsonReader | {bareMedian.Rate:N0} | {bareMedian.BytesPerMessage:F1} |");
        Console.WriteLine($"| typed WebSocketClient (TickerMessage) | {typedMedian.Rate:N0} | {typedMedian.BytesPerMessage:F1} |");
        if (runBare && runTyped)
        {
            Console.WriteLine($"ratio typed/bare: {typedMedian.Rate / bareMedian.Rate:F2}");
        }

        return 0;
    }

    private static Result Median(List<Result> results)
    {
        var rates = results.Select(r => r.Rate).Order().ToList();
        var bytes = results.Select(r => r.BytesPerMessage).Order().ToList();
        return new Result(rates[rates.Count / 2], bytes[bytes.Count / 2]);
    }

    private static Uri WithCount(Uri url, long messages) => new($"{url}?count={messages}");

    /// <summary>The floor: receive each message and walk its tokens, nothing else.</summary>
    private static async Task<Result> RunBareAsync(Uri url, long messages)
    {
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(WithCount(url, messages), CancellationToken.None);
        byte[] buffer = new byte[64 * 1024];
        long tokens = 0;
        long started = 0;
        long allocatedBefore = 0;
        for (long received = 0; received < messages; received++)
        {
            int count = 0;
            ValueWebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer.AsMemory(count), CancellationToken.None);
                count += result.Count;
            }
            while (!result.EndOfMessage);

            if (received == 0)
            {
                allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
                started = Stopwatch.GetTimestamp();
            }

            tokens += WalkTokens(buffer.AsSpan(0, count));
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
        GC.KeepAlive(tokens);
        return new Result((messages - 1) / elapsed.TotalSeconds, (double)allocated / (messages - 1));
    }

    private static int WalkTokens(ReadOnlySpan<byte> message)
    {
        var reader = new Utf8JsonReader(message);
        int tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    /// <summary>The library: typed messages to a callback.</summary>
    private static async Task<Result> RunTypedAsync(Uri url, long messages)
    {
        var options = new WebSocketClientOptions
        {
            FeedUrl = WithCount(url, messages).ToString(),
            AutoReconnect = false,
            IdleTimeout = Timeout.InfiniteTimeSpan,
        };
        await using var client = new TickerCounter(messages, options);
        await client.ConnectAsync();
        await client.Done;
        return new Result((messages - 1) / client.Elapsed.TotalSeconds, (double)client.Allocated / (messages - 1));
    }

    private readonly record struct Result(double Rate, double BytesPerMessage)
    {
        public override string ToString() => $"{Rate,12:N0} msg/s {BytesPerMessage,7:F1} B/msg";
    }

    private sealed class TickerCounter(long target, WebSocketClientOptions options)
        : WebSocketClient([new Channel("ticker", "BTC-USD", "ETH-USD", "ETH-EUR")], options)
    {
        private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private long _count;
        private long _started;
        private long _allocatedBefore;
        private decimal _checksum;

        public Task Done => _done.Task;

        public TimeSpan Elapsed { get; private set; }

        public long Allocated { get; private set; }

        protected override Task OnMessageAsync(FeedMessage message, CancellationToken cancellationToken = default)
        {
            if (message is not TickerMessage ticker)
            {
                return Task.CompletedTask;
            }

            _checksum += ticker.Price;
            if (++_count == 1)
            {
                _allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
                _started = Stopwatch.GetTimestamp();
            }
            else if (_count == target)
            {
                Elapsed = Stopwatch.GetElapsedTime(_started);
                Allocated = GC.GetTotalAllocatedBytes(precise: true) - _allocatedBefore;
                _done.TrySetResult();
            }

            return Task.CompletedTask;
        }
    }
}
