using System.Globalization;
using CoPrA.AdvancedTrade;
using CoPrA.WebSocket;

namespace CoPrA.Benchmarks.Feed;

/// <summary>
/// End-to-end Advanced Trade feed throughput, measured as <see cref="FeedThroughput"/> measures the
/// Exchange feed (same server, same paired rounds, same figures): for <c>level2</c>, an
/// <see cref="AdvancedTradeWebSocketClient"/> with an <see cref="AdvancedTradeLevel2BookKeeper"/>
/// applying every update to its books (after one snapshot per product) against the bare
/// ClientWebSocket + Utf8JsonReader loop walking every token of the same frames; for <c>ticker</c>,
/// typed ticker messages delivered to a callback against the same bare loop. <c>sequence_num</c>
/// counts up without a jump, so the client sees no gap.
/// <c>dotnet run -c Release --project tests/CoPrA.Benchmarks -- at-feed-throughput [messages] [repetitions] [level2|ticker] [bare|typed]</c>
/// (without the third argument both feeds run; the last runs one contestant only, for profiling).
/// </summary>
internal static class AdvancedTradeFeedThroughput
{
    public const string Command = "at-feed-throughput";

    private const int SnapshotLevels = 100;

    public static async Task<int> RunAsync(string[] args)
    {
        long messages = args.Length > 0 ? long.Parse(args[0], CultureInfo.InvariantCulture) : 300_000;
        int repetitions = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 7;
        string[] feeds = args.Length > 2 ? [args[2]] : ["level2", "ticker"];
        foreach (string feed in feeds)
        {
            var contestants = Contestants(feed);
            var running = args.Length > 3 ? contestants.Where(c => c.Name == args[3]).ToArray() : contestants;
            if (running.Length == 0)
            {
                Console.Error.WriteLine($"{Command}: unknown feed '{feed}' (level2 or ticker) or contestant (bare or typed)");
                return 2;
            }

            var (corpus, prefix) = feed == "level2"
                ? (AdvancedTradeFeedCorpus.Level2Updates(1000), AdvancedTradeFeedCorpus.Level2Snapshots(SnapshotLevels))
                : (AdvancedTradeFeedCorpus.Tickers(1000), []);
            await using var server = await StreamingFeedServer.StartAsync(corpus, prefix, numbered: true);
            Console.WriteLine($"{Command} {feed}: {messages:N0} messages ({prefix.Length} snapshots of {SnapshotLevels} levels a side first, then {corpus.Average(m => m.Length):F0} bytes on average) per run, {repetitions} repetitions, {Environment.ProcessorCount} cores, .NET {Environment.Version}, server GC: {System.Runtime.GCSettings.IsServerGC}");
            await FeedThroughput.MeasureAsync(server.Url, messages, repetitions, running);
            Console.WriteLine();
        }

        return 0;
    }

    private static FeedThroughput.Contestant[] Contestants(string feed) => feed switch
    {
        "level2" =>
        [
            new("bare", "bare ClientWebSocket + Utf8JsonReader", FeedThroughput.RunBareAsync),
            new("typed", "AdvancedTradeWebSocketClient + AdvancedTradeLevel2BookKeeper", RunLevel2Async),
        ],
        "ticker" =>
        [
            new("bare", "bare ClientWebSocket + Utf8JsonReader", FeedThroughput.RunBareAsync),
            new("typed", "AdvancedTradeWebSocketClient (ticker messages)", RunTickerAsync),
        ],
        _ => [],
    };

    /// <summary>The library's book: every level2 message read and applied by the keeper.</summary>
    private static async Task<FeedThroughput.Result> RunLevel2Async(Uri url, long messages)
    {
        var keeper = new AdvancedTradeLevel2BookKeeper(AdvancedTradeFeedCorpus.Level2Products.Select(p => p.Product));
        await using var client = new MessageCounter<Level2Event>(messages, keeper.Channels, Options(url), _ => { });
        using var attached = client.Attach(keeper);
        await client.ConnectAsync();
        var result = await client.Done;
        if (keeper.Books.FirstOrDefault(book => !book.IsSynced || book.LevelCount.Bids == 0 || book.LevelCount.Asks == 0) is { } broken)
        {
            throw new InvalidOperationException($"The {broken.ProductId} book ended unsynced or empty: the run did not measure updates applied.");
        }

        return result;
    }

    /// <summary>The library's typed tickers, each one's price read by the callback.</summary>
    private static async Task<FeedThroughput.Result> RunTickerAsync(Uri url, long messages)
    {
        decimal checksum = 0;
        await using var client = new MessageCounter<TickerEvent>(
            messages, [new AdvancedTradeChannel(AdvancedTradeChannel.Ticker, "BTC-USD", "ETH-USD", "ETH-EUR")], Options(url), ticker => checksum += ticker.Events[0].Tickers[0].Price);
        await client.ConnectAsync();
        var result = await client.Done;
        GC.KeepAlive(checksum);
        return result;
    }

    private static AdvancedTradeWebSocketClientOptions Options(Uri url) => new()
    {
        MarketDataUrl = url.ToString(),
        AutoReconnect = false,
        IdleTimeout = Timeout.InfiniteTimeSpan,
    };

    /// <summary>Counts the messages of one channel as they reach the callback; a gap fails the run.</summary>
    private sealed class MessageCounter<TEvent>(long target, IEnumerable<AdvancedTradeChannel> channels, AdvancedTradeWebSocketClientOptions options, Action<AdvancedTradeFeedMessage<TEvent>> read)
        : AdvancedTradeWebSocketClient(channels, options)
        where TEvent : AdvancedTradeFeedEvent
    {
        private readonly TaskCompletionSource<FeedThroughput.Result> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private long _count;
        private FeedThroughput.Meter _meter;

        public Task<FeedThroughput.Result> Done => _done.Task;

        protected override Task OnMessageAsync(AdvancedTradeFeedMessage message, CancellationToken cancellationToken = default)
        {
            if (message is not AdvancedTradeFeedMessage<TEvent> typed)
            {
                return Task.CompletedTask;
            }

            read(typed);
            if (++_count == 1)
            {
                _meter = FeedThroughput.Meter.Start();
            }
            else if (_count == target)
            {
                _done.TrySetResult(_meter.Stop(target - 1));
            }

            return Task.CompletedTask;
        }

        protected override Task OnGapAsync(SequenceGap gap, CancellationToken cancellationToken = default)
        {
            _done.TrySetException(new InvalidOperationException($"Gap in the feed: expected {gap.ExpectedSequence}, got {gap.ReceivedSequence}."));
            return Task.CompletedTask;
        }
    }
}
