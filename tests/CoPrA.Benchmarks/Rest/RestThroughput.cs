using System.Globalization;
using CoPrA.AdvancedTrade;
using CoPrA.Rest;
using CoPrA.Sandbox;

namespace CoPrA.Benchmarks.Rest;

/// <summary>
/// End-to-end REST throughput against the sandbox in this process on 127.0.0.1 (market maker
/// off): round trips per second at concurrency 1 and 32 of <see cref="RestClient"/> and
/// <see cref="AdvancedTradeClient"/> next to a bare HttpClient sending the same requests
/// (<see cref="BareHttpRoundTrips"/>, <see cref="BareAdvancedTradeRoundTrips"/>), for a public
/// endpoint (ticker; one product on Advanced Trade) and a signed one (accounts, HMAC or JWT). The
/// clients keep their default retries but their client-side rate limiters are off: the limiter caps a client at Coinbase's published 10-15 requests per
/// second by design, which would measure the limit, not the client. Contenders alternate within
/// each repetition after a warm-up; medians are printed with the overhead of RestClient, in wall
/// time and in CPU time per round trip (the latter is what other work on a shared machine
/// disturbs least).
/// <c>dotnet run -c Release --project tests/CoPrA.Benchmarks -- rest-throughput [seconds per run] [repetitions] [exchange|advanced-trade|both]</c>
/// </summary>
internal static class RestThroughput
{
    public const string Command = "rest-throughput";
    private const string ClientName = "client";
    private const string BareParsedName = "HttpClient + parse";
    private const string BareBytesName = "HttpClient, bytes only";

