using System.Security.Cryptography;
using System.Text;
using CoPrA.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace CoPrA.Benchmarks.Feed;

/// <summary>
/// A loopback feed server that streams a fixed number of messages as fast as the socket takes
/// them. It does the WebSocket handshake itself and writes pre-framed messages in large chunks,
/// so that the server costs next to nothing and the run measures the client. The message count
/// comes from the URL: <c>ws://127.0.0.1:port/?count=N</c>. Optionally, a few messages go first,
/// once (the snapshots a book needs), and every message carries a number that counts up per
/// connection without a jump, as the Advanced Trade feed's <c>sequence_num</c> does: the messages
/// then hold <see cref="NumberPlaceholder"/> where the number goes, and the server writes the
/// numbers into its copy of the frames before each pass.
/// </summary>
internal sealed class StreamingFeedServer : IAsyncDisposable
{
    private const string WebSocketGuid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    private static readonly byte[] CloseFrame = [0x88, 0x02, 0x03, 0xE8];

    /// <summary>Where a message's number goes: a JSON number padded with leading spaces to a fixed width, so numbering never moves a byte.</summary>
    public const string NumberPlaceholder = "           0";

    private readonly byte[] _chunk;
    private readonly int[] _frameEnds;
    private readonly byte[] _prefix;
    private readonly int[] _prefixEnds;
    private readonly int[] _prefixSlots;
    private readonly int[] _slots;
    private WebApplication? _app;

    private StreamingFeedServer(byte[][] messages, byte[][] prefix, bool numbered)
    {
        (_chunk, _frameEnds, _slots) = Frame(messages, numbered);
        (_prefix, _prefixEnds, _prefixSlots) = Frame(prefix, numbered);
    }

    /// <summary>The base ws:// URL; add <c>?count=N</c>.</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>Starts a server that streams <paramref name="messages"/> in a loop, after <paramref name="prefix"/> once; <c>count</c> includes the prefix.</summary>
    /// <param name="messages">The messages streamed in a loop.</param>
    /// <param name="prefix">Messages sent once, first; none when null.</param>
    /// <param name="numbered">Whether every message holds <see cref="NumberPlaceholder"/>, to be numbered from 0 per connection.</param>
    public static async Task<StreamingFeedServer> StartAsync(byte[][] messages, byte[][]? prefix = null, bool numbered = false)
    {
        var server = new StreamingFeedServer(messages, prefix ?? [], numbered);
        (server._app, string root) = await LoopbackWebHost.StartAsync(server.HandleAsync);
        server.Url = LoopbackWebHost.WebSocketUrl(root);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var upgrade = context.Features.Get<IHttpUpgradeFeature>();
        string? key = context.Request.Headers["Sec-WebSocket-Key"];
        if (upgrade is not { IsUpgradableRequest: true } || key is null || !long.TryParse(context.Request.Query["count"], out long count))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        context.Response.Headers.Upgrade = "websocket";
        context.Response.Headers.Connection = "Upgrade";
        context.Response.Headers["Sec-WebSocket-Accept"] = Convert.ToBase64String(SHA1.HashData(Encoding.ASCII.GetBytes(key + WebSocketGuid)));
        await using var stream = await upgrade.UpgradeAsync();
        using var writeLock = new SemaphoreSlim(1, 1);
        var answering = AnswerCloseAsync(stream, writeLock, context.RequestAborted);
        try
        {
            await StreamAsync(stream, count, writeLock, context.RequestAborted);
            await answering;
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException)
        {
            // The client went away.
        }
    }

    private async Task StreamAsync(Stream stream, long count, SemaphoreSlim writeLock, CancellationToken cancellationToken)
    {
        // Numbering writes into the frames: each connection numbers its own copies.
        bool numbered = _slots.Length > 0;
        byte[] prefix = numbered ? (byte[])_prefix.Clone() : _prefix;
        byte[] chunk = numbered ? (byte[])_chunk.Clone() : _chunk;
        long number = Number(prefix, _prefixSlots, 0);
        await writeLock.WaitAsync(cancellationToken);
        try
        {
            await stream.WriteAsync(prefix, cancellationToken);
            for (count -= _prefixEnds.Length; count > 0; count -= _frameEnds.Length)
            {
                number = Number(chunk, _slots, number);
                await stream.WriteAsync(chunk.AsMemory(0, count >= _frameEnds.Length ? chunk.Length : _frameEnds[count - 1]), cancellationToken);
            }

            await stream.FlushAsync(cancellationToken);
        }
        finally
        {
            writeLock.Release();
        }
    }

