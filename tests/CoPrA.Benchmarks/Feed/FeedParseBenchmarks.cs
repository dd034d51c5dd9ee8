using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using CoPrA.WebSocket;

namespace CoPrA.Benchmarks.Feed;

/// <summary>
/// Parse and dispatch of one message per type, as the receive loop does it: type lookup, typed
/// read, gap check, callback. <see cref="WalkTokens"/> is the floor: a bare Utf8JsonReader pass.
/// </summary>
[MemoryDiagnoser]
public class FeedParseBenchmarks
{
    private readonly CountingClient _client = new();
    private byte[] _message = [];

    [ParamsSource(nameof(Types))]
    public string Type { get; set; } = "ticker";

    public static IEnumerable<string> Types => FeedCorpus.Samples.Keys;

    [GlobalSetup]
    public void Setup() => _message = Encoding.UTF8.GetBytes(FeedCorpus.Samples[Type]);

    [Benchmark(Baseline = true)]
    public int WalkTokens()
    {
        var reader = new Utf8JsonReader(_message);
        int tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    [Benchmark]
    public FeedMessage Parse() => FeedMessageParser.Parse(_message);

    [Benchmark]
    public ValueTask ParseAndDispatch() => _client.HandleMessageAsync(_message, CancellationToken.None);

    [GlobalCleanup]
    public ValueTask Cleanup() => _client.DisposeAsync();

    private sealed class CountingClient() : WebSocketClient([new Channel("full", "BTC-USD"), new Channel("matches", "BTC-USD")])
    {
        public long Count { get; private set; }

        protected override Task OnMessageAsync(FeedMessage message, CancellationToken cancellationToken = default)
        {
            Count++;
            return Task.CompletedTask;
        }
    }
}