    public static async Task<int> RunAsync(string[] args)
    {
        var window = TimeSpan.FromSeconds(args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 2);
        int repetitions = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 9;
        string family = args.Length > 2 ? args[2] : "both";
        bool exchange = family is "exchange" or "both";
        bool advancedTrade = family is "advanced-trade" or "both";

        string loadBefore = MachineLoad.Describe();
        await using var sandbox = await SandboxExchange.StartAsync(new SandboxOptions { MarketMakerEnabled = false });
        using var client = new RestClient(new RestClientOptions
        {
            BaseUrl = sandbox.RestUrl,
            Credentials = sandbox.Credentials,
            RateLimits = { Enabled = false },
        });
        using var bare = new BareHttpRoundTrips(BareHttpRoundTrips.CreateHttpClient(), sandbox.RestUrl, sandbox.Credentials);
        var apiKey = new CdpApiKey(sandbox.AdvancedTradeKeyName, sandbox.AdvancedTradeEcdsaKeyPem);
        using var advanced = new AdvancedTradeClient(new AdvancedTradeClientOptions
        {
            BaseUrl = sandbox.RestUrl,
            ApiKey = apiKey,
            RateLimits = { Enabled = false },
        });
        using var bareAdvanced = new BareAdvancedTradeRoundTrips(BareHttpRoundTrips.CreateHttpClient(), sandbox.RestUrl, apiKey);

        var scenarios = new List<Scenario>();
        foreach (int concurrency in new[] { 1, 32 })
        {
            if (exchange)
            {
                scenarios.Add(new Scenario("RestClient: GET /products/BTC-USD/ticker (public)", concurrency,
                [
                    new(ClientName, ct => client.TickerAsync("BTC-USD", ct)),
                    new(BareParsedName, bare.TickerAsync),
                    new(BareBytesName, bare.TickerBytesAsync),
                ]));
                scenarios.Add(new Scenario("RestClient: GET /accounts (HMAC)", concurrency,
                [
                    new(ClientName, ct => client.AccountsAsync(ct)),
                    new(BareParsedName, bare.AccountsAsync),
                    new(BareBytesName, bare.AccountsBytesAsync),
                ]));
            }

            if (advancedTrade)
            {
                scenarios.Add(new Scenario("AdvancedTradeClient: GET /market/products/BTC-USD (public, JWT)", concurrency,
                [
                    new(ClientName, ct => advanced.GetPublicProductAsync("BTC-USD", ct)),
                    new(BareParsedName, bareAdvanced.ProductAsync),
                    new(BareBytesName, bareAdvanced.ProductBytesAsync),
                ]));
                scenarios.Add(new Scenario("AdvancedTradeClient: GET /accounts (JWT)", concurrency,
                [
                    new(ClientName, ct => advanced.GetAccountsAsync(cancellationToken: ct)),
                    new(BareParsedName, bareAdvanced.AccountsAsync),
                    new(BareBytesName, bareAdvanced.AccountsBytesAsync),
                ]));
            }
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
                    string.Join("; ", scenario.Contenders.Select(c => FormattableString.Invariant($"{c.Name} {c.Results[^1].PerSecond:N0}/s ({c.Results[^1].CpuMicrosecondsPerRoundTrip:F1} µs CPU)"))));
            }
        }

        Console.WriteLine($"load after: {MachineLoad.Describe()}");
        Console.WriteLine();
        Console.WriteLine("Medians over the repetitions. Overhead = median over repetitions of (baseline / client - 1), the two measured");
        Console.WriteLine("back to back in each repetition: for rates, the extra wall time per round trip; for CPU, the extra CPU time.");
        Console.WriteLine("CPU time and allocations are per round trip for the whole process, the in-process sandbox included. Target: at most 10%.");
        Console.WriteLine();
        Console.WriteLine($"| endpoint | concurrency | {ClientName} rt/s | {BareParsedName} rt/s | {BareBytesName} rt/s | overhead vs + parse | overhead vs bytes only |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var scenario in scenarios)
        {
            var (rest, parsed, bytes) = (scenario.Contenders[0], scenario.Contenders[1], scenario.Contenders[2]);
            Console.WriteLine(FormattableString.Invariant(
                $"| {scenario.Name} | {scenario.Concurrency} | {rest.Median(r => r.PerSecond):N0} | {parsed.Median(r => r.PerSecond):N0} | {bytes.Median(r => r.PerSecond):N0} | {Overhead(parsed, rest, r => 1 / r.PerSecond)} | {Overhead(bytes, rest, r => 1 / r.PerSecond)} |"));
        }

        Console.WriteLine();
        Console.WriteLine($"| endpoint | concurrency | CPU µs/rt {ClientName} | CPU µs/rt {BareParsedName} | CPU µs/rt {BareBytesName} | CPU overhead vs + parse | CPU overhead vs bytes only | B/rt {ClientName} | B/rt {BareParsedName} | B/rt {BareBytesName} |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var scenario in scenarios)
        {
            var (rest, parsed, bytes) = (scenario.Contenders[0], scenario.Contenders[1], scenario.Contenders[2]);
            Console.WriteLine(FormattableString.Invariant(
                $"| {scenario.Name} | {scenario.Concurrency} | {rest.Median(r => r.CpuMicrosecondsPerRoundTrip):F1} | {parsed.Median(r => r.CpuMicrosecondsPerRoundTrip):F1} | {bytes.Median(r => r.CpuMicrosecondsPerRoundTrip):F1} | {Overhead(parsed, rest, r => r.CpuMicrosecondsPerRoundTrip)} | {Overhead(bytes, rest, r => r.CpuMicrosecondsPerRoundTrip)} | {rest.Median(r => r.BytesPerRoundTrip):N0} | {parsed.Median(r => r.BytesPerRoundTrip):N0} | {bytes.Median(r => r.BytesPerRoundTrip):N0} |"));
        }

        return 0;
    }

    /// <summary>
    /// The median over repetitions of the client's cost over the baseline's, each repetition's pair
    /// measured back to back, so that a change of load between repetitions cancels out.
    /// </summary>
    private static string Overhead(Contender baseline, Contender rest, Func<Throughput, double> costPerRoundTrip)
    {
        var ratios = baseline.Results.Zip(rest.Results, (b, r) => (costPerRoundTrip(r) / costPerRoundTrip(b)) - 1).ToList();
        return string.Create(CultureInfo.InvariantCulture, $"{Median(ratios) * 100:+0.0;-0.0}%");
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values.Count % 2 == 1 ? values[values.Count / 2] : (values[(values.Count / 2) - 1] + values[values.Count / 2]) / 2;
    }

    private sealed record Scenario(string Name, int Concurrency, Contender[] Contenders);

    private sealed record Contender(string Name, Func<CancellationToken, Task> RoundTrip)
    {
        public List<Throughput> Results { get; } = [];

        public double Median(Func<Throughput, double> figure) => RestThroughput.Median(Results.Select(figure).ToList());
    }
}
