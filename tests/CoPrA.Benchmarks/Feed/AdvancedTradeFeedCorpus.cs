using System.Globalization;
using System.Text;

namespace CoPrA.Benchmarks.Feed;

/// <summary>
/// Advanced Trade feed messages shaped like the server's, for <see cref="AdvancedTradeFeedThroughput"/>:
/// <c>l2_data</c> snapshots and updates (several levels each) and <c>ticker</c> updates. Each holds
/// <see cref="StreamingFeedServer.NumberPlaceholder"/> as its <c>sequence_num</c>, for the server to number.
/// </summary>
internal static class AdvancedTradeFeedCorpus
{
    /// <summary>The products of the level-2 messages, with their mid prices.</summary>
    public static readonly (string Product, decimal Mid)[] Level2Products = [("BTC-USD", 64000m), ("ETH-USD", 3200m)];

    private static readonly DateTime Start = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    /// <summary>One snapshot message per product of <see cref="Level2Products"/>, <paramref name="levels"/> levels a side, a cent apart.</summary>
    public static byte[][] Level2Snapshots(int levels) =>
        [.. Level2Products.Select(p => Level2("snapshot", p.Product, Enumerable.Range(1, levels).SelectMany(i => new[]
        {
            Level("bid", p.Mid - (i / 100m), 0.5m + (i % 7), Start),
            Level("offer", p.Mid + (i / 100m), 0.25m + (i % 5), Start),
        })))];

    /// <summary>
    /// <paramref name="count"/> distinct update messages, products taking turns, each with 1 to 8
    /// levels within 2 dollars of the mid; about one level in six is removed (new quantity 0).
    /// </summary>
    public static byte[][] Level2Updates(int count)
    {
        var random = new Random(42);
        var messages = new byte[count][];
        for (int i = 0; i < count; i++)
        {
            var (product, mid) = Level2Products[i % Level2Products.Length];
            var time = Start.AddTicks(i * 12345L);
            var levels = Enumerable.Range(0, random.Next(1, 9)).Select(_ =>
            {
                bool bid = random.Next(2) == 0;
                decimal offset = random.Next(1, 200) / 100m;
                decimal quantity = random.Next(6) == 0 ? 0m : random.Next(1, 500_000_000) / 100_000_000m;
                return Level(bid ? "bid" : "offer", bid ? mid - offset : mid + offset, quantity, time);
            }).ToList();
            messages[i] = Level2("update", product, levels);
        }

        return messages;
    }

    /// <summary><paramref name="count"/> distinct ticker messages, one ticker each, products taking turns.</summary>
    public static byte[][] Tickers(int count)
    {
        var random = new Random(42);
        string[] products = ["BTC-USD", "ETH-USD", "ETH-EUR"];
        var messages = new byte[count][];
        for (int i = 0; i < count; i++)
        {
            decimal price = 64050.75m + (random.Next(-5000, 5000) / 100m);
            string json = string.Create(
                CultureInfo.InvariantCulture,
                $$"""{"channel":"ticker","client_id":"","timestamp":"{{Stamp(Start.AddTicks(i * 12345L))}}","sequence_num":{{StreamingFeedServer.NumberPlaceholder}},"events":[{"type":"update","tickers":[{"type":"ticker","product_id":"{{products[i % 3]}}","price":"{{price}}","volume_24_h":"{{16038.28770938m + i}}","low_24_h":"63000.01","high_24_h":"65000.01","low_52_w":"25000","high_52_w":"74000","price_percent_chg_24_h":"-1.23456789012345","best_bid":"{{price - 0.18m}}","best_ask":"{{price + 0.05m}}","best_bid_quantity":"0.46688654","best_ask_quantity":"1.5663704"}]}]}""");
            messages[i] = Encoding.UTF8.GetBytes(json);
        }

        return messages;
    }

    private static byte[] Level2(string type, string product, IEnumerable<string> levels) =>
        Encoding.UTF8.GetBytes(string.Create(
            CultureInfo.InvariantCulture,
            $$"""{"channel":"l2_data","client_id":"","timestamp":"{{Stamp(Start)}}","sequence_num":{{StreamingFeedServer.NumberPlaceholder}},"events":[{"type":"{{type}}","product_id":"{{product}}","updates":[{{string.Join(",", levels)}}]}]}"""));

    private static string Level(string side, decimal price, decimal quantity, DateTime time) =>
        string.Create(CultureInfo.InvariantCulture, $$"""{"side":"{{side}}","event_time":"{{Stamp(time)}}","price_level":"{{price}}","new_quantity":"{{quantity}}"}""");

    private static string Stamp(DateTime time) => time.ToString("yyyy-MM-ddTHH:mm:ss.ffffff", CultureInfo.InvariantCulture) + "Z";
}
