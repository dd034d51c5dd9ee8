using BenchmarkDotNet.Attributes;
using CoPrA.Books;

namespace CoPrA.Benchmarks.Books;

/// <summary>
/// Applying feed updates to books of 50k levels. Updates land near the top of the book, as live
/// traffic does. Target: a level-2 update under 200 ns. Each benchmark leaves the book as it found
/// it (level-2 levels near the top come and go; level-3 orders open and leave again).
/// </summary>
[MemoryDiagnoser]
public class BookUpdateBenchmarks
{
    private const int Levels = 25_000;
    private const int Updates = 1024;
    private readonly Level2OrderBook _level2 = new("BTC-USD");
    private readonly Level3OrderBook _level3 = new("BTC-USD");
    private (Side Side, decimal Price, decimal Size)[] _updates = [];
    private long _sequence;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _level2.ApplySnapshot(
            Enumerable.Range(0, Levels).Select(i => new PriceLevel(90000m - (i * 0.01m), 1m)),
            Enumerable.Range(0, Levels).Select(i => new PriceLevel(90000.01m + (i * 0.01m), 1m)));
        _level3.LoadSnapshot(1, Enumerable.Range(0, Levels).SelectMany(i => new[]
        {
            new RestingOrder($"b{i}", Side.Buy, 90000m - (i * 0.01m), 1m),
            new RestingOrder($"a{i}", Side.Sell, 90000.01m + (i * 0.01m), 1m),
        }));
        _sequence = 1;

        var random = new Random(42);
        _updates = Enumerable.Range(0, Updates).Select(_ =>
        {
            var side = random.Next(2) == 0 ? Side.Buy : Side.Sell;
            int offset = random.Next(0, 50);
            decimal price = side == Side.Buy ? 90000m - (offset * 0.01m) : 90000.01m + (offset * 0.01m);
            decimal size = random.Next(5) == 0 ? 0m : random.Next(1, 1000) / 100m;
            return (side, price, size);
        }).ToArray();
    }

    [Benchmark(Description = "level-2 update (50k-level book, near the top)")]
    public bool Level2Update()
    {
        var (side, price, size) = _updates[_next++ & (Updates - 1)];
        return _level2.ApplyUpdate(side, price, size);
    }

    [Benchmark(Description = "level-3 open + done (50k orders)")]
    public SequenceCheck Level3OpenDone()
    {
        var (side, price, size) = _updates[_next++ & (Updates - 1)];
        _level3.Open(++_sequence, "bench", side, price, size + 0.01m);
        return _level3.Done(++_sequence, "bench");
    }

    /// <summary>One order's whole life, so that the book is the same after each call; reported per message.</summary>
    [Benchmark(OperationsPerInvoke = 4, Description = "level-3 message (open, change, match, done; per message)")]
    public SequenceCheck Level3Message()
    {
        var (side, price, size) = _updates[_next++ & (Updates - 1)];
        _level3.Open(++_sequence, "cycle", side, price, size + 0.03m);
        _level3.Change(++_sequence, "cycle", size + 0.02m);
        _level3.Match(++_sequence, "cycle", 0.01m);
        return _level3.Done(++_sequence, "cycle");
    }
}
