using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using CoPrA.AdvancedTrade;
using CoPrA.Tests.WebSocket.Support;
using CoPrA.WebSocket;

namespace CoPrA.Tests.AdvancedTrade.WebSocket;

/// <summary>
/// The level2 and ticker messages are read by scanning bytes (<see cref="FeedObjectReader"/>), not
/// by walking Utf8JsonReader tokens. These tests hold the scan to the general readers on many
/// mutated frames: a frame that is not JSON must come out invalid, and a frame the scan reads as
/// typed must read as the source-generated reader (with the models' own options) reads it.
/// </summary>
public class AdvancedTradeScannerFuzzTests
{
    private const string Level = """{"side":"bid","event_time":"2026-03-01T12:00:01.200000Z","price_level":"63999.99","new_quantity":"0.12345678"}""";

    public static TheoryData<string> Frames() =>
    [
        $$"""{"channel":"l2_data","client_id":"","timestamp":"2026-03-01T12:00:01.2345678Z","sequence_num":5,"events":[{"type":"update","product_id":"BTC-USD","updates":[{{Level}},{{Level.Replace("bid", "offer")}}]}]}""",
        AdvancedTradeFeedSamples.Ticker(7),
    ];

    [Theory]
    [MemberData(nameof(Frames))]
    public void Mutated_frames_are_invalid_when_not_JSON_and_read_like_the_generated_reader_when_typed(string frame)
    {
        var random = new Random(20261207);
        byte[] original = Encoding.UTF8.GetBytes(frame);
        int invalid = 0, compared = 0;
        for (int i = 0; i < 20_000; i++)
        {
            byte[] mutated = JsonMutations.Mutate(original, random, mutations: 1 + (i % 3));
            var read = AdvancedTradeFeedReader.Instance.Read(mutated);
            if (!JsonMutations.IsJson(mutated))
            {
                Assert.True(read.Kind == FeedFrameKind.Invalid, $"accepted invalid JSON as {read.Kind}: {Encoding.UTF8.GetString(mutated)}");
                invalid++;
                continue;
            }

            if (read.Message is AdvancedTradeFeedMessage<Level2Event> level2 && Generated(mutated, GeneratedFeedContext.Default.AdvancedTradeFeedMessageLevel2Event) is { } expectedLevel2)
            {
                Assert.Equal(Written(expectedLevel2), Written(level2));
                compared++;
            }
            else if (read.Message is AdvancedTradeFeedMessage<TickerEvent> ticker && Generated(mutated, GeneratedFeedContext.Default.AdvancedTradeFeedMessageTickerEvent) is { } expectedTicker)
            {
                Assert.Equal(Written(expectedTicker), Written(ticker));
                compared++;
            }
        }

        // Enough of both kinds that the test means something.
        Assert.True(invalid > 4_000, $"only {invalid} invalid frames");
        Assert.True(compared > 4_000, $"only {compared} frames compared");
    }

    [Theory]
    [InlineData("""{"channel":"l2_data","events":[{"type":"update","updates":[{"side":"bid"},]}]}""")]
    [InlineData("""{"channel":"l2_data","events":[{"type":"update","updates":[{"side":"bid"} {"side":"bid"}]}]}""")]
    [InlineData("""{"channel":"l2_data","events":[{"type":"update","updates":[{"side":"bid"}}]}""")]
    [InlineData("""{"channel":"l2_data","events":[{"type":"update","updates":[{"side":"bid"}]}""")]
    [InlineData("""{"channel":"l2_data","events":[,{"type":"update"}]}""")]
    [InlineData("""{"channel":"ticker","events":[{"tickers":[{"price":"1"]}]}""")]
    [InlineData("""{"channel":"ticker","events":[{"tickers":[{"price":"1"}]}]}]""")]
    public void Malformed_nested_frames_are_invalid(string json) =>
        Assert.Equal(FeedFrameKind.Invalid, AdvancedTradeFeedReader.Instance.Read(Encoding.UTF8.GetBytes(json)).Kind);

    [Theory]
    [InlineData("""{"channel":"l2_data","events":null}""", 0)]
    [InlineData("""{"channel":"l2_data","events":[{"type":"update","updates":null}]}""", 1)]
    [InlineData(""" { "channel" : "l2_data" , "events" : [ { "updates" : [ { "side" : "bid" } , { "side" : "offer" } ] } ] } """, 1)]
    public void Nulls_and_white_space_read_as_the_general_reader_reads_them(string json, int events)
    {
        var read = AdvancedTradeFeedReader.Instance.Read(Encoding.UTF8.GetBytes(json));

        var message = Assert.IsType<AdvancedTradeFeedMessage<Level2Event>>(read.Message);
        Assert.Equal(events, message.Events.Count);
        Assert.Equal(Written(Generated(Encoding.UTF8.GetBytes(json), GeneratedFeedContext.Default.AdvancedTradeFeedMessageLevel2Event)!), Written(message));
    }

    [Fact]
    public void A_null_level_is_a_misfit_that_arrives_raw()
    {
        var read = AdvancedTradeFeedReader.Instance.Read("""{"channel":"l2_data","events":[{"updates":[null]}]}"""u8);

        Assert.IsType<AdvancedTradeRawFeedMessage>(read.Message);
        Assert.Equal("Expected an object, got null.", read.Problem);
    }

    private static T? Generated<T>(byte[] bytes, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(bytes, type);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or OverflowException)
        {
            return null;
        }
    }

    // The library's writers put every member, kept unknown ones included, in one canonical form; raw bytes of
    // strings are compared through it, so invalid UTF-8 the fuzzer wrote cannot hide a difference.
    private static string Written<TEvent>(AdvancedTradeFeedMessage<TEvent> message)
        where TEvent : AdvancedTradeFeedEvent =>
        message switch
        {
            AdvancedTradeFeedMessage<Level2Event> level2 => JsonSerializer.Serialize(level2, AdvancedTradeFeedJsonContext.Default.AdvancedTradeFeedMessageLevel2Event),
            AdvancedTradeFeedMessage<TickerEvent> ticker => JsonSerializer.Serialize(ticker, AdvancedTradeFeedJsonContext.Default.AdvancedTradeFeedMessageTickerEvent),
            _ => throw new ArgumentException("not a scanned channel", nameof(message)),
        };
}

/// <summary>The source-generated reader with the feed context's options but none of its hand-written converters: the reference.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(DecimalStringConverter), typeof(OptionalDecimalConverter), typeof(LenientTimestampConverter)])]
[JsonSerializable(typeof(AdvancedTradeFeedMessage<Level2Event>))]
[JsonSerializable(typeof(AdvancedTradeFeedMessage<TickerEvent>))]
internal sealed partial class GeneratedFeedContext : JsonSerializerContext
{
}
