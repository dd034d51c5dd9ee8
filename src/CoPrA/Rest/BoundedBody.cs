using System.Buffers;

namespace CoPrA.Rest;

/// <summary>
/// Reads a response body up to a cap: at most cap + 1 bytes leave the stream, so that no answer is
/// read whole whatever its size, and the one byte past the cap tells a body at the cap from a longer one.
/// </summary>
internal static class BoundedBody
{
    private const int FirstBufferBytes = 16 * 1024;

    /// <summary>Reads up to <paramref name="cap"/> bytes and whether the body went on past them.</summary>
    /// <param name="content">The response content.</param>
    /// <param name="cap">The most bytes kept; below <see cref="Array.MaxLength"/>.</param>
    /// <param name="keepTruncated">Whether a body over the cap still returns its first <paramref name="cap"/> bytes (else none).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async ValueTask<(byte[] Bytes, bool Truncated)> ReadAsync(HttpContent content, int cap, bool keepTruncated, CancellationToken cancellationToken)
    {
        int limit = cap + 1;

        // A declared length sizes the first buffer (with room to see the end); the bytes that arrive decide.
        long? declared = content.Headers.ContentLength;
        int first = declared is { } length && length < cap ? (int)length + 1 : Math.Min(limit, FirstBufferBytes);
        byte[] buffer = ArrayPool<byte>.Shared.Rent(first);
        int count = 0;
        try
        {
            var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            while (count < limit)
            {
                if (count == buffer.Length)
                {
                    buffer = Grow(buffer, count, (int)Math.Min(2L * buffer.Length, limit));
                }

                int read = await ReadSomeAsync(stream, buffer.AsMemory(count, Math.Min(buffer.Length, limit) - count), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                count += read;
            }

            bool truncated = count > cap;
            byte[] bytes = truncated && !keepTruncated ? [] : buffer.AsSpan(0, Math.Min(count, cap)).ToArray();
            return (bytes, truncated);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// One read, failing as <see cref="HttpContent.ReadAsByteArrayAsync()"/> does: a body cut short is an
    /// <see cref="HttpRequestException"/> with the stream's <see cref="IOException"/> inside.
    /// </summary>
    private static async ValueTask<int> ReadSomeAsync(Stream stream, Memory<byte> destination, CancellationToken cancellationToken)
    {
        try
        {
            return await stream.ReadAsync(destination, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            throw new HttpRequestException((ex as HttpIOException)?.HttpRequestError ?? HttpRequestError.Unknown, $"The response body could not be read: {ex.Message}", ex);
        }
    }

    private static byte[] Grow(byte[] buffer, int count, int size)
    {
        byte[] larger = ArrayPool<byte>.Shared.Rent(size);
        buffer.AsSpan(0, count).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }
}
