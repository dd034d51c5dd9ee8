using System.Diagnostics;
using System.Globalization;
using System.Text;
using CoPrA.AdvancedTrade;

namespace CoPrA.Benchmarks.Feed;

/// <summary>
/// Where an Advanced Trade feed message's time goes without a socket: the corpus frames of
/// <see cref="AdvancedTradeFeedThroughput"/> handed in process, one thread, to each part in turn.
/// <c>walk</c> is the bare loop's token walk; <c>read</c> is the library's reader alone;
/// <c>handle</c> is what the client's receive loop does with a complete frame (read, gap check,
/// listeners, callback), with the book keeper attached for level2. Each part runs
/// [messages] frames per repetition after a warm-up and prints the median ns and bytes per message.
/// <c>dotnet run -c Release --project tests/CoPrA.Benchmarks -- at-feed-parts [messages] [repetitions] [level2|ticker] [walk|read|handle|book]</c>
/// (the last runs one part only, for profiling).
/// </summary>
internal static class AdvancedTradeFeedParts
{
    public const string Command = "at-feed-parts";

    public static async Task<int> RunAsync(string[] args)
    {
        int messages = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200_000;
        int repetitions = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 7;
        string[] feeds = args.Length > 2 ? [args[2]] : ["level2", "ticker"];
        _only = args.Length > 3 ? args[3] : null;
        foreach (string feed in feeds)
        {
            if (feed is not ("level2" or "ticker"))
            {
                Console.Error.WriteLine($"{Command}: unknown feed '{feed}' (level2 or ticker)");
                return 2;
            }

            var frames = feed == "level2" ? AdvancedTradeFeedCorpus.Level2Updates(1000) : AdvancedTradeFeedCorpus.Tickers(1000);
            var numbering = new Numbering(frames);
            Console.WriteLine($"{Command} {feed}: {messages:N0} messages per repetition, {repetitions} repetitions, {frames.Average(f => f.Length):F0} bytes on average, .NET {Environment.Version}");

            int tokens = 0;
            Measure("walk (Utf8JsonReader, every token)", messages, repetitions, numbering, frame =>
            {
                tokens += FeedThroughput.WalkTokens(frame);
                return ValueTask.CompletedTask;
            });

            var reader = AdvancedTradeFeedReader.Instance;
            Measure("read (AdvancedTradeFeedReader)", messages, repetitions, numbering, frame =>
            {
                GC.KeepAlive(reader.Read(frame).Message);
                return ValueTask.CompletedTask;
            });

            // The client checks sequence_num: its frames count on from the snapshots' 0.
            numbering.Restart(1);
            await using var client = new Client(feed);
            if (feed == "level2")
            {
                await using (var bare = new Client(feed))
                {
                    Measure("handle (client, no book)", messages, repetitions, numbering, frame => bare.HandleMarketDataMessageAsync(frame, CancellationToken.None));
                }

                numbering.Restart(1);
                var alone = new AdvancedTradeLevel2BookKeeper(AdvancedTradeFeedCorpus.Level2Products.Select(p => p.Product));
                foreach (var snapshot in AdvancedTradeFeedCorpus.Level2Snapshots(100))
                {
                    await alone.HandleAsync(reader.Read(snapshot).Message!);
                }

                var read = frames.Select(f => reader.Read(f).Message!).ToArray();
                int next = 0;
                Measure("book (keeper alone, messages read before)", messages, repetitions, numbering, _ =>
                {
                    var applied = alone.HandleAsync(read[next]);
                    next = (next + 1) % read.Length;
                    return new ValueTask(applied);
                });

                var keeper = new AdvancedTradeLevel2BookKeeper(AdvancedTradeFeedCorpus.Level2Products.Select(p => p.Product));
                using var attached = client.Attach(keeper);
                numbering.Restart(1);
                foreach (var snapshot in AdvancedTradeFeedCorpus.Level2Snapshots(100))
                {
                    await client.HandleMarketDataMessageAsync(snapshot, CancellationToken.None);
                }

                Measure("handle (client + book keeper)", messages, repetitions, numbering, frame => client.HandleMarketDataMessageAsync(frame, CancellationToken.None));
                if (keeper.Books.Any(book => !book.IsSynced))
                {
                    throw new InvalidOperationException("A book ended unsynced: the run did not measure updates applied.");
                }
            }
            else
            {
                Measure("handle (client)", messages, repetitions, numbering, frame => client.HandleMarketDataMessageAsync(frame, CancellationToken.None));
            }

            GC.KeepAlive(tokens);
            Console.WriteLine($"  messages seen by the client's callback: {client.Count:N0}");
            Console.WriteLine();
        }

        return 0;
    }

