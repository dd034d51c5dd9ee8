using System.Diagnostics;

namespace CoPrA.Benchmarks.Rest;

/// <summary>
/// Runs a round trip in a closed loop on a number of concurrent workers for a fixed window and
/// reports completed round trips per second and bytes allocated per round trip (whole process).
/// </summary>
internal static class ThroughputMeter
{
    public static async Task<Throughput> MeasureAsync(Func<CancellationToken, Task> roundTrip, int concurrency, TimeSpan window)
    {
        using var stop = new CancellationTokenSource();
        long completed = 0;
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        long started = Stopwatch.GetTimestamp();
        var workers = new Task[concurrency];
        for (int i = 0; i < concurrency; i++)
        {
            workers[i] = Task.Run(async () =>
            {
                long mine = 0;

                // The stop token is checked between round trips only: a round trip in flight
                // completes and counts, and the clock stops when the last one is done.
                while (!stop.IsCancellationRequested)
                {
                    await roundTrip(CancellationToken.None).ConfigureAwait(false);
                    mine++;
                }

                Interlocked.Add(ref completed, mine);
            });
        }

        stop.CancelAfter(window);
        await Task.WhenAll(workers).ConfigureAwait(false);
        var elapsed = Stopwatch.GetElapsedTime(started);
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        return new Throughput(completed / elapsed.TotalSeconds, (double)allocated / completed);
    }
}

/// <summary>One measurement: round trips per second and bytes allocated per round trip.</summary>
internal readonly record struct Throughput(double PerSecond, double BytesPerRoundTrip);
