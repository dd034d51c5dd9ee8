using System.Text;
using BenchmarkDotNet.Attributes;
using CoPrA.Rest;

namespace CoPrA.Benchmarks.Rest;

/// <summary>
/// Building what goes on the wire for a limit order and for an orders listing, and a whole signed
/// limit-order request through RestClient (checks, body, signature, send, parse) answered from
/// memory, without the network.
/// </summary>
[MemoryDiagnoser]
public class RequestBuildingBenchmarks
{
    private RestClient _client = null!;

    [GlobalSetup]
    public void Setup() => _client = new RestClient(
        new RestClientOptions
        {
            BaseUrl = "http://127.0.0.1:8080",
            Credentials = new Credentials("d78735bba47a70e2b20a12f91a0e3627", "aVGe54dHHYUSudB3sJdcQx4BfQ6K5oVdcYv4eRtDN6fBHEQf5Go6BACew4G0iFjfLKJHmWY5ZEwlqxdslop4CA==", "passphrase"),
            RateLimits = { Enabled = false },
        },
        new HttpClient(new CannedResponseHandler(Encoding.UTF8.GetBytes(SampleJson.Order(0)), answerAsynchronously: false)));

    [GlobalCleanup]
    public void Cleanup() => _client.Dispose();

    [Benchmark(Description = "limit order body (JsonBody)")]
    public string LimitOrderBody()
    {
        using var body = new JsonBody()
            .Add("type", "limit")
            .Add("side", Side.Buy)
            .Add("product_id", "BTC-USD")
            .Add("price", 90123.45m)
            .Add("size", 0.015m)
            .Add("time_in_force", TimeInForce.GoodTillCancelled)
            .Add("post_only", false)
            .Add("stp", SelfTradePrevention.DecreaseAndCancel)
            .AddIfPresent("client_oid", "8f3b1c3e-6e0b-4a4f-9d5e-2b1f0c9a7d11");
        return body.Build();
    }

    [Benchmark(Description = "limit order, whole request (RestClient.LimitOrderAsync, answer from memory)")]
    public Task<Order> LimitOrderRequest() =>
        _client.LimitOrderAsync(Side.Buy, "BTC-USD", 90123.45m, 0.015m, clientOid: "8f3b1c3e-6e0b-4a4f-9d5e-2b1f0c9a7d11");

    [Benchmark(Description = "orders query string (QueryBuilder)")]
    public string OrdersQuery() =>
        new QueryBuilder().AddPaging(100, null, "2026-11-22T10:00:00.123456Z").Add("status", "open").Add("status", "pending").AddIfPresent("product_id", "BTC-USD").ToString();
}
