using System.Globalization;
using System.Text;

namespace CoPrA.Benchmarks.Feed;

/// <summary>Realistic feed messages: distinct tickers for the throughput run, and one sample per type for the parse suite.</summary>
internal static class FeedCorpus
{
    /// <summary>One documented sample per message type.</summary>
    public static readonly IReadOnlyDictionary<string, string> Samples = new Dictionary<string, string>
    {
        ["heartbeat"] = """{"type":"heartbeat","sequence":90,"last_trade_id":20,"product_id":"BTC-USD","time":"2014-11-07T08:19:28.464459Z"}""",
        ["ticker"] = """{"type":"ticker","sequence":37475248783,"product_id":"ETH-USD","price":"1285.22","open_24h":"1310.79","volume_24h":"245532.79269678","low_24h":"1280.52","high_24h":"1313.8","volume_30d":"9788783.60117027","best_bid":"1285.04","best_bid_size":"0.46688654","best_ask":"1285.27","best_ask_size":"1.56637040","side":"buy","time":"2022-10-19T23:28:22.061769Z","trade_id":370843401,"last_size":"11.4396987"}""",
        ["snapshot"] = """{"type":"snapshot","product_id":"BTC-USD","bids":[["10101.10","0.45054140"],["10101.00","1.2"],["10100.50","3.1"]],"asks":[["10102.55","0.57753524"],["10102.60","2.0"],["10103.00","0.01"]]}""",
        ["l2update"] = """{"type":"l2update","product_id":"BTC-USD","time":"2022-08-04T15:25:05.010758Z","changes":[["buy","22356.270000","0.00000000"],["buy","22356.300000","1.00000000"]]}""",
        ["received"] = """{"type":"received","time":"2014-11-07T08:19:27.028459Z","product_id":"BTC-USD","sequence":10,"order_id":"d50ec984-77a8-460a-b958-66f114b0de9b","size":"1.34","price":"502.1","side":"buy","order_type":"limit","client_oid":"d50ec974-76a2-454b-66f135b1ea8c"}""",
        ["open"] = """{"type":"open","time":"2014-11-07T08:19:27.028459Z","product_id":"BTC-USD","sequence":10,"order_id":"d50ec984-77a8-460a-b958-66f114b0de9b","price":"200.2","remaining_size":"1.00","side":"sell"}""",
        ["done"] = """{"type":"done","time":"2014-11-07T08:19:27.028459Z","product_id":"BTC-USD","sequence":10,"price":"200.2","order_id":"d50ec984-77a8-460a-b958-66f114b0de9b","reason":"filled","side":"sell","remaining_size":"0"}""",
        ["match"] = """{"type":"match","trade_id":10,"sequence":50,"maker_order_id":"ac928c66-ca53-498f-9c13-a110027a60e8","taker_order_id":"132fb6ae-456b-4654-b4e0-d681ac05cea1","time":"2014-11-07T08:19:27.028459Z","product_id":"BTC-USD","size":"5.23512","price":"400.23","side":"sell"}""",
        ["change"] = """{"type":"change","reason":"STP","time":"2014-11-07T08:19:27.028459Z","sequence":80,"order_id":"ac928c66-ca53-498f-9c13-a110027a60e8","side":"sell","product_id":"BTC-USD","old_size":"12.234412","new_size":"5.23512","price":"400.23"}""",
        ["activate"] = """{"type":"activate","product_id":"BTC-USD","timestamp":"1483736448.299000","user_id":"12","profile_id":"30000727-d308-cf50-7b1c-c06deb1934fc","order_id":"7b52009b-64fd-0a2a-49e6-d8a939753077","stop_type":"entry","side":"buy","stop_price":"80","size":"2","funds":"50","private":true}""",
        ["subscriptions"] = """{"type":"subscriptions","channels":[{"name":"ticker","product_ids":["ETH-USD","BTC-USD"]},{"name":"heartbeat","product_ids":["BTC-USD"]}]}""",
        ["error"] = """{"type":"error","message":"Failed to subscribe","reason":"BTC-USDX is not a valid product"}""",
        ["unknown"] = """{"type":"auction","product_id":"LTC-USD","sequence":3262786978,"auction_state":"collection","best_bid_price":"333.98","best_bid_size":"4.39088265"}""",
    };

    /// <summary><paramref name="count"/> distinct ticker messages shaped like the exchange's (exchange-api.md §5.4).</summary>
    public static byte[][] Tickers(int count)
    {
        var random = new Random(42);
        var start = new DateTime(2022, 10, 19, 23, 28, 22, DateTimeKind.Utc);
        string[] products = ["BTC-USD", "ETH-USD", "ETH-EUR"];
        var messages = new byte[count][];
        for (int i = 0; i < count; i++)
        {
            decimal price = 1285.22m + (random.Next(-5000, 5000) / 100m);
            decimal lastSize = random.Next(1, 100_000_000) / 10_000_000m;
            string json = string.Create(
                CultureInfo.InvariantCulture,
                $$"""{"type":"ticker","sequence":{{37475248783L + i}},"product_id":"{{products[i % 3]}}","price":"{{price}}","open_24h":"1310.79","volume_24h":"{{245532.79269678m + i}}","low_24h":"1280.52","high_24h":"1313.8","volume_30d":"9788783.60117027","best_bid":"{{price - 0.18m}}","best_bid_size":"0.46688654","best_ask":"{{price + 0.05m}}","best_ask_size":"1.56637040","side":"{{(i % 2 == 0 ? "buy" : "sell")}}","time":"{{start.AddTicks(i * 12345L):yyyy-MM-ddTHH:mm:ss.ffffff}}Z","trade_id":{{370843401 + i}},"last_size":"{{lastSize}}"}""");
            messages[i] = Encoding.UTF8.GetBytes(json);
        }

        return messages;
    }
}
