using System.Text;
using System.Text.Json;
using CoPrA.WebSocket;

namespace CoPrA.Tests.WebSocket;

/// <summary>The hand-written fast paths must read exactly what the general readers read.</summary>
public class FastReaderTests
{
    [Theory]
    [InlineData("1285.22")]
    [InlineData("0.00000000")]
    [InlineData("-0.00012")]
    [InlineData("245532.79269678")]
    [InlineData("9999999999999999999")]
    [InlineData("0.123456789012345678")]
    [InlineData("42")]
    [InlineData("1.")]
    public void FastDecimal_matches_the_invariant_parser_value_and_scale(string text)
    {
        Assert.True(FastDecimal.TryParse(Encoding.UTF8.GetBytes(text), out decimal fast));

        decimal expected = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, fast);
        Assert.Equal(expected.Scale, fast.Scale);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("1e5")]
    [InlineData("1,5")]
    [InlineData("12345678901234567890")]
    [InlineData("0.1234567890123456789")]
    [InlineData("1.2.3")]
    [InlineData("+1")]
    [InlineData("0.00000000000000000000000000001")]
    public void FastDecimal_leaves_other_forms_to_the_general_reader(string text) =>
        Assert.False(FastDecimal.TryParse(Encoding.UTF8.GetBytes(text), out _));

    [Theory]
    [InlineData("2022-10-19T23:28:22.061769Z")]
    [InlineData("2014-11-07T08:19:28.464459Z")]
    [InlineData("2024-01-01T00:00:00Z")]
    [InlineData("2024-02-29T12:00:00.1Z")]
    [InlineData("2024-02-29T12:00:00.1234567Z")]
    public void FastTimestamp_matches_the_ISO_reader(string text)
    {
        Assert.True(FastTimestamp.TryParse(Encoding.UTF8.GetBytes(text), out var fast));

        Assert.Equal(DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture), fast);
        Assert.Equal(TimeSpan.Zero, fast.Offset);
    }

    [Theory]
    [InlineData("2026-03-01T12:00:00.123456789Z")]
    [InlineData("2026-03-01T12:00:00.12345678Z")]
    [InlineData("2026-03-01T23:59:59.999999999Z")]
    public void FastTimestamp_reads_nanoseconds_as_the_ISO_reader_does_dropping_what_is_past_the_tick(string text)
    {
        var general = new System.Text.Json.Utf8JsonReader(Encoding.UTF8.GetBytes($"\"{text}\""));
        general.Read();
        Assert.True(general.TryGetDateTimeOffset(out var expected));

        Assert.True(FastTimestamp.TryParse(Encoding.UTF8.GetBytes(text), out var fast));

        Assert.Equal(expected, fast);
        Assert.Equal(TimeSpan.Zero, fast.Offset);
    }

    [Theory]
    [InlineData("2023-02-29T12:00:00Z")]
    [InlineData("2024-13-01T00:00:00Z")]
    [InlineData("2024-01-01T24:00:00Z")]
    [InlineData("2024-01-01T00:00:00+01:00")]
    [InlineData("2024-01-01T00:00:00.1234567890Z")]
    [InlineData("2024-01-01T00:00:00.12345678xZ")]
    [InlineData("2024-01-01 00:00:00Z")]
    [InlineData("2024-01-01T00:00:00.Z")]
    public void FastTimestamp_leaves_other_forms_to_the_general_reader(string text) =>
        Assert.False(FastTimestamp.TryParse(Encoding.UTF8.GetBytes(text), out _));

    [Fact]
    public void A_timestamp_with_an_offset_is_still_read_by_the_general_reader()
    {
        var ticker = Parse("""{"type":"ticker","product_id":"BTC-USD","price":"1","time":"2024-01-01T01:00:00+01:00"}""");

        Assert.Equal(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), ticker.Time);
    }

    [Fact]
    public void The_ticker_reader_reads_what_the_generated_writer_writes()
    {
        var original = new TickerMessage
        {
            Type = "ticker", ProductId = "BTC-USD", Sequence = 12, Price = 1.5m, Open24h = 2, Volume24h = 3, Low24h = 4, High24h = 5,
            Volume30d = 6, BestBid = 7, BestBidSize = 8, BestAsk = 9, BestAskSize = 10, Side = Side.Sell,
            Time = new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero).AddTicks(1234560), TradeId = 77, LastSize = 0.25m,
        };
        byte[] json = JsonSerializer.SerializeToUtf8Bytes(original, FeedJsonContext.Default.TickerMessage);

        var read = Assert.IsType<TickerMessage>(FeedMessageParser.Parse(json));

        Assert.Equal(original, read with { ExtensionData = null });
        Assert.Null(read.ExtensionData);
    }

    [Fact]
    public void The_ticker_reader_copes_with_type_not_first_nulls_numbers_unknown_members_and_escapes()
    {
        var ticker = Parse("""
            {"product_id":"ETH-USD","nested":{"a":[1,2,{"b":null}]},"type":"ticker","sequence":"5","price":1285.5,
             "best_bid":"","trade_id":null,"time":null,"last_size":null,"side":"\u0073ell","pr\u0069ce_note":"x","extra":true}
            """);

        Assert.Equal(("ticker", "ETH-USD", 5L, 1285.5m, 0m), (ticker.Type, ticker.ProductId, ticker.Sequence, ticker.Price, ticker.BestBid));
        Assert.Null(ticker.TradeId);
        Assert.Null(ticker.Time);
        Assert.Null(ticker.LastSize);
        Assert.Equal(Side.Sell, ticker.Side);
        Assert.Equal(2, ticker.ExtensionData!["nested"].GetProperty("a")[1].GetInt32());
        Assert.Equal("x", ticker.ExtensionData["price_note"].GetString());
        Assert.True(ticker.ExtensionData["extra"].GetBoolean());
    }

    [Theory]
    [InlineData("""{"type":"ticker","price":"1",}""")]
    [InlineData("""{"type":"ticker","price":"abc"}""")]
    [InlineData("""{"type":"ticker","sequence":1.5}""")]
    [InlineData("""{"type":"ticker","time":"yesterday"}""")]
    [InlineData("""{"type":"ticker","product_id":42}""")]
    [InlineData("""{"type":"ticker","price":"1"} trailing""")]
    public void A_malformed_ticker_throws_JsonException(string json) =>
        Assert.ThrowsAny<JsonException>(() => FeedMessageParser.Parse(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void Pooled_strings_are_shared_and_long_ones_are_not_pooled()
    {
        string first = StringPool.Get("BTC-USD"u8);
        string second = StringPool.Get("BTC-USD"u8);
        string longText = new('x', 100);

        Assert.Equal("BTC-USD", first);
        Assert.Same(first, second);
        Assert.Equal(longText, StringPool.Get(Encoding.UTF8.GetBytes(longText)));
        Assert.Equal("ETH-EUR", StringPool.Get("ETH-EUR"u8));
    }

    private static TickerMessage Parse(string json) => Assert.IsType<TickerMessage>(FeedMessageParser.Parse(Encoding.UTF8.GetBytes(json)));
}
