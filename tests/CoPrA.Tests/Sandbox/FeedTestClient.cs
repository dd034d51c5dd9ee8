using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using CoPrA.Sandbox;

namespace CoPrA.Tests.Sandbox;

/// <summary>
/// A raw ClientWebSocket on the sandbox's feed: sends JSON frames and queues every frame it
/// receives, so that tests wait for messages with a timeout without tearing the socket down.
/// </summary>
internal sealed class FeedTestClient : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly Channel<JsonElement> _messages = Channel.CreateUnbounded<JsonElement>();
    private readonly TaskCompletionSource<WebSocketReceiveResult?> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _pump = Task.CompletedTask;

    /// <summary>How the connection ended: the close frame received, or null when it broke without one.</summary>
    public Task<WebSocketReceiveResult?> Closed => _closed.Task;

    public System.Net.WebSockets.WebSocket Socket => _socket;

    public static Task<FeedTestClient> ConnectAsync(SandboxExchange sandbox) => ConnectAsync(sandbox.FeedUrl);

    /// <summary>Connects to any of the sandbox's WebSocket URLs (the Advanced Trade endpoints too).</summary>
    public static async Task<FeedTestClient> ConnectAsync(string url)
    {
        var client = new FeedTestClient();
        using var timeout = new CancellationTokenSource(SandboxFixture.Timeout);
        await client._socket.ConnectAsync(new Uri(url), timeout.Token);
        client._pump = client.PumpAsync();
        return client;
    }

    public Task SendAsync(string json) => _socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>Sends a subscribe frame; signed with <paramref name="credentials"/> (at <paramref name="clock"/>'s time) when given.</summary>
    public Task SubscribeAsync(string channelsJson, Credentials? credentials = null, TimeProvider? clock = null)
    {
        string auth = "";
        if (credentials is not null)
        {
            var signed = new CoinbaseSigner(credentials, clock).SignWebSocket();
            auth = $",\"signature\":\"{signed.Signature}\",\"key\":\"{signed.Key}\",\"passphrase\":\"{signed.Passphrase}\",\"timestamp\":\"{signed.Timestamp}\"";
        }

        return SendAsync($"{{\"type\":\"subscribe\",\"channels\":{channelsJson}{auth}}}");
    }

    /// <summary>The next message of one of the given types; other messages are skipped.</summary>
    public async Task<JsonElement> NextAsync(params string[] types)
    {
        using var timeout = new CancellationTokenSource(SandboxFixture.Timeout);
        while (true)
        {
            var message = await _messages.Reader.ReadAsync(timeout.Token);
            if (types.Length == 0 || types.Contains(message.GetProperty("type").GetString()))
            {
                return message;
            }
        }
    }

    /// <summary>The next message that satisfies a condition; other messages are skipped.</summary>
    public async Task<JsonElement> NextAsync(Func<JsonElement, bool> condition)
    {
        using var timeout = new CancellationTokenSource(SandboxFixture.Timeout);
        while (true)
        {
            var message = await _messages.Reader.ReadAsync(timeout.Token);
            if (condition(message))
            {
                return message;
            }
        }
    }

    /// <summary>Every message received so far, without waiting.</summary>
    public List<JsonElement> Drain()
    {
        var drained = new List<JsonElement>();
        while (_messages.Reader.TryRead(out var message))
        {
            drained.Add(message);
        }

        return drained;
    }

    public async ValueTask DisposeAsync()
    {
        // Send our close and let the pump read the server's answer; give up after the timeout.
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
            }
            catch (WebSocketException)
            {
                _socket.Abort();
            }
        }

        try
        {
            await _pump.WaitAsync(SandboxFixture.Timeout);
        }
        catch (TimeoutException)
        {
            _socket.Abort();
        }

        _socket.Dispose();
    }

    private async Task PumpAsync()
    {
        var buffer = new byte[64 * 1024];
        var frame = new MemoryStream();
        try
        {
            while (true)
            {
                var result = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    _closed.TrySetResult(result);
                    if (_socket.State == WebSocketState.CloseReceived)
                    {
                        await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
                    }

                    break;
                }

                frame.Write(buffer, 0, result.Count);
                if (result.EndOfMessage)
                {
                    using var document = JsonDocument.Parse(frame.ToArray());
                    _messages.Writer.TryWrite(document.RootElement.Clone());
                    frame.SetLength(0);
                }
            }
        }
        catch (WebSocketException)
        {
            _closed.TrySetResult(null);
        }
        finally
        {
            _messages.Writer.TryComplete();
        }
    }
}
