using System.Text;
using System.Text.Json;
using CoPrA.WebSocket;

namespace CoPrA.Tests.WebSocket;

public class FeedMessageParserTests
{
    [Fact]
    public void Heartbeat()
    {
        var m = Parse<HeartbeatMessage>(FeedSamples.Heartbeat);

        Assert.Equal(("heartbeat", "BTC-USD", 90L, 20L), (m.Type, m.ProductId, m.Sequence, m.LastTradeId));
        Assert.Equal(new DateTimeOffset(2014, 11, 7, 8, 19, 28, TimeSpan.Zero).AddTicks(4644590), m.Time);
        Assert.Null(m.ExtensionData);
    }

    [Fact]
    public void Ticker_reads_every_documented_field()
    {
        var m = Parse<TickerMessage>(FeedSamples.Ticker);

        Assert.Equal("ETH-USD", m.ProductId);
        Assert.Equal(37475248783L, m.Sequence);
        Assert.Equal(1285.22m, m.Price);
        Assert.Equal(1310.79m, m.Open24h);
        Assert.Equal(245532.79269678m, m.Volume24h);
        Assert.Equal(1280.52m, m.Low24h);
        Assert.Equal(1313.8m, m.High24h);
        Assert.Equal(9788783.60117027m, m.Volume30d);
        Assert.Equal((1285.04m, 0.46688654m, 1285.27m, 1.56637040m), (m.BestBid, m.BestBidSize, m.BestAsk, m.BestAskSize));
        Assert.Equal(Side.Buy, m.Side);
        Assert.Equal(370843401L, m.TradeId);
        Assert.Equal(11.4396987m, m.LastSize);
        Assert.Equal(2022, m.Time!.Value.Year);
        Assert.Null(m.ExtensionData);
    }

    [Fact]
    public void Level2_snapshot_and_update()
    {
        var snapshot = Parse<L2SnapshotMessage>(FeedSamples.Snapshot);
        var update = Parse<L2UpdateMessage>(FeedSamples.L2Update);

        Assert.Equal((10101.10m, 0.45054140m), (snapshot.Bids[0].Price, snapshot.Bids[0].Size));
        Assert.Equal(10102.55m, snapshot.Asks[0].Price);
        Assert.Equal([new L2Change(Side.Buy, 22356.27m, 0m), new L2Change(Side.Sell, 22356.3m, 1m)], update.Changes);
        Assert.Equal("BTC-USD", update.ProductId);
    }

    [Fact]
    public void Received_limit_and_market()
    {
        var limit = Parse<ReceivedMessage>(FeedSamples.Received);
        var market = Parse<ReceivedMessage>(FeedSamples.ReceivedMarket);

        Assert.Equal((OrderType.Limit, 1.34m, 502.1m, (decimal?)null, 10L), (limit.OrderType, limit.Size, limit.Price, limit.Funds, limit.Sequence));
        Assert.Equal("d50ec974-76a2-454b-66f135b1ea8c", limit.ClientOid);
        Assert.Equal((OrderType.Market, 3000.234m, (decimal?)null), (market.OrderType, market.Funds, market.Size));
    }

    [Fact]
    public void Open_done_and_change()
    {
        var open = Parse<OpenMessage>(FeedSamples.Open);
        var done = Parse<DoneMessage>(FeedSamples.Done);
        var change = Parse<ChangeMessage>(FeedSamples.Change);

        Assert.Equal((200.2m, 1.00m, Side.Sell), (open.Price, open.RemainingSize, open.Side));
        Assert.Equal((DoneReason.Filled, 200.2m, 0m), (done.Reason, done.Price, done.RemainingSize));
        Assert.Equal(("modify_order", 7m, 6m, 80m, 24753L), (change.Reason, change.OldPrice, change.NewPrice, change.NewSize, change.Sequence));
    }

    [Fact]
    public void Match_and_last_match_share_a_model()
    {
        var match = Parse<MatchMessage>(FeedSamples.Match);
        var last = Parse<MatchMessage>(FeedSamples.LastMatch);

        Assert.Equal(("match", 10L, 50L, 5.23512m, 400.23m, Side.Sell), (match.Type, match.TradeId, match.Sequence, match.Size, match.Price, match.Side));
        Assert.Equal("ac928c66-ca53-498f-9c13-a110027a60e8", match.MakerOrderId);
        Assert.Equal(("last_match", 9L), (last.Type, last.TradeId));
    }