    /// <summary>Reads the client's (masked) frames and answers its close frame.</summary>
    private static async Task AnswerCloseAsync(Stream stream, SemaphoreSlim writeLock, CancellationToken cancellationToken)
    {
        byte[] header = new byte[14];
        byte[] payload = new byte[4096];
        try
        {
            while (true)
            {
                await stream.ReadExactlyAsync(header.AsMemory(0, 2), cancellationToken);
                int opcode = header[0] & 0x0F;
                long length = header[1] & 0x7F;
                int extra = (length == 126 ? 2 : length == 127 ? 8 : 0) + ((header[1] & 0x80) != 0 ? 4 : 0);
                await stream.ReadExactlyAsync(header.AsMemory(2, extra), cancellationToken);
                length = length == 126 ? (header[2] << 8) | header[3] : length == 127 ? (long)System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(header.AsSpan(2)) : length;
                for (long left = length; left > 0; left -= payload.Length)
                {
                    await stream.ReadExactlyAsync(payload.AsMemory(0, (int)Math.Min(left, payload.Length)), cancellationToken);
                }

                if (opcode == 0x8)
                {
                    await writeLock.WaitAsync(cancellationToken);
                    await stream.WriteAsync(CloseFrame, cancellationToken);
                    await stream.FlushAsync(cancellationToken);
                    writeLock.Release();
                    return;
                }
            }
        }
        catch (EndOfStreamException)
        {
            // Dropped without a close frame.
        }
    }

    /// <summary>Every message framed once (server frames are not masked), back to back, with where each frame ends and where its number goes.</summary>
    private static (byte[] Frames, int[] Ends, int[] Slots) Frame(byte[][] messages, bool numbered)
    {
        using var framed = new MemoryStream();
        var ends = new int[messages.Length];
        var slots = new int[numbered ? messages.Length : 0];
        for (int i = 0; i < messages.Length; i++)
        {
            WriteFrameHeader(framed, messages[i].Length);
            if (numbered)
            {
                int slot = messages[i].AsSpan().IndexOf(Encoding.UTF8.GetBytes(NumberPlaceholder));
                slots[i] = slot >= 0 ? (int)framed.Length + slot : throw new ArgumentException($"Message {i} has no number placeholder.", nameof(messages));
            }

            framed.Write(messages[i]);
            ends[i] = (int)framed.Length;
        }

        return (framed.ToArray(), ends, slots);
    }

    /// <summary>Writes <paramref name="first"/>, <paramref name="first"/> + 1, … into the slots, right-aligned; returns the next number.</summary>
    private static long Number(byte[] frames, int[] slots, long first)
    {
        foreach (int slot in slots)
        {
            WriteNumber(frames.AsSpan(slot, NumberPlaceholder.Length), first++);
        }

        return first;
    }

    /// <summary>Writes <paramref name="number"/> into a <see cref="NumberPlaceholder"/>'s bytes, right-aligned after spaces.</summary>
    public static void WriteNumber(Span<byte> field, long number)
    {
        Span<byte> digits = stackalloc byte[20];
        System.Buffers.Text.Utf8Formatter.TryFormat(number, digits, out int written);
        field.Fill((byte)' ');
        digits[..written].CopyTo(field[^written..]);
    }

    private static void WriteFrameHeader(Stream stream, int length)
    {
        stream.WriteByte(0x81); // FIN + text
        if (length < 126)
        {
            stream.WriteByte((byte)length);
        }
        else if (length <= ushort.MaxValue)
        {
            stream.WriteByte(126);
            stream.WriteByte((byte)(length >> 8));
            stream.WriteByte((byte)length);
        }
        else
        {
            stream.WriteByte(127);
            Span<byte> size = stackalloc byte[8];
            System.Buffers.Binary.BinaryPrimitives.WriteUInt64BigEndian(size, (ulong)length);
            stream.Write(size);
        }
    }
}
