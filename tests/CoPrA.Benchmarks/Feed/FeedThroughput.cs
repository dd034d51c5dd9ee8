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
/// a callback. Each repetition runs both back to back (alternating which goes first), so that a
/// machine shared with other work loads both alike; the ratio reported is the median of the
/// per-repetition ratios. Allocations and process CPU time are measured per message.
/// <c>dotnet run -c Release --project tests/CoPrA.Benchmarks -- feed-throughput [messages] [repetitions] [bare|typed]</c>
/// (the last argument runs one side only, for profiling).
/// </summary>
internal static class FeedThroughput
{
    public const string Command = "feed-throughput";

    public static async Task<int> RunAsync(string[] args)
    {
        long messages = args.Length > 0 ? long.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        int repetitions = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 7;
        string only = args.Length > 2 ? args[2] : "";
        bool runBare = only != "typed", runTyped = only != "bare";
        var corpus = FeedCorpus.Tickers(1000);
        await using var server = await StreamingFeedServer.StartAsync(corpus);

        Console.WriteLine($"feed-throughput: {messages:N0} ticker messages ({corpus.Average(m => m.Length):F0} bytes on average) per run, {repetitions} repetitions, {Environment.ProcessorCount} cores, .NET {Environment.Version}, server GC: {System.Runtime.GCSettings.IsServerGC}");

        // Warm-up: long enough for tiered compilation to reach its final code in both loops.
        for (int i = 0; i < 2; i++)
        {
            await RunPairAsync(server.Url, messages, runBare, runTyped, typedFirst: false);
        }

        var pairs = new List<(Result Bare, Result Typed)>();
        for (int i = 1; i <= repetitions; i++)
        {
            pairs.Add(await RunPairAsync(server.Url, messages, runBare, runTyped, typedFirst: i % 2 == 0));
            Console.WriteLine($"  run {i}: bare {pairs[^1].Bare}   typed {pairs[^1].Typed}");
        }

        var bare = Median(pairs.Select(p => p.Bare));
        var typed = Median(pairs.Select(p => p.Typed));
        Console.WriteLine();
        Console.WriteLine("| client | median msg/s | allocated bytes/msg | process CPU µs/msg |");
        Console.WriteLine("|---|---:|---:|---:|");
        Console.WriteLine($"| bare ClientWebSocket + Utf8JsonReader | {bare.Rate:N0} | {bare.BytesPerMessage:F1} | {bare.CpuMicroseconds:F2} |");
        Console.WriteLine($"| typed WebSocketClient (TickerMessage) | {typed.Rate:N0} | {typed.BytesPerMessage:F1} | {typed.CpuMicroseconds:F2} |");
        if (runBare && runTyped)
        {
            var ratios = pairs.Select(p => p.Typed.Rate / p.Bare.Rate).Order().ToList();
            Console.WriteLine($"ratio typed/bare (median of {ratios.Count} paired runs): {ratios[ratios.Count / 2]:F2}  (range {ratios[0]:F2}–{ratios[^1]:F2}; ratio of medians {typed.Rate / bare.Rate:F2})");
        }

        return 0;
    }

    private static async Task<(Result Bare, Result Typed)> RunPairAsync(Uri url, long messages, bool runBare, bool runTyped, bool typedFirst)
    {
        Result bare = default, typed = default;
        if (typedFirst && runTyped)
        {
            typed = await RunTypedAsync(url, messages);
        }

        if (runBare)
        {
            bare = await RunBareAsync(url, messages);
        }

        if (!typedFirst && runTyped)
        {
            typed = await RunTypedAsync(url, messages);
        }

        return (bare, typed);
    }

    private static Result Median(IEnumerable<Result> results)
    {
        var list = results.ToList();
        static double Middle(IEnumerable<double> values) => values.Order().ElementAt(values.Count() / 2);
        return new Result(Middle(list.Select(r => r.Rate)), Middle(list.Select(r => r.BytesPerMessage)), Middle(list.Select(r => r.CpuMicroseconds)));
    }

    private static Uri WithCount(Uri url, long messages) => new($"{url}?count={messages}");

    /// <summary>The floor: receive each message and walk its tokens, nothing else.</summary>
    private static async Task<Result> RunBareAsync(Uri url, long messages)
    {
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(WithCount(url, messages), CancellationToken.None);
        byte[] buffer = new byte[64 * 1024];
        long tokens = 0;
        var meter = default(Meter);
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
                meter = Meter.Start();
            }

            tokens += WalkTokens(buffer.AsSpan(0, count));
        }

        var measured = meter.Stop(messages - 1);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
        GC.KeepAlive(tokens);
        return measured;
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
        return await client.Done;
    }

    private readonly record struct Result(double Rate, double BytesPerMessage, double CpuMicroseconds)
    {
        public override string ToString() => $"{Rate,11:N0} msg/s {BytesPerMessage,6:F1} B/msg {CpuMicroseconds,5:F2} CPU µs/msg";
    }

    /// <summary>Wall time, allocated bytes (all threads) and process CPU time from the first message to the last.</summary>
    private readonly record struct Meter(long Started, long Allocated, TimeSpan Cpu)
    {
        public static Meter Start() =>
            new(Stopwatch.GetTimestamp(), GC.GetTotalAllocatedBytes(precise: true), Process.GetCurrentProcess().TotalProcessorTime);

        public Result Stop(long messages)
        {
            var elapsed = Stopwatch.GetElapsedTime(Started);
            long allocated = GC.GetTotalAllocatedBytes(precise: true) - Allocated;
            var cpu = Process.GetCurrentProcess().TotalProcessorTime - Cpu;
            return new Result(messages / elapsed.TotalSeconds, (double)allocated / messages, cpu.TotalMicroseconds / messages);
        }
    }

    private sealed class TickerCounter(long target, WebSocketClientOptions options)
        : WebSocketClient([new Channel("ticker", "BTC-USD", "ETH-USD", "ETH-EUR")], options)
    {
        private readonly TaskCompletionSource<Result> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private long _count;
        private Meter _meter;
        private decimal _checksum;

        public Task<Result> Done => _done.Task;

        protected override Task OnMessageAsync(FeedMessage message, CancellationToken cancellationToken = default)
        {
            if (message is not TickerMessage ticker)
            {
                return Task.CompletedTask;
            }

            _checksum += ticker.Price;
            if (++_count == 1)
            {
                _meter = Meter.Start();
            }
            else if (_count == target)
            {
                _done.TrySetResult(_meter.Stop(target - 1));
            }

            return Task.CompletedTask;
        }
    }
}
