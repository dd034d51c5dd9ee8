using System.Text.Json;
using CoPrA.WebSocket;

namespace CoPrA.Tests.WebSocket;

public class SubscriptionFrameTests
{
    [Fact]
    public void An_unauthenticated_frame_has_type_and_channels_only()
    {
        var frame = Parse(SubscriptionFrame.Build("subscribe", [new Channel("ticker", "ETH-USD", "BTC-USD"), new Channel("heartbeat", "BTC-USD")], null));

        Assert.Equal(["type", "channels"], frame.EnumerateObject().Select(p => p.Name));
        Assert.Equal("subscribe", frame.GetProperty("type").GetString());
        var channels = frame.GetProperty("channels").EnumerateArray().ToList();
        Assert.Equal("ticker", channels[0].GetProperty("name").GetString());
        Assert.Equal(["BTC-USD", "ETH-USD"], channels[0].GetProperty("product_ids").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("heartbeat", channels[1].GetProperty("name").GetString());
    }

    [Fact]
    public void Status_has_no_ids_and_balance_has_account_ids()
    {
        var frame = Parse(SubscriptionFrame.Build("subscribe", [new Channel("status"), new Channel("balance", "acc-1")], null));
        var channels = frame.GetProperty("channels").EnumerateArray().ToList();

        Assert.Equal(["name"], channels[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["name", "account_ids"], channels[1].EnumerateObject().Select(p => p.Name));
        Assert.Equal("acc-1", channels[1].GetProperty("account_ids")[0].GetString());
    }

    [Fact]
    public void A_signed_frame_ends_with_the_four_auth_fields_in_CoPrA_order()
    {
        var auth = new SignedHeaders("key", "sig", "1546384260.0321212", "pass");
        var frame = Parse(SubscriptionFrame.Build("unsubscribe", [new Channel("user", "BTC-USD")], auth));

        Assert.Equal(["type", "channels", "signature", "key", "passphrase", "timestamp"], frame.EnumerateObject().Select(p => p.Name));
        Assert.Equal("sig", frame.GetProperty("signature").GetString());
        Assert.Equal("1546384260.0321212", frame.GetProperty("timestamp").GetString());
    }

    private static JsonElement Parse(byte[] frame) => JsonDocument.Parse(frame).RootElement;
}
