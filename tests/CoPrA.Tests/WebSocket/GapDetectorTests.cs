using System.Text;
using CoPrA.WebSocket;

namespace CoPrA.Tests.WebSocket;

public class GapDetectorTests
{
    [Fact]
    public void Full_sequences_must_rise_by_one_per_product()
    {
        var detector = Watching(new Channel("full", "BTC-USD", "ETH-USD"));

        Assert.Null(detector.Check(Open("BTC-USD", 1)));
        Assert.Null(detector.Check(Open("ETH-USD", 100)));
        Assert.Null(detector.Check(Open("BTC-USD", 2)));
        Assert.Equal(new SequenceGap("BTC-USD", "full", 3, 6), detector.Check(Open("BTC-USD", 6)));
        Assert.Null(detector.Check(Open("BTC-USD", 4)));
        Assert.Null(detector.Check(Open("BTC-USD", 7)));
        Assert.Null(detector.Check(Open("ETH-USD", 101)));
    }

    [Fact]
    public void Products_not_on_full_are_not_checked()
    {
        var detector = Watching(new Channel("user", "BTC-USD"), new Channel("matches", "BTC-USD"));

        Assert.Null(detector.Check(Open("BTC-USD", 1)));
        Assert.Null(detector.Check(Open("BTC-USD", 50)));
    }

    [Fact]
    public void Level3_sequences_are_checked_per_product()
    {
        var detector = Watching(new Channel("level3", "BTC-USD"));

        Assert.Null(detector.Check(Level3("BTC-USD", 10)));
        Assert.Null(detector.Check(Level3("BTC-USD", 11)));
        Assert.Equal(new SequenceGap("BTC-USD", "level3", 12, 14), detector.Check(Level3("BTC-USD", 14)));
    }

    [Fact]
    public void Reset_forgets_what_was_seen()
    {
        var detector = Watching(new Channel("full", "BTC-USD"));
        detector.Check(Open("BTC-USD", 1));

        detector.Reset();

        Assert.Null(detector.Check(Open("BTC-USD", 500)));
    }

    [Fact]
    public void Heartbeat_last_trade_id_ahead_of_the_last_match_is_a_loss_on_matches()
    {
        var detector = Watching(new Channel("matches", "BTC-USD"), new Channel("heartbeat", "BTC-USD"));

        Assert.Null(detector.Check(Heartbeat("BTC-USD", 1, lastTradeId: 5)));
        Assert.Null(detector.Check(Match("BTC-USD", tradeId: 5)));
        Assert.Null(detector.Check(Heartbeat("BTC-USD", 2, lastTradeId: 5)));
        Assert.Equal(new SequenceGap("BTC-USD", "matches", 6, 8), detector.Check(Heartbeat("BTC-USD", 3, lastTradeId: 8)));
        Assert.Null(detector.Check(Heartbeat("BTC-USD", 4, lastTradeId: 8)));
    }

    [Fact]
    public void Ticker_and_heartbeat_sequences_never_make_gaps()
    {
        var detector = Watching(new Channel("ticker", "BTC-USD"), new Channel("heartbeat", "BTC-USD"), new Channel("full", "BTC-USD"));

        Assert.Null(detector.Check(new TickerMessage { Type = "ticker", ProductId = "BTC-USD", Sequence = 1 }));
        Assert.Null(detector.Check(new TickerMessage { Type = "ticker", ProductId = "BTC-USD", Sequence = 90 }));
        Assert.Null(detector.Check(Heartbeat("BTC-USD", 1, 1)));
        Assert.Null(detector.Check(Heartbeat("BTC-USD", 400, 100)));
    }

    private static GapDetector Watching(params Channel[] channels)
    {
        var detector = new GapDetector();
        detector.Watch(channels);
        return detector;
    }

    private static OpenMessage Open(string product, long sequence) => new() { Type = "open", ProductId = product, Sequence = sequence };

    private static MatchMessage Match(string product, long tradeId) => new() { Type = "match", ProductId = product, TradeId = tradeId, Sequence = tradeId * 10 };

    private static HeartbeatMessage Heartbeat(string product, long sequence, long lastTradeId) =>
        new() { Type = "heartbeat", ProductId = product, Sequence = sequence, LastTradeId = lastTradeId };

    private static Level3Message Level3(string product, long sequence) =>
        Assert.IsType<Level3Message>(FeedMessageParser.Parse(Encoding.UTF8.GetBytes($"""["open","{product}","{sequence}","id","buy","1","1","2023-03-28T23:24:03Z"]""")));
}
