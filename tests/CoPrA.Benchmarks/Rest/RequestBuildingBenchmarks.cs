using System.Text;
using System.Text.Json.Nodes;
using CoPrA.AdvancedTrade;
using BenchmarkDotNet.Attributes;
using CoPrA.Rest;

namespace CoPrA.Benchmarks.Rest;

/// <summary>
/// Building what goes on the wire for a limit order and for an orders listing, and a whole signed
/// limit-order request through RestClient (checks, body, signature, send, parse) answered from
/// memory, without the network; and the bodies that once took other paths than JsonBody: nested
/// request records, a base verb's JsonObject and an Advanced Trade order.
/// </summary>
[MemoryDiagnoser]
public class RequestBuildingBenchmarks
{
    private static readonly TravelRuleData TravelRule = new("Alice Smith", "Bob Jones")
    {
        OriginatorAddress = new StreetAddress { Address1 = "1 Main St", City = "Springfield", Country = "US" },
        OriginatorDateOfBirth = new DateOnly(1980, 1, 2),
        IsSelf = false,
        AttestVerifiedWalletOwnership = true,
    };

    private static readonly JsonObject BaseVerbData = new() { ["product_id"] = "BTC-USD", ["size"] = "0.015", ["post_only"] = false };

    private static readonly CreateOrderRequest AdvancedTradeOrder = new()
    {
        ClientOrderId = "8f3b1c3e6e0b4a4f9d5e2b1f0c9a7d11",
        ProductId = "BTC-USD",
        Side = OrderSide.Buy,
        OrderConfiguration = OrderConfiguration.LimitGtc(90123.45m, baseSize: 0.015m, postOnly: true),
    };

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

    [Benchmark(Description = "crypto withdrawal body with travel-rule data (nested records)")]
    public string TravelRuleWithdrawalBody()
    {
        using var body = new JsonBody().Add("amount", 1.5m).Add("currency", "ETH").Add("crypto_address", "0xabc")
            .AddIfPresent("travel_rule_data", TravelRule);
        return body.Build();
    }

    [Benchmark(Description = "base verb body from a JsonObject (3 members)")]
    public string BaseVerbBody() => JsonBody.Of(BaseVerbData);

    [Benchmark(Description = "Advanced Trade limit order body (create_order)")]
    public string AdvancedTradeOrderBody() => JsonBody.Of(AdvancedTradeOrder);
}
