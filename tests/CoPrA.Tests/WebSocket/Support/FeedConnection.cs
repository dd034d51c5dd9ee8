using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace CoPrA.Tests.WebSocket.Support;

/// <summary>One accepted connection of the <see cref="ScriptedFeedServer"/>, driven by the test.</summary>
internal sealed class FeedConnection
{
    private readonly HttpContext _context;
    private readonly System.Net.WebSockets.WebSocket _socket;
    private readonly Channel<string> _frames = Channel.CreateUnbounded<string>();
    private readonly TaskCompletionSource<WebSocketCloseStatus?> _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _sendLock = new(1, 1);

    public FeedConnection(HttpContext context, System.Net.WebSockets.WebSocket socket, int number)
    {
        _context = context;
        _socket = socket;
        Number = number;
    }

    /// <summary>1 for the first connection the server accepted, 2 for the next...</summary>
    public int Number { get; }

    /// <summary>The request headers of the handshake.</summary>
    public IHeaderDictionary RequestHeaders => _context.Request.Headers;

    /// <summary>
    /// Completes when the connection ends, with the close code the client sent (or echoed), or
    /// null when it ended without a close frame from the client.
    /// </summary>
    public Task<WebSocketCloseStatus?> Ended => _ended.Task;

    /// <summary>The next text frame the client sent, parsed.</summary>
    public async Task<JsonElement> NextFrameAsync()
    {
        string text = await _frames.Reader.ReadAsync().AsTask().WaitAsync(Wait.Timeout);
        return JsonDocument.Parse(text).RootElement;
    }

    /// <summary>Whether a frame is waiting (a frame the client should not have sent shows up here).</summary>
    public bool HasPendingFrame => _frames.Reader.TryPeek(out _);

    /// <summary>Sends one text message.</summary>
    public Task SendAsync(string json) => SendBytesAsync(Encoding.UTF8.GetBytes(json));

    /// <summary>Sends several text messages in order.</summary>
    public async Task SendAllAsync(params string[] messages)
    {
        foreach (string message in messages)
        {
            await SendAsync(message);
        }
    }

    /// <summary>Sends one message split over <paramref name="pieces"/> frames.</summary>
    public async Task SendFragmentedAsync(string json, int pieces)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(json);
        int size = (bytes.Length + pieces - 1) / pieces;
        await _sendLock.WaitAsync();
        try
        {
            for (int offset = 0; offset < bytes.Length; offset += size)
            {
                int count = Math.Min(size, bytes.Length - offset);
                await _socket.SendAsync(bytes.AsMemory(offset, count), WebSocketMessageType.Text, offset + count >= bytes.Length, CancellationToken.None);
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Sends raw bytes as one message (for frames that are not JSON).</summary>
    public async Task SendBytesAsync(byte[] bytes, WebSocketMessageType type = WebSocketMessageType.Text)
    {
        await _sendLock.WaitAsync();
        try
        {
            await _socket.SendAsync(bytes, type, true, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Starts the close handshake from the server's side (for example 1001 going away).</summary>
    public async Task CloseAsync(WebSocketCloseStatus status, string reason)
    {
        await _sendLock.WaitAsync();
        try
        {
            await _socket.CloseOutputAsync(status, reason, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Drops the TCP connection without a close frame.</summary>
    public void Drop() => _context.Abort();

    /// <summary>Receives until the connection ends; answers a close frame the client starts.</summary>
    public async Task RunAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (true)
            {
                var result = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    if (_socket.State == WebSocketState.CloseReceived)
                    {
                        await CloseAsync(result.CloseStatus ?? WebSocketCloseStatus.NormalClosure, result.CloseStatusDescription ?? "");
                    }

                    _ended.TrySetResult(result.CloseStatus);
                    return;
                }

                message.Write(buffer, 0, result.Count);
                if (result.EndOfMessage)
                {
                    _frames.Writer.TryWrite(Encoding.UTF8.GetString(message.ToArray()));
                    message.SetLength(0);
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException or Microsoft.AspNetCore.Connections.ConnectionAbortedException)
        {
            _ended.TrySetResult(null);
        }
        finally
        {
            _frames.Writer.TryComplete();
        }
    }
}
