using BenchmarkDotNet.Attributes;
using CoPrA.Rest;

namespace CoPrA.Benchmarks.Rest;

/// <summary>Building what goes on the wire for a limit order and for an orders listing.</summary>
[MemoryDiagnoser]
public class RequestBuildingBenchmarks
{
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

    [Benchmark(Description = "orders query string (QueryBuilder)")]
    public string OrdersQuery() =>
        new QueryBuilder().AddPaging(100, null, "2026-11-22T10:00:00.123456Z").Add("status", "open").Add("status", "pending").AddIfPresent("product_id", "BTC-USD").ToString();
}
