using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using CoPrA.Tests.WebSocket.Support;
using CoPrA.WebSocket;

namespace CoPrA.Tests.WebSocket;

/// <summary>WebSocket keep-alive pings: a path that has died under a quiet feed is found without the idle timeout.</summary>
public class WebSocketClientKeepAliveTests
{
    [Fact]
    public async Task A_server_that_stops_answering_pings_is_dropped_even_without_an_idle_timeout()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var url = new Uri($"ws://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/");
        var options = FeedTest.Options(url);
        options.AutoReconnect = false;
        options.KeepAliveInterval = TimeSpan.FromMilliseconds(200);
        options.KeepAliveTimeout = TimeSpan.FromMilliseconds(500);
        await using var client = new RecordingClient([new Channel("heartbeat", "BTC-USD")], options);

        var accepting = AcceptAndFallSilentAsync(listener);
        await client.ConnectAsync().Within();
        using var held = await accepting.Within();

        var (wasClean, code, _) = await client.Closes.Reader.NextAsync();
        Assert.False(wasClean);
        Assert.Null(code);
        Assert.False(client.IsConnected);
    }

    [Theory]
    [InlineData(-1, 10_000)]
    [InlineData(20_000, 0)]
    public void Keep_alive_settings_out_of_range_are_refused_before_connecting(int intervalMs, int timeoutMs)
    {
        var options = new WebSocketClientOptions { KeepAliveInterval = TimeSpan.FromMilliseconds(intervalMs == -1 ? -5 : intervalMs), KeepAliveTimeout = TimeSpan.FromMilliseconds(timeoutMs) };

        var ex = Assert.Throws<ArgumentException>(() => new WebSocketClient([new Channel("heartbeat", "BTC-USD")], options));

        Assert.Equal("options", ex.ParamName);
        Assert.Contains("KeepAlive", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>Completes the handshake by hand, then never reads or writes again (so pings go unanswered).</summary>
    private static async Task<TcpClient> AcceptAndFallSilentAsync(TcpListener listener)
    {
        var tcp = await listener.AcceptTcpClientAsync();
        var stream = tcp.GetStream();
        var request = new StringBuilder();
        var buffer = new byte[1];
        while (!request.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            await stream.ReadExactlyAsync(buffer);
            request.Append((char)buffer[0]);
        }

        string key = request.ToString().Split("\r\n").First(line => line.StartsWith("Sec-WebSocket-Key:", StringComparison.OrdinalIgnoreCase))["Sec-WebSocket-Key:".Length..].Trim();
        string accept = Convert.ToBase64String(SHA1.HashData(Encoding.ASCII.GetBytes(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11")));
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: {accept}\r\n\r\n"));
        return tcp;
    }
}
