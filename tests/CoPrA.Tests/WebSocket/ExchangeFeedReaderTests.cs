using System.Text;
using CoPrA.WebSocket;

namespace CoPrA.Tests.WebSocket;

/// <summary>What the Exchange reader tells the connection core about each frame.</summary>
public class ExchangeFeedReaderTests
{
    [Theory]
    [InlineData(FeedSamples.Ticker, nameof(FeedFrameKind.Data), "ticker")]
    [InlineData(FeedSamples.Heartbeat, nameof(FeedFrameKind.Heartbeat), "heartbeat")]
    [InlineData(FeedSamples.Subscriptions, nameof(FeedFrameKind.SubscriptionConfirmed), "subscriptions")]
    [InlineData("""{"type":"error","message":"Failed to subscribe","reason":"NOPE-USD is not a valid product"}""", nameof(FeedFrameKind.Refusal), "error")]
    [InlineData("""{"type":"error","message":"slow consumer"}""", nameof(FeedFrameKind.Error), "error")]
    public void Each_frame_is_classed_for_the_core(string json, string kind, string type)
    {
        var frame = Read(json);

        Assert.Equal((kind, type, null), (frame.Kind.ToString(), frame.Type, frame.Problem));
        Assert.NotNull(frame.Message);
    }

    [Fact]
    public void An_error_carries_its_message_and_reason_and_an_error_without_reason_an_empty_one()
    {
        var refusal = Read("""{"type":"error","message":"Failed to subscribe","reason":"NOPE-USD is not a valid product"}""");
        var bare = Read("""{"type":"error","message":"slow consumer"}""");

        Assert.Equal(("Failed to subscribe", "NOPE-USD is not a valid product"), (refusal.ErrorMessage, refusal.ErrorReason));
        Assert.Equal(("slow consumer", ""), (bare.ErrorMessage, bare.ErrorReason));
    }

    [Fact]
    public void A_frame_that_is_not_json_is_invalid_with_its_problem_and_a_known_type_that_does_not_fit_arrives_raw_with_its_problem()
    {
        var invalid = Read("not json");
        var raw = Read("""{"type":"ticker","product_id":"BTC-USD","price":"n/a"}""");

        Assert.Equal((FeedFrameKind.Invalid, null), (invalid.Kind, invalid.Message));
        Assert.False(string.IsNullOrEmpty(invalid.Problem));
        Assert.IsType<RawFeedMessage>(raw.Message);
        Assert.Equal(FeedFrameKind.Data, raw.Kind);
        Assert.False(string.IsNullOrEmpty(raw.Problem));
    }

    [Fact]
    public void A_refusal_names_the_products_it_names()
    {
        var culprits = ExchangeFeedReader.Instance.RefusalCulprits([new Channel("ticker", "NOPE-USD", "BTC-USD")], "NOPE-USD is not a valid product");

        Assert.Equal([new Channel("ticker", "NOPE-USD")], culprits);
    }

    private static FeedFrame<FeedMessage> Read(string json) => ExchangeFeedReader.Instance.Read(Encoding.UTF8.GetBytes(json));
}
