using System.Text;
using BenchmarkDotNet.Attributes;
using CoPrA.Rest;

namespace CoPrA.Benchmarks.Rest;

/// <summary>
/// What RestClient costs per call beyond a bare HttpClient sending the same request and parsing the
/// same answer (<see cref="BareHttpRoundTrips"/>), with the network taken away: both send through
/// a handler that answers from memory, either at once or after a yield to the thread pool (as a
/// socket would, so that every async method on the way suspends and allocates its state). RestClient
/// runs with its defaults (retries on, no-cache on) except the rate limiter, as in the
/// rest-throughput driver.
/// </summary>
[MemoryDiagnoser]
public class RestClientOverheadBenchmarks
{
    private RestClient _client = null!;
    private BareHttpRoundTrips _bare = null!;
    private RestClient _accountsClient = null!;
    private BareHttpRoundTrips _accountsBare = null!;

    /// <summary>Whether the answer arrives later (as from a socket) or at once.</summary>
    [Params(false, true)]
    public bool AnswerAsynchronously { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var credentials = new Credentials("d78735bba47a70e2b20a12f91a0e3627", "aVGe54dHHYUSudB3sJdcQx4BfQ6K5oVdcYv4eRtDN6fBHEQf5Go6BACew4G0iFjfLKJHmWY5ZEwlqxdslop4CA==", "passphrase");
        byte[] ticker = Encoding.UTF8.GetBytes(SampleJson.Ticker);
        byte[] accounts = Encoding.UTF8.GetBytes(AccountsJson());
        _client = Client(ticker, credentials);
        _bare = new BareHttpRoundTrips(new HttpClient(new CannedResponseHandler(ticker, AnswerAsynchronously)), "http://127.0.0.1:8080", credentials);
        _accountsClient = Client(accounts, credentials);
        _accountsBare = new BareHttpRoundTrips(new HttpClient(new CannedResponseHandler(accounts, AnswerAsynchronously)), "http://127.0.0.1:8080", credentials);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _bare.Dispose();
        _accountsClient.Dispose();
        _accountsBare.Dispose();
    }

    [Benchmark(Description = "ticker: bare HttpClient + parse", Baseline = true)]
    public Task<ProductTicker> BareTicker() => _bare.TickerAsync(CancellationToken.None);

    [Benchmark(Description = "ticker: RestClient.TickerAsync")]
    public Task<ProductTicker> RestClientTicker() => _client.TickerAsync("BTC-USD");

    [Benchmark(Description = "accounts (signed): bare HttpClient + sign + parse")]
    public Task<List<Account>> BareAccounts() => _accountsBare.AccountsAsync(CancellationToken.None);

    [Benchmark(Description = "accounts (signed): RestClient.AccountsAsync")]
    public Task<IReadOnlyList<Account>> RestClientAccounts() => _accountsClient.AccountsAsync();

    private RestClient Client(byte[] body, Credentials credentials) => new(
        new RestClientOptions { BaseUrl = "http://127.0.0.1:8080", Credentials = credentials, RateLimits = { Enabled = false } },
        new HttpClient(new CannedResponseHandler(body, AnswerAsynchronously)));

    /// <summary>Five accounts, as the sandbox's default key has.</summary>
    private static string AccountsJson() => "[" + string.Join(',', new[] { "USD", "USDC", "BTC", "ETH", "LTC" }.Select((currency, i) =>
        $$"""{"id":"{{new Guid(i + 1, 0, 0, new byte[8])}}","currency":"{{currency}}","balance":"100000.0000000000000000","hold":"0.0000000000000000","available":"100000.0000000000000000","profile_id":"8058d771-2d88-4f0f-ab6e-299c153d4308","trading_enabled":true,"pending_deposit":"0.0000000000000000","display_name":null}""")) + "]";
}
