using System.Globalization;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;

namespace CoPrA.Benchmarks.Rest;

/// <summary>Parsing realistic responses: a ticker, a 1000-order page, the products list, a 50k-level book.</summary>
[MemoryDiagnoser]
public class ResponseParsingBenchmarks
{
    private byte[] _ticker = [];
    private byte[] _orders = [];
    private byte[] _products = [];
    private byte[] _book = [];

    [GlobalSetup]
    public void Setup()
    {
        _ticker = Encoding.UTF8.GetBytes(SampleJson.Ticker);
        _orders = Encoding.UTF8.GetBytes(SampleJson.OrdersPage(1000));
        _products = Encoding.UTF8.GetBytes(SampleJson.Products(300));
        _book = Encoding.UTF8.GetBytes(SampleJson.Level2Book(25_000));
    }

    [Benchmark(Description = "ticker (GET /products/{id}/ticker)")]
    public decimal Ticker() => JsonSerializer.Deserialize(_ticker, CoPrAJsonContext.Default.ProductTicker)!.Price;

    [Benchmark(Description = "ticker into a settable mirror type (no init-only properties)")]
    public decimal SettableTickerParse() => JsonSerializer.Deserialize(_ticker, SettableTickerContext.Default.SettableTicker)!.Price;

    [Benchmark(Description = "orders page, 1000 orders")]
    public int OrdersPage() => JsonSerializer.Deserialize(_orders, CoPrAJsonContext.Default.ListOrder)!.Count;

    [Benchmark(Description = "products list, 300 products")]
    public int Products() => JsonSerializer.Deserialize(_products, CoPrAJsonContext.Default.ListProduct)!.Count;

    [Benchmark(Description = "level-2 book, 50k levels")]
    public int Level2Book() => JsonSerializer.Deserialize(_book, CoPrAJsonContext.Default.OrderBook)!.Bids.Count;
}

/// <summary>Realistic response bodies, shaped like Coinbase's.</summary>
internal static class SampleJson
{
    /// <summary>A REST ticker as Coinbase sends it today.</summary>
    public const string Ticker = """{"ask":"90123.46","bid":"90123.44","volume":"15216.92031521","trade_id":86326522,"price":"90123.45","size":"0.00698254","time":"2026-11-22T10:00:00.123456Z","rfq_volume":"12.3400000","conversions_volume":"0.0000000"}""";

    public static string OrdersPage(int count)
    {
        var json = new StringBuilder("[");
        for (int i = 0; i < count; i++)
        {
            json.Append(i == 0 ? "" : ",").Append(Order(i));
        }

        return json.Append(']').ToString();
    }

    /// <summary>An open limit order as <c>GET /orders</c> lists it.</summary>
    public static string Order(int i) => string.Create(CultureInfo.InvariantCulture, $$"""
        {"id":"{{Guid.NewGuid()}}","price":"{{90000 + i}}.12000000","size":"0.01500000","product_id":"BTC-USD","profile_id":"8058d771-2d88-4f0f-ab6e-299c153d4308","side":"buy","type":"limit","time_in_force":"GTC","post_only":false,"created_at":"2026-11-22T10:00:00.123456Z","fill_fees":"0.0000000000000000","filled_size":"0.00000000","executed_value":"0.0000000000000000","status":"open","settled":false,"stp":"dc"}
        """);

    public static string Products(int count)
    {
        var json = new StringBuilder("[");
        for (int i = 0; i < count; i++)
        {
            json.Append(i == 0 ? "" : ",").Append(CultureInfo.InvariantCulture, $$"""
                {"id":"C{{i}}-USD","base_currency":"C{{i}}","quote_currency":"USD","quote_increment":"0.01000000","base_increment":"0.00000001","display_name":"C{{i}}/USD","min_market_funds":"1","margin_enabled":false,"post_only":false,"limit_only":false,"cancel_only":false,"status":"online","status_message":"","trading_disabled":false,"fx_stablecoin":false,"max_slippage_percentage":"0.02000000","auction_mode":false,"high_bid_limit_percentage":""}
                """);
        }

        return json.Append(']').ToString();
    }

    /// <summary>A level-2 book with <paramref name="levelsPerSide"/> bids and as many asks.</summary>
    public static string Level2Book(int levelsPerSide)
    {
        var json = new StringBuilder("""{"sequence":37475248783,"time":"2026-11-22T10:00:00.123456Z","bids":[""");
        for (int i = 0; i < levelsPerSide; i++)
        {
            json.Append(i == 0 ? "" : ",").Append(CultureInfo.InvariantCulture, $"[\"{90000m - (i * 0.01m)}\",\"{0.001m + i % 97}\",{1 + i % 5}]");
        }

        json.Append("],\"asks\":[");
        for (int i = 0; i < levelsPerSide; i++)
        {
            json.Append(i == 0 ? "" : ",").Append(CultureInfo.InvariantCulture, $"[\"{90000.01m + (i * 0.01m)}\",\"{0.001m + i % 89}\",{1 + i % 3}]");
        }

        return json.Append("]}").ToString();
    }
}
