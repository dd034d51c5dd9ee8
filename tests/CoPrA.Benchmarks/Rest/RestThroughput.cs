using System.Globalization;
using CoPrA.Rest;
using CoPrA.Sandbox;

namespace CoPrA.Benchmarks.Rest;

/// <summary>
/// End-to-end REST throughput against the sandbox in this process on 127.0.0.1 (market maker
/// off): round trips per second at concurrency 1 and 32 of <see cref="RestClient"/> next to a bare
/// HttpClient sending the same requests (<see cref="BareHttpRoundTrips"/>), for a public endpoint
/// (ticker) and a signed one (accounts). RestClient keeps its default retries but its client-side
/// rate limiter is off: the limiter caps a client at Coinbase's published 10-15 requests per
/// second by design, which would measure the limit, not the client. Contenders alternate within
/// each repetition after a warm-up; medians are printed with the overhead of RestClient.
/// <c>dotnet run -c Release --project tests/CoPrA.Benchmarks -- rest-throughput [seconds per run] [repetitions]</c>
/// </summary>
internal static class RestThroughput
{
    public const string Command = "rest-throughput";
    private const string RestClientName = "RestClient";
    private const string BareParsedName = "HttpClient + parse";
    private const string BareBytesName = "HttpClient, bytes only";

    public static async Task<int> RunAsync(string[] args)
    {
        var window = TimeSpan.FromSeconds(args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 3);
        int repetitions = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;

        string loadBefore = MachineLoad.Describe();
        await using var sandbox = await SandboxExchange.StartAsync(new SandboxOptions { MarketMakerEnabled = false });
        using var client = new RestClient(new RestClientOptions
        {
            BaseUrl = sandbox.RestUrl,
            Credentials = sandbox.Credentials,
            RateLimits = { Enabled = false },
        });
        using var bare = new BareHttpRoundTrips(BareHttpRoundTrips.CreateHttpClient(), sandbox.RestUrl, sandbox.Credentials);

        var scenarios = new List<Scenario>();
        foreach (int concurrency in new[] { 1, 32 })
        {
            scenarios.Add(new Scenario("GET /products/BTC-USD/ticker (public)", concurrency,
            [
                new(RestClientName, ct => client.TickerAsync("BTC-USD", ct)),
                new(BareParsedName, bare.TickerAsync),
                new(BareBytesName, bare.TickerBytesAsync),
            ]));
            scenarios.Add(new Scenario("GET /accounts (signed)", concurrency,
            [
                new(RestClientName, ct => client.AccountsAsync(ct)),
                new(BareParsedName, bare.AccountsAsync),
                new(BareBytesName, bare.AccountsBytesAsync),
            ]));
        }

        Console.WriteLine(FormattableString.Invariant($"rest-throughput: sandbox at {sandbox.RestUrl} (market maker off), runs of {window.TotalSeconds:F1} s, {repetitions} repetitions, {Environment.ProcessorCount} cores, .NET {Environment.Version}, server GC: {System.Runtime.GCSettings.IsServerGC}"));
        Console.WriteLine($"load before: {loadBefore}");

        // Warm-up: JIT tiers, connection pools at full size, the sandbox's own caches.
        foreach (var scenario in scenarios)
        {
            foreach (var contender in scenario.Contenders)
            {
                await ThroughputMeter.MeasureAsync(contender.RoundTrip, scenario.Concurrency, window);
            }
        }

        for (int rep = 0; rep < repetitions; rep++)
        {
            foreach (var scenario in scenarios)
            {
                // Rotate the order so that no contender always runs first (or right after a GC-heavy one).
                for (int i = 0; i < scenario.Contenders.Length; i++)
                {
                    var contender = scenario.Contenders[(i + rep) % scenario.Contenders.Length];
                    contender.Results.Add(await ThroughputMeter.MeasureAsync(contender.RoundTrip, scenario.Concurrency, window));
                }

                Console.WriteLine(FormattableString.Invariant($"  run {rep + 1}, {scenario.Name}, concurrency {scenario.Concurrency}: ") +
                    string.Join("; ", scenario.Contenders.Select(c => FormattableString.Invariant($"{c.Name} {c.Results[^1].PerSecond:N0}/s"))));
            }
        }

        Console.WriteLine($"load after: {MachineLoad.Describe()}");
        Console.WriteLine();
        Console.WriteLine("Medians. Overhead = extra time per round trip of RestClient = baseline rate / RestClient rate - 1 (target: at most 10%).");
        Console.WriteLine("Allocations are per round trip for the whole process, the in-process sandbox included.");
        Console.WriteLine();
        Console.WriteLine($"| endpoint | concurrency | {RestClientName} rt/s | {BareParsedName} rt/s | {BareBytesName} rt/s | overhead vs + parse | overhead vs bytes only | B/rt {RestClientName} | B/rt {BareParsedName} | B/rt {BareBytesName} |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var scenario in scenarios)
        {
            var (rest, parsed, bytes) = (scenario.Contenders[0].Median(), scenario.Contenders[1].Median(), scenario.Contenders[2].Median());
            Console.WriteLine(FormattableString.Invariant(
                $"| {scenario.Name} | {scenario.Concurrency} | {rest.PerSecond:N0} | {parsed.PerSecond:N0} | {bytes.PerSecond:N0} | {Overhead(parsed, rest)} | {Overhead(bytes, rest)} | {rest.BytesPerRoundTrip:N0} | {parsed.BytesPerRoundTrip:N0} | {bytes.BytesPerRoundTrip:N0} |"));
        }

        return 0;
    }

    private static string Overhead(Throughput baseline, Throughput rest) =>
        string.Create(CultureInfo.InvariantCulture, $"{((baseline.PerSecond / rest.PerSecond) - 1) * 100:+0.0;-0.0}%");

    private sealed record Scenario(string Name, int Concurrency, Contender[] Contenders);

    private sealed record Contender(string Name, Func<CancellationToken, Task> RoundTrip)
    {
        public List<Throughput> Results { get; } = [];

        public Throughput Median()
        {
            var rates = Results.Select(r => r.PerSecond).Order().ToList();
            var bytes = Results.Select(r => r.BytesPerRoundTrip).Order().ToList();
            return new Throughput(rates[rates.Count / 2], bytes[bytes.Count / 2]);
        }
    }
}
