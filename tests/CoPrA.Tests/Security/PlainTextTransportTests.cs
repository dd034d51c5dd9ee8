using CoPrA.Rest;
using CoPrA.WebSocket;
using static CoPrA.Tests.Reliability.ReliabilityHarness;

namespace CoPrA.Tests.Security;

/// <summary>Credentials travel only over TLS, except to this machine (the sandbox on loopback).</summary>
public class PlainTextTransportTests
{
    private static readonly Credentials Credentials = new("key", Secret, "passphrase");

    [Theory]
    [InlineData("http://api.exchange.coinbase.com", "api.exchange.coinbase.com")]
    [InlineData("http://192.168.1.10:8080", "192.168.1.10")]
    [InlineData("http://localhost.evil.example", "localhost.evil.example")]
    [InlineData("http://127.0.0.1.nip.io", "127.0.0.1.nip.io")]
    public void A_REST_client_with_credentials_refuses_plain_http_to_another_host(string baseUrl, string host)
    {
        var ex = Assert.Throws<ArgumentException>(() => new RestClient(new RestClientOptions { BaseUrl = baseUrl, Credentials = Credentials }));

        Assert.Equal("options", ex.ParamName);
        Assert.StartsWith($"Credentials require a https:// BaseUrl; http:// is allowed only for loopback hosts such as the sandbox (got host '{host}').", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ws://ws-feed.exchange.coinbase.com", "ws-feed.exchange.coinbase.com")]
    [InlineData("ws://10.0.0.2:8080/", "10.0.0.2")]
    public void A_feed_client_with_credentials_refuses_plain_ws_to_another_host(string feedUrl, string host)
    {
        var ex = Assert.Throws<ArgumentException>(() => new WebSocketClient([new Channel("ticker", "BTC-USD")], new WebSocketClientOptions { FeedUrl = feedUrl, Credentials = Credentials }));

        Assert.Equal("options", ex.ParamName);
        Assert.StartsWith($"Credentials require a wss:// FeedUrl; ws:// is allowed only for loopback hosts such as the sandbox (got host '{host}').", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:8080", "ws://127.0.0.1:8080/")]
    [InlineData("http://127.0.0.5", "ws://127.0.0.5/")]
    [InlineData("http://localhost:8080", "ws://LOCALHOST:8080/")]
    [InlineData("http://[::1]:8080", "ws://[::1]:8080/")]
    [InlineData("https://api.exchange.coinbase.com", "wss://ws-feed.exchange.coinbase.com")]
    public async Task Credentials_are_allowed_over_TLS_and_in_clear_to_loopback(string baseUrl, string feedUrl)
    {
        using var rest = new RestClient(new RestClientOptions { BaseUrl = baseUrl, Credentials = Credentials });
        await using var feed = new WebSocketClient([new Channel("ticker", "BTC-USD")], new WebSocketClientOptions { FeedUrl = feedUrl, Credentials = Credentials });

        Assert.True(rest.IsAuthenticated);
        Assert.True(feed.IsAuthenticated);
    }

    [Fact]
    public async Task Public_data_may_still_use_plain_http_and_ws()
    {
        using var rest = new RestClient(new RestClientOptions { BaseUrl = "http://api.example.com" });
        await using var feed = new WebSocketClient([new Channel("ticker", "BTC-USD")], new WebSocketClientOptions { FeedUrl = "ws://feed.example.com/" });

        Assert.False(rest.IsAuthenticated);
        Assert.False(feed.IsAuthenticated);
    }
}
