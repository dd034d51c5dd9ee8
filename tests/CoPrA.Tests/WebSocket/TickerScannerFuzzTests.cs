using System.Text;
using System.Text.Json;
using CoPrA.Tests.WebSocket.Support;
using CoPrA.WebSocket;

namespace CoPrA.Tests.WebSocket;

/// <summary>
/// The ticker reader scans bytes itself instead of walking Utf8JsonReader tokens. These tests hold
/// it to the general readers on many mutated messages: it must never accept what is not JSON, and
/// whatever it accepts must read as the source-generated reader and its own from-the-start path read it.
/// </summary>
public class TickerScannerFuzzTests
{
    private const string Ticker =
        """{"type":"ticker","sequence":37475248783,"product_id":"ETH-USD","price":"1285.22","open_24h":"1310.79","volume_24h":"245532.79269678","low_24h":"1280.52","high_24h":"1313.8","volume_30d":"9788783.60117027","best_bid":"1285.04","best_bid_size":"0.46688654","best_ask":"1285.27","best_ask_size":"1.56637040","side":"buy","time":"2022-10-19T23:28:22.061769Z","trade_id":370843401,"last_size":"11.4396987"}""";

    [Fact]
    public void Mutated_tickers_are_rejected_when_not_JSON_and_read_like_the_general_reader_when_they_are()
    {
        var random = new Random(20261122);
        byte[] original = Encoding.UTF8.GetBytes(Ticker);
        int rejected = 0, compared = 0;
        for (int i = 0; i < 30_000; i++)
        {
            byte[] mutated = JsonMutations.Mutate(original, random, mutations: 1 + (i % 3));
            bool isJson = JsonMutations.IsJson(mutated);
            var (fast, fastError) = TryParse(mutated);
            if (!isJson)
            {
                Assert.True(fastError is not null, $"accepted invalid JSON: {Encoding.UTF8.GetString(mutated)}");
                rejected++;
                continue;
            }

            if (fast is not TickerMessage ticker)
            {
                continue; // the mutation changed the type or made it unreadable as a ticker
            }

            // The same bytes behind a space take the from-the-start path instead of the type-first one.
            var (fromStart, _) = TryParse([(byte)' ', .. mutated]);
            AssertSame(ticker, Assert.IsType<TickerMessage>(fromStart), mutated);
            if (TryGenerated(mutated) is { } general)
            {
                AssertSame(ticker, general, mutated);
                compared++;
            }
        }

        // Enough of both kinds that the test means something.
        Assert.True(rejected > 5_000, $"only {rejected} invalid messages");
        Assert.True(compared > 5_000, $"only {compared} messages compared");
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("\n  ")]
    [InlineData("\t\r\n")]
    public void Pretty_printed_tickers_read_like_compact_ones(string indent)
    {
        string pretty = Ticker.Replace(",\"", "," + indent + "\"").Replace("\":", "\"" + indent + ":" + indent).Replace("{", "{" + indent).Replace("}", indent + "}");

        var compact = Assert.IsType<TickerMessage>(FeedMessageParser.Parse(Encoding.UTF8.GetBytes(Ticker)));
        var spaced = Assert.IsType<TickerMessage>(FeedMessageParser.Parse(Encoding.UTF8.GetBytes(pretty)));

        Assert.Equal(compact, spaced);
    }

    [Theory]
    [InlineData("""{"type":"ticker","price":"1285.22"}""", 1285.22)]
    [InlineData("""{"type":"ticker","price":1285.22}""", 1285.22)]
    [InlineData("""{"type":"ticker","price":1.5e3}""", 1500)]
    [InlineData("""{"type":"ticker","price":"-0.5"}""", -0.5)]
    [InlineData("""{"type":"ticker","price":"\u0031.5"}""", 1.5)]
    [InlineData("""{"type":"ticker","price":"1.5e3"}""", 1500)]
    [InlineData("""{"type":"ticker","price":0}""", 0)]
    public void Amounts_in_every_form_the_general_reader_takes_are_read(string json, double expected)
    {
        var ticker = Assert.IsType<TickerMessage>(FeedMessageParser.Parse(Encoding.UTF8.GetBytes(json)));

        Assert.Equal((decimal)expected, ticker.Price);
    }

    [Theory]
    [InlineData("""{"type":"ticker","price":01}""")]
    [InlineData("""{"type":"ticker","price":1.}""")]
    [InlineData("""{"type":"ticker","price":-}""")]
    [InlineData("""{"type":"ticker","price":.5}""")]
    [InlineData("""{"type":"ticker","price":1e}""")]
    [InlineData("""{"type":"ticker","price":"1""}""")]
    [InlineData("""{"type":"ticker","price":"1}""")]
    [InlineData("""{"type":"ticker","price" "1"}""")]
    [InlineData("""{"type":"ticker",,"price":"1"}""")]
    [InlineData("{\"type\":\"ticker\",\"price\":\"1\"")]
    [InlineData("""{"type":"ticker","trade_id":nul}""")]
    [InlineData("""{"type":"ticker","x":[1,}""")]
    [InlineData("{\"type\":\"ticker\",\"product_id\":\"BTC\u0001USD\"}")]
    public void Malformed_tickers_throw_JsonException(string json) =>
        Assert.ThrowsAny<JsonException>(() => FeedMessageParser.Parse(Encoding.UTF8.GetBytes(json)));

    // The exceptions the client's receive loop turns into a raw message or an error callback.
    private static (FeedMessage? Message, Exception? Error) TryParse(byte[] bytes)
    {
        try
        {
            return (FeedMessageParser.Parse(bytes), null);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or OverflowException)
        {
            return (null, ex);
        }
    }

    private static TickerMessage? TryGenerated(byte[] bytes)
    {
        try
        {
            return JsonSerializer.Deserialize(bytes, FeedJsonContext.Default.TickerMessage);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or OverflowException)
        {
            return null;
        }
    }

    private static void AssertSame(TickerMessage expected, TickerMessage actual, byte[] bytes)
    {
        string context = Encoding.UTF8.GetString(bytes);
        var differing = typeof(TickerMessage).GetProperties().Where(p => p.Name != nameof(ApiObject.ExtensionData) && !Equals(p.GetValue(expected), p.GetValue(actual))).Select(p => $"{p.Name}: {p.GetValue(expected)} vs {p.GetValue(actual)}");
        Assert.True(expected with { ExtensionData = null } == actual with { ExtensionData = null }, $"values differ for {context}: {string.Join(", ", differing)}");
        Assert.Equal(Describe(expected.ExtensionData), Describe(actual.ExtensionData));
    }

    // Raw bytes, not text: the fuzzer writes invalid UTF-8 too, which JSON readers only reject when asked for a string.
    private static string Describe(Dictionary<string, JsonElement>? members) =>
        members is null ? "" : string.Join(";", members.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => $"{m.Key}={Convert.ToHexString(System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(m.Value))}"));
}
