using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Runtime;
using System.Runtime.InteropServices;
using CoPrA.Sandbox;
using CoPrA.WebSocket;

namespace CoPrA.Soak;

/// <summary>
/// One soak: an in-process sandbox with its market maker trading, one WebSocket client on
/// <c>full</c> and <c>heartbeat</c> for BTC-USD, and the sandbox streaming ETH-USD tickers to it in
/// batches of <see cref="SoakOptions.DropEvery"/>. After each batch has been received whole, the
/// feed is dropped (a TCP abort and a close 1001 in turn; every fifth drop also refuses the next
/// two handshakes) and the next batch waits for the client to reconnect and resubscribe. Memory
/// is sampled after full collections at the start, after the first batch (the baseline: pools and
/// JIT are warm by then), every <see cref="SoakOptions.ReportEvery"/> messages and at the end.
/// </summary>
internal sealed class SoakRun(SoakOptions options, TextWriter output)
{
    private const string StreamProduct = "ETH-USD";
    private const string WatchedProduct = "BTC-USD";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    /// <summary>Runs the soak; returns the process exit code (0 success, 1 failure).</summary>
    public async Task<int> RunAsync()
    {
        PrintMachine();
        await using var sandbox = await SandboxExchange.StartAsync(new SandboxOptions { MarketMakerEnabled = true });
        var controls = sandbox.Controls;
        await using var client = new SoakClient(
            StreamProduct,
            [new Channel("full", WatchedProduct), new Channel("heartbeat", WatchedProduct)],
            new WebSocketClientOptions
            {
                FeedUrl = sandbox.FeedUrl,
                Credentials = sandbox.Credentials,
                ReconnectDelay = TimeSpan.FromMilliseconds(100),
                MaxReconnectDelay = TimeSpan.FromSeconds(2),
                Name = "soak",
            });

        var subscribed = controls.NextSubscribeAsync();
        await client.ConnectAsync().WaitAsync(Patience);
        await subscribed.WaitAsync(Patience);
        var start = MemorySample.Take();
        Print("start", client, TimeSpan.Zero, start);

        var clock = Stopwatch.StartNew();
        MemorySample? baseline = null;
        long streamed = 0;
        long nextReport = options.ReportEvery;
        int forcedDrops = 0;
        while (streamed < options.Messages)
        {
            int batch = (int)Math.Min(options.DropEvery, options.Messages - streamed);
            var sending = controls.StreamMessagesAsync(batch, StreamProduct);
            streamed += batch;
            try
            {
                await client.WaitForStreamedAsync(streamed).WaitAsync(Patience);
                await sending.WaitAsync(Patience);
            }
            catch (TimeoutException)
            {
                output.WriteLine($"FAILED: {client.Streamed:N0} of the {streamed:N0} messages streamed so far arrived within {Patience.TotalSeconds:F0} s.");
                return 1;
            }

            if (baseline is null)
            {
                baseline = MemorySample.Take();
                Print("baseline", client, clock.Elapsed, baseline.Value);
            }

            if (streamed >= nextReport && streamed < options.Messages)
            {
                Print("progress", client, clock.Elapsed, MemorySample.Take());
                nextReport = (streamed / options.ReportEvery + 1) * options.ReportEvery;
            }

            if (streamed < options.Messages)
            {
                await DropAndAwaitResubscribeAsync(controls, ++forcedDrops);
            }
        }

        var elapsed = clock.Elapsed;
        var end = MemorySample.Take();
        Print("end", client, elapsed, end);
        int verdict = Verdict(client, forcedDrops, elapsed, baseline!.Value, end);
        await client.CloseAsync().WaitAsync(Patience);
        return verdict;
    }

    private static async Task DropAndAwaitResubscribeAsync(SandboxControls controls, int drop)
    {
        var resubscribed = controls.NextSubscribeAsync();
        if (drop % 5 == 0)
        {
            controls.RefuseNextHandshakes(2, HttpStatusCode.ServiceUnavailable);
        }

        if (drop % 2 == 1)
        {
            controls.AbortFeedConnections();
        }
        else
        {
            await controls.CloseFeedConnectionsAsync().WaitAsync(Patience);
        }

        await resubscribed.WaitAsync(Patience);
        await controls.WaitForFeedConnectionsAsync(1).WaitAsync(Patience);
    }

    private int Verdict(SoakClient client, int forcedDrops, TimeSpan elapsed, MemorySample baseline, MemorySample end)
    {
        double growthMb = MemorySample.Megabytes(end.LiveBytes - baseline.LiveBytes);
        output.WriteLine();
        output.WriteLine(Invariant($"messages received   {client.Streamed + client.Other:N0} ({client.Streamed:N0} streamed of {options.Messages:N0} expected, {client.Other:N0} others)"));
        output.WriteLine(Invariant($"gaps reported       {client.Gaps:N0} ({client.Missed:N0} messages missed while disconnected)"));
        output.WriteLine(Invariant($"reconnects          {client.Opens - 1:N0} after {forcedDrops:N0} forced drops ({client.Drops:N0} aborts seen, {client.CleanCloses:N0} closes seen)"));
        output.WriteLine(Invariant($"elapsed             {elapsed.TotalSeconds:F1} s, {client.Streamed / elapsed.TotalSeconds:N0} messages/s"));
        output.WriteLine(Invariant($"live memory growth  {growthMb:F1} MB from the baseline (bound {options.MaxGrowthMegabytes} MB)"));

        var failures = new List<string>();
        if (client.Streamed != options.Messages)
        {
            failures.Add(Invariant($"{client.Streamed:N0} streamed messages arrived, {options.Messages:N0} expected"));
        }

        if (client.Opens - 1 != forcedDrops)
        {
            failures.Add(Invariant($"{client.Opens - 1} reconnects after {forcedDrops} drops"));
        }

        if (growthMb > options.MaxGrowthMegabytes)
        {
            failures.Add(Invariant($"live memory grew {growthMb:F1} MB, over the {options.MaxGrowthMegabytes} MB bound"));
        }

        output.WriteLine(failures.Count == 0 ? "PASSED" : "FAILED: " + string.Join("; ", failures));
        return failures.Count == 0 ? 0 : 1;
    }

    private void PrintMachine()
    {
        output.WriteLine(Invariant($"CoPrA soak: {options.Messages:N0} messages, drop every {options.DropEvery:N0} (abort and close 1001 in turn; every 5th drop refuses 2 handshakes)"));
        output.WriteLine(Invariant($"machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC{(Debugger.IsAttached ? ", debugger attached" : "")}"));
        output.WriteLine();
        output.WriteLine("stage        streamed     others  gaps  reconnects  elapsed    msg/s    memory");
    }

    private void Print(string stage, SoakClient client, TimeSpan elapsed, MemorySample memory)
    {
        double rate = elapsed > TimeSpan.Zero ? client.Streamed / elapsed.TotalSeconds : 0;
        output.WriteLine(Invariant($"{stage,-9} {client.Streamed,11:N0} {client.Other,10:N0} {client.Gaps,5:N0} {client.Opens - 1,11:N0} {elapsed.TotalSeconds,7:F1} s {rate,8:N0}    {memory}"));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