    [Fact]
    public void Activate_reads_its_unix_timestamp()
    {
        var m = Parse<ActivateMessage>(FeedSamples.Activate);

        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1483736448299), m.Timestamp);
        Assert.Equal((StopType.Entry, Side.Buy, 80m, 2m, 50m, true), (m.StopType, m.Side, m.StopPrice, m.Size, m.Funds, m.Private));
    }

    [Fact]
    public void Subscriptions_status_and_error()
    {
        var subscriptions = Parse<SubscriptionsMessage>(FeedSamples.Subscriptions);
        var status = Parse<StatusMessage>(FeedSamples.Status);
        var error = Parse<ErrorMessage>(FeedSamples.Error);

        Assert.Equal(["ETH-USD", "ETH-EUR"], subscriptions.Channels[0].ProductIds);
        Assert.Equal(["acc-1"], subscriptions.Channels[1].AccountIds!);
        Assert.Equal(("BTC-USD", "online"), (status.Products[0].Id, status.Products[0].Status));
        Assert.True(status.Products[0].ExtensionData!.ContainsKey("base_min_size"));
        Assert.Equal(("USD", 0.01m), (status.Currencies[0].Id, status.Currencies[0].MinSize));
        Assert.Equal(("Sorry, you could not be authenticated: Bad Request", "invalid signature"), (error.Message, error.Reason));
    }

    [Fact]
    public void Unknown_fields_are_kept()
    {
        var m = Parse<HeartbeatMessage>("""{"type":"heartbeat","product_id":"BTC-USD","sequence":1,"last_trade_id":2,"time":"2024-01-01T00:00:00Z","new_field":{"a":1}}""");

        Assert.Equal(1, m.ExtensionData!["new_field"].GetProperty("a").GetInt32());
    }

    [Fact]
    public void An_unknown_type_arrives_raw_and_whole()
    {
        var m = Parse<RawFeedMessage>(FeedSamples.Auction);

        Assert.Equal("auction", m.Type);
        Assert.Equal("collection", m.Json.GetProperty("auction_state").GetString());
    }

    [Fact]
    public void A_message_without_type_arrives_raw()
    {
        var m = Parse<RawFeedMessage>("""{"hello":"world"}""");

        Assert.Equal("", m.Type);
    }

    [Fact]
    public void The_type_need_not_come_first()
    {
        var m = Parse<HeartbeatMessage>("""{"product_id":"BTC-USD","nested":{"type":"x"},"type":"heartbeat","sequence":3,"last_trade_id":4,"time":"2024-01-01T00:00:00Z"}""");

        Assert.Equal(3, m.Sequence);
    }

    [Fact]
    public void A_level3_array_is_read_by_position()
    {
        var m = Parse<Level3Message>(FeedSamples.Level3Open);

        Assert.Equal(("open", "BTC-USD", 57560479456L), (m.Type, m.ProductId, m.Sequence));
        Assert.Equal("27268.09", m.Values[5]);
    }

    [Fact]
    public void Amounts_are_read_the_same_under_a_comma_decimal_culture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            Assert.Equal(1285.22m, Parse<TickerMessage>(FeedSamples.Ticker).Price);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("")]
    [InlineData("42")]
    [InlineData("{\"type\":\"ticker\",")]
    public void Text_that_is_not_a_JSON_message_throws_JsonException(string text) =>
        Assert.ThrowsAny<JsonException>(() => FeedMessageParser.Parse(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void A_known_type_that_does_not_fit_its_model_can_still_be_kept_raw()
    {
        byte[] bytes = Encoding.UTF8.GetBytes("""{"type":"ticker","product_id":"BTC-USD","price":"not a number"}""");

        Assert.ThrowsAny<JsonException>(() => FeedMessageParser.Parse(bytes));
        Assert.Equal("ticker", FeedMessageParser.ParseRaw(bytes).Type);
    }

    private static T Parse<T>(string json)
        where T : FeedMessage => Assert.IsType<T>(FeedMessageParser.Parse(Encoding.UTF8.GetBytes(json)));
}