    // The one part to run (its label's first word), for profiling; null runs them all.
    private static string? _only;

    private delegate ValueTask Part(ReadOnlySpan<byte> frame);

    private static void Measure(string label, int messages, int repetitions, Numbering numbering, Part part)
    {
        if (_only is not null && !label.StartsWith(_only + " ", StringComparison.Ordinal))
        {
            return;
        }

        Run(messages, numbering, part);
        var times = new List<double>();
        var bytes = new List<double>();
        for (int r = 0; r < repetitions; r++)
        {
            long allocated = GC.GetAllocatedBytesForCurrentThread();
            long start = Stopwatch.GetTimestamp();
            Run(messages, numbering, part);
            times.Add(Stopwatch.GetElapsedTime(start).TotalNanoseconds / messages);
            bytes.Add((double)(GC.GetAllocatedBytesForCurrentThread() - allocated) / messages);
        }

        times.Sort();
        bytes.Sort();
        Console.WriteLine($"  {label,-40} {times[repetitions / 2],8:F0} ns/msg (range {times[0]:F0}–{times[^1]:F0})  {bytes[repetitions / 2],7:F1} B/msg");
    }

    private static void Run(int messages, Numbering numbering, Part part)
    {
        for (int i = 0; i < messages; i++)
        {
            var pending = part(numbering.Next());
            if (!pending.IsCompletedSuccessfully)
            {
                throw new InvalidOperationException("The part did not complete synchronously.");
            }
        }
    }

    /// <summary>
    /// The corpus frames in a loop, each with the next <c>sequence_num</c> written into its placeholder,
    /// as the server writes them (the snapshots keep the placeholder's 0; later 0s read as repeats).
    /// </summary>
    private sealed class Numbering(byte[][] frames)
    {
        private static readonly byte[] Placeholder = Encoding.UTF8.GetBytes(StreamingFeedServer.NumberPlaceholder);
        private readonly int[] _slots = [.. frames.Select(f => f.AsSpan().IndexOf(Placeholder))];
        private long _next;
        private int _index;

        public ReadOnlySpan<byte> Next()
        {
            var frame = frames[_index];
            StreamingFeedServer.WriteNumber(frame.AsSpan(_slots[_index], Placeholder.Length), _next++);
            _index = (_index + 1) % frames.Length;
            return frame;
        }

        public void Restart(long first) => _next = first;
    }

    /// <summary>A client that counts the typed messages it is handed, reading one value of each as a user would.</summary>
    private sealed class Client(string feed) : AdvancedTradeWebSocketClient(
        [],
        new AdvancedTradeWebSocketClientOptions { AutoReconnect = false, IdleTimeout = Timeout.InfiniteTimeSpan })
    {
        private decimal _checksum;

        public long Count { get; private set; }

        protected override Task OnMessageAsync(AdvancedTradeFeedMessage message, CancellationToken cancellationToken = default)
        {
            if (feed == "ticker" && message is AdvancedTradeFeedMessage<TickerEvent> ticker)
            {
                _checksum += ticker.Events[0].Tickers[0].Price;
                Count++;
            }
            else if (message is AdvancedTradeFeedMessage<Level2Event>)
            {
                Count++;
            }

            return Task.CompletedTask;
        }

        protected override Task OnGapAsync(WebSocket.SequenceGap gap, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException($"Gap: expected {gap.ExpectedSequence}, got {gap.ReceivedSequence}.");
    }
}
