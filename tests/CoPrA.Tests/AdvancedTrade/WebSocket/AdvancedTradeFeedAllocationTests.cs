using System.Text;
using System.Text.Json;
using CoPrA.AdvancedTrade;

namespace CoPrA.Tests.AdvancedTrade.WebSocket;

/// <summary>
/// What reading the feed's busiest messages allocates (allocations are deterministic, unlike
/// times), and that their hand-written converters keep what the generated reader kept. The
/// generated reader boxed every member: 3,440 and 1,912 bytes; with converters for the levels and
/// tickers only, 1,968 and 1,424 bytes.
/// </summary>
public sealed class AdvancedTradeFeedAllocationTests
{
    private const string Level = """{"side":"bid","event_time":"2026-03-01T12:00:01.200000Z","price_level":"63999.99","new_quantity":"0.12345678"}""";

    private static readonly byte[] Level2Message = Encoding.UTF8.GetBytes(
        $$"""{"channel":"l2_data","client_id":"","timestamp":"2026-03-01T12:00:01.2345678Z","sequence_num":5,"events":[{"type":"update","product_id":"BTC-USD","updates":[{{string.Join(",", Enumerable.Repeat(Level, 8))}}]}]}""");

    private static readonly byte[] TickerMessage = Encoding.UTF8.GetBytes(AdvancedTradeFeedSamples.Ticker(4));

    [Fact]
    public void A_level2_update_of_eight_levels_allocates_under_1120_bytes()
    {
        long allocated = AllocatedPerRead(Level2Message);
        Assert.True(allocated < 1120, $"reading allocated {allocated} bytes");
    }

    [Fact]
    public void A_ticker_message_allocates_under_640_bytes()
    {
        long allocated = AllocatedPerRead(TickerMessage);
        Assert.True(allocated < 640, $"reading allocated {allocated} bytes");
    }

    [Fact]
    public void Unknown_members_of_levels_and_tickers_are_kept_and_written_back()
    {
        string level = """{"side":"offer","event_time":"","price_level":"1.5","new_quantity":"2","venue":{"id":7}}""";
        var update = JsonSerializer.Deserialize(level, AdvancedTradeFeedJsonContext.Default.Level2Update)!;
        Assert.Equal(("offer", (DateTimeOffset?)null, 1.5m, 2m), (update.Side, update.EventTime, update.PriceLevel, update.NewQuantity));
        Assert.Equal(7, update.ExtensionData!["venue"].GetProperty("id").GetInt32());
        Assert.Equal(update, JsonSerializer.Deserialize(JsonSerializer.Serialize(update, AdvancedTradeFeedJsonContext.Default.Level2Update), AdvancedTradeFeedJsonContext.Default.Level2Update)! with { ExtensionData = update.ExtensionData });

        string ticker = """{"type":"ticker","product_id":"ETH-USD","price":3200.5,"best_bid":"","low_52_w":null,"future_field":[1,2]}""";
        var read = JsonSerializer.Deserialize(ticker, AdvancedTradeFeedJsonContext.Default.FeedTicker)!;
        Assert.Equal(("ticker", "ETH-USD", 3200.5m, (decimal?)null, (decimal?)null), (read.Type, read.ProductId, read.Price, read.BestBid, read.Low52W));
        Assert.Equal("[1,2]", read.ExtensionData!["future_field"].GetRawText());
        string written = JsonSerializer.Serialize(read, AdvancedTradeFeedJsonContext.Default.FeedTicker);
        Assert.Equal("""{"type":"ticker","product_id":"ETH-USD","price":"3200.5","future_field":[1,2]}""", written);
    }

    [Fact]
    public void Unknown_members_of_the_envelope_and_events_are_kept_and_written_back()
    {
        string json = """{"channel":"l2_data","client_id":"c1","timestamp":"2026-03-01T12:00:01Z","sequence_num":"9","shard":3,"events":[{"type":"update","product_id":"BTC-USD","venue":"x","updates":[]}]}""";
        var message = JsonSerializer.Deserialize(json, AdvancedTradeFeedJsonContext.Default.AdvancedTradeFeedMessageLevel2Event)!;
        Assert.Equal(("l2_data", "c1", 9L, "update", "BTC-USD"), (message.Channel, message.ClientId, message.SequenceNum!.Value, message.Events[0].Type, message.Events[0].ProductId));
        Assert.Equal(3, message.ExtensionData!["shard"].GetInt32());
        Assert.Equal("x", message.Events[0].ExtensionData!["venue"].GetString());
        string written = JsonSerializer.Serialize(message, AdvancedTradeFeedJsonContext.Default.AdvancedTradeFeedMessageLevel2Event);
        Assert.Equal("""{"channel":"l2_data","client_id":"c1","timestamp":"2026-03-01T12:00:01Z","sequence_num":9,"events":[{"type":"update","product_id":"BTC-USD","updates":[],"venue":"x"}],"shard":3}""", written);
    }

    [Fact]
    public void The_channel_of_each_frame_is_pooled_not_allocated_per_message()
    {
        var first = AdvancedTradeFeedReader.Instance.Read(Encoding.UTF8.GetBytes(AdvancedTradeFeedSamples.Ticker(1)));
        var second = AdvancedTradeFeedReader.Instance.Read(Encoding.UTF8.GetBytes(AdvancedTradeFeedSamples.Ticker(2)));
        var unknown = AdvancedTradeFeedReader.Instance.Read("""{"channel":"future_channel","events":[]}"""u8);
        var unknownAgain = AdvancedTradeFeedReader.Instance.Read("""{"channel":"future_channel","events":[1]}"""u8);

        Assert.Equal(("ticker", "future_channel"), (first.Type, unknown.Type));
        Assert.Same(first.Type, second.Type);
        Assert.Same(unknown.Type, unknownAgain.Type);
    }

    [Fact]
    public void A_frame_that_names_its_channel_first_and_says_type_error_is_an_error()
    {
        var frame = AdvancedTradeFeedReader.Instance.Read("""{"channel":"ticker","type":"error","message":"rate limited"}"""u8);

        Assert.Equal((CoPrA.WebSocket.FeedFrameKind.Error, "rate limited"), (frame.Kind, frame.ErrorMessage));
    }

    private static long AllocatedPerRead(byte[] message)
    {
        var first = AdvancedTradeFeedReader.Instance.Read(message);
        Assert.Equal((CoPrA.WebSocket.FeedFrameKind.Data, null), (first.Kind, first.Problem));
        const int Reads = 50;
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < Reads; i++)
        {
            AdvancedTradeFeedReader.Instance.Read(message);
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / Reads;
    }
}
