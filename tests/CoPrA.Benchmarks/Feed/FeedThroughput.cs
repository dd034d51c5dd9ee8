using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;
using CoPrA.WebSocket;

namespace CoPrA.Benchmarks.Feed;

/// <summary>
/// End-to-end feed throughput: a loopback server streams N ticker messages as fast as it can,
/// and the same run measures (a) a bare ClientWebSocket + Utf8JsonReader loop that walks every
/// token, (b) the typed <see cref="WebSocketClient"/> delivering <see cref="TickerMessage"/>s to
/// a callback and (c) the Websocket.Client package walking every token of the same messages
/// (<see cref="WebsocketClientReader"/>). Each repetition runs all three back to back (rotating which
/// goes first), so that a machine shared with other work loads them alike; the ratios reported are
/// medians of the per-repetition ratios. Allocations and process CPU time are measured per message.
/// <c>dotnet run -c Release --project tests/CoPrA.Benchmarks -- feed-throughput [messages] [repetitions] [bare|typed|wsclient]</c>
/// (the last argument runs one contestant only, for profiling).
/// </summary>
internal static class FeedThroughput
{
    public const string Command = "feed-throughput";

    private static readonly Contestant[] Contestants =
    [
        new("bare", "bare ClientWebSocket + Utf8JsonReader", RunBareAsync),
        new("typed", "typed WebSocketClient (TickerMessage)", RunTypedAsync),
        new("wsclient", "Websocket.Client 5.5.1 + Utf8JsonReader", WebsocketClientReader.RunAsync),
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        long messages = args.Length > 0 ? long.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        int repetitions = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 7;
        var running = args.Length > 2 ? Contestants.Where(c => c.Name == args[2]).ToArray() : Contestants;
        if (running.Length == 0)
        {
            Console.Error.WriteLine($"feed-throughput: unknown contestant '{args[2]}' (bare, typed or wsclient)");
            return 2;
        }

        var corpus = FeedCorpus.Tickers(1000);
        await using var server = await StreamingFeedServer.StartAsync(corpus);

        Console.WriteLine($"feed-throughput: {messages:N0} ticker messages ({corpus.Average(m => m.Length):F0} bytes on average) per run, {repetitions} repetitions, {Environment.ProcessorCount} cores, .NET {Environment.Version}, server GC: {System.Runtime.GCSettings.IsServerGC}");

        await MeasureAsync(server.Url, messages, repetitions, running);
        return 0;
    }

    /// <summary>
    /// Warms the contestants up with two rounds, then runs <paramref name="repetitions"/> rounds and prints
    /// each contestant's medians and the median of its paired ratios to the one named <c>bare</c>.
    /// </summary>
    internal static async Task MeasureAsync(Uri url, long messages, int repetitions, Contestant[] running)
    {
        // Warm-up: long enough for tiered compilation to reach its final code in every loop.
        for (int i = 0; i < 2; i++)
        {
            await RunRoundAsync(url, messages, running, first: 0);
        }

        var rounds = new List<Result[]>();
        for (int i = 1; i <= repetitions; i++)
        {
            rounds.Add(await RunRoundAsync(url, messages, running, first: i));
            Console.WriteLine($"  run {i}: {string.Join("   ", running.Select((c, k) => $"{c.Name} {rounds[^1][k]}"))}");
        }

        Console.WriteLine();
        Console.WriteLine("| client | median msg/s | allocated bytes/msg | process CPU µs/msg | gen-0 GCs per 100k msg |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        for (int k = 0; k < running.Length; k++)
        {
            var median = Median(rounds.Select(r => r[k]));
            Console.WriteLine($"| {running[k].Label} | {median.Rate:N0} | {median.BytesPerMessage:F1} | {median.CpuMicroseconds:F2} | {median.CollectionsPer100k:F1} |");
        }

        int bare = Array.FindIndex(running, c => c.Name == "bare");
        for (int k = 0; k < running.Length && bare >= 0; k++)
        {
            if (k != bare)
            {
                var ratios = rounds.Select(r => r[k].Rate / r[bare].Rate).Order().ToList();
                double ofMedians = Median(rounds.Select(r => r[k])).Rate / Median(rounds.Select(r => r[bare])).Rate;
                Console.WriteLine($"ratio {running[k].Name}/bare (median of {ratios.Count} paired runs): {ratios[ratios.Count / 2]:F2}  (range {ratios[0]:F2}–{ratios[^1]:F2}; ratio of medians {ofMedians:F2})");
            }
        }
    }

    /// <summary>Every contestant once, starting at <paramref name="first"/> and going round.</summary>
    private static async Task<Result[]> RunRoundAsync(Uri url, long messages, Contestant[] running, int first)
    {
        var results = new Result[running.Length];
        for (int i = 0; i < running.Length; i++)
        {
            int k = (first + i) % running.Length;
            results[k] = await running[k].Run(WithCount(url, messages), messages);
        }

        return results;
    }

    private static Result Median(IEnumerable<Result> results)
    {
        var list = results.ToList();
        static double Middle(IEnumerable<double> values) => values.Order().ElementAt(values.Count() / 2);
        return new Result(Middle(list.Select(r => r.Rate)), Middle(list.Select(r => r.BytesPerMessage)), Middle(list.Select(r => r.CpuMicroseconds)), Middle(list.Select(r => r.CollectionsPer100k)));
    }

    private static Uri WithCount(Uri url, long messages) => new($"{url}?count={messages}");

    /// <summary>The floor: receive each message and walk its tokens, nothing else.</summary>
    internal static async Task<Result> RunBareAsync(Uri url, long messages)
    {
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(url, CancellationToken.None);
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

    /// <summary>Reads every token of one message and nothing else: the work all the token-walking contestants do.</summary>
    internal static int WalkTokens(ReadOnlySpan<byte> message)
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
            FeedUrl = url.ToString(),
            AutoReconnect = false,
            IdleTimeout = Timeout.InfiniteTimeSpan,
        };
        await using var client = new TickerCounter(messages, options);
        await client.ConnectAsync();
        return await client.Done;
    }

    internal readonly record struct Result(double Rate, double BytesPerMessage, double CpuMicroseconds, double CollectionsPer100k)
    {
        public override string ToString() => $"{Rate,11:N0} msg/s {BytesPerMessage,6:F1} B/msg {CpuMicroseconds,5:F2} CPU µs/msg {CollectionsPer100k,5:F1} GC0/100k";
    }

    /// <summary>Wall time, allocated bytes (all threads), process CPU time and gen-0 collections from the first message to the last.</summary>
    internal readonly record struct Meter(long Started, long Allocated, TimeSpan Cpu, int Collections)
    {
        public static Meter Start() =>
            new(Stopwatch.GetTimestamp(), GC.GetTotalAllocatedBytes(precise: true), Process.GetCurrentProcess().TotalProcessorTime, GC.CollectionCount(0));

        public Result Stop(long messages)
        {
            var elapsed = Stopwatch.GetElapsedTime(Started);
            long allocated = GC.GetTotalAllocatedBytes(precise: true) - Allocated;
            var cpu = Process.GetCurrentProcess().TotalProcessorTime - Cpu;
            int collections = GC.CollectionCount(0) - Collections;
            return new Result(messages / elapsed.TotalSeconds, (double)allocated / messages, cpu.TotalMicroseconds / messages, collections * 100_000.0 / messages);
        }
    }

    internal sealed record Contestant(string Name, string Label, Func<Uri, long, Task<Result>> Run);

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
