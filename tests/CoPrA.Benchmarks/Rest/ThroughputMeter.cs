using System.Diagnostics;

namespace CoPrA.Benchmarks.Rest;

/// <summary>
/// Runs a round trip in a closed loop on a number of concurrent workers for a fixed window and
/// reports completed round trips per second, and per round trip the process's CPU time and bytes
/// allocated (whole process: client, server and runtime). CPU time per round trip is the figure
/// that other work on a shared machine disturbs least.
/// </summary>
internal static class ThroughputMeter
{
    public static async Task<Throughput> MeasureAsync(Func<CancellationToken, Task> roundTrip, int concurrency, TimeSpan window)
    {
        using var stop = new CancellationTokenSource();
        long completed = 0;
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
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
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        return new Throughput(completed / elapsed.TotalSeconds, cpu.TotalMicroseconds / completed, (double)allocated / completed);
    }
}

/// <summary>One measurement: round trips per second; CPU microseconds and bytes allocated per round trip.</summary>
internal readonly record struct Throughput(double PerSecond, double CpuMicrosecondsPerRoundTrip, double BytesPerRoundTrip);
