using System.Net.WebSockets;
using CoPrA.Tests.Support;
using CoPrA.Tests.WebSocket.Support;
using CoPrA.WebSocket;
using static CoPrA.Tests.Reliability.ReliabilityHarness;

namespace CoPrA.Tests.Security;

/// <summary>
/// ClientWebSocket follows a redirected handshake to any host by itself, where the client would then
/// send its signed subscription. The feed's handshake must not follow it, and must say where it pointed.
/// </summary>
public class FeedRedirectTests
{
    [Theory]
    [InlineData(302)]
    [InlineData(307)]
    public async Task A_redirected_handshake_fails_naming_the_Location_and_the_other_host_sees_no_connection(int status)
    {
        await using var other = await ScriptedFeedServer.StartAsync();
        await using var feed = await LoopbackHttpServer.RedirectingAsync(status, other.Url.ToString());
        var options = FeedTest.Options(new Uri("ws" + feed.Url["http".Length..] + "/"));
        options.AutoReconnect = false;
        options.Credentials = new Credentials("feed-key", Secret, "feed-passphrase");
        await using var client = new RecordingClient([new Channel("full", "BTC-USD")], options);

        var ex = await Assert.ThrowsAsync<WebSocketException>(() => client.ConnectAsync().Within());

        Assert.Contains($"HTTP {status}", ex.Message, StringComparison.Ordinal);
        Assert.Contains(other.Url.ToString(), ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, other.Attempts);
        Assert.Single(feed.Requests);
    }
}
