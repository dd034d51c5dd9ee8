using System.Buffers;

namespace CoPrA.WebSocket;

/// <summary>
/// A pooled, growable buffer that reassembles one message from its frames. It is rented once per
/// connection and reused for every message, so receiving allocates nothing per message.
/// </summary>
internal sealed class ReceiveBuffer : IDisposable
{
    /// <summary>The largest message accepted; a bigger one ends the connection.</summary>
    public const int MaxMessageBytes = 64 * 1024 * 1024;

    private const int InitialBytes = 16 * 1024;
    private const int MinFreeBytes = 4 * 1024;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(InitialBytes);
    private int _count;

    /// <summary>The bytes of the message so far.</summary>
    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _count);

    /// <summary>Room for the next frame, growing the buffer when it is nearly full.</summary>
    /// <exception cref="InvalidDataException">The message exceeds <see cref="MaxMessageBytes"/>.</exception>
    public Memory<byte> GetFreeMemory()
    {
        if (_buffer.Length - _count < MinFreeBytes)
        {
            Grow();
        }

        return _buffer.AsMemory(_count);
    }

    /// <summary>Records that <paramref name="count"/> bytes were written into the free memory.</summary>
    public void Advance(int count) => _count += count;

    /// <summary>Starts the next message.</summary>
    public void Clear() => _count = 0;

    /// <inheritdoc />
    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
        _count = 0;
    }

    private void Grow()
    {
        if (_buffer.Length >= MaxMessageBytes)
        {
            throw new InvalidDataException($"A feed message exceeded {MaxMessageBytes} bytes.");
        }

        byte[] larger = ArrayPool<byte>.Shared.Rent(Math.Min(_buffer.Length * 2, MaxMessageBytes));
        _buffer.AsSpan(0, _count).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
